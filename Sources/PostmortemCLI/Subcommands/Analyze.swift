import ArgumentParser
import Foundation
import IncidentAnalysis
import SlackExport

extension PostmortemCommand {
    /// Analyses an incident and prints the analysis as JSON.
    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "analyze",
            abstract: "Infer milestones, hypotheses, escalations, action items and metrics; print them as JSON.",
            discussion: """
                Every item points at the message (ts) that carries it. Corrections in a YAML file \
                (--config, or postmortem.yml beside the export) and --impact-start / --set win over \
                inference and are marked "override".

                Example:
                  postmortem analyze SampleExports/dashboard-outage/export.zip > analysis.json
                  postmortem analyze export.zip --channel inc-42 --impact-start 2024-07-15T09:30 -o analysis.json
                """
        )

        @OptionGroup var export: ExportOptions
        @OptionGroup var analysis: AnalysisOptions

        @Option(help: "Output format (json only).")
        var format: Format = .json

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        @Flag(help: "Overwrite an existing output file.")
        var force = false

        enum Format: String, ExpressibleByArgument, CaseIterable { case json }

        func run() throws {
            try reportingFailures {
                let destination = output.map { OutputFile(path: $0, force: force) }
                // Fail on an unwritable destination before the slow work.
                try destination?.preflight()
                let (result, shown) = try analysis.analyze(export)
                // Nothing here shows the messages themselves: free them while the analysis is written.
                BackgroundRelease.release(shown, messages: shown.conversation.messages.count)
                // Written as it is made: a year-long channel's analysis is hundreds of megabytes.
                let json = result.jsonNode()
                if let destination {
                    try destination.write { emit in try json.write(to: emit) }
                } else {
                    try Console.write(streaming: { emit in try json.write(to: emit) }, to: STDOUT_FILENO, name: "standard output")
                }
                Console.exitAfterSuccess()
            }
        }
    }
}

