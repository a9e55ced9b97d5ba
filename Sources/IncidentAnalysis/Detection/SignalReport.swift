import Foundation
import SlackExport

/// Why the analysis read each message as it did: the signals that matched and the kinds they gave.
public struct SignalReport: Sendable {
    /// One message's reading.
    public struct Line: Sendable {
        public var ts: SlackTimestamp
        public var author: String
        public var isBot: Bool
        /// Kind and score, strongest first.
        public var kinds: [(EventKind, Double)]
        /// Signal name → matched phrases.
        public var signals: [(String, [String])]
        public var text: String
    }

    /// Every message, in order.
    public var lines: [Line]
}

extension IncidentAnalyzer {
    /// Explains how each message of `conversation` is classified, for tuning rules.
    public func explain(_ conversation: Conversation, in workspace: Workspace, zone: TimeZone) -> SignalReport {
        var run = AnalysisRun(rules: rules, corrections: corrections, conversation: conversation, workspace: workspace, zone: zone)
        run.classifyAll()
        return SignalReport(lines: run.items.map { m in
            SignalReport.Line(
                ts: m.ts, author: m.authorName, isBot: m.isBot, kinds: m.kinds,
                signals: m.signals, text: m.plain)
        })
    }
}
