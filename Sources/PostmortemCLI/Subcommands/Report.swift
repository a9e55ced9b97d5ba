import ArgumentParser
import Foundation
import IncidentAnalysis
import PostmortemRendering
import SlackExport

extension PostmortemCommand {
    /// Writes the postmortem document.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write the postmortem: GitHub-flavoured Markdown or one self-contained HTML report.",
            discussion: """
                The format is --format, else the -o file's extension (.md, .html), else the template's \
                (html/default is HTML), else Markdown. Without -o the document goes to standard output.

                -o writes atomically: a temporary file in the same folder, then renamed into place, so a \
                failed run leaves no partial file. An existing file is only replaced with --force. A \
                device or pipe (/dev/stdout, a FIFO) is written straight through.

                Templates: the built-ins are listed by `postmortem templates list`; copy them with \
                `postmortem templates export DIR` and pass your own with --template PATH. Every key a \
                template can use is described in Templates/README.md.

                With --workspace-url, message links go to Slack; otherwise they point at the message \
                in the document's full log.

                Examples:
                  postmortem report SampleExports/dashboard-outage/export.zip > postmortem.md
                  postmortem report SampleExports/checkout-latency/export -o report.html \\
                      --workspace-url kaufwerk.slack.com
                  postmortem report export.zip --template google-sre -o pm.md --force
                """
        )

        @OptionGroup var export: ExportOptions
        @OptionGroup var analysis: AnalysisOptions

        @Option(help: ArgumentHelp("Output format: markdown or html (default: from the -o extension, else markdown).", valueName: "format"))
        var format: ReportFormat?

        @Option(help: ArgumentHelp("A built-in template by name (see `postmortem templates list`) or a .mustache file.", valueName: "name|path"))
        var template: String?

        @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        @Option(name: .customLong("workspace-url"), help: ArgumentHelp("The Slack workspace (e.g. acme.slack.com), so message links open in Slack.", valueName: "url"))
        var workspaceURL: String?

        @Flag(help: "Replace the -o file if it exists.")
        var force = false

        /// The formats on the command line.
        enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
            case markdown, html

            var documentFormat: DocumentFormat { self == .html ? .html : .markdown }
        }

        func validate() throws {
            if let workspaceURL, RenderOptions.normalizedWorkspaceURL(workspaceURL) == nil {
                throw ValidationError("--workspace-url '\(workspaceURL)' is not a Slack workspace address; use e.g. acme.slack.com or https://acme.slack.com")
            }
            if let output, output.isEmpty { throw ValidationError("-o needs a file name") }
            if let template, template.isEmpty { throw ValidationError("--template needs a name or a path") }
        }

        func run() throws {
            try reportingFailures {
                let (documentFormat, templateChoice) = try resolveFormatAndTemplate()
                let destination = output.map { OutputFile(path: $0, force: force) }
                // Fail on an unwritable destination before reading and analysing the export.
                try destination?.preflight()
                let (result, loaded) = try analysis.analyze(export)
                let renderer = DocumentRenderer(
                    options: RenderOptions(
                        workspaceURL: workspaceURL.flatMap(RenderOptions.normalizedWorkspaceURL),
                        generatedBy: "postmortem \(PostmortemVersion.current)"))
                let document: String
                do {
                    document = try renderer.render(
                        analysis: result, conversation: loaded.conversation, workspace: loaded.workspace, zone: loaded.zone,
                        format: documentFormat, template: templateChoice)
                } catch {
                    throw Self.cliError(error)
                }
                if let destination {
                    try destination.write(document)
                    if !export.quiet { Console.err("postmortem: wrote \(destination.path) (\(documentFormat.rawValue))") }
                } else {
                    try Console.out(document)
                }
            }
        }

        /// The format (flag, else -o extension, else the template's, else Markdown) and the template.
        func resolveFormatAndTemplate() throws(CLIError) -> (DocumentFormat, DocumentRenderer.Template) {
            let fromFlag = format?.documentFormat
            let fromOutput = output.flatMap(DocumentFormat.implied(byFileName:))
            if let fromFlag, let fromOutput, fromFlag != fromOutput, !export.quiet {
                Console.err("postmortem: warning: writing \(fromFlag.rawValue) to \(output ?? "") as --format asks, despite its extension")
            }
            let explicit = fromFlag ?? fromOutput
            guard let template else {
                let f = explicit ?? .markdown
                return (f, .builtIn("\(f.rawValue)/default"))
            }
            if let entry = BuiltInTemplates.named(template, format: explicit) {
                return (explicit ?? entry.format, .builtIn(entry.name))
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: template, isDirectory: &isDirectory), !isDirectory.boolValue {
                return (explicit ?? Self.impliedFormat(ofTemplateFile: template) ?? .markdown, .file(template))
            }
            if template.contains("/") || template.hasSuffix(".mustache") || isDirectory.boolValue {
                if BuiltInTemplates.named(template, format: nil) == nil {
                    throw CLIError(
                        isDirectory.boolValue ? "\(template): is a folder, not a template file" : "\(template): no such template file",
                        code: .noInput)
                }
            }
            let available = BuiltInTemplates.documents.filter { explicit == nil || $0.format == explicit }.map(\.name)
            throw Self.cliError(RenderError.unknownTemplate(name: template, format: explicit, available: available))
        }

        /// `x.html.mustache` or `…/html/x.mustache` is HTML; `x.md.mustache` or `…/markdown/…` Markdown.
        static func impliedFormat(ofTemplateFile path: String) -> DocumentFormat? {
            let lower = path.lowercased()
            let parts = lower.split(separator: "/")
            if lower.hasSuffix(".html.mustache") || parts.dropLast().last == "html" { return .html }
            if lower.hasSuffix(".md.mustache") || parts.dropLast().last == "markdown" { return .markdown }
            return nil
        }

        /// Render errors as command-line failures: unknown name 64, missing file 66, bad template 65.
        static func cliError(_ error: any Error) -> CLIError {
            guard let e = error as? RenderError else { return CLIError.from(error) }
            let code: CLIError.Code = e.isUsageError ? .usage : (e.isMissingInput ? .noInput : .dataError)
            return CLIError(e.description, code: code)
        }
    }
}
