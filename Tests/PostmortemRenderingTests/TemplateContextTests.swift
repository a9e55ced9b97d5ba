import Foundation
import IncidentAnalysis
import PostmortemTestSupport
import SlackExport
import Testing

@testable import PostmortemRendering

/// The context templates see: every stored property is documented, nothing documented is missing,
/// and the README describes every key.
@Suite struct TemplateContextTests {
    /// A context where every list has an item, so Mirror can reach every nested type.
    static func richContext() throws -> TemplateContext {
        var chat = ChatBuilder()
        chat.person("U1", "Ana", title: "SRE")
        chat.person("U2", "Ben")
        chat.bot("B1", "Datadog")
        let alert = chat.say(0, "B1", "[Triggered] checkout 5xx > 5%", bot: true)
        let parent = chat.say(2, "U1", "ack, looking. #hypothesis is it the deploy?")
        chat.say(3, "U2", "not the deploy, ruled out", replyTo: parent, reactions: ["eyes"])
        chat.say(10, "U2", "root cause: the cache flag. rolled it back, mitigated")
        chat.say(20, "U1", "resolved. #action Ben adds a timeout")
        let (conversation, workspace) = chat.build()
        var analysis = IncidentAnalyzer().analyze(conversation, in: workspace, zone: TimeZone(identifier: "America/New_York")!)
        // Make sure every optional and list is filled, whatever the analysis found.
        analysis.header.severity = "SEV2"
        analysis.header.impact = "Checkout failed for some"
        analysis.header.services = ["checkout"]
        analysis.warnings = ["a warning"]
        let message = try #require(conversation.messages.first)
        if analysis.timeline.isEmpty {
            analysis.timeline = [TimelineEvent(ts: alert, userID: "B1", name: "Datadog", kinds: [.alert], text: "x", message: message, milestones: [.detected])]
        }
        analysis.hypotheses.append(Hypothesis(ts: parent, userID: "U1", name: "Ana", text: "deploy?", outcome: .ruledOut, outcomeTS: parent, outcomeText: "no", outcomeName: "Ben"))
        analysis.escalations.append(Escalation(ts: parent, userID: "U1", name: "Ana", to: "@ben", text: "pulling in Ben"))
        analysis.actionItems.append(ActionItem(ts: parent, text: "add a timeout", owner: "Ben"))
        analysis.milestones[.detected] = Milestone(time: alert.date, ts: alert, source: .inferred, confidence: 0.9, evidence: "alert")
        var context = TemplateContext(
            analysis: analysis, conversation: conversation, workspace: workspace, zone: TimeZone(identifier: "America/New_York")!,
            format: .markdown, options: RenderOptions(workspaceURL: "https://x.slack.com", generatedBy: "postmortem (test)"))
        let entry = try #require(context.log.first)
        if context.keyEvents.isEmpty { context.keyEvents = [entry] }
        if context.rootCauses.isEmpty { context.rootCauses = [entry] }
        if context.contributingFactors.isEmpty { context.contributingFactors = [entry] }
        if context.mitigations.isEmpty { context.mitigations = [entry] }
        return context
    }

    /// Stored property names by path, through objects and the first item of lists.
    static func mirroredKeys(_ value: Any, prefix: String = "") -> [String] {
        var out: [String] = []
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            let path = prefix + label
            out.append(path)
            if child.value is OptionalText || child.value is String || child.value is Bool || child.value is Int || child.value is [String] {
                continue
            }
            if let list = child.value as? [Any] {
                if let first = list.first, label != "replies" { out += mirroredKeys(first, prefix: path + "[].") }
            } else {
                out += mirroredKeys(child.value, prefix: path + ".")
            }
        }
        return out
    }

    static func schemaKeys(_ keys: [TemplateKey], prefix: String = "") -> [String] {
        var out: [String] = []
        for key in keys {
            let path = prefix + key.name
            out.append(path)
            switch key.kind {
            case .object(let children): out += schemaKeys(children, prefix: path + ".")
            case .list(let children): out += schemaKeys(children, prefix: path + "[].")
            default: break
            }
        }
        return out
    }

    @Test func everyStoredPropertyIsDocumentedAndViceVersa() throws {
        let mirrored = Set(Self.mirroredKeys(try Self.richContext()))
        let documented = Set(Self.schemaKeys(TemplateContext.schema))
        #expect(mirrored.subtracting(documented).isEmpty, "undocumented keys: \(mirrored.subtracting(documented).sorted())")
        #expect(documented.subtracting(mirrored).isEmpty, "documented keys the context lacks: \(documented.subtracting(mirrored).sorted())")
    }

    @Test func readmeDocumentsEveryKey() throws {
        let readme = try String(contentsOf: TestPaths.templates.appendingPathComponent("README.md"), encoding: .utf8)
        var missing: [String] = []
        func walk(_ keys: [TemplateKey], prefix: String) {
            for key in keys {
                let path = prefix + key.name
                if !readme.contains("`\(path)`") { missing.append(path) }
                if case .object(let children) = key.kind { walk(children, prefix: path + ".") }
                if case .list(let children) = key.kind { walk(children, prefix: "") }
            }
        }
        walk(TemplateContext.schema, prefix: "")
        #expect(missing.isEmpty, "Templates/README.md does not mention: \(missing)")
    }

    @Test func optionalValuesNeverFallThroughToAnEnclosingItem() throws {
        // A reply without files must not show its parent's files: Mustache looks a missing key up
        // in enclosing contexts, so absent values must be found (and be null), not be nil.
        let template = "{{#log}}{{#replies}}[{{#files}}{{.}}{{/files}}]{{/replies}}{{/log}}"
        var context = try Self.richContext()
        let index = try #require(context.log.firstIndex { !$0.replies.isEmpty })
        context.log[index].files = OptionalText("parent.png")
        let dir = try TestPaths.temporaryFolder("fallthrough")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("t.mustache")
        try template.write(to: file, atomically: false, encoding: .utf8)
        let out = try DocumentRenderer(options: RenderOptions(generatedBy: "t")).render(context: context, format: .markdown, template: .file(file.path))
        #expect(out == "[]\n")
    }
}
