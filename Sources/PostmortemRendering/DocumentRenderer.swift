import Foundation
import IncidentAnalysis
import Mustache
import SlackExport

/// Renders a postmortem document from an analysis with a Mustache template.
///
/// Built-in templates come from the copy compiled into the binary (``BuiltInTemplates``); a
/// template given by path is read from disk, with its partials from a `partials/` folder beside
/// it (or beside its folder, the layout `postmortem templates export` writes), built-in partials
/// filling the gaps. Every template is checked before rendering: syntax errors and names the
/// context does not have are reported with file and line.
public struct DocumentRenderer: Sendable {
    /// Which template to render with.
    public enum Template: Sendable, Equatable {
        /// A built-in by name (`markdown/default`).
        case builtIn(String)
        /// A template file.
        case file(String)
    }

    /// Workspace URL and tool version.
    public var options: RenderOptions

    /// Creates a renderer.
    public init(options: RenderOptions) {
        self.options = options
    }

    /// Renders the document.
    ///
    /// - Parameters:
    ///   - analysis: The analysis of `conversation`.
    ///   - conversation: The conversation (its messages form the log appendix).
    ///   - workspace: The export (names).
    ///   - zone: The zone times are shown in.
    ///   - format: Markdown or HTML; text is escaped for it.
    ///   - template: The template; nil means the format's default.
    /// - Returns: The document, ending in a newline.
    /// - Throws: ``RenderError`` when the template is missing or wrong.
    public func render(
        analysis: Analysis, conversation: Conversation, workspace: Workspace, zone: TimeZone,
        format: DocumentFormat, template: Template? = nil
    ) throws(RenderError) -> String {
        let context = TemplateContext(
            analysis: analysis, conversation: conversation, workspace: workspace, zone: zone, format: format, options: options)
        return try render(context: context, format: format, template: template ?? .builtIn("\(format.rawValue)/default"))
    }

    /// Renders a prepared context.
    public func render(context: TemplateContext, format: DocumentFormat, template: Template) throws(RenderError) -> String {
        let set = try TemplateSet.load(template, format: format)
        let library = try set.library(format: format)
        guard let text = library.render(ContextBoxing.box(context), withTemplate: set.mainName) else {
            throw .invalidTemplate([TemplateProblem(file: set.mainName, line: 1, message: "template could not be loaded")])
        }
        var out = format == .markdown ? Self.tidyMarkdown(text) : text
        if !out.hasSuffix("\n") { out += "\n" }
        return out
    }

    /// Runs of blank lines (left by sections that rendered nothing) become one; trailing spaces go.
    static func tidyMarkdown(_ text: String) -> String {
        var out: [Substring] = []
        var blank = 0
        var inFence = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = raw
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle() }
            if !inFence {
                while line.last == " " && !line.hasSuffix("  ") { line = line.dropLast() }
            }
            if line.isEmpty && !inFence {
                blank += 1
                if blank > 1 { continue }
            } else {
                blank = 0
            }
            out.append(line)
        }
        while let last = out.last, last.isEmpty { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }
}

/// The template files of one render: the main template and every partial it may include.
struct TemplateSet {
    struct Source {
        /// The name partials are included by (`partials/markdown-log`) or the main template's name.
        var name: String
        /// The file as shown in messages.
        var file: String
        var text: String
        var isPartial: Bool
    }

    var mainName: String
    var sources: [Source]

    static let maxTemplateBytes = 4 << 20

