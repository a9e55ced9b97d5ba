import ArgumentParser
import Foundation
import IncidentAnalysis
import SlackExport

extension PostmortemCommand {
    /// Shows the signals and event kinds the rules find in each message.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain",
            abstract: "Show, message by message, which rule phrases matched and which event kinds they gave.",
            discussion: """
                For tuning a team's rules file: run it, see why a message was or was not read as a \
                hypothesis, escalation or mitigation, add phrases with --rules, run it again.

                Example:
                  postmortem explain SampleExports/dashboard-outage/export.zip --rules my-rules.yml
                """
        )

        @OptionGroup var export: ExportOptions
        @OptionGroup var analysis: AnalysisOptions

        func run() throws {
            try reportingFailures {
                let rules = try analysis.ruleSet()
                let loaded = try export.readConversation(splittingWith: rules)
                export.reportWarnings(loaded.workspace.report)
                let analyzer = IncidentAnalyzer(rules: rules, corrections: try analysis.corrections(exportPath: export.export))
                // The messages as the other commands show them: redacted and pseudonymised when asked.
                let shown = analyzer.analyze(loaded.conversation, in: loaded.workspace, zone: loaded.zone, privacy: analysis.privacy)
                let report = analyzer.explain(shown.conversation, in: shown.workspace, zone: loaded.zone)
                let f = TimeFormatter(zone: loaded.zone)
                var out = ""
                for line in report.lines {
                    let kinds = line.kinds.map { "\($0.0.rawValue) \(String(format: "%.1f", $0.1))" }.joined(separator: ", ")
                    let text = line.text.replacingOccurrences(of: "\n", with: " ")
                    out += "\(f.dayAndClock(line.ts.date))  \(line.ts.raw)  \(line.author)\(line.isBot ? " [bot]" : "")\n"
                    out += "    \(text.count > 160 ? String(text.prefix(159)) + "…" : text)\n"
                    out += "    kinds: \(kinds.isEmpty ? "-" : kinds)\n"
                    for (signal, phrases) in line.signals {
                        out += "    \(signal): \(phrases.joined(separator: " | "))\n"
                    }
                }
                try Console.out(out)
            }
        }
    }
}
