import IncidentAnalysis
import PostmortemTestSupport
import SlackExport
import Testing

/// Monitors' own words (Checkmk's "is CRIT", a NOC tool's "[MAJOR]"/"[CLEAR]"), a tool's late
/// acknowledgement, and people finding and closing in more languages.
extension RuleDataTests {
    @Test(arguments: [
        // Checkmk's notification: "host - service is CRIT", later "is OK".
        ("Hallenwache", "mqtt01 - MQTT Clients is CRIT - 4 clients connected (crit below 40)", "mqtt01 - MQTT Clients is OK - 181 clients connected"),
        // A NOC tool's severity in brackets, and its clearing.
        ("Lookout", "🔴 [MAJOR] BGP session idle — edg01 ↔ AS64817", "🟢 [CLEAR] BGP session established — edg01 ↔ AS64817"),
        // Named, so known as a monitor from its first message, whatever that says.
        ("Checkmk", "mqtt01 - MQTT Clients: 4 clients connected, 0 msg/s in", "mqtt01 - MQTT Clients: 181 clients connected"),
        // A plant's SCADA raising its alarm in Spanish.
        ("SCADA SATE · CL2", "🔴 ALARMA CL2 — PARO SORTER F-217 Watchdog comunicación N2", "CL2 — Modo REMOTO Sorter en marcha · 1,9 m/s"),
        // A plant historian's notifier, known as a monitor only by its "ALERTA".
        ("PI Notifications", "🔴 ALERTA: Datos obsoletos en interfaz OPCUA-CONC-01, 1.248 tags sin actualizar", "Interfaz OPCUA-CONC-01 normal, 0 tags sin actualizar"),
    ])
    func aMonitorThatRaisesAndClearsInItsOwnWordsIsTheDetection(_ bot: String, _ raised: String, _ cleared: String) throws {
        var chat = team(bots: [("B1", bot)], people: "Lena", "Dirk")
        chat.say(-60, "U2", "morning all, quiet night on the floor")
        let alert = chat.say(0, "B1", raised, bot: true)
        chat.say(3, "U1", "looking")
        chat.say(6, "U2", "the scanners in hall 2 can't sync, pickers are back on paper")
        chat.say(9, "U1", "broker is up but almost nobody is connected")
        chat.say(50, "B1", cleared, bot: true)
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test func sayingItIsNotNoiseWavesNoAlertOff() throws {
        var chat = team(bots: [("B1", "Datadog")], people: "Marisol", "Dev")
        let alert = chat.say(0, "B1", "[Warn] recon within-tolerance breaks 187 (30-day avg 41)", bot: true)
        chat.say(3, "U1", "Morning. The bot says PASS but I don't think it's noise, breaks are four times the usual")
        chat.say(6, "U2", "looking")
        chat.say(9, "U2", "the FX rate table wasn't refreshed overnight, every EUR line is off")
        chat.say(12, "U1", "could it be the new rates provider?")
        chat.say(15, "U2", "restarting the FX loader")
        chat.say(40, "B1", "[Warn] ledger export lag 3h on eu-west", bot: true)
        chat.say(42, "U1", "that lag is the same FX job, it never finished")
        chat.say(44, "U2", "rerunning the FX refresh by hand")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test func aBotsHourlyHealthReportNamingItsLatencyIsNoReport() throws {
        var chat = team(bots: [("B1", "FMS Health")], people: "Shaz", "Dale")
        let hourly = chat.say(0, "B1", "🟢 Hourly: dispatch healthy · Assignment latency p95 5.1s · 22 trucks online", bot: true)
        chat.say(4, "U2", "morning, anyone got the crusher schedule?")
        let report = chat.say(48, "U1", "Dispatch is lagging bad. Trucks sitting at EX07 40–60 sec before they get an assignment and operators say their screens freeze. Anyone else seeing this?")
        chat.say(50, "U2", "yep, same on the south pit, looking")
        chat.say(53, "U1", "mesh map shows node 14 dropping packets")
        chat.say(57, "U2", "restarting the dispatch app server to rule it out")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == report)
        #expect(a.milestones[.detected]?.ts != hourly)
    }

    @Test func aPoliteJapaneseCauseNotYetFoundIsNoRootCauseAndAGermanLeadClosingTheDisruptionResolves() throws {
        var chat = incident(observer: "Engineer")
        let notYet = chat.say(5, "U1", "小林さん、ありがとうございます。現在調査中で原因は特定できておりません、とお伝えいただけますでしょうか。")
        let found = chat.say(12, "U2", "原因がわかりました。PR #2291 で -Xmn6g を追加してしまっておりました")
        chat.say(30, "U2", "JVM オプションを戻しました。p99 は 80ms に戻りました")
        let closed = chat.say(90, "U1", "Ich schließe die Störung INC-20431. Die Nachbesprechung ist morgen um 10:00 Uhr.")
        let a = analyze(chat)
        #expect(a.milestones[.rootCauseIdentified]?.ts != notYet)
        #expect(a.milestones[.rootCauseIdentified]?.ts == found)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test func polishAllowedIsNoSlownessButLockersThatWillNotOpenAreAReport() throws {
        var chat = team(bots: [("B1", "Grafana")], people: "Kuba", "Łukasz", "Nat")
        let chatter = chat.say(-13, "U2", "kto dziś przyniósł pączki? bo ktoś zostawił pudełko w kuchni i nie wiem czy wolno 👀")
        chat.say(-12, "U3", "wolno. to od Marty za urodziny 🎂")
        let alert = chat.say(0, "B1", "[FIRING:1] OpenCommandSuccessRate (prod) 91.4%", bot: true)
        chat.say(2, "U1", "ack, biorę")
        chat.say(5, "U1", "pewnie znowu LTE u jednego operatora na Śląsku?")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts != chatter)
        #expect(a.milestones[.detected]?.ts == alert)
    }

