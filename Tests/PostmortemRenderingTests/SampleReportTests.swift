import Foundation
import IncidentAnalysis
import PostmortemRendering
import PostmortemTestSupport
import Testing

/// The documents of every sample export, pinned as golden files.
///
/// `RECORD_SNAPSHOTS=1 swift test --filter PostmortemRenderingTests` re-records them after an
/// intended change; review the diff before committing.
@Suite struct SampleReportTests {
    @Test(arguments: Samples.names)
    func markdownMatchesSnapshot(sample: String) throws {
        let markdown = try Samples.load(sample).render(.markdown)
        if let failure = Snapshot.verify(markdown, file: snapshotFile("\(sample).md")) { Issue.record(Comment(rawValue: failure)) }
    }

    @Test(arguments: Samples.names)
    func htmlMatchesSnapshot(sample: String) throws {
        let html = try Samples.load(sample).render(.html, workspaceURL: Samples.workspaceURL)
        if let failure = Snapshot.verify(html, file: snapshotFile("\(sample).html")) { Issue.record(Comment(rawValue: failure)) }
    }

    @Test(arguments: Samples.names)
    func googleSREMarkdownMatchesSnapshot(sample: String) throws {
        let markdown = try Samples.load(sample).render(.markdown, template: .builtIn("google-sre"))
        if let failure = Snapshot.verify(markdown, file: snapshotFile("\(sample).google-sre.md")) { Issue.record(Comment(rawValue: failure)) }
    }

    @Test func thereAreSamplesToRender() {
        #expect(Samples.names.count >= 2, "SampleExports/ should hold the sample exports")
    }

    @Test(arguments: Samples.names)
    func renderingTwiceGivesIdenticalBytes(sample: String) throws {
        // Two independent reads and analyses, so nothing cached can hide nondeterminism.
        for format in DocumentFormat.allCases {
            let first = try Samples.load(sample).render(format, workspaceURL: Samples.workspaceURL)
            let second = try Samples.load(sample).render(format, workspaceURL: Samples.workspaceURL)
            #expect(Array(first.utf8) == Array(second.utf8), "\(sample) \(format.rawValue) differs between two renders")
        }
    }

    @Test(arguments: Samples.names)
    func markdownTablesKeepTheirColumns(sample: String) throws {
        let markdown = try Samples.load(sample).render(.markdown)
        #expect(brokenTableRows(in: markdown).isEmpty, "rows with the wrong number of cells: \(brokenTableRows(in: markdown))")
        #expect(controlCharacters(in: markdown).isEmpty)
    }

    @Test(arguments: Samples.names)
    func linksGoToSlackWhenTheWorkspaceIsKnown(sample: String) throws {
        let export = try Samples.load(sample)
        let html = try export.render(.html, workspaceURL: Samples.workspaceURL)
        let channel = export.analysis.channel.id
        #expect(html.contains("href=\"https://example.slack.com/archives/\(channel)/p"))
        let markdown = try export.render(.markdown)
        #expect(!markdown.contains("slack.com/archives"), "without --workspace-url links stay in the document")
        #expect(markdown.contains("](#m-"))
    }

    @Test(arguments: Samples.names)
    func everyInDocumentLinkHasItsAnchor(sample: String) throws {
        let markdown = try Samples.load(sample).render(.markdown)
        let anchors = Set(matches(of: #"<a id="([^"]+)"></a>"#, in: markdown))
        let targets = Set(matches(of: #"\]\(#(m-[0-9]+)\)"#, in: markdown))
        #expect(!targets.isEmpty)
        #expect(targets.subtracting(anchors).isEmpty, "links without a target: \(targets.subtracting(anchors).sorted())")
    }

    @Test(arguments: Samples.names)
    func draftSummaryIsMarkedAsADraft(sample: String) throws {
        let export = try Samples.load(sample)
        let markdown = try export.render(.markdown)
        #expect(markdown.contains("Draft summary") == export.analysis.header.summaryIsDraft)
    }
}

/// The first capture group of every match.
func matches(of pattern: String, in text: String) -> [String] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
}
