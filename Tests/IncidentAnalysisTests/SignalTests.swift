import Foundation
import IncidentAnalysis
import PostmortemTestSupport
import SlackExport
import Testing

/// Behaviour of individual rules, each on a few lines of chat built in code.
@Suite struct SignalTests {
    let ny = TimeZone(identifier: "America/New_York")!

    func analyze(_ chat: ChatBuilder, rules: RuleSet = .builtIn, corrections: Corrections = Corrections()) -> Analysis {
        let (conversation, workspace) = chat.build()
        return IncidentAnalyzer(rules: rules, corrections: corrections).analyze(conversation, in: workspace, zone: ny)
    }

    /// A small incident: an alert, people responding, a guess, a verdict, a fix and an all-clear.
    func baseChat() -> ChatBuilder {
        var chat = ChatBuilder()
        chat.bot("B1", "PagerDuty")
        chat.person("U1", "Ana")
        chat.person("U2", "Ben")
        chat.person("U3", "Cho")
        chat.say(0, "B1", "[FIRING:1] API error rate above 5%", bot: true)
        chat.say(1, "U1", "ack, looking")
        chat.say(2, "U2", "seeing 500s on checkout for everyone")
        return chat
    }

    @Test func alertingBotMessageIsDetection() throws {
        let a = analyze(baseChat())
        let detected = try #require(a.milestones[.detected])
        #expect(detected.ts?.seconds == ChatBuilder.start)
        #expect(detected.source == .inferred)
    }

    @Test func ackPhraseIsAcknowledgement() throws {
        let a = analyze(baseChat())
        let ack = try #require(a.milestones[.acknowledged])
        #expect(ack.evidence == "ack, looking")
        #expect(a.metrics.timeToAcknowledge == 60)
    }

    @Test func questionAboutAReleaseIsRuledOutByNegation() throws {
        var chat = baseChat()
        let q = chat.say(3, "U2", "did they do a release this weekend?")
        let no = chat.say(5, "U3", "no releases on ArgoCD, pods are 19 days old")
        let a = analyze(chat)
        let h = try #require(a.hypotheses.first { $0.ts == q })
        #expect(h.outcome == .ruledOut)
        #expect(h.outcomeTS == no)
    }

    @Test func hedgedGuessIsConfirmedByAFinding() throws {
        var chat = baseChat()
        let guess = chat.say(3, "U2", "I think it might be the nightly batch job, has anyone checked the airflow cluster?")
        chat.say(4, "U1", "lunch is cancelled btw")
        let yes = chat.say(6, "U3", "the nightly batch hasn't completed yet, airflow shows it stuck")
        let a = analyze(chat)
        let h = try #require(a.hypotheses.first { $0.ts == guess })
        #expect(h.outcome == .confirmed)
        #expect(h.outcomeTS == yes)
    }

    @Test func unansweredGuessStaysUnresolved() throws {
        var chat = baseChat()
        let guess = chat.say(3, "U2", "could it be the kernel upgrade on the db hosts?")
        chat.say(4, "U1", "posting an update for customers")
        let a = analyze(chat)
        let h = try #require(a.hypotheses.first { $0.ts == guess })
        #expect(h.outcome == .unresolved)
        #expect(h.outcomeTS == nil)
    }

    @Test func statusQuestionIsNotAHypothesis() {
        var chat = baseChat()
        let q = chat.say(3, "U3", "any update? what's the ETA?")
        let a = analyze(chat)
        #expect(!a.hypotheses.contains { $0.ts == q })
    }