    @Test func aCauseFoundBeforeTheAlertingToolRecordsItsAckIsTheRootCause() throws {
        var chat = team(bots: [("B1", "Opsgenie")], people: "Johanna", "Emil", "Sara")
        chat.say(0, "B1", "[P1] NRT lookup p95 latency above 25s (receptproxy prod)", bot: true)
        chat.say(4, "U3", "apoteken får timeout på varje e-recept")
        let cause = chat.say(40, "U2", "root cause: they dropped the CBC cipher suites and our old proxy only offers CBC")
        chat.say(52, "B1", "Alert #4471 acknowledged by Johanna L", bot: true)
        chat.say(70, "U1", "100% on the k8s proxy now, lookups work again")
        #expect(analyze(chat).milestones[.rootCauseIdentified]?.ts == cause)
    }

    @Test func aClosingBeforeALaterMessageReadAsRecoveryIsTheResolutionAndTheMonitorClearingBeforeItTheMitigation() throws {
        var chat = team(bots: [("B1", "Zabbix")], people: "Lerato", "Pieter", "Thabo")
        chat.say(0, "B1", "PROBLEM: Recharge success rate (all channels) below 85%", bot: true)
        chat.say(2, "U3", "ack, I'm on. looking at vend-gw")
        chat.say(20, "U2", "Confirmed: GEN-2 did not start and UPS-B ran flat, that took row C down with the vend servers")
        chat.say(25, "U3", "starting the failover of vend to Cape Town, needs a few minutes")
        let cleared = chat.say(60, "B1", "OK: Recharge success rate (all channels) below 85%", bot: true)
        let closing = chat.say(120, "U1", "Closing the P1. Impact 18:14–19:21, PIR Thursday 10:00. Thanks all")
        chat.say(800, "U2", "ack on the charger. Genfix is back Friday to replace it")
        let a = analyze(chat)
        #expect(a.milestones[.resolved]?.ts == closing)
        #expect(a.milestones[.mitigated]?.ts == cleared)
    }

    @Test func aClosingWordAsASentenceOfItsOwnAfterTheEvidenceCloses() {
        var chat = team(people: "Noor", "Eli", "Sam")
        chat.say(0, "U1", "every invoice email went out twice overnight, customers are writing in")
        chat.say(2, "U2", "looking")
        chat.say(20, "U2", "root cause: both mailer nodes think they're leader after the redis failover")
        chat.say(30, "U2", "stopped mailer-2, sends back to one per invoice")
        let closing = chat.say(90, "U2", "02:00 batch clean as well. resolving. writeup in the morning")
        chat.say(600, "U3", "morning, read the thread. thanks Eli")
        #expect(analyze(chat).milestones[.resolved]?.ts == closing)
    }

    @Test func theMessageThatEndsTheImpactMayAlsoCloseTheIncident() throws {
        var chat = team(people: "Fiona", "Callum", "Isla")
        chat.say(0, "U1", "Haud on. 1,000 orders?? We've only got 600 bottles. How's the site still saying in stock?")
        chat.say(2, "U2", "on it")
        chat.say(10, "U3", "root cause: the hold TTL is read as seconds, so holds expire before people finish paying")
        let closing = chat.say(300, "U1", "Right, oversold orders refunded, fix is live, the 600 are being picked. Calling this one closed, cheers everyone")
        #expect(analyze(chat).milestones[.resolved]?.ts == closing)
    }
}
