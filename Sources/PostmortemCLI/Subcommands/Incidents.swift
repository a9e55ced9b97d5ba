import ArgumentParser
import Foundation
import IncidentAnalysis
import SlackExport

extension PostmortemCommand {
    /// Lists the separate incidents inside one long channel.
    struct Incidents: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "incidents",
            abstract: "List the separate incidents inside one long channel (a shared #incidents channel).",
            discussion: """
                An incident starts at an alerting bot's alert or a person's report of symptoms that \
                two others answered within an hour, or at an incident bot's declaration. It ends at a \
                closing message ("resolved", an all-clear) plus a short tail (messages at most 30 min \
                apart, up to 2 h after it), or after 12 h of silence when nobody closed it. A new alert \
                or report starts a new incident after a closing message, or after 2 h of silence \
                unless it shares two words with what opened the open incident (then, within 24 h, it \
                continues it). Thread replies always stay with their parent. Messages outside every \
                incident are chatter.

                The message count includes thread replies and channel notices (joins, topic changes). \
                Then scope analyze, report, metrics, timeline or explain to one incident with \
                --incident N. With --from/--to the window is cut first, then split.

                --redact and --anonymize apply to the titles as they do to every other output; with \
                --anonymize the pseudonyms follow roles across the whole listed channel, so they can \
                differ from those of one incident's report.

                Examples:
                  postmortem incidents SampleExports/incidents-channel/export --channel incidents
                  postmortem incidents export.zip --channel incidents --format json
                  postmortem report SampleExports/incidents-channel/export --channel incidents --incident 2
                """
        )

        @OptionGroup var export: ExportOptions

        @Option(help: "Output format: table or json.")
        var format: ListFormat = .table

        @OptionGroup var ruleOptions: RulesOptions

        @OptionGroup var privacyFlags: PrivacyFlags

        enum ListFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

        func run() throws {
            try reportingFailures {
                let ruleSet = try ruleOptions.ruleSet()
                // Read the whole channel (windowed), then split; --incident picks one row.
                var whole = export
                whole.incident = nil
                var loaded = try whole.readConversation()
                export.reportWarnings(loaded.workspace.report)
                // Titles quote messages: hide what --redact and --anonymize ask for before splitting.
                let privacy = privacyFlags.privacy
                if privacy.anonymize {
                    // Pseudonyms follow roles, read from an analysis of the whole (windowed) channel.
                    let shown = IncidentAnalyzer(rules: ruleSet).analyze(loaded.conversation, in: loaded.workspace, zone: loaded.zone, privacy: privacy)
                    loaded.conversation = shown.conversation
                    loaded.workspace = shown.workspace
                } else {
                    (loaded.conversation, loaded.workspace) = Redactor(categories: privacy.redact).redact(loaded.conversation, in: loaded.workspace)
                }
                var incidents = IncidentSplitter(rules: ruleSet).split(loaded.conversation, in: loaded.workspace)
                if let number = export.incident {
                    incidents = [try ExportOptions.incident(number, of: loaded.conversation, in: loaded.workspace, rules: ruleSet)]
                }
                switch format {
                case .table: try Console.out(Self.table(incidents, of: loaded))
                case .json: try Console.out(Self.json(incidents).rendered())
                }
            }
        }

        static func table(_ incidents: [ChannelIncident], of loaded: LoadedConversation) -> String {
            let f = TimeFormatter(zone: loaded.zone)
            var rows = [["#", "START", "END", "MESSAGES", "OPENED BY", "CLOSED", "TITLE"]]
            for i in incidents {
                rows.append([
                    String(i.number), f.dayAndClock(i.start.date), f.dayAndClock(i.end.date), String(i.messageCount),
                    i.trigger.rawValue, i.isClosed ? "yes" : "no", i.title,
                ])
            }
            let rightAligned: Set<Int> = [0, 3]
            let widths = (0..<rows[0].count).map { col in rows.map { $0[col].count }.max() ?? 0 }
            var out = rows.map { row in
                row.enumerated().map { col, cell in
                    if col == row.count - 1 { return cell }
                    let pad = String(repeating: " ", count: widths[col] - cell.count)
                    return rightAligned.contains(col) ? pad + cell : cell + pad
                }.joined(separator: "  ")
            }.joined(separator: "\n")
            let inIncidents = incidents.reduce(0) { $0 + $1.messageCount }
            let total = loaded.conversation.messages.count
            let zoneName = loaded.conversation.messages.first.map { " (\(f.zoneAbbreviation($0.ts.date)))" } ?? ""
            out += "\n\(incidents.count) incident(s) in #\(loaded.conversation.info.name): \(inIncidents) of \(total) message(s); "
            out += "the other \(total - inIncidents) are chatter. Times in \(loaded.zone.identifier)\(zoneName).\n"
            return out
        }

        static func json(_ incidents: [ChannelIncident]) -> JSONNode {
            .array(incidents.map { i in
                .object([
                    ("number", .int(i.number)), ("start", .string(TimeFormatter.isoUTC(i.start.date))),
                    ("end", .string(TimeFormatter.isoUTC(i.end.date))), ("start_ts", .string(i.start.raw)),
                    ("end_ts", .string(i.end.raw)), ("title", .string(i.title)), ("opened_by", .string(i.trigger.rawValue)),
                    ("closed", .bool(i.isClosed)), ("closed_ts", .string(i.closedTS?.raw)), ("messages", .int(i.messageCount)),
                ])
            })
        }
    }
}
