import Foundation
import IncidentAnalysis
import PostmortemTestSupport
import SlackExport
import Testing

/// The split of one long channel into incidents: the sample `#incidents` channel, then small
/// chats built in code for each rule.
@Suite struct IncidentSplitterTests {
    // MARK: - The sample channel

    static func sampleChannel() throws -> (Conversation, Workspace) {
        let path = TestPaths.sampleExports.appendingPathComponent("incidents-channel/export").path
        let workspace = try ExportReader().read(path, selecting: .one("incidents"))
        let conversation = try #require(workspace.conversations.first)
        return (conversation, workspace)
    }

    @Test func sampleChannelHoldsFourIncidentsBetweenChatter() throws {
        let (conversation, workspace) = try Self.sampleChannel()
        #expect(conversation.messages.count == 58)
        let incidents = IncidentSplitter().split(conversation, in: workspace)
        #expect(incidents.map(\.number) == [1, 2, 3, 4])
        // Counted by hand in SampleExports/incidents-channel/NOTES.md: top-level messages, thread
        // replies and the one join of incident 2.
        #expect(incidents.map(\.messageCount) == [12, 12, 14, 6])
        #expect(incidents.map(\.title) == [
            "[FIRING:1] TrackingApi5xxRate (tracking-api production critical)",
            "EU customers saying label printing is failing with \"carrier timeout\" 🚨 anyone around to look?",
            "#4411 [Grafana] PostgresReplicationLag orders-db-2 > 300s",
            "[FIRING:1] DiskUsageHigh (tracking-worker-3 production warning)",
        ])
        #expect(incidents.map(\.trigger) == [.alert, .report, .alert, .alert])
        #expect(incidents.map(\.start.raw) == ["1725973924.771861", "1726153407.278473", "1726454833.312716", "1726682529.949400"])
        #expect(incidents.map(\.end.raw) == ["1725975670.066121", "1726155605.959496", "1726494495.648475", "1726683482.471516"])
        #expect(incidents.map { $0.closedTS?.raw } == ["1725974984.918892", "1726155605.959496", "1726457208.028969", nil])
        // 58 messages, 44 in incidents: the other 14 are chatter.
        #expect(incidents.reduce(0) { $0 + $1.messageCount } == 44)
    }

    @Test func threadRepliesStayWithTheirParentsHoweverLate() throws {
        let (conversation, workspace) = try Self.sampleChannel()
        let incidents = IncidentSplitter().split(conversation, in: workspace)
        try #require(incidents.count == 4)
        // Greta's reply in the alert's thread comes after the all-clear and Ana's thanks.
        let late = try #require(incidents[0].conversation.messages.first { $0.ts.raw == "1725975670.066121" })
        #expect(late.parentTS?.raw == "1725973924.771861")
        // Tom's reply to the declaration, ten hours after the incident closed, with chatter after it.
        let nextMorning = try #require(incidents[2].conversation.messages.first { $0.ts.raw == "1726494495.648475" })
        #expect(nextMorning.parentTS?.raw == "1726455331.127370")
        #expect(incidents[2].end == nextMorning.ts)
        // Every reply sits in the same incident as its parent.
        for incident in incidents {
            let own = Set(incident.conversation.messages.map(\.ts))
            for reply in incident.conversation.messages where reply.parentTS != nil {
                #expect(own.contains(reply.parentTS!), "reply \(reply.ts) without its parent in incident \(incident.number)")
            }
        }
    }

    @Test func chatterAndTheUnansweredAlertBelongToNoIncident() throws {
        let (conversation, workspace) = try Self.sampleChannel()
        let incidents = IncidentSplitter().split(conversation, in: workspace)
        let inIncidents = Set(incidents.flatMap { $0.conversation.messages.map(\.ts.raw) })
        let chatter = [
            "1725890712.054129",  // review reminder
            "1725986427.061804",  // status page account
            "1726024222.816536",  // the TLS alert at 03:10 that nobody answered
            "1726066931.646307",  // tacos
            "1726171844.310058",  // pg 16 plan, four hours after incident 2 closed
            "1726503600.590935",  // newsletter, after incident 3
        ]
        for ts in chatter { #expect(!inIncidents.contains(ts), "\(ts) should be chatter") }
    }

    // MARK: - Rules, on chats built in code

    static func people(_ chat: inout ChatBuilder) {
        chat.person("U1", "Ann")
        chat.person("U2", "Bob")
        chat.person("U3", "Cyd")
        chat.bot("B1", "Grafana")
        chat.bot("B2", "Incident Bot")
        chat.bot("B3", "PagerDuty")
    }

    @Test func alertNobodyAnswersOpensNothing() {
        var chat = ChatBuilder()
        Self.people(&chat)
        chat.say(0, "B1", "[FIRING:1] DiskUsageHigh (db-1 production warning)", bot: true)
        chat.say(90, "U1", "lunch at noon?")
        chat.say(92, "U2", "sure")
        let alert = chat.say(200, "B1", "[FIRING:1] ApiLatencyHigh (api production critical)", bot: true)
        chat.say(202, "U1", "ack, looking")
        chat.say(205, "U2", "p99 is at 4s on the api, seeing timeouts")
        chat.say(230, "U1", "rolled back the api deploy, latency back to normal")
        chat.say(235, "U1", "all clear, closing")
        let (conversation, workspace) = chat.build()
        let incidents = IncidentSplitter().split(conversation, in: workspace)
        #expect(incidents.count == 1)
        #expect(incidents.first?.start == alert)
        #expect(incidents.first?.messageCount == 5)
        #expect(incidents.first?.title == "[FIRING:1] ApiLatencyHigh (api production critical)")
    }

    @Test func secondMonitorJoinsButAlertAfterClosingStartsNewIncident() {
        var chat = ChatBuilder()
        Self.people(&chat)
        chat.say(0, "B1", "[FIRING:1] ApiErrorRate (api production critical)", bot: true)
        chat.say(2, "U1", "ack, looking")
        chat.say(4, "U2", "errors on every endpoint, seeing 500s")
        chat.say(6, "B1", "[FIRING:1] ApiLatencyHigh (api production critical)", bot: true)
        chat.say(20, "U1", "restarted the api pods, error rate back to normal")
        chat.say(25, "U1", "all clear, closing this one")
        let second = chat.say(40, "B1", "[FIRING:1] QueueDepthHigh (orders production critical)", bot: true)
        chat.say(42, "U2", "on it")
        chat.say(45, "U3", "queue consumers are stuck, restarting them")
        chat.say(60, "U2", "queue drained, resolved")
        let (conversation, workspace) = chat.build()
        let incidents = IncidentSplitter().split(conversation, in: workspace)
        #expect(incidents.map(\.messageCount) == [6, 4])
        #expect(incidents.last?.start == second)
        #expect(incidents.map(\.isClosed) == [true, true])
    }

    @Test func declarationOfAnotherIncidentIDStartsANewIncident() {
        var chat = ChatBuilder()
        Self.people(&chat)
        chat.say(0, "B2", "Incident declared: INC-2001 checkout errors", bot: true)
        chat.say(1, "U1", "looking")
        chat.say(3, "U2", "checkout returns 502 for everyone")
        chat.say(10, "B2", "Incident declared: INC-2002 search latency", bot: true)
        chat.say(12, "U3", "search p99 is 6s")
        chat.say(13, "U2", "ack")
        let (conversation, workspace) = chat.build()
        let incidents = IncidentSplitter().split(conversation, in: workspace)
        #expect(incidents.map(\.messageCount) == [3, 3])
        #expect(incidents.map(\.trigger) == [.declaration, .declaration])
        #expect(incidents.map(\.title) == ["Incident declared: INC-2001 checkout errors", "Incident declared: INC-2002 search latency"])
    }

    @Test func lateThreadReplyStaysButChatterInBetweenDoesNot() {
        var chat = ChatBuilder()
        Self.people(&chat)
        let alert = chat.say(0, "B1", "[FIRING:1] ApiErrorRate (api production critical)", bot: true)
        chat.say(1, "U1", "ack, looking")
        chat.say(3, "U2", "rolled back, errors gone", replyTo: alert)
        chat.say(5, "U1", "all clear, closing")
        let coffee = chat.say(120, "U3", "anyone up for coffee?")
        let late = chat.say(180, "U2", "postmortem doc is up, added the timeline", replyTo: alert)
        let (conversation, workspace) = chat.build()
        let incidents = IncidentSplitter().split(conversation, in: workspace)
        #expect(incidents.count == 1)
        #expect(incidents.first?.messageCount == 5)
        #expect(incidents.first?.end == late)
        #expect(incidents.first?.conversation.messages.contains { $0.ts == coffee } == false)
    }

    @Test func longSilenceEndsAnUnclosedIncident() {
        var chat = ChatBuilder()
        Self.people(&chat)
        chat.say(0, "U1", "report exports are really slow for Bellbird, taking 10+ minutes")
        chat.say(2, "U2", "looking at the report workers")
        chat.say(5, "U3", "report export queue is backed up on shard 4")
        chat.say(13 * 60, "U1", "happy friday everyone")
        let (conversation, workspace) = chat.build()
        let incidents = IncidentSplitter().split(conversation, in: workspace)
        #expect(incidents.map(\.messageCount) == [3])
        #expect(incidents.first?.trigger == .report)
        #expect(incidents.first?.isClosed == false)
    }

    @Test func sameSubjectAfterTheSilenceRejoinsTheUnclosedIncident() {
        var chat = ChatBuilder()
        Self.people(&chat)
        chat.say(0, "U1", "report exports are really slow for Bellbird, taking 10+ minutes")
        chat.say(2, "U2", "looking at the report workers")
        chat.say(5, "U3", "report export queue is backed up on shard 4")
        chat.say(14 * 60, "U2", "report exports on shard 4 are fast again after the cleanup")
        let (conversation, workspace) = chat.build()
        let incidents = IncidentSplitter().split(conversation, in: workspace)
        #expect(incidents.map(\.messageCount) == [4])
    }

    @Test func titleSkipsABareStatusLine() {
        var chat = ChatBuilder()
        Self.people(&chat)
        chat.say(0, "B3", "Triggered\n#4411 [Grafana] PostgresReplicationLag orders-db-2 > 300s", bot: true)
        chat.say(1, "U1", "ack")
        chat.say(2, "U2", "replica lag at 400s, looking")
        let (conversation, workspace) = chat.build()
        let incidents = IncidentSplitter().split(conversation, in: workspace)
        #expect(incidents.map(\.title) == ["#4411 [Grafana] PostgresReplicationLag orders-db-2 > 300s"])
    }

    @Test func emptyChannelHasNoIncidents() {
        let (conversation, workspace) = ChatBuilder().build()
        #expect(IncidentSplitter().split(conversation, in: workspace).isEmpty)
    }
}