    static func load(_ template: DocumentRenderer.Template, format: DocumentFormat) throws(RenderError) -> TemplateSet {
        var sources: [String: Source] = [:]
        for (path, text) in BuiltInTemplates.files where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            sources[name] = Source(name: name, file: path, text: text, isPartial: path.hasPrefix("partials/"))
        }
        let mainName: String
        switch template {
        case .builtIn(let requested):
            guard let entry = BuiltInTemplates.named(requested, format: format) else {
                throw .unknownTemplate(
                    name: requested, format: format, available: BuiltInTemplates.documents.filter { $0.format == format }.map(\.name))
            }
            mainName = entry.name
        case .file(let path):
            let url = URL(fileURLWithPath: path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .templateNotFound(path: path) }
            if isDirectory.boolValue { throw .unreadableTemplate(path: path, reason: "it is a folder") }
            let text = try read(path)
            // A name no built-in can have, so the user's template never shadows one by accident.
            mainName = "custom:" + url.lastPathComponent
            sources[mainName] = Source(name: mainName, file: path, text: text, isPartial: false)
            let folder = url.deletingLastPathComponent()
            for root in [folder, folder.deletingLastPathComponent()] {
                let partials = root.appendingPathComponent("partials")
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: partials.path) else { continue }
                for file in names.sorted().prefix(500) where file.hasSuffix(".mustache") {
                    let partialPath = partials.appendingPathComponent(file).path
                    let name = "partials/" + String(file.dropLast(".mustache".count))
                    sources[name] = Source(name: name, file: displayPath(partialPath, relativeTo: path), text: try read(partialPath), isPartial: true)
                }
                break
            }
        }
        return TemplateSet(mainName: mainName, sources: sources.keys.sorted().compactMap { sources[$0] })
    }

    private static func read(_ path: String) throws(RenderError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableTemplate(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
        guard data.count <= maxTemplateBytes else { throw .unreadableTemplate(path: path, reason: "larger than 4 MiB") }
        guard let text = String(data: data, encoding: .utf8) else { throw .unreadableTemplate(path: path, reason: "not UTF-8 text") }
        return text
    }

    /// `partials/x.mustache` beside a template given as `tpl/markdown/my.mustache` is shown as
    /// `tpl/partials/x.mustache`: the path as the user would type it.
    private static func displayPath(_ path: String, relativeTo template: String) -> String {
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        let cwd = FileManager.default.currentDirectoryPath
        if standardized.hasPrefix(cwd + "/") { return String(standardized.dropFirst(cwd.count + 1)) }
        return standardized
    }

    /// Checks and compiles every template into a library.
    func library(format: DocumentFormat) throws(RenderError) -> MustacheLibrary {
        let partialNames = Set(sources.filter(\.isPartial).map(\.name))
        let checker = TemplateChecker(schema: TemplateContext.schema, partials: partialNames)
        var problems: [TemplateProblem] = []
        var templates: [String: MustacheTemplate] = [:]
        // Only the main template and partials it can reach are checked, so a broken partial
        // of another built-in never blocks a render.
        let reachable = reachableSources()
        for source in sources where reachable.contains(source.name) {
            // In Markdown every file is text: the pragma is added where missing, on its own line
            // (which the parser drops), and line numbers are reported as the file has them.
            var text = source.text
            var offset = 0
            if format == .markdown, !text.contains("CONTENT_TYPE") {
                text = "{{% CONTENT_TYPE: TEXT}}\n" + text
                offset = 1
            }
            let found = checker.check(text, file: source.file, isPartial: source.isPartial, lineOffset: offset)
            if !found.isEmpty {
                problems += found
                continue
            }
            do {
                templates[source.name] = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                problems.append(
                    TemplateProblem(
                        file: source.file, line: max(error.context.lineNumber - offset, 1), column: error.context.columnNumber,
                        message: Self.describe(error.error)))
            } catch {
                problems.append(TemplateProblem(file: source.file, line: 1, message: String(describing: error)))
            }
        }
        if !problems.isEmpty { throw .invalidTemplate(problems) }
        return MustacheLibrary(templates: templates)
    }

    /// The main template and the partials it includes, directly or through other partials.
    func reachableSources() -> Set<String> {
        var byName: [String: Source] = [:]
        for s in sources { byName[s.name] = s }
        var seen: Set<String> = [mainName]
        var queue = [mainName]
        while let name = queue.popLast() {
            guard let text = byName[name]?.text else { continue }
            for partial in Self.partialReferences(in: text) where !seen.contains(partial) {
                seen.insert(partial)
                queue.append(partial)
            }
        }
        return seen
    }

    /// Names in `{{> name}}` tags (default delimiters only; enough to find what to check).
    static func partialReferences(in text: String) -> [String] {
        var out: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{>") {
            guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else { break }
            out.append(rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces))
            rest = rest[close.upperBound...]
        }
        return out
    }

    static func describe(_ error: any Error) -> String {
        guard let e = error as? MustacheTemplate.Error else { return String(describing: error) }
        switch e {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not finished (missing '}}')"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "bad set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "only blocks may appear inside a partial's inheritance section"
        case .textInsideInheritSection: return "text may not appear inside a partial's inheritance section"
        case .invalidConfigVariableSyntax: return "bad pragma: write {{% CONTENT_TYPE: TEXT}}"
        case .unrecognisedConfigVariable: return "unknown pragma: only CONTENT_TYPE is supported"
        }
    }
}
