import Foundation
import PostmortemTestSupport
import Testing

@testable import PostmortemRendering

/// The templates compiled into the binary are the ones in `Templates/`: a forgotten
/// `Scripts/embed-resources.py` run fails here.
@Suite struct EmbeddedTemplatesTests {
    /// Every file under `Templates/` except README.md, by relative path.
    static func filesOnDisk() throws -> [String: String] {
        let root = TestPaths.templates
        var out: [String: String] = [:]
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]))
        for case let url as URL in enumerator {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            if relative == "README.md" || url.lastPathComponent.hasPrefix(".") { continue }
            out[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        return out
    }

    @Test func embeddedTemplatesEqualTheFilesInTemplatesFolder() throws {
        let disk = try Self.filesOnDisk()
        let embedded = EmbeddedTemplates.files
        let stale = "run Scripts/embed-resources.py and commit the result"
        #expect(Set(disk.keys) == Set(embedded.keys), "files differ: \(Set(disk.keys).symmetricDifference(embedded.keys).sorted()); \(stale)")
        for (path, text) in disk.sorted(by: { $0.key < $1.key }) {
            #expect(embedded[path] == text, "\(path) differs from its embedded copy; \(stale)")
        }
    }

    @Test func embeddedReadmeEqualsTemplatesReadme() throws {
        let readme = try String(contentsOf: TestPaths.templates.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(EmbeddedTemplates.readme == readme, "Templates/README.md differs from its embedded copy; run Scripts/embed-resources.py")
    }

    @Test func builtInsIncludeDefaultMarkdownHTMLAndGoogleSRE() {
        let names = BuiltInTemplates.documents.map(\.name)
        #expect(names.contains("markdown/default"))
        #expect(names.contains("html/default"))
        #expect(names.contains("markdown/google-sre"))
        #expect(BuiltInTemplates.documents.allSatisfy { !$0.summary.isEmpty }, "every built-in opens with a {{! summary }} comment")
    }

    @Test func markdownTemplatesAndPartialsDeclareTextContent() {
        for (path, text) in BuiltInTemplates.files where path.hasPrefix("markdown/") || path.hasPrefix("partials/markdown-") {
            #expect(text.hasPrefix("{{% CONTENT_TYPE: TEXT}}\n"), "\(path) must begin with {{% CONTENT_TYPE: TEXT}}")
        }
    }

    @Test func templateNamesResolveWithAndWithoutTheirFolder() {
        #expect(BuiltInTemplates.named("default", format: .html)?.name == "html/default")
        #expect(BuiltInTemplates.named("default", format: .markdown)?.name == "markdown/default")
        #expect(BuiltInTemplates.named("default", format: nil)?.name == "markdown/default")
        #expect(BuiltInTemplates.named("google-sre", format: nil)?.name == "markdown/google-sre")
        #expect(BuiltInTemplates.named("google-sre.mustache", format: .markdown)?.name == "markdown/google-sre")
        #expect(BuiltInTemplates.named("google-sre", format: .html) == nil)
        #expect(BuiltInTemplates.named("html/default", format: .markdown) == nil)
        #expect(BuiltInTemplates.named("nope", format: nil) == nil)
    }
}