    @Test(arguments: [
        "<!everyone> we need more hands on this", "paging the network on-call now", "looping in <@U9> from storage",
        // Paging, calling, filing with a vendor and writing to a helpdesk, in the words teams use.
        "עשיתי לך page, זה ה-dispatcher של Payments Core", "Κάνω page τον on-call του data team.",
        "dau page la DBA on-call, te rog uita-te pe Postgres", "filed a P1 with Gridforge (GF-88213)",
        "Ok I'm phoning Rautenbach Power now, they've got the service contract", "ok opening a chat w/ stripe support, brb",
        "已经提了 P1 工单，也给 TAM 打了电话，拉他进群了", "Loketbouw is op de hoogte gebracht: ticket LB-55812 met prioriteit 1",
        "Dah call bank helpdesk, case ref CM-884213", "Abri um pedido de suporte à SPSD com prioridade alta",
        "Em đã gọi hotline NOC và gửi email kèm danh sách giao dịch lỗi", "looping you in, please hold the month-end numbers",
        // Calling, writing to, notifying and inviting someone, in Latvian, Estonian, Slovak, Indonesian,
        // Ukrainian, Czech, Flemish and English.
        "zvanu viņu account managerim, prasīšu lai pieslēdz on-call inženieri", "helistan nende ärikliendi toele",
        "volam im na hotline", "sekalian aku page ML platform on-call buat bantu rollback", "aku invite Bu Ratna ya, beliau perlu tau",
        "пишу їхньому техліду в телеграм, хай зупиняють відправку", "píšu Karlovi ať ví, v 10 nám má jít newsletter",
        "Ik verwittig Dirk, de export van 11u gaat nie lukken", "Per the downtime policy I have notified the Administrator on Call",
        "calling @lukas, he did the change and knows the ansible role",
        // Austrian, Dutch, Portuguese and Hindi calls and notices, a vendor case and calling a vendor.
        "hab an Hr. Walch (GF) angrufen und informiert, er kommt runter", "Lukas bist wach? brauch di, de Drehkreuze gehn ned",
        "ik heb voor de zekerheid een ticket gemaakt bij Loketlink", "Hilde ik zet u erbij: het portaal ligt er half af",
        "Avancem com o revert. Eu informo já a Dr.ª Quintela", "Farhan को page कर रही हूँ, limiter side देखना पड़ेगा",
        "opened a P2 with FleetForge just in case their allocation API is lying", "status page is green, calling their merchant support anyway",
        // A vendor's service call, Darija "I'm calling", a Greek ticket with a vendor, adding someone.
        "ok I'm opening a service call with the vendor, we're on the 4hr response contract", "3ndi numéro NOC dialhom, kan3ayet daba 📞",
        "άνοιξα και ticket στην Korali για σιγουριά (KP-44817)", "Denise, adding you: this looks like automated scalping",
    ])
    func escalationsAreFound(text: String) {
        var chat = baseChat()
        let ts = chat.say(3, "U1", text)
        let a = analyze(chat)
        #expect(a.escalations.contains { $0.ts == ts }, "expected an escalation for: \(text)")
        #expect(a.milestones[.escalated]?.ts == ts)
    }

    @Test func botBroadcastIsNotAnEscalation() {
        var chat = baseChat()
        let ts = chat.say(3, "B1", "<!here> [FIRING:2] API error rate above 5%", bot: true)
        let a = analyze(chat)
        #expect(!a.escalations.contains { $0.ts == ts })
    }

