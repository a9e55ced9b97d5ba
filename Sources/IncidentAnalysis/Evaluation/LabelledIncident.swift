import Foundation
import SlackExport

/// A labelled incident's ground truth (`truth.json`, see the project's truth format).
public struct LabelledIncident: Sendable, Decodable {
    public struct MessageLabel: Sendable, Decodable {
        public var ts: String
        public var why: String?
    }

    public struct TimeLabel: Sendable, Decodable {
        public var time: String
        public var source: String?
    }

    public struct HypothesisLabel: Sendable, Decodable {
        public var ts: String
        public var summary: String?
        public var outcome: String
        public var outcomeTS: String?

        enum CodingKeys: String, CodingKey {
            case ts, summary, outcome
            case outcomeTS = "outcome_ts"
        }
    }

    public struct ItemLabel: Sendable, Decodable {
        public var ts: String
        public var summary: String?
    }

    public var caseID: String?
    public var channel: String?
    public var timezone: String?
    public var impactStart: TimeLabel?
    public var detected: MessageLabel?
    public var acknowledged: MessageLabel?
    public var rootCauseIdentified: MessageLabel?
    public var mitigated: MessageLabel?
    public var resolved: MessageLabel?
    public var escalations: [ItemLabel]?
    public var hypotheses: [HypothesisLabel]?
    public var actionItems: [ItemLabel]?

    enum CodingKeys: String, CodingKey {
        case channel, timezone, detected, acknowledged, mitigated, resolved, escalations, hypotheses
        case caseID = "case"
        case impactStart = "impact_start"
        case rootCauseIdentified = "root_cause_identified"
        case actionItems = "action_items"
    }

    /// Reads a `truth.json`.
    public static func load(_ url: URL) throws(EvaluationError) -> LabelledIncident {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadable(url.path) }
        do {
            return try JSONDecoder().decode(LabelledIncident.self, from: data)
        } catch {
            throw .invalidTruth(url.path, String(describing: error).replacingOccurrences(of: "\n", with: " "))
        }
    }

    /// The labelled time of a milestone, if any.
    public func time(of kind: MilestoneKind) -> Date? {
        switch kind {
        case .impactStart: return impactStart.flatMap { TimeParsing.instant($0.time, zone: TimeZone(identifier: "UTC")!) }
        case .detected: return detected.flatMap { SlackTimestamp($0.ts)?.date }
        case .acknowledged: return acknowledged.flatMap { SlackTimestamp($0.ts)?.date }
        case .escalated: return escalations?.compactMap { SlackTimestamp($0.ts) }.min()?.date
        case .rootCauseIdentified: return rootCauseIdentified.flatMap { SlackTimestamp($0.ts)?.date }
        case .mitigated: return mitigated.flatMap { SlackTimestamp($0.ts)?.date }
        case .resolved: return resolved.flatMap { SlackTimestamp($0.ts)?.date }
        }
    }

    /// The labelled evidence message of a milestone, if any.
    public func ts(of kind: MilestoneKind) -> String? {
        switch kind {
        case .impactStart: return nil
        case .detected: return detected?.ts
        case .acknowledged: return acknowledged?.ts
        case .escalated: return escalations?.compactMap { SlackTimestamp($0.ts) }.min()?.raw
        case .rootCauseIdentified: return rootCauseIdentified?.ts
        case .mitigated: return mitigated?.ts
        case .resolved: return resolved?.ts
        }
    }
}

/// Why an evaluation could not run.
public enum EvaluationError: Error, Sendable, Equatable, LocalizedError {
    case unreadable(String)
    case invalidTruth(String, String)
    case noCases(String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let p): return "\(p): cannot be read"
        case .invalidTruth(let p, let d): return "\(p): not a valid truth.json: \(d)"
        case .noCases(let p): return "\(p): no labelled cases found (folders with truth.json and export/ or export.zip)"
        }
    }
}
