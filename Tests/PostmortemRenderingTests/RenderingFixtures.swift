import Foundation
import IncidentAnalysis
import PostmortemRendering
import PostmortemTestSupport
import SlackExport

/// An export read and analysed, ready to render.
struct AnalysedExport {
    var workspace: Workspace
    var conversation: Conversation
    var zone: TimeZone
    var analysis: Analysis

    /// Reads the export at `path` (its only conversation with messages) and analyses it with the
    /// built-in rules, in the zone most of its authors have (else UTC), as `report` does.
    init(path: String) throws {
        workspace = try ExportReader().read(path, selecting: .one(nil))
        conversation = try workspace.conversation(named: nil)
        zone = workspace.prevailingTimeZone(in: conversation).flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
        analysis = IncidentAnalyzer().analyze(conversation, in: workspace, zone: zone)
    }

    /// The document in `format` with `template` (the format's default when nil).
    func render(_ format: DocumentFormat, template: DocumentRenderer.Template? = nil, workspaceURL: String? = nil) throws -> String {
        let renderer = DocumentRenderer(options: RenderOptions(workspaceURL: workspaceURL, generatedBy: "postmortem (test)"))
        return try renderer.render(
            analysis: analysis, conversation: conversation, workspace: workspace, zone: zone, format: format, template: template)
    }
}

/// The sample exports under `SampleExports/` (each `<name>/export` folder), by name.
enum Samples {
    static var names: [String] {
        let root = TestPaths.sampleExports
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().filter { FileManager.default.fileExists(atPath: root.appendingPathComponent("\($0)/export").path) }
    }

    static func load(_ name: String) throws -> AnalysedExport {
        try AnalysedExport(path: TestPaths.sampleExports.appendingPathComponent("\(name)/export").path)
    }

    /// The workspace URL the HTML snapshots use, so they pin Slack permalinks too.
    static let workspaceURL = "https://example.slack.com"
}

/// `Snapshots/<name>` beside this file.
func snapshotFile(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots").appendingPathComponent(name)
}

/// Characters no document may contain: C0 controls except tab and line feed, DEL, C1 controls.
func controlCharacters(in text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { s in
        (s.value < 0x20 && s != "\n" && s != "\t") || (0x7F...0x9F).contains(s.value) || s.value == 0xFFFE || s.value == 0xFFFF
    }
}

/// The tables of a Markdown document whose rows do not all have the header's number of cells.
///
/// A cell separator is a `|` not escaped by an odd number of backslashes; code spans do not
/// protect a pipe in GFM tables, so they are not special here either.
func brokenTableRows(in markdown: String) -> [String] {
    func separators(_ line: Substring) -> Int {
        var count = 0
        var backslashes = 0
        for c in line {
            if c == "|" && backslashes % 2 == 0 { count += 1 }
            backslashes = c == "\\" ? backslashes + 1 : 0
        }
        return count
    }
    var broken: [String] = []
    var expected: Int?
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
        guard line.hasPrefix("|") else {
            expected = nil
            continue
        }
        let n = separators(line)
        if let e = expected {
            if n != e { broken.append(String(line)) }
        } else {
            expected = n
        }
    }
    return broken
}

/// Raw HTML tags a Markdown renderer would pass through: a `<` followed by a letter, `/` or `!`,
/// outside code spans and not backslash-escaped. The tool's own `<br>` and `<a id="m-…"></a>`
/// anchors are not counted.
func rawHTMLTags(in markdown: String) -> [String] {
    var found: [String] = []
    for line in markdown.split(separator: "\n") {
        let chars = Array(line)
        var i = 0
        var backslashes = 0
        while i < chars.count {
            let c = chars[i]
            if c == "`" && backslashes % 2 == 0 {
                // Skip a code span: a run of n backticks up to the next run of exactly n.
                var n = 0
                while i + n < chars.count, chars[i + n] == "`" { n += 1 }
                var j = i + n
                var closed = false
                while j < chars.count {
                    if chars[j] == "`" {
                        var m = 0
                        while j + m < chars.count, chars[j + m] == "`" { m += 1 }
                        if m == n {
                            closed = true
                            j += m
                            break
                        }
                        j += m
                    } else {
                        j += 1
                    }
                }
                i = closed ? j : i + n
                backslashes = 0
                continue
            }
            if c == "<", backslashes % 2 == 0, i + 1 < chars.count, chars[i + 1].isLetter || chars[i + 1] == "/" || chars[i + 1] == "!" {
                let rest = String(chars[i...])
                if let own = rest.range(of: #"^(<br>|<a id="(m-[0-9]+|full-log)"></a>)"#, options: .regularExpression) {
                    i += rest.distance(from: own.lowerBound, to: own.upperBound)
                    backslashes = 0
                    continue
                }
                found.append(String(rest.prefix(30)))
            }
            backslashes = c == "\\" ? backslashes + 1 : 0
            i += 1
        }
    }
    return found
}
