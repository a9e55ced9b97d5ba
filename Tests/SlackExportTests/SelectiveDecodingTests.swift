import Foundation
import PostmortemTestSupport
@testable import SlackExport
import Testing

/// The reader builds only the message members it decodes, and a listing decodes less still:
/// neither may change what is read.
struct SelectiveDecodingTests {
    /// Every export with day files that this project and the shared fixtures hold.
    static var exports: [String] {
        var paths = [
            "SampleExports/dashboard-outage/export", "SampleExports/dashboard-outage/export.zip",
            "SampleExports/checkout-latency/export", "SampleExports/incidents-channel/export",
        ].map { TestPaths.packageRoot.appendingPathComponent($0).path }
        let cases = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.labelledCases.path)) ?? []
        paths += cases.sorted().map { TestPaths.labelledCases.appendingPathComponent($0).appendingPathComponent("export").path }
        if let shared = TestPaths.sharedFixtures {
            paths += [
                "slack-export-viewer/testarchive", "slack-export-viewer/testarchive.zip",
                "langchain-community/slack_export", "langchain-community/slack_export.zip",
                "slackdump/internal/fixtures/assets/source_export_dir", "slackdump/internal/fixtures/assets/source_export.zip",
            ].map { shared.appendingPathComponent($0).path }
        }
        return paths.filter { FileManager.default.fileExists(atPath: $0) }
    }

    @Test func skippingUnusedMembersChangesNothingRead() throws {
        #expect(Self.exports.count >= 20)
        var everything = ExportReader()
        everything.buildsUnusedFields = true
        for path in Self.exports {
            let skipping = try ExportReader().read(path)
            let built = try everything.read(path)
            #expect(Self.firstDifference(skipping.conversations, built.conversations) == nil, "\(path)")
            #expect(skipping.users == built.users, "\(path)")
            #expect(skipping.report == built.report, "\(path)")
        }
    }

    /// Where two readings part (conversation and message), short enough to read in a failure.
    static func firstDifference(_ a: [Conversation], _ b: [Conversation]) -> String? {
        guard a.count == b.count else { return "\(a.count) conversations against \(b.count)" }
        for (x, y) in zip(a, b) where x != y {
            guard x.info == y.info, x.messages.count == y.messages.count else { return "\(x.info.name): info or count" }
            if let i = x.messages.indices.first(where: { x.messages[$0] != y.messages[$0] }) {
                return "\(x.info.name): message \(x.messages[i].ts.raw)"
            }
        }
        return nil
    }

    @Test func anOutlineKeepsTimesAuthorsKindsAndThreads() throws {
        var outline = ExportReader()
        outline.detail = .outline
        for path in Self.exports {
            let full = try ExportReader().read(path)
            let brief = try outline.read(path)
            #expect(brief.conversations.map(\.info) == full.conversations.map(\.info), "\(path)")
            for (b, f) in zip(brief.conversations, full.conversations) {
                #expect(b.messages.map(\.ts) == f.messages.map(\.ts), "\(path) \(f.info.name)")
                #expect(b.messages.map(\.kind) == f.messages.map(\.kind), "\(path) \(f.info.name)")
                #expect(b.messages.map(\.authorID) == f.messages.map(\.authorID), "\(path) \(f.info.name)")
                #expect(b.messages.map(\.isBot) == f.messages.map(\.isBot), "\(path) \(f.info.name)")
                #expect(b.messages.map(\.parentTS) == f.messages.map(\.parentTS), "\(path) \(f.info.name)")
                #expect(b.messages.map(\.isThreadParent) == f.messages.map(\.isThreadParent), "\(path) \(f.info.name)")
                #expect(b.messages.allSatisfy { $0.text.isEmpty && $0.reactions.isEmpty && $0.fileNames.isEmpty })
            }
            #expect(brief.report.droppedDeleted == full.report.droppedDeleted, "\(path)")
            #expect(brief.report.mergedDuplicates == full.report.mergedDuplicates, "\(path)")
            #expect(brief.report.skippedMalformed == full.report.skippedMalformed, "\(path)")
        }
    }

    @Test func theOutlineStillDropsAMessageShownAsDeleted() throws {
        let scratch = try Scratch("outline-deleted")
        defer { scratch.remove() }
        try scratch.write(
            "general/2024-05-01.json",
            #"[{"type":"message","user":"U1","text":"kept","ts":"1714550400.000100"},"#
                + #"{"type":"message","hidden":true,"user":"U1","text":"This message was deleted.","ts":"1714550401.000100"}]"#)
        var outline = ExportReader()
        outline.detail = .outline
        let ws = try outline.read(scratch.root.path)
        #expect(ws.conversations.first?.messages.map(\.ts.raw) == ["1714550400.000100"])
        #expect(ws.report.droppedDeleted == 1)
    }

    static let fields = JSONParser.RecordFields(["ts", "text"], stringsUpTo: ["text": 8])

    @Test func skippedMembersAreNotBuilt() throws {
        let doc = #"[{"ts":"1.5","client_msg_id":"x","blocks":[{"a":[1,2.5e3,true,null]}],"text":"short"},"#
            + #"{"ts":"2","text":"longer than eight bytes"},{"t\u0065xt":"esc"}, 7]"#
        let (value, _) = try JSONParser.parse(Array(doc.utf8), records: Self.fields)
        #expect(value == .array([
            .object(JSONObject(["ts": .string("1.5"), "text": .string("short")])),
            .object(JSONObject(["ts": .string("2")])),
            .object(JSONObject(["text": .string("esc")])),
            .number("7"),
        ]))
        // Inside a response object's array the records are one level deeper; other members stay whole.
        let page = #"{"ok":true,"meta":{"x":1},"messages":[{"ts":"3","team":"T"}]}"#
        let (paged, _) = try JSONParser.parse(Array(page.utf8), records: Self.fields)
        #expect(paged == .object(JSONObject([
            "ok": .bool(true), "meta": .object(JSONObject(["x": .number("1")])),
            "messages": .array([.object(JSONObject(["ts": .string("3")]))]),
        ])))
    }

    @Test(arguments: [
        #"[{"ts":"1","junk":"bad \x escape"}]"#,
        #"[{"ts":"1","junk":"unterminated}]"#,
        "[{\"ts\":\"1\",\"junk\":\"tab\tinside\"}]",
        #"[{"ts":"1","junk":[1,2}]"#,
        #"[{"ts":"1","junk":{"a" 1}}]"#,
        #"[{"ts":"1","junk":{"a":1,}}]"#,
        #"[{"ts":"1","junk":01}]"#,
        #"[{"ts":"1","junk":-}]"#,
        #"[{"ts":"1","junk":1.}]"#,
        #"[{"ts":"1","junk":tru}]"#,
        #"[{"ts":"1","junk":"\u12"}]"#,
        #"[{"ts":"1","junk" 2}]"#,
        #"[{"ts":"1","junk":[[[[[[[[[[1]]]]]]]]]]}]"#,
        #"[{"ts":"1","junk":{"#,
        #"[{"ts":"1","junk":@}]"#,
    ])
    func aSkippedMemberFailsExactlyAsABuiltOne(_ doc: String) throws {
        let limits = JSONParser.Limits(maxDepth: 8)
        let built = #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(doc.utf8), limits: limits) }
        let skipped = #expect(throws: JSONParser.Failure.self) {
            try JSONParser.parse(Array(doc.utf8), limits: limits, records: Self.fields)
        }
        #expect(skipped == built)
    }
}
