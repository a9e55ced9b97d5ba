import ArgumentParser
import Foundation
import IncidentAnalysis
import SlackExport

extension PostmortemCommand {
    /// Analyses an incident and prints the analysis as JSON.
    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
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
                let (result, _) = try analysis.analyze(export)
                try writeOutput(result.jsonNode().rendered(), to: output, force: force)
            }
        }
    }
}

/// Writes a command's output to a file (atomically) or to standard output.
// TODO(lead): replace with OutputFile once the report command lands.
func writeOutput(_ text: String, to path: String?, force: Bool) throws {
    guard let path else { return try Console.out(text) }
    if FileManager.default.fileExists(atPath: path) && !force {
        throw CLIError("\(path): already exists; use --force to overwrite", code: .cannotCreate)
    }
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw CLIError("\(path): cannot write: \(error.localizedDescription)", code: .cannotCreate)
    }
}
