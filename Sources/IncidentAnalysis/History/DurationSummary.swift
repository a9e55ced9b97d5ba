import Foundation

/// Count, median, 90th percentile, minimum and maximum of one duration over many incidents.
///
/// Medians and percentiles rather than means: incident durations are heavy-tailed, and one
/// day-long incident would drag a mean far from the typical one.
public struct DurationSummary: Sendable, Equatable {
    /// How many incidents had the duration.
    public var count: Int
    /// The median in seconds (``Percentile/linear(_:_:)`` at 0.5, to two decimals), nil when `count` is 0.
    public var median: Double?
    /// The 90th percentile in seconds (``Percentile/linear(_:_:)`` at 0.9, to two decimals), nil when `count` is 0.
    public var p90: Double?
    /// The shortest, in seconds.
    public var min: Int?
    /// The longest, in seconds.
    public var max: Int?

    /// Summarises `values` (seconds, any order).
    public init(_ values: [Int]) {
        let sorted = values.sorted()
        count = sorted.count
        let doubles = sorted.map(Double.init)
        // Two decimals are plenty for seconds, and keep binary fractions (0.9 × 9 = 8.100000000000001) out of outputs.
        median = Percentile.linear(doubles, 0.5).map { ($0 * 100).rounded() / 100 }
        p90 = Percentile.linear(doubles, 0.9).map { ($0 * 100).rounded() / 100 }
        min = sorted.first
        max = sorted.last
    }
}

/// The percentile method every figure of `postmortem stats` uses.
///
/// Linear interpolation between closest ranks: for `n` sorted values `x[0] … x[n-1]` and a
/// fraction `q`, take the rank `h = (n − 1) · q` and interpolate between `x[⌊h⌋]` and `x[⌊h⌋ + 1]`.
/// This is Hyndman and Fan's definition 7, the default of NumPy's `percentile`, R's `quantile` and
/// Excel's `PERCENTILE.INC`. The median of an even count is the mean of the two middle values.
public enum Percentile {
    /// A one-line statement of the method, for help texts and outputs.
    public static let methodDescription =
        "linear interpolation between closest ranks: rank h = (n - 1) * q, between x[floor h] and x[floor h + 1] (NumPy's default, Excel PERCENTILE.INC)"

    /// The `q`-quantile (0…1) of `sorted` (ascending), or nil when it is empty.
    public static func linear(_ sorted: [Double], _ q: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let h = Double(sorted.count - 1) * Swift.min(Swift.max(q, 0), 1)
        let lower = Int(h.rounded(.down))
        let upper = Swift.min(lower + 1, sorted.count - 1)
        return sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
    }
}
