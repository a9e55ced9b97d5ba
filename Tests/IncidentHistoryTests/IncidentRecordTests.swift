import Foundation
import IncidentAnalysis
import PostmortemTestSupport
import SlackExport
import Testing

/// Reading analysis documents into the history.
@Suite struct IncidentRecordTests {
    @Test func readsWhatStatisticsNeed() throws {
        let original = HistoryFixtures.records[1]
        let text = HistoryFixtures.analysisDocument(original)
        #expect(IncidentRecord.looksLikeAnalysis(Array(text.utf8)[...]))
        let record = try IncidentRecord.parse(analysisJSON: Array(text.utf8), source: "B.json")
        #expect(record == original)
        #expect(record.durations[.timeToIdentify] == nil, "null stays absent")
        #expect(record.month == "2024-07")
        #expect(!record.isOpen)
    }

    @Test func nullResolvedMilestoneMeansOpen() throws {
        let text = HistoryFixtures.analysisDocument(HistoryFixtures.records[4])
        let record = try IncidentRecord.parse(analysisJSON: Array(text.utf8), source: "E.json")
        #expect(record.isOpen)
        #expect(record.resolved == nil)
    }

    @Test func analysisMadeHereAndReadBackAgree() throws {
        var chat = ChatBuilder()
        chat.person("U1", "Ann")
        chat.person("U2", "Bob")
        chat.bot("B1", "Grafana")
        chat.say(0, "B1", "[FIRING:1] ApiErrorRate (api production critical)", bot: true)
        chat.say(2, "U1", "ack, looking")
        chat.say(5, "U2", "errors on every endpoint, seeing 500s")
        chat.say(20, "U1", "restarted the api pods, error rate back to normal")
        chat.say(25, "U1", "all clear, closing this one")
        let (conversation, workspace) = chat.build()
        var corrections = Corrections()
        corrections.severity = "SEV2"
        corrections.services = ["api"]
        corrections.tags = ["restart"]
        let analysis = IncidentAnalyzer(corrections: corrections).analyze(conversation, in: workspace, zone: TimeZone(identifier: "UTC")!)
        let made = IncidentRecord(analysis: analysis, source: "here")
        let read = try IncidentRecord.parse(analysisJSON: Array(analysis.jsonNode().rendered().utf8), source: "here")
        #expect(read.durations == made.durations)
        #expect(read.durations[.timeToResolve] == 25 * 60)
        #expect(read.severity == "SEV2" && read.services == ["api"] && read.tags == ["restart"])
        #expect(read.month == "2024-07" && !read.isOpen)
        #expect(read.title == made.title && read.channel == "incident")
    }

    @Test(arguments: [
        ("[1, 2]", "expected an object, found array"),
        ("{\"title\": \"x\"}", "no \"schema\""),
        ("{\"schema\": \"postmortem.analysis/v9\"}", "schema \"postmortem.analysis/v9\" is not supported"),
        ("{\"schema\": \"postmortem.analysis/v1\", \"milestones\": {}}", "metrics: missing"),
        ("{\"schema\": \"postmortem.analysis/v1\", \"milestones\": {}, \"metrics\": {\"time_to_resolve_s\": \"soon\"}}",
         "metrics.time_to_resolve_s: expected a number or null, found string"),
        ("{\"schema\": \"postmortem.analysis/v1\", \"milestones\": {\"detected\": {\"time\": \"yesterday\"}}, \"metrics\": {}}",
         "milestones.detected.time: 'yesterday' is not an ISO 8601 time"),
        ("{\"schema\": \"postmortem.analysis/v1\", \"tags\": [1], \"milestones\": {}, \"metrics\": {}}", "tags.0: expected a string"),
        ("{\"schema\": ", "not JSON"),
    ])
    func badDocumentsNameFileAndField(text: String, message: String) {
        #expect {
            _ = try IncidentRecord.parse(analysisJSON: Array(text.utf8), source: "bad.json")
        } throws: { error in
            let description = (error as? HistoryError)?.errorDescription ?? ""
            return description.hasPrefix("bad.json: ") && description.contains(message)
        }
    }

    @Test func exportFilesDoNotLookLikeAnalyses() {
        #expect(!IncidentRecord.looksLikeAnalysis(Array("[{\"ts\": \"1.0\", \"text\": \"postmortem.analysis/v1\"}]".utf8)[...]))
        #expect(!IncidentRecord.looksLikeAnalysis(Array("{\"channels\": []}".utf8)[...]))
        #expect(IncidentRecord.looksLikeAnalysis(Array("\u{FEFF}\n  {\"schema\": \"postmortem.analysis/v1\"}".utf8)[...]))
    }
}
