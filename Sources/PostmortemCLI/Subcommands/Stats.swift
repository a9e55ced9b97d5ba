import ArgumentParser
import Foundation
import IncidentAnalysis
import SlackExport

extension PostmortemCommand {
    /// Duration statistics over many incidents, for retrospectives.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats",
            abstract: "Summarise many incidents: count, median, p90, min and max of each duration, overall and by group.",
            discussion: """
                Reads analysis files (the JSON of `postmortem analyze`, one per incident, in files or \
                folders) and exports (analysed on the fly: each channel is one incident, or each \
                incident found in it with --split). A folder holding analysis files is read as a \
                folder of analyses; any other path as an export.

                Metrics (seconds, from each analysis): time to detect (impact start → detected), \
                acknowledge, identify, mitigate and resolve (detected → each). Incidents with no \
                resolved milestone are open: they are counted, and left out of every duration figure.

                Median and p90 use linear interpolation between closest ranks: for n sorted values, \
                the q-quantile sits at rank h = (n - 1) * q, between x[floor h] and x[floor h + 1] \
                (NumPy's default, Excel's PERCENTILE.INC); e.g. median of 60, 120, 300 = 120, p90 = \
                264. Medians, not means: incident durations are heavy-tailed.

                --by month groups by the month of detection in UTC; severity, service and tag come \
                from each analysis (set them with postmortem.yml). An incident with several services \
                or tags counts in each of their groups; one with none is in "(none)".

                Formats: a table for the terminal, csv, json (schema postmortem.stats/v1), or html (one \
                self-contained page with inline SVG charts, no scripts). The format is --format, else \
                the -o file's extension, else the table. -o writes atomically and replaces a file \
                only with --force.

                Examples:
                  postmortem stats SampleExports/history
                  postmortem stats SampleExports/history --by severity --format csv
                  postmortem stats SampleExports/history -o stats.html
                  postmortem stats analyses/ SampleExports/incidents-channel/export --split --by month
                """
        )

        @Argument(help: ArgumentHelp("Analysis JSON files, folders of them, or exports.", valueName: "path"))
        var paths: [String]

        @Option(help: ArgumentHelp("Group by month (of detection, UTC), severity, service or tag.", valueName: "month|severity|service|tag"))
        var by: GroupBy?

        @Option(help: ArgumentHelp("Output format: table, csv, json or html (default: from the -o extension, else table).", valueName: "format"))
        var format: Format?

        @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        @Flag(help: "Replace the -o file if it exists.")
        var force = false

        @Flag(help: "Split each channel of an export into incidents, as `postmortem incidents` does, instead of one incident per channel.")
        var split = false

        @Flag(name: .shortAndLong, help: "Print no warnings or notes on standard error.")
        var quiet = false

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, html }

        enum GroupBy: String, ExpressibleByArgument, CaseIterable {
            case month, severity, service, tag

            var grouping: IncidentStatistics.Grouping {
                switch self {
                case .month: return .month
                case .severity: return .severity
                case .service: return .service
                case .tag: return .tag
                }
            }
        }

        func validate() throws {
            if paths.isEmpty { throw ValidationError("name at least one analysis file, folder or export") }
            if let output, output.isEmpty { throw ValidationError("-o needs a file name") }
        }

        func run() throws {
            try reportingFailures {
                let chosen = format ?? output.flatMap(Self.format(impliedBy:)) ?? .table
                let destination = output.map { OutputFile(path: $0, force: force) }
                try destination?.preflight()
                let records = try HistoryLoader(split: split, quiet: quiet).records(from: paths)
                guard !records.isEmpty else {
                    throw CLIError("no incidents found in \(paths.joined(separator: ", "))", code: .noInput)
                }
                let stats = IncidentStatistics(records: records, grouping: by?.grouping)
                let text: String
                switch chosen {
                case .table: text = StatsText.table(stats)
                case .csv: text = StatsText.csv(stats)
                case .json: text = stats.jsonNode().rendered()
                case .html: text = StatsPage.render(stats, generator: "postmortem \(PostmortemVersion.current)")
                }
                if let destination {
                    try destination.write(text)
                    if !quiet { Console.err("postmortem: wrote \(destination.path) (\(chosen.rawValue), \(records.count) incidents)") }
                } else {
                    try Console.out(text)
                }
            }
        }

        /// `.csv`, `.json`, `.html`/`.xhtml`/`.htm` name their format; anything else none.
        static func format(impliedBy fileName: String) -> Format? {
            switch URL(fileURLWithPath: fileName).pathExtension.lowercased() {
            case "csv": return .csv
            case "json": return .json
            case "html", "htm", "xhtml": return .html
            case "txt": return .table
            default: return nil
            }
        }
    }
}
