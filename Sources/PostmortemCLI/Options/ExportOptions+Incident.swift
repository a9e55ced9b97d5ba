import Foundation
import IncidentAnalysis
import SlackExport

extension ExportOptions {
    /// Incident `number` of `conversation`, as `postmortem incidents` numbers them.
    ///
    /// - Throws: a usage error (exit 64) naming how many incidents the channel holds when
    ///   `number` is out of range.
    static func incident(
        _ number: Int, of conversation: Conversation, in workspace: Workspace, rules: RuleSet
    ) throws(CLIError) -> ChannelIncident {
        let incidents = IncidentSplitter(rules: rules).split(conversation, in: workspace)
        guard number >= 1, number <= incidents.count else {
            let held: String
            switch incidents.count {
            case 0: held = "holds no incidents"
            case 1: held = "holds 1 incident (--incident 1)"
            default: held = "holds \(incidents.count) incidents (--incident 1 to \(incidents.count))"
            }
            throw CLIError(
                "--incident \(number): #\(conversation.info.name) \(held); list them with `postmortem incidents`",
                code: .usage)
        }
        return incidents[number - 1]
    }
}
