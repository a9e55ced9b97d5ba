import Foundation

/// Parses the times people type on the command line and in config files.
///
/// Accepts ISO 8601 with a zone (`2024-07-15T13:30:00Z`, `…-04:00`), a local date-time
/// (`2024-07-15T09:30`, `2024-07-15 09:30:15`) read in the given zone, a bare date (its midnight),
/// and a Slack `ts` (`1721050500.000200`).
public enum TimeParsing {
    /// The instant named by `text`, with local forms read in `zone`; nil when not understood.
    public static func instant(_ text: String, zone: TimeZone) -> Date? {
        let s = text.trimmingCharacters(in: .whitespaces)
        if let ts = SlackTimestamp(s), s.contains(".") || s.count >= 9 { return ts.date }
        let zoned = ISO8601DateFormatter()
        zoned.formatOptions = [.withInternetDateTime]
        if let d = zoned.date(from: s) { return d }
        zoned.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = zoned.date(from: s) { return d }
        for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"] {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = zone
            f.dateFormat = format
            f.isLenient = false
            if let d = f.date(from: s) { return d }
        }
        return nil
    }

    /// A timestamp for `instant`, for comparing with message `ts` values.
    public static func timestamp(_ instant: Date) -> SlackTimestamp {
        let t = instant.timeIntervalSince1970
        let seconds = Int64(t.rounded(.down))
        let micros = Int32(((t - Double(seconds)) * 1_000_000).rounded().clamped(to: 0...999_999))
        return SlackTimestamp(seconds: seconds, micros: micros)
    }
}

extension Double {
    fileprivate func clamped(to range: ClosedRange<Double>) -> Double { Swift.min(Swift.max(self, range.lowerBound), range.upperBound) }
}

/// Formats instants for people, in one time zone, identically on every machine.
public struct TimeFormatter: Sendable {
    /// The zone times are shown in.
    public let zone: TimeZone

    /// Creates a formatter for `zone`.
    public init(zone: TimeZone) { self.zone = zone }

    private func format(_ date: Date, _ pattern: String) -> String {
        FormatterCache.shared.string(from: date, pattern: pattern, zone: zone)
    }

    /// `2024-07-15`.
    public func day(_ date: Date) -> String { format(date, "yyyy-MM-dd") }
    /// `09:35`.
    public func clock(_ date: Date) -> String { format(date, "HH:mm") }
    /// `09:35:40`.
    public func clockSeconds(_ date: Date) -> String { format(date, "HH:mm:ss") }
    /// `2024-07-15 09:35`.
    public func dayAndClock(_ date: Date) -> String { format(date, "yyyy-MM-dd HH:mm") }
    /// `Monday, 15 July 2024`.
    public func longDay(_ date: Date) -> String { format(date, "EEEE, d MMMM yyyy") }
    /// The zone's usual abbreviation at `date` (`EDT`, `CET`, `IST`), else its offset (`GMT+5:30`).
    ///
    /// ICU gives the familiar abbreviation only in locales where it is in common use (`CET` in
    /// en_GB, not in en_US), so a few English locales are tried in a fixed order.
    public func zoneAbbreviation(_ date: Date) -> String { Self.abbreviation(of: zone, at: date) }

    /// The abbreviation of `zone` at `date`; see ``zoneAbbreviation(_:)``.
    public static func abbreviation(of zone: TimeZone, at date: Date) -> String {
        if ["UTC", "Etc/UTC", "GMT", "Etc/GMT", "Universal", "Zulu", "Etc/Universal", "Etc/Zulu"].contains(zone.identifier) {
            return "UTC"
        }
        var fallback: String?
        for locale in ["en_US_POSIX", "en_GB", "en_IN", "en_AU", "en_CA"] {
            let s = FormatterCache.shared.string(from: date, pattern: "zzz", zone: zone, locale: locale)
            if fallback == nil { fallback = s }
            if !(s.hasPrefix("GMT+") || s.hasPrefix("GMT-")) { return s }
        }
        return fallback ?? zone.identifier
    }
    /// `2024-07-15T13:35:40Z`: ISO 8601 in UTC, whole seconds (written by hand: formatters are slow to make).
    public static func isoUTC(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&t, &parts)
        // Digits straight into bytes: a year-long channel formats hundreds of thousands of these.
        var out: [UInt8] = []
        out.reserveCapacity(24)
        var year = Int(parts.tm_year) + 1900
        if year < 0 { out.append(UInt8(ascii: "-")); year = -year }
        out.append(contentsOf: String(year).utf8)
        func two(_ separator: Character, _ v: Int32) {
            out.append(separator.asciiValue!)
            out.append(UInt8(ascii: "0") + UInt8(v / 10 % 10))
            out.append(UInt8(ascii: "0") + UInt8(v % 10))
        }
        two("-", parts.tm_mon + 1)
        two("-", parts.tm_mday)
        two("T", parts.tm_hour)
        two(":", parts.tm_min)
        two(":", parts.tm_sec)
        out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }
}

extension TimeZone {
    /// The zone's IANA name for people: "UTC" rather than the "GMT" Foundation reports on Linux.
    public var displayName: String { identifier == "GMT" ? "UTC" : identifier }
}

/// DateFormatters are costly to create; one per (zone, pattern) is kept, behind a lock.
private final class FormatterCache: @unchecked Sendable {
    static let shared = FormatterCache()
    private let lock = NSLock()
    private var formatters: [String: DateFormatter] = [:]

    func string(from date: Date, pattern: String, zone: TimeZone, locale: String = "en_US_POSIX") -> String {
        lock.lock()
        defer { lock.unlock() }
        let key = zone.identifier + "|" + pattern + "|" + locale
        if let f = formatters[key] { return f.string(from: date) }
        let f = DateFormatter()
        f.locale = Locale(identifier: locale)
        f.timeZone = zone
        f.dateFormat = pattern
        formatters[key] = f
        return f.string(from: date)
    }
}
