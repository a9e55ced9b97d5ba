import Foundation
import IncidentAnalysis
import PostmortemRendering
import PostmortemTestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Everything that would make a report active or unsafe to open.
func activeContent(_ inspector: XMLInspector) -> [String] {
    var found: [String] = []
    let forbiddenElements: Set<String> = ["script", "iframe", "object", "embed", "foreignobject", "base", "form", "frame", "applet", "link", "img"]
    for e in inspector.elements where forbiddenElements.contains(e.lowercased()) { found.append("<\(e)>") }
    for a in inspector.attributes {
        let name = a.name.lowercased()
        if name.hasPrefix("on") { found.append("\(a.element) \(a.name)=\"\(a.value)\"") }
        if name == "style" { found.append("\(a.element) style=\"\(a.value)\"") }
        if name == "href" || name == "src" || name == "xlink:href" || name == "action" || name == "formaction" {
            let v = String(a.value.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)).lowercased()
            let allowed = v.hasPrefix("#") || v.hasPrefix("https://") || v.hasPrefix("http://") || v.hasPrefix("mailto:")
            if !allowed { found.append("\(a.element) \(a.name)=\"\(a.value)\"") }
        }
        if name == "http-equiv", a.value.lowercased() == "refresh" { found.append("meta refresh") }
    }
    return found
}

/// FoundationXML on Linux is not thread-safe, so every test that parses XML is in this one
/// serialized suite.
@Suite(.serialized) struct XHTMLSafetyTests {
    @Test(arguments: Samples.names)
    func everySampleReportIsWellFormedXHTML(sample: String) throws {
        let html = try Samples.load(sample).render(.html, workspaceURL: Samples.workspaceURL)
        let (inspector, problems) = XMLInspector.inspect(html)
        #expect(problems.isEmpty, "\(sample): \(problems.prefix(10))")
        #expect(inspector.elements.first == "html")
        #expect(activeContent(inspector).isEmpty, "\(activeContent(inspector).prefix(10))")
        #expect(inspector.elements.contains("svg"), "the report carries the timeline chart")
        #expect(controlCharacters(in: html).isEmpty)
    }

    @Test func hostileExportGivesWellFormedInertHTML() throws {
        let export = try HostileExport()
        defer { export.remove() }
        var analysed = try AnalysedExport(path: export.path)
        // Hostile text in every header field too, as a corrections file could put there.
        analysed.analysis.header.title = "<script>alert('title')</script> ]]> |x|"
        analysed.analysis.header.severity = "SEV1\" onclick=\"alert(1)"
        analysed.analysis.header.impact = "<img src=x onerror=alert(1)>\n| a | b |"
        analysed.analysis.header.summary = "</p><script>alert('summary')</script>\u{0}"
        analysed.analysis.header.services = ["<b>svc</b>", "javascript:alert(1)"]
        analysed.analysis.warnings = ["<script>warn</script>"]
        for url in [nil, "https://evil.slack.com"] {
            let html = try analysed.render(.html, workspaceURL: url)
            let (inspector, problems) = XMLInspector.inspect(html)
            #expect(problems.isEmpty, "\(problems.prefix(10))")
            #expect(activeContent(inspector).isEmpty, "\(activeContent(inspector))")
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.lowercased().contains("javascript:alert(1)\""), "no javascript: URL in an attribute")
            #expect(controlCharacters(in: html).isEmpty, "\(controlCharacters(in: html))")
            // The text itself survives, escaped.
            #expect(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"))
        }
    }

    @Test func hostileExportGivesValidMarkdown() throws {
        let export = try HostileExport()
        defer { export.remove() }
        var analysed = try AnalysedExport(path: export.path)
        analysed.analysis.header.title = "<script>alert('title')</script> |x| `y`"
        analysed.analysis.header.impact = "<img src=x onerror=alert(1)>\n| a | b |"
        for template: DocumentRenderer.Template in [.builtIn("markdown/default"), .builtIn("markdown/google-sre")] {
            let markdown = try analysed.render(.markdown, template: template)
            #expect(brokenTableRows(in: markdown).isEmpty, "\(template): \(brokenTableRows(in: markdown))")
            #expect(rawHTMLTags(in: markdown).isEmpty, "\(template): raw HTML in the Markdown: \(rawHTMLTags(in: markdown))")
            let lower = markdown.lowercased()
            #expect(lower.range(of: #"\]\(\s*(javascript|data|vbscript):"#, options: .regularExpression) == nil, "\(template): active link")
            #expect(controlCharacters(in: markdown).isEmpty, "\(controlCharacters(in: markdown))")
        }
    }

    @Test func hostileChartIsWellFormed() throws {
        let export = try HostileExport()
        defer { export.remove() }
        let analysed = try AnalysedExport(path: export.path)
        let html = try analysed.render(.html)
        let start = try #require(html.range(of: "<svg"))
        let end = try #require(html.range(of: "</svg>"))
        let (inspector, problems) = XMLInspector.inspect(String(html[start.lowerBound..<end.upperBound]))
        #expect(problems.isEmpty, "\(problems)")
        #expect(activeContent(inspector).isEmpty)
    }
}
