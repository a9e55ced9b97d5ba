import Foundation

/// The five durations that retrospectives compare across incidents, all in seconds.
public enum DurationMetric: String, Sendable, Equatable, Hashable, CaseIterable {
    /// detected − impact_start.
    case timeToDetect = "time_to_detect"
    /// acknowledged − detected.
    case timeToAcknowledge = "time_to_acknowledge"
    /// root_cause_identified − detected.
    case timeToIdentify = "time_to_identify"
    /// mitigated − detected.
    case timeToMitigate = "time_to_mitigate"
    /// resolved − detected.
    case timeToResolve = "time_to_resolve"

    /// The key in an analysis document's `metrics` object (`time_to_detect_s`).
    public var jsonKey: String { rawValue + "_s" }

    /// A short label for tables: `detect`, `acknowledge`, …
    public var shortLabel: String { String(rawValue.dropFirst("time_to_".count)) }

    /// The metric's value in `metrics`.
    public func value(in metrics: IncidentMetrics) -> Int? {
        switch self {
        case .timeToDetect: return metrics.timeToDetect
        case .timeToAcknowledge: return metrics.timeToAcknowledge
        case .timeToIdentify: return metrics.timeToIdentify
        case .timeToMitigate: return metrics.timeToMitigate
        case .timeToResolve: return metrics.timeToResolve
        }
    }
}
