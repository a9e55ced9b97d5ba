import Foundation
import SlackExport

/// Analyses one incident conversation: classifies messages, finds milestones, hypotheses and
/// their fate, escalations, action items, participants and metrics.
public struct IncidentAnalyzer: Sendable {
    /// The rules (phrases, bots, emoji, weights) in force.
    public var rules: RuleSet
    /// Human corrections, which win over inference.
    public var corrections: Corrections

    /// Creates an analyzer.
    public init(rules: RuleSet = .builtIn, corrections: Corrections = Corrections()) {
        self.rules = rules
        self.corrections = corrections
    }

    /// Analyses `conversation` of `workspace`, showing times in `zone`.
    public func analyze(_ conversation: Conversation, in workspace: Workspace, zone: TimeZone) -> Analysis {
        var run = AnalysisRun(rules: rules, corrections: corrections, conversation: conversation, workspace: workspace, zone: zone)
        return run.run()
    }
}
