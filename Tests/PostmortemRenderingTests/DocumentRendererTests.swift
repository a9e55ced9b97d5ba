import Foundation
import IncidentAnalysis
import PostmortemTestSupport
import Testing

@testable import PostmortemRendering

/// User templates: found by path with their partials, checked against the context keys, and
/// their errors reported with file and line.
@Suite struct DocumentRendererTests {
    let renderer = DocumentRenderer(options: RenderOptions(generatedBy: "postmortem (test)"))

    /// Writes files into a new folder; returns it.
    func folder(_ files: [String: String]) throws -> URL {
        let dir = try TestPaths.temporaryFolder("templates")
        for (path, text) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
        return dir
    }

    func problems(_ template: String, format: DocumentFormat = .markdown, partials: [String: String] = [:]) throws -> [TemplateProblem] {
        var files = ["my.mustache": template]
        for (name, text) in partials { files["partials/\(name).mustache"] = text }
        let dir = try folder(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let context = try TemplateContextTests.richContext()
        do {
            _ = try renderer.render(context: context, format: format, template: .file(dir.appendingPathComponent("my.mustache").path))
            return []
        } catch {
            guard case .invalidTemplate(let problems) = error else {
                Issue.record("unexpected error \(error)")
                return []
            }
            // The file is named as the user gave it; compare by last component.
            return problems.map { p in
                var p = p
                p.file = URL(fileURLWithPath: p.file).lastPathComponent
                return p
            }
        }
    }

    @Test func unknownKeyIsReportedWithFileAndLine() throws {
        let found = try problems("# {{title}}\n\nSeverity: {{severty}}\n")
        #expect(found.map(\.description) == ["my.mustache:3: unknown key 'severty' (see Templates/README.md for the keys)"])
    }

    @Test func itemKeyOutsideItsSectionSaysWhereItBelongs() throws {
        let found = try problems("{{title}}\n{{raisedBy}}\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 2)
        #expect(found.first?.message.contains("unknown key 'raisedBy' here; it is a key of the items of hypotheses") == true)
    }

    @Test func keysInsideSectionsAndDottedKeysAreKnown() throws {
        let template = """
            {{#hypotheses}}{{number}} {{raisedBy}} {{title}}{{#settledBy}}{{.}}{{/settledBy}}{{/hypotheses}}
            {{durations.timeToDetect}} {{#durations.timeToMitigate}}{{.}}{{/durations.timeToMitigate}}
            {{#log}}{{time}}{{#replies}}{{author}} {{{body}}}{{/replies}}{{/log}}
            {{^empty(keyEvents)}}{{#keyEvents}}{{#first()}}first{{/first()}}{{/keyEvents}}{{/empty(keyEvents)}}
            {{! a comment {{notAKey}} }}
            """
        #expect(try problems(template).isEmpty)
    }

    @Test func unknownChildOfAnObjectIsReported() throws {
        let found = try problems("\n{{durations.timeToLunch}}")
        #expect(found.map(\.description) == ["my.mustache:2: unknown key 'durations.timeToLunch': 'durations' has no key 'timeToLunch'"])
    }

    @Test func syntaxErrorNamesFileAndLine() throws {
        let found = try problems("# {{title}}\n{{#hypotheses}}\n{{number}}\n{{/milestones}}\n")
        #expect(found.first?.line == 4)
        #expect(found.first?.description.hasPrefix("my.mustache:4: '{{/milestones}}' closes section 'hypotheses' opened on line 2") == true)
    }

    @Test func unclosedSectionNamesTheLineThatOpenedIt() throws {
        let found = try problems("a\n{{#hypotheses}}\n{{number}}\n")
        #expect(found.map(\.description) == ["my.mustache:2: section 'hypotheses' is never closed (add {{/hypotheses}})"])
    }

    @Test func unknownPartialIsReported() throws {
        let found = try problems("{{> partials/nope}}\n")
        #expect(found.first?.description.hasPrefix("my.mustache:1: unknown partial 'partials/nope'") == true)
    }

    @Test func problemsInAPartialNameThePartialFile() throws {
        let found = try problems("{{> partials/mine}}\n", partials: ["mine": "ok {{title}}\n{{nope}}\n"])
        #expect(found.map(\.description) == ["mine.mustache:2: unknown key 'nope' (see Templates/README.md for the keys)"])
    }

    @Test func userPartialsOverrideBuiltInsAndBuiltInsFillGaps() throws {
        let dir = try folder([
            "markdown/my.mustache": "{{> partials/markdown-notes}}|{{> partials/markdown-metrics}}",
            "partials/markdown-notes.mustache": "MY NOTES",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try renderer.render(
            context: try TemplateContextTests.richContext(), format: .markdown, template: .file(dir.appendingPathComponent("markdown/my.mustache").path))
        #expect(out.hasPrefix("MY NOTES|| Metric | Value | Definition |"))
    }

    @Test func markdownTemplateWithoutPragmaIsNotHTMLEscaped() throws {
        let dir = try folder(["plain.mustache": "{{generatedBy}} & {{title}}"])
        defer { try? FileManager.default.removeItem(at: dir) }
        var context = try TemplateContextTests.richContext()
        context.title = "R&D's \"fix\""
        let out = try renderer.render(context: context, format: .markdown, template: .file(dir.appendingPathComponent("plain.mustache").path))
        #expect(out == "postmortem (test) & R&D's \"fix\"\n")
    }

    @Test func missingTemplateFileAndUnknownNameAreDistinguished() throws {
        let context = try TemplateContextTests.richContext()
        #expect(throws: RenderError.templateNotFound(path: "/nonexistent/x.mustache")) {
            try renderer.render(context: context, format: .markdown, template: .file("/nonexistent/x.mustache"))
        }
        do {
            _ = try renderer.render(context: context, format: .html, template: .builtIn("google-sre"))
            Issue.record("expected an error")
        } catch {
            #expect(error.isUsageError)
            #expect(error.description.contains("built-in templates: html/default"))
        }
    }

    @Test func everyBuiltInTemplateRendersWithoutProblems() throws {
        let context = try TemplateContextTests.richContext()
        for entry in BuiltInTemplates.documents {
            let out = try renderer.render(context: context, format: entry.format, template: .builtIn(entry.name))
            #expect(!out.isEmpty)
        }
    }

    @Test func exportedBuiltInsRenderTheSameAsTheBuiltIns() throws {
        // `templates export` writes these files; given back by path they must give the same document.
        var files = BuiltInTemplates.files
        files["README.md"] = BuiltInTemplates.readme
        let dir = try folder(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let context = try TemplateContextTests.richContext()
        for entry in BuiltInTemplates.documents where entry.format == .markdown {
            let builtIn = try renderer.render(context: context, format: .markdown, template: .builtIn(entry.name))
            let fromFile = try renderer.render(
                context: context, format: .markdown, template: .file(dir.appendingPathComponent(entry.name + ".mustache").path))
            #expect(builtIn == fromFile, "\(entry.name)")
        }
    }
}