    @Test func completedFixIsMitigationAndAllClearIsResolution() throws {
        var chat = baseChat()
        chat.say(4, "U2", "going to restart the workers")
        let fix = chat.say(6, "U2", "restarted the workers, error rate back to baseline")
        let done = chat.say(30, "U1", "all clear, resolving")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == fix)
        #expect(a.milestones[.resolved]?.ts == done)
        #expect(a.metrics.timeToMitigate == 360)
        #expect(a.metrics.timeToResolve == 1800)
        #expect(a.header.status == "resolved")
    }

    @Test func fixThatChangedNothingIsNotMitigation() {
        var chat = baseChat()
        let tried = chat.say(4, "U2", "rollback done, cpu still pegged")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != tried)
    }

    @Test func followUpsCountAfterMitigationNotDuringTheFire() throws {
        var chat = baseChat()
        let during = chat.say(3, "U2", "we need to restart the api pods")
        chat.say(6, "U2", "restarted the pods, errors back to normal")
        let after = chat.say(40, "U1", "action item: we need disk usage alerts on the workers, <@U2> can you own it?")
        let a = analyze(chat)
        #expect(!a.actionItems.contains { $0.ts == during })
        let item = try #require(a.actionItems.first { $0.ts == after })
        #expect(item.owner == "Ben")
    }

    @Test func aRecapDoesNotRepeatItemsAgreedEarlier() {
        var chat = baseChat()
        chat.say(6, "U2", "restarted the pods, errors back to normal")
        let first = chat.say(40, "U1", "action item: add disk usage alerts on the api workers")
        let recap = chat.say(50, "U3", "follow-ups:\n• add disk usage alerts on the api workers\n• write a runbook for pod restarts")
        let a = analyze(chat)
        #expect(a.actionItems.filter { $0.text.contains("disk usage alerts") }.map(\.ts) == [first])
        #expect(a.actionItems.contains { $0.ts == recap && $0.text.contains("runbook") })
    }

    @Test(arguments: [
        ("errors began 14:02 UTC per the graphs", "2024-07-15T14:02:00Z"),
        ("no data since market open", "2024-07-15T13:30:00Z"),
        ("customers report errors since about 9:31am", "2024-07-15T13:31:00Z"),
        // openssl's date, the year between the time and its zone: "notAfter=Jul 15 14:05:00 2024 GMT".
        ("the cert expired, notAfter=Jul 15 14:05:00 2024 GMT, errors started right then", "2024-07-15T14:05:00Z"),
        // Spanish names the moment with "a las", Ukrainian with "з" ("from"); New York is UTC-4 in July.
        ("el p95 empieza a trepar a las 9:38, antes estaba parejo", "2024-07-15T13:38:00Z"),
        ("трекінг посилок лежить з 9:47, клієнти не бачать статусів", "2024-07-15T13:47:00Z"),
        // Japanese and Korean write the hour and minutes with 時/分 and 시/분, and half past as 半/반.
        ("本日9時41分頃からアクセスの約半数が失敗しております", "2024-07-15T13:41:00Z"),
        ("오늘 9시 반부터 푸시가 안 나가고 있어요", "2024-07-15T13:30:00Z"),
        // A start dated by its weekday may lie days back (this chat is on Monday 15 July).
        ("earliest bad invoice is from Thursday 9:52am, nothing wrong before that", "2024-07-11T13:52:00Z"),
        ("första delete markern skapades fre 02:14, sen varje natt", "2024-07-12T06:14:00Z"),
        // A stamp of the message's own time typed in front is no start ("[10:07] …" is now).
        ("[10:07] p99 started creeping 9:52 per graph", "2024-07-15T13:52:00Z"),
    ])
    func impactStartIsReadFromText(text: String, expected: String) throws {
        var chat = ChatBuilder()
        chat.bot("B1", "Datadog")
        chat.person("U1", "Ana")
        chat.person("U2", "Ben")
        chat.say(35, "B1", "[Triggered] checkout error rate high", bot: true)
        chat.say(36, "U1", "ack, on it")
        chat.say(37, "U2", text)
        let a = analyze(chat)
        let start = try #require(a.milestones[.impactStart])
        #expect(TimeFormatter.isoUTC(start.time) == expected)
        #expect(start.source == .text)
    }

    @Test func aTimeAnnouncedAheadIsAPlanNotYesterdaysStart() {
        var chat = ChatBuilder()
        chat.bot("B1", "Datadog")
        chat.person("U1", "Ana")
        chat.person("U2", "Ben")
        // Said at 9:30 in New York: "from 10:45" is this morning's planned work, not yesterday at 10:45.
        chat.say(0, "U1", "heads-up: the signing secret rotation starts today at 10:45 (CHG-2291), no user impact expected")
        chat.say(80, "B1", "[Triggered] image CDN 403 rate high", bot: true)
        chat.say(81, "U2", "ack, on it")
        let start = analyze(chat).milestones[.impactStart]
        #expect(start.map { $0.time >= Date(timeIntervalSince1970: Double(ChatBuilder.start)) } ?? true)
    }

    @Test func correctionsWinAndAreMarked() throws {
        var chat = baseChat()
        let noise = chat.say(3, "U2", "could it be the cache?")
        var c = Corrections()
        c.milestones = ["impact_start": "2024-07-15T09:20", "resolved": "2024-07-15T10:00"]
        c.ignore = [noise.raw]
        c.roles = ["U2": "incident_commander"]
        c.title = "Checkout errors"
        let a = analyze(chat, corrections: c)
        #expect(a.milestones[.impactStart]?.source == .override)
        #expect(a.milestones[.impactStart].map { TimeFormatter.isoUTC($0.time) } == "2024-07-15T13:20:00Z")
        #expect(a.metrics.timeToDetect == 600)
        #expect(!a.hypotheses.contains { $0.ts == noise })
        #expect(a.participants.first { $0.id == "U2" }?.role == .incidentCommander)
        #expect(a.participants.first { $0.id == "U2" }?.roleFromCorrections == true)
        #expect(a.header.title == "Checkout errors")
    }

    @Test func milestonesOutOfOrderAreReportedNotFixed() throws {
        var c = Corrections()
        c.milestones = ["resolved": "2024-07-15T09:00"]
        let a = analyze(baseChat(), corrections: c)
        #expect(a.milestones[.resolved].map { TimeFormatter.isoUTC($0.time) } == "2024-07-15T13:00:00Z")
        #expect(a.warnings.contains { $0.contains("out of order") && $0.contains("resolved") })
        #expect(a.metrics.timeToResolve == -1800)
    }

    @Test func incidentBotStatusChangeOutranksInference() throws {
        var chat = baseChat()
        chat.bot("B2", "Incident Bot")
        chat.say(6, "U2", "restarted the workers, error rate back to baseline")
        let status = chat.say(9, "B2", "Status changed to Mitigated (was Identified)", bot: true)
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == status)
    }

    @Test func rolesAreInferred() {
        var chat = baseChat()
        chat.person("U4", "Dee", title: "VP Engineering")
        chat.say(3, "U1", "IC: I'll run this one. Ben, look at the api logs")
        chat.say(4, "U4", "how bad is it? need something for the exec sync")
        let a = analyze(chat)
        #expect(a.participants.first { $0.id == "U1" }?.role == .incidentCommander)
        #expect(a.participants.first { $0.id == "U4" }?.role == .stakeholder)
        #expect(a.participants.first { $0.id == "B1" }?.role == .bot)
        #expect(a.participants.first { $0.id == "U2" }?.role == .responder)
    }
}
