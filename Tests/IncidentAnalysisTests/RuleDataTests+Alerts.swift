import IncidentAnalysis
import PostmortemTestSupport
import SlackExport
import Testing

/// An earlier alert's small exchange, settled and followed by silence, is another episode.
extension RuleDataTests {
    @Test func anEarlierAlertDealtWithBeforeAQuietSpellIsNotTheStart() {
        var chat = team(bots: [("B1", "Alertmanager")], people: "Kagiso", "Lerato", "Thabo")
        chat.say(0, "B1", "[FIRING:1] DiskFreeLow jhb-bi-01 C: 8%", bot: true)
        chat.say(4, "U1", "I think it's the SSIS job logs filling C: again")
        chat.say(9, "U1", "yep, SSIS logs. cleared the old ones, rerunning the job now")
        chat.say(10, "U2", "👍")
        // Two hours of silence, then the night's real trouble and all the work.
        let real = chat.say(130, "B1", "[FIRING:1] HostUnreachable mdr-core-fw01", bot: true)
        chat.say(131, "U2", "Everything in MDR just went red. On it")
        chat.say(132, "U3", "stores are calling, tills offline in Gauteng")
        chat.say(134, "U2", "could the generator have failed to take the load?")
        chat.say(136, "U3", "UPS at 0%, the transfer switch never moved")
        chat.say(138, "U2", "paging facilities, we need someone at the DC")
        chat.say(140, "U3", "more stores offline, Durban too")
        chat.say(142, "U1", "maybe the ATS controller fuse again, like in March?")
        chat.say(144, "U2", "switched the DC to generator by hand, core coming back")
        chat.say(146, "U3", "tills still offline in Cape Town")
        chat.say(148, "U1", "escalating to the ATS vendor, P1 opened")
        chat.say(150, "U2", "firewall is up, stores reconnecting")
        chat.say(152, "U3", "card payments failing at the stores that are back, errors on every swipe")
        chat.say(154, "U1", "I think the payment switch lost its sessions, restarting it")
        chat.say(156, "U1", "restarted the payment switch, swipes going through")
        chat.say(158, "U3", "Polokwane stores still can't sync their price files")
        chat.say(160, "U2", "the sync service has errors on every request, timeouts to the DC")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == real)
        // The guess made while the disk warning was answered is still read, and its verdict.
        #expect(a.hypotheses.contains { $0.text.contains("SSIS job logs") })
    }

    // Slack's "good" and greens by hue clear; blue, grey and red say nothing of the kind.
    @Test(arguments: [("good", true), ("#36a64f", true), ("2EB67D", true), ("#439FE0", false), ("#cccccc", false), ("danger", false)])
    func aMonitorsGreenPostIsItsAlertClearedInAnyLanguage(colour: String, clears: Bool) {
        var chat = team(bots: [("B1", "RT-Monitor")], people: "Jonas", "Petra", "Uwe")
        // At night, in amber, unanswered: the monitor knew first.
        let first = chat.say(0, "B1", "Plausibilität GTFS-RT auffällig: 214 von 236 Fahrten mit Abweichung > 45 min", bot: true, colour: "warning")
        chat.say(90, "U2", "Leitstelle: alle Anzeiger zeigen seit heute früh falsche Zeiten, Fehler überall")
        chat.say(95, "U1", "bin da, schau's mir an")
        chat.say(120, "U1", "Echtzeit an den Anzeigern abgeschaltet, die zeigen jetzt Sollzeiten")
        // Hours later, in green, in words no rule knows; people answer it.
        let cleared = chat.say(300, "B1", "Plausibilität GTFS-RT wieder im Normbereich: 3 von 502 Fahrten", bot: true, colour: colour)
        chat.say(302, "U1", "Echtzeit wieder aktiviert")
        chat.say(305, "U3", "Danke euch, Störung geschlossen")
        // Not cleared, the post reads as a new alert that people answered: the start.
        #expect(analyze(chat).milestones[.detected]?.ts == (clears ? first : cleared))
    }

    @Test func alertsUnderTheSameToolHeaderAreTheAlertsTheirTitlesName() {
        var chat = team(bots: [("B1", "Opsgenie")], people: "Mira", "Jonah", "Tess")
        // Every alert the tool posts opens with the same header; only the title below it names the alert.
        chat.say(0, "B1", "New alert created via Datadog", bot: true, title: "disk-forecast: /var/lib/pgsql on db-3 predicted to fill in 9 days")
        chat.say(4, "U1", "ticket OPS-221 for tomorrow")
        let real = chat.say(200, "B1", "New alert created via Datadog", bot: true, title: "checkout-api: p95 latency above 2s")
        chat.say(203, "U1", "looking")
        chat.say(206, "U2", "customers can't complete checkout, timeouts at the payment step")
        chat.say(210, "U1", "could it be the new fraud-check call? it went out at 17:00")
        chat.say(214, "U3", "support has 40 tickets already")
        // The disk forecast hours earlier is another alert, not an earlier raising of this one.
        #expect(analyze(chat).milestones[.detected]?.ts == real)
    }

    @Test func aReportLongAfterAForecastNothingOutrankedIsTheStart() {
        var chat = team(bots: [("B1", "CertWatch")], people: "Achieng", "Kip", "Wanjiru")
        chat.say(0, "B1", "Certificate expiring: b2c-client (7 days) notAfter 2025-03-03 21:00 UTC", bot: true)
        chat.say(40, "U2", "I'll raise the CSR this week")
        chat.say(43, "U3", "👍 don't forget, last time it took days")
        // A week later the certificate has expired and no monitor says so: a farmer's complaint does.
        let report = chat.say(10_100, "U1", "a farmer says he has not received yesterday's milk payment")
        chat.say(10_102, "U2", "maybe his line, people change SIMs")
        chat.say(10_130, "U1", "five more farmers now, payouts are failing for everyone")
        chat.say(10_133, "U3", "checking the B2C logs")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test func troubleOnStagingIsNotTheProductionIncidentsReport() {
        var chat = team(people: "Lea", "Hugo", "Inès")
        chat.say(0, "U1", "anyone know if the staging is up? I get 502s from api.staging since this morning")
        chat.say(3, "U2", "staging db is being rebuilt, should be back by noon")
        chat.say(5, "U1", "ok thanks")
        let report = chat.say(50, "U3", "customers report every video lesson is failing with errors, support has 30 tickets")
        chat.say(52, "U2", "looking")
        chat.say(55, "U1", "could it be the packager deploy from 10:00?")
        chat.say(58, "U3", "more tickets, every video lesson is affected")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test func aNightAlertNobodyAnsweredBeforeTheIncidentWasDeclaredIsTheDetection() {
        var chat = team(bots: [("B1", "Grafana"), ("B2", "Incident Bot")], people: "Fernanda", "Luis", "Rosa")
        let alert = chat.say(0, "B1", "[FIRING:1] SPEIRechazosSalientes (spei-connector prod)", bot: true)
        // Six and a half hours later the morning shift opens the incident.
        let declared = chat.say(390, "B2", "🚨 Incident declared: [P1] Transferencias SPEI salientes no llegan", bot: true)
        chat.say(392, "U1", "tomo el incidente, reviso el conector")
        chat.say(395, "U2", "los clientes reportan errores en todas las transferencias salientes")
        chat.say(400, "U3", "¿será el certificado de firma? vence a fin de mes")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts != declared)
        #expect(a.milestones[.detected]?.ts == alert)
    }

    @Test func aPrintersTonerWarningIsNoAlertFiring() {
        var chat = team(bots: [("B1", "Centreon")], people: "Ana", "Ben", "Cy")
        let toner = chat.say(0, "B1", "WARNING — imp-urg-04 / Toner black 5%", bot: true)
        chat.say(10, "U1", "someone grab a cartridge for urgences?")
        chat.say(12, "U2", "on my way")
        let report = chat.say(40, "U3", "the PACS viewer is failing for every exam at urgences, errors everywhere")
        chat.say(42, "U1", "looking")
        chat.say(45, "U2", "maybe the storage array? the controller failed over this morning")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts != toner)
        #expect(a.milestones[.detected]?.ts == report)
    }

    @Test func theSameAlertFiringAgainAfterAQuietNightIsStillTheStart() {
        var chat = team(bots: [("B1", "Datadog")], people: "Ana", "Ben", "Cy")
        let first = chat.say(0, "B1", "[Triggered] orders-api memory usage above 85% on orders-api-2", bot: true)
        chat.say(3, "U1", "restarted orders-api-2, memory back to 40%")
        chat.say(4, "U2", "thanks, it was slow for a few customers before that")
        // Twenty hours later the same monitor fires again, and this time the work starts.
        chat.say(1200, "B1", "[Triggered] orders-api memory usage above 85% on orders-api-2", bot: true)
        chat.say(1201, "U1", "again. looking")
        chat.say(1203, "U3", "customers see checkout errors")
        chat.say(1205, "U2", "could it be the http client upgrade leaking connections?")
        chat.say(1207, "U1", "heap grows 200MB an hour")
        chat.say(1209, "U3", "support has 30 tickets")
        chat.say(1211, "U2", "errors on every checkout call now")
        chat.say(1213, "U1", "rolled back the http client upgrade")
        chat.say(1215, "U3", "customers still see errors in the app")
        chat.say(1217, "U2", "paging the payments on-call too")
        chat.say(1219, "U1", "maybe the connection pool never releases after a timeout?")
        chat.say(1221, "U3", "orders failing for everyone now")
        #expect(analyze(chat).milestones[.detected]?.ts == first)
    }
}

