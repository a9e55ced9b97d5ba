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
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = zone
        f.dateFormat = pattern
        return f.string(from: date)
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
    /// The zone's abbreviation at `date` (`EDT`), or its offset when there is none.
    public func zoneAbbreviation(_ date: Date) -> String { format(date, "zzz") }
    /// `2024-07-15T13:35:40Z`: ISO 8601 in UTC.
    public static func isoUTC(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }
}
