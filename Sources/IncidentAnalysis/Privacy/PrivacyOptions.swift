import Foundation
import SlackExport

/// What to hide before anything is written: secrets (`--redact`) and people's names (`--anonymize`).
public struct PrivacyOptions: Sendable, Equatable {
    /// Categories masked in message text; URL tokens are removed even when empty.
    public var redact: RedactionCategories
    /// Replace people's names with role-based pseudonyms.
    public var anonymize: Bool

    /// Creates options; the default only removes URL tokens.
    public init(redact: RedactionCategories = [], anonymize: Bool = false) {
        self.redact = redact
        self.anonymize = anonymize
    }
}

/// An analysis together with the conversation and workspace it should be shown with: after
/// `--redact` and `--anonymize`, renderers must use these rather than what the reader returned.
public struct PrivateAnalysis: Sendable {
    public var analysis: Analysis
    public var conversation: Conversation
    public var workspace: Workspace
}

extension IncidentAnalyzer {
    /// Redacts the conversation, analyses it, and pseudonymises names when asked.
    ///
    /// Redaction happens before analysis, so nothing derived from a message (timeline, evidence,
    /// summary, metrics' excerpts) can hold a secret. Pseudonyms are chosen from the analysis
    /// (roles, order of first message), then applied to the analysis, conversation and workspace.
    public func analyze(
        _ conversation: Conversation, in workspace: Workspace, zone: TimeZone, privacy: PrivacyOptions
    ) -> PrivateAnalysis {
        let (conversation, workspace) = Redactor(categories: privacy.redact).redact(conversation, in: workspace)
        let analysis = analyze(conversation, in: workspace, zone: zone)
        guard privacy.anonymize else { return PrivateAnalysis(analysis: analysis, conversation: conversation, workspace: workspace) }
        let pseudonyms = Pseudonymizer(analysis: analysis, conversation: conversation, workspace: workspace)
        return PrivateAnalysis(
            analysis: pseudonyms.apply(to: analysis), conversation: pseudonyms.apply(to: conversation),
            workspace: pseudonyms.apply(to: workspace))
    }
}
