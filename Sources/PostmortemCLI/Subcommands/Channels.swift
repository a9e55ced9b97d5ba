import ArgumentParser
import Foundation
import SlackExport

extension PostmortemCommand {
    /// Lists the conversations of an export.
    struct Channels: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "channels",
            abstract: "List the channels, DMs and group DMs of an export with message counts and first/last day.",
            discussion: """
                Days are shown in --timezone (default: UTC). With --from/--to only messages in that \
                window are counted.

                Example:
                  postmortem channels SampleExports/dashboard-outage/export.zip
                  postmortem channels ~/Downloads/acme-export.zip --format json
                """
        )

        @OptionGroup var options: ExportOptions

        @Option(help: "Output format: table or json.")
        var format: ListFormat = .table

        enum ListFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

        func run() throws {
            try reportingFailures {
                // A listing needs times and threads only: texts are neither parsed nor kept.
                let workspace = try options.readWorkspace(selecting: .all, detail: .outline)
                options.reportWarnings(workspace.report)
                let zone = try options.displayZone(workspace: workspace, conversation: nil)
                let (from, to) = try options.window(zone: zone)
                let rows = workspace.conversations.map { c in
                    ChannelRow(conversation: (from != nil || to != nil) ? c.restricted(from: from, to: to) : c, zone: zone)
                }
                var selected = rows
                if let name = options.channel {
                    // The same matching as every other command: id, name, #name, any case.
                    let chosen = try workspace.conversation(named: name)
                    selected = rows.filter { $0.id == chosen.info.id }
                }
                switch format {
                case .table: try Console.out(Self.table(selected, shape: workspace.shape, zone: zone))
                case .json: try Console.out(Self.json(selected))
                }
                Console.exitAfterSuccess()
            }
        }

        struct ChannelRow: Encodable {
            var id: String
            var name: String
            var kind: String
            var messages: Int
            var threads: Int
            var firstDay: String?
            var lastDay: String?

            init(conversation c: Conversation, zone: TimeZone) {
                let f = TimeFormatter(zone: zone)
                id = c.info.id
                name = c.info.name
                kind = c.info.kind.rawValue
                messages = c.messages.count
                threads = c.messages.filter(\.isThreadParent).count
                firstDay = c.span.map { f.day($0.lowerBound.date) }
                lastDay = c.span.map { f.day($0.upperBound.date) }
            }
        }

        static func table(_ rows: [ChannelRow], shape: ExportShape, zone: TimeZone) -> String {
            var lines = [["KIND", "NAME", "ID", "MESSAGES", "THREADS", "FIRST", "LAST"]]
            for r in rows {
                lines.append([r.kind, r.name, r.id, String(r.messages), String(r.threads), r.firstDay ?? "-", r.lastDay ?? "-"])
            }
            let widths = (0..<lines[0].count).map { col in lines.map { $0[col].count }.max() ?? 0 }
            var out = lines.map { row in
                row.enumerated().map { i, cell in
                    i == row.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
                }.joined(separator: "  ")
            }.joined(separator: "\n")
            out += "\n\(rows.count) conversation(s), \(rows.reduce(0) { $0 + $1.messages }) message(s); \(shape.rawValue); days in \(zone.displayName)\n"
            return out
        }

        static func json(_ rows: [ChannelRow]) throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            return String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n"
        }
    }
}