/// A pager's notice that nobody has acknowledged yet acknowledges nothing.
extension RuleDataTests {
    @Test(arguments: [
        ("PagerDuty", "🔔 #48213 has not been acknowledged after 5 minutes. Re-notified Derek Alvarez (push, phone) - attempt 2 of 3."),
        ("Opsgenie", "Alert escalated [P2] Customers cannot upload prescriptions Escalated to: Tom Baxter (Secondary) Reason: Not acknowledged"),
    ])
    func aPagersNoticeThatNobodyAcknowledgedIsNoAcknowledgement(_ bot: String, _ notice: String) {
        var chat = team(bots: [("B1", bot)], people: "Priya", "Tomás")
        chat.say(0, "B1", "Triggered #48213: ehr-connect 5xx responses above 5% (prod)", bot: true)
        chat.say(5, "B1", notice, bot: true)
        chat.say(7, "U2", "good morning, is anyone on the booking alert?")
        let ack = chat.say(12, "B1", "Acknowledged by Priya Raman", bot: true)
        chat.say(13, "U1", "on it, reading the partner's errors")
        #expect(analyze(chat).milestones[.acknowledged]?.ts == ack)
    }
}

/// A job runner's failure that nobody answered came before the report people worked from.
extension RuleDataTests {
    /// A job runner's night post, then the morning's report and the work on it: the post and the report.
    func nightJobThenReport(_ post: String) -> (chat: ChatBuilder, post: SlackTimestamp, report: SlackTimestamp) {
        var chat = team(bots: [("B1", "airflow-prod")], people: "Ana", "Radu", "Mihai")
        let posted = chat.say(0, "B1", post, bot: true)
        chat.say(150, "U3", "morning all")
        let report = chat.say(200, "U1", "the policy dashboard is empty this morning, half the policies are missing. anyone?")
        chat.say(203, "U2", "looking")
        chat.say(210, "U2", "reconcile_counts looks off: staging 21,904 vs manifest 48,213")
        chat.say(216, "U1", "could it be yesterday's release?")
        return (chat, posted, report)
    }

    @Test func aJobRunnersFailureNobodyAnsweredIsWhenTheTroubleWasFirstKnown() {
        let failed = nightJobThenReport("nightly_policy_load FAILED — task reconcile_counts: row count below threshold (21,904 vs 48,213)")
        #expect(analyze(failed.chat).milestones[.detected]?.ts == failed.post)
        // A job runner's routine notice is no warning: then the report stands.
        let routine = nightJobThenReport("nightly_policy_load succeeded (run 2025-02-10)")
        #expect(analyze(routine.chat).milestones[.detected]?.ts == routine.report)
    }
}
