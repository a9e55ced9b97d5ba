import Foundation

/// A Slack `ts`: the message's creation instant and its identity within a conversation.
///
/// The source string is kept verbatim for identity (`thread_ts` and friends refer to it by
/// exact string); ordering and time use the exact (seconds, microseconds) pair, never a `Double`.
public struct SlackTimestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The `ts` exactly as written in the export.
    public let raw: String
    /// Whole seconds since 1970-01-01 UTC.
    public let seconds: Int64
    /// Fraction of a second in microseconds (0…999 999); old exports use small counters here.
    public let micros: Int32

    /// Parses `"1452837318.000002"` (also `"1452837318"`); nil for anything else.
    public init?(_ raw: String) {
        var raw = raw
        // Contiguous UTF-8 is read in place; only a bridged string is copied first.
        guard let parsed = raw.withUTF8({ Self.parse($0) }) else { return nil }
        self.raw = raw
        self.seconds = parsed.seconds
        self.micros = parsed.micros
    }

    private static func parse(_ utf8: UnsafeBufferPointer<UInt8>) -> (seconds: Int64, micros: Int32)? {
        guard !utf8.isEmpty, utf8.count <= 32 else { return nil }
        var seconds: Int64 = 0
        var i = 0
        var digits = 0
        while i < utf8.count, utf8[i] >= 48, utf8[i] <= 57 {
            let (m, o1) = seconds.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(utf8[i] - 48))
            // Reject instants beyond year 9999: they are corrupt, and dates cannot show them.
            guard !o1, !o2, a <= 253_402_300_799 else { return nil }
            seconds = a
            i += 1
            digits += 1
        }
        guard digits > 0 else { return nil }
        var micros: Int32 = 0
        if i < utf8.count {
            guard utf8[i] == UInt8(ascii: ".") else { return nil }
            i += 1
            var fractionDigits = 0
            while i < utf8.count {
                let c = utf8[i]
                guard c >= 48, c <= 57 else { return nil }
                if fractionDigits < 6 { micros = micros * 10 + Int32(c - 48) }
                fractionDigits += 1
                i += 1
            }
            guard fractionDigits > 0 else { return nil }
            for _ in min(fractionDigits, 6)..<6 { micros *= 10 }
        }
        return (seconds, micros)
    }

    /// A timestamp for a whole-second instant (used for synthetic times such as overrides).
    public init(seconds: Int64, micros: Int32 = 0) {
        self.seconds = seconds
        self.micros = micros
        self.raw = "\(seconds)." + String(repeating: "0", count: 6 - String(micros).count) + String(micros)
    }

    /// The instant as a `Date` (for display only; never for identity).
    public var date: Date { Date(timeIntervalSince1970: TimeInterval(seconds) + TimeInterval(micros) / 1_000_000) }

    public static func < (lhs: SlackTimestamp, rhs: SlackTimestamp) -> Bool {
        if lhs.seconds != rhs.seconds { return lhs.seconds < rhs.seconds }
        if lhs.micros != rhs.micros { return lhs.micros < rhs.micros }
        return lhs.raw < rhs.raw
    }

    public static func == (lhs: SlackTimestamp, rhs: SlackTimestamp) -> Bool { lhs.raw == rhs.raw }
    public func hash(into hasher: inout Hasher) { hasher.combine(raw) }

    public var description: String { raw }
}
