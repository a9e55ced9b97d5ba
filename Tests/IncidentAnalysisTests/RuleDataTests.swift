import Foundation
import IncidentAnalysis
import PostmortemTestSupport
import SlackExport
import Testing

/// Rules that live in the rules file (titles, leadership, dismissals, weak recovery), each shown
/// on a few lines of chat, and that a team's file can extend.
@Suite struct RuleDataTests {
    let signals = SignalTests()

    func analyze(_ chat: ChatBuilder, rules: RuleSet = .builtIn) -> Analysis {
        signals.analyze(chat, rules: rules)
    }

    /// SignalTests' small incident, watched by someone with a job title.
    func incident(observer title: String) -> ChatBuilder {
        var chat = signals.baseChat()
        chat.person("U9", "Vic", title: title)
        chat.say(3, "U9", "following along")
        return chat
    }

    /// A chat with these bots (id, name) and people U1, U2, … named in order.
    func team(bots: [(String, String)] = [], people names: String...) -> ChatBuilder {
        var chat = ChatBuilder()
        for (id, name) in bots { chat.bot(id, name) }
        for (i, name) in names.enumerated() { chat.person("U\(i + 1)", name) }
        return chat
    }

    /// Expects each milestone to name the given message.
    func expectMilestones(
        _ a: Analysis, _ expected: KeyValuePairs<MilestoneKind, SlackTimestamp>, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for (kind, ts) in expected {
            #expect(a.milestones[kind]?.ts == ts, "\(kind)", sourceLocation: sourceLocation)
        }
    }

    /// Expects none of `messages` to be read as `kind` in the timeline.
    func expectNotRead(
        as kind: EventKind, _ messages: [SlackTimestamp], in a: Analysis, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for ts in messages {
            #expect(a.timeline.first { $0.ts == ts }.map { !$0.kinds.contains(kind) } ?? true, "\(ts)", sourceLocation: sourceLocation)
        }
    }

    /// The calendar of New York, where the chat's people are.
    var newYork: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = signals.ny
        return calendar
    }

    @Test func stakeholderTitlesComeFromTheRulesAndATeamCanAddItsOwn() throws {
        let builtIn = analyze(incident(observer: "VP Engineering"))
        #expect(builtIn.participants.first { $0.id == "U9" }?.role == .stakeholder)

        let plain = analyze(incident(observer: "Quartermaster"))
        #expect(plain.participants.first { $0.id == "U9" }?.role == .responder)

        let team = try RuleSet.parse(yaml: "titles:\n  stakeholder: [quartermaster]\n", file: "team.yml")
        let extended = analyze(incident(observer: "Quartermaster"), rules: RuleSet.builtIn.extended(with: team))
        #expect(extended.participants.first { $0.id == "U9" }?.role == .stakeholder)
    }

    @Test func tellingLeadershipNamesItAsTheTarget() throws {
        var chat = incident(observer: "Engineer")
        let ts = chat.say(4, "U1", "escalating to leadership, this is customer facing")
        let a = analyze(chat)
        let escalation = try #require(a.escalations.first { $0.ts == ts })
        #expect(escalation.to.contains("leadership"))
    }

    @Test func aVPNIsNotAVicePresident() {
        var chat = incident(observer: "Engineer")
        let ts = chat.say(4, "U2", "paging the vpn team, tunnels are flapping")
        let a = analyze(chat)
        #expect(!(a.escalations.first { $0.ts == ts }?.to.contains("vp") ?? false))
    }

    @Test func askingSomeoneNewToLookIsAnEscalation() throws {
        var chat = incident(observer: "Engineer")
        chat.person("U7", "Kat")
        let ask = chat.say(5, "U1", "<@U7> can you check the ceph cluster? slow ops everywhere")
        let again = chat.say(9, "U2", "<@U7> any luck?")
        let a = analyze(chat)
        #expect(a.escalations.contains { $0.ts == ask })
        #expect(!a.escalations.contains { $0.ts == again }, "Kat had been pulled in already")
    }

    @Test(arguments: [
        "Ik bel hun NOC. Als het hun onderhoud is wil ik dat zwart op wit.",
        "Tack Johan. Jag ringer Legitimas driftjour nu och registrerar ett ärende med prioritet 1.",
        "Ich eskaliere an die Bereitschaft und bitte um Pausierung der Kampagne.",
        "<!subteam^S05PLTJOUR|@plattform-jour> kan någon titta på kafka-prod-01?",
    ])
    func callingAVendorOrPagingATeamInMoreLanguagesEscalates(_ text: String) throws {
        var chat = incident(observer: "Engineer")
        let call = chat.say(12, "U2", text)
        #expect(analyze(chat).escalations.contains { $0.ts == call })
    }

    @Test func anErrorTrackersIssueEscalatingPullsNobodyIn() throws {
        var chat = team(bots: [("B1", "Sentry")], people: "Ana", "Ben", "Kat")
        chat.say(0, "B1", "New issue: InvalidSignatureError: Webhook signature mismatch", bot: true)
        chat.say(2, "U1", "looking")
        let growing = chat.say(9, "B1", "[billing-webhook-service] Issue escalating: InvalidSignatureError: Webhook signature mismatch", bot: true)
        chat.say(12, "U2", "every webhook since 18:00 gets a 401")
        let page = chat.say(20, "U1", "paging payments on-call, <@U3> can you join?")
        let a = analyze(chat)
        #expect(!a.escalations.contains { $0.ts == growing })
        #expect(a.milestones[.escalated]?.ts == page)
    }

    @Test func aSeverityChangeAloneIsBookkeepingUnlessItNotifiesLeadership() throws {
        var chat = team(bots: [("B1", "Rootly"), ("B2", "Datadog")], people: "Declan", "Josh", "Priya")
        chat.say(0, "B2", "[Triggered] checkout 5xx > 5%", bot: true)
        chat.say(1, "U1", "on it")
        let bump = chat.say(5, "B1", "Severity changed from SEV3 to SEV2 by Declan", bot: true)
        chat.say(8, "U2", "5xx at 12% now, all regions")
        let leaders = chat.say(12, "B1", "Severity changed: SEV2 → SEV1 by Declan · SEV1 notifies the engineering leadership rota", bot: true)
        let a = analyze(chat)
        #expect(!a.escalations.contains { $0.ts == bump })
        #expect(a.escalations.contains { $0.ts == leaders })
    }

    @Test func askingTheWholeChannelIsNoEscalation() throws {
        var chat = incident(observer: "Engineer")
        let asked = chat.say(20, "U2", "<!here> does anyone know what else changed in the checkout path since 14:00? we're out of suspects")
        #expect(!analyze(chat).escalations.contains { $0.ts == asked })
    }

    @Test func aPageEscalatedThroughTheAlertingBotIsAnEscalation() throws {
        var chat = incident(observer: "Engineer")
        let escalated = chat.say(6, "B1", "Ana escalated #4821 to Platform on-call (level 2)", bot: true)
        let a = analyze(chat)
        #expect(a.escalations.contains { $0.ts == escalated })
        #expect(!a.escalations.contains { $0.ts.seconds == ChatBuilder.start }, "the first page is detection")
    }

    @Test func aFixThatWasNeverDoneIsNoFix() throws {
        var chat = incident(observer: "Engineer")
        let never = chat.say(5, "U2", "found it: the signing cert expired, it was never rotated")
        let done = chat.say(9, "U1", "rotated the cert, logins work again")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == done)
        #expect(a.timeline.first { $0.ts == never }.map { !$0.kinds.contains(.mitigation) } ?? true)
    }

    // Closing something else (a vendor's case, the tickets, the bridge) or saying it is not over yet
    // ("not calling it resolved yet", "ainda não encerrado", "bis des erledigt is") closes nothing.
    @Test(arguments: [
        "closing the Google case, thanked them. quota change is permanent",
        "going through the 31 tickets now and closing them out with the macro",
        "Builds are starting again. Not calling it resolved yet, we're watching the backlog",
        "decision: closing the bridge, moving async. Priya owns the backlog drain tonight",
        "boa time. ainda não encerrado: a zona b continua com relógio errado",
        "Gipfelbahn Sichtkontrolle bis des erledigt is",
        "StratoCloud 回覆 SC-88213: broker-3 係佢哋 rolling patch 嘅短暫現象, 同今次無關 ✅ ticket 我 close 咗",
        "lol Nagios qui pense que c'est réglé",
    ])
    func closingSomethingElseOrNotYetDoesNotCloseTheIncident(_ text: String) throws {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "rolled back the key policy, error rate back to normal")
        let notClosing = chat.say(20, "U1", text)
        let closed = chat.say(70, "U1", "ok, calling this incident done. clean for an hour, status page going to resolved")
        let a = analyze(chat)
        #expect(a.milestones[.resolved]?.ts == closed)
        #expect(a.milestones[.resolved]?.ts != notClosing)
    }

    @Test func greekFindsTheCauseWaitsAndClosesAndARoadClosedClosesNothing() throws {
        var chat = incident(observer: "Engineer")
        let found = chat.say(10, "U2", "ΒΡΗΚΑ. Το iframe του challenge μένει λευκό, το CSP frame-src μπλοκάρει το νέο domain της τράπεζας")
        chat.say(20, "U2", "άλλαξα το CSP στο nginx, οι πληρωμές περνάνε πάλι")
        let road = chat.say(30, "U3", "Nog een verkeersbericht: de N-weg bij Oudeland is afgesloten door omgewaaide bomen")
        let wait = chat.say(35, "U1", "ας το αφήσουμε σε παρακολούθηση ως αύριο και το κλείνουμε αν είναι όλα ήσυχα")
        let closed = chat.say(600, "U2", "Καλημέρα. Όλη νύχτα ήσυχα. Από μένα το θέμα έκλεισε")
        let a = analyze(chat)
        #expect(a.milestones[.rootCauseIdentified]?.ts == found)
        #expect(a.milestones[.resolved]?.ts == closed)
        #expect(![road, wait].contains(a.milestones[.resolved]?.ts))
    }

    @Test func aCauseSaidAsAConditionOrAMeetingIsNoRootCause() throws {
        var chat = incident(observer: "Engineer")
        let maybe = chat.say(5, "U1", "OK. Open a P1 with the vendor anyway, even if it turns out to be us. Cc me.")
        let busy = chat.say(7, "U3", "still stuck in mtg, Ravi's got it for now")
        let cause = chat.say(12, "U2", "found it: the gateway's trust store is missing the new intermediate, every handshake fails")
        let a = analyze(chat)
        #expect(a.milestones[.rootCauseIdentified]?.ts == cause)
        expectNotRead(as: .rootCause, [maybe, busy], in: a)
    }

    @Test func aRecoveryTheTeamWaitsForIsNoMitigation() throws {
        var chat = incident(observer: "Engineer")
        let waiting = chat.say(5, "U2", "I'll have a seed test ready to fire as soon as the records are back")
        let promise = chat.say(7, "U1", "we'll tell the customers once logins are working again")
        let back = chat.say(12, "U2", "records restored, logins work again")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == back)
        expectNotRead(as: .mitigation, [waiting, promise], in: a)
    }

    @Test func askingToBeToldIfSomethingBreaksReportsNothing() throws {
        var chat = team(bots: [("B1", "Sentry")], people: "Kev", "Jonas", "Lena")
        let notice = chat.say(0, "U1", "fyi turning on the new onboarding flag for half of new installs, shout if anything looks off")
        chat.say(3, "U2", "sounds good, watching the dashboards")
        chat.say(6, "U3", "same, I'm around")
        let alert = chat.say(40, "B1", "Critical: crash free sessions for release 7.12.0 below 98%", bot: true)
        chat.say(42, "U2", "looking")
        chat.say(44, "U3", "launch crashes on android 8.0, lots of them")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == alert)
        #expect(a.milestones[.detected]?.ts != notice)
    }

    @Test(arguments: [
        ":information_source: *Info:* TS-G1: Firmware-Version geändert (3.7.4 → 3.8.1)", "[情報] WAFシグネチャバージョン変更",
        "[prod] tarify-import #4471 – Succeeded. Načteno 36 řádků, 0 chyb, 0 varování",
    ])
    func aMonitorsInfoNoticeOrAJobsSuccessFiresNothing(_ notice: String) throws {
        var chat = team(bots: [("B1", "Zabbix")], people: "Lukas", "Anna", "Sepp")
        chat.say(0, "B1", notice, bot: true)
        chat.say(2, "U1", "passt, Update auf allen Lesern durch")
        chat.say(3, "U2", "super, danke")
        let alert = chat.say(600, "B1", ":fire: *Problem:* Ablehnungsrate Zutritt Talstation > 20%", bot: true)
        chat.say(602, "U3", "Saisonkarten gehen nirgends durch!")
        chat.say(604, "U1", "schau ich mir an")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test func anAlertTheTeamSaidWouldFireIsNotTheDetection() throws {
        var chat = team(bots: [("B1", "Grafana"), ("B2", "Opsgenie")], people: "Erik", "Micke", "Sara")
        chat.say(0, "B1", "[Alerting] MQTT inflow above baseline: 2140 msg/s (baseline 700)", bot: true)
        chat.say(5, "U2", "there it is, as expected with the cold. I'll keep an eye on the brokers")
        let alert = chat.say(50, "B2", "[P2] KafkaConsumerLagHigh: ingest is 52 min behind", bot: true)
        chat.say(52, "U1", "on it")
        chat.say(58, "U1", "all 24 partitions lagging and growing")
        chat.say(60, "U3", "could it be the compression job?")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test func aPersonWhoClosesBeforeTheIncidentToolDoesMadeTheDecision() throws {
        var chat = team(bots: [("B1", "Sirenline Incidents")], people: "Dana", "Jake", "Priya")
        let declared = chat.say(0, "B1", "Incident #412 declared: instant transfers failing (SEV-2)", bot: true)
        chat.say(2, "U2", "here, looking")
        chat.say(20, "U2", "found it: the new NAT gateway IP is not on the processor's allowlist")
        chat.say(30, "U3", "allowlist updated, success rate back to 99.4%")
        let closed = chat.say(90, "U1", "we're done. closing this out, thanks all")
        chat.say(500, "B1", "Incident #412 resolved by Dana", bot: true)
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == declared)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test func sayingTheFixDidTheTrickIsTheRecovery() throws {
        var chat = incident(observer: "Engineer")
        chat.say(6, "U2", "found it: the search radius change tripled calls to the routing vendor")
        chat.say(10, "U1", "radius set back to 3km")
        let worked = chat.say(16, "U2", "that did the trick, 429s gone and matching is fast")
        chat.say(60, "U1", "all clear, closing the incident")
        #expect(analyze(chat).milestones[.mitigated]?.ts == worked)
    }

    @Test func anIndonesianLeadDeclaringTheIncidentOverClosesIt() throws {
        var chat = team(bots: [("B1", "Datadog")], people: "Bima", "Sari")
        chat.say(0, "B1", "[Triggered] matcher success rate below 75%", bot: true)
        chat.say(2, "U1", "gue cek")
        chat.say(10, "U2", "ternyata radius naik ke 5km, vendor kena rate limit")
        chat.say(15, "U2", "udah dibalikin, latency udah normal lagi")
        let over = chat.say(90, "U1", "semua metric ijo dua jam. insiden gue anggap kelar ✅")
        #expect(analyze(chat).milestones[.resolved]?.ts == over)
    }

    @Test func havingReadTheChannelInChineseIsNoFixAndATraditionalChineseClosingResolves() throws {
        var chat = incident(observer: "Engineer")
        let read = chat.say(5, "U3", "剛出捷運，前面看完了。這個先宣告 P2，我當 IC")
        chat.say(20, "U2", "找到了：電信商在 throttle 我們的 sender")
        // Over an hour after the first message: not read as its effect.
        let back = chat.say(75, "U2", "新發送的 OTP 延遲回到 7 秒，排隊的舊簡訊也清完了 🎉")
        let closed = chat.say(110, "U3", "事件結束 ✅ 摘要：電信商調整級距後恢復")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != read)
        #expect(a.milestones[.mitigated]?.ts == back)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test func aConnectionAlreadyClosedInAReportOfTheErrorsIsNoClosing() throws {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U2", "Rolled back to 4.11.3, fingers crossed")
        let finding = chat.say(
            60, "U2",
            "Access logs are in. Every one of the 502s is failing the same way: the load balancer sent the request down a connection our app had already closed."
        )
        let closed = chat.say(600, "U1", "Quiet for a day now. I'm closing INC0045127, the post-incident review is on Tuesday.")
        let a = analyze(chat)
        #expect(a.milestones[.resolved]?.ts != finding)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test func aLookupThatResolvedToOneRowIsNoClosing() throws {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U2", "found it: the migration joins payees on a non-unique key")
        chat.say(30, "U2", "PM payment run on hold until the fix is in")
        let check = chat.say(60, "U3", "PM run output checked: 311 of 311 match, no claim_id resolved to more than one payee row. Signed off from Claims.")
        let closed = chat.say(600, "U1", "Closing INC0231187 as Resolved: the batch is fixed and verified over two runs.")
        let a = analyze(chat)
        #expect(a.milestones[.resolved]?.ts != check)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test(arguments: [
        "広報の井上です。お知らせ文の下書きを作っておきます。原因は書かず「一部の検索結果が表示されない不具合」で出す想定です。",
        "收到。先止血，根因后面再说，能回滚的都先回滚",
        "ATM 端的用戶憑證上個月才全面換發，北區也是同一批憑證，北區正常，所以憑證應該不是原因。",
        "Hülya Hanım merhaba, Kuzey Kargo etiketleri 08:40'tan beri oluşturulamıyor. Sebebi araştırıyoruz, Emre loglara bakıyor.",
        "@高槻 朝早くにすみません、C2ライン停止してます。GW4台ping不通、原因まだ不明です。電話します",
        "Murat Bey günaydın. Android uygulamasından giriş yapılamıyor. Sebebi henüz netleşmedi; backend'i kontrol ediyoruz.",
        // Japanese 原因調査 (investigating the cause), a task handed out in the opening call.
        "各位 お疲れ様です。本件、重大インシデントとして対応いたします。・原因調査：中村さん、佐藤さん ・お客様影響確認：山本さん",
        // Chinese "don't wait for the root cause".
        "收到。先控制业务影响，该降级就降级，别等根因",
    ])
    func deferringDenyingOrStillSeekingACauseNamesNone(_ text: String) throws {
        var chat = incident(observer: "Engineer")
        let said = chat.say(10, "U3", text)
        let found = chat.say(20, "U2", "found it: the leased line's path MTU was cut to 1400, so the handshake's certificate packets are dropped")
        let a = analyze(chat)
        #expect(a.milestones[.rootCauseIdentified]?.ts != said)
        #expect(a.milestones[.rootCauseIdentified]?.ts == found)
    }

    @Test func aBotsResolvedCalledMisleadingIsNoClosing() throws {
        var chat = team(bots: [("B1", "Grafana")], people: "Emre", "Tuğba", "Hülya")
        chat.say(0, "B1", "[FIRING:1] KargoEtiketHataOrani carrier=kuzey-kargo", bot: true)
        chat.say(2, "U1", "bakıyorum")
        chat.say(20, "U1", "buldum: Kuzey Kargo API v2.9 yeni zorunlu alan istiyor")
        chat.say(30, "U2", "siparişler Martı'ya yönlendirildi, etiketler basılıyor")
        chat.say(40, "B1", "[RESOLVED] KargoEtiketHataOrani carrier=kuzey-kargo", bot: true)
        let dismissed = chat.say(41, "U1", "kuzey'e istek atmadığımız için hata oranı düştü sadece. bu resolved yanıltıcı, dikkate almayın")
        let closed = chat.say(180, "U3", "Olay çözülmüştür, teşekkürler")
        let a = analyze(chat)
        #expect(a.milestones[.resolved]?.ts != dismissed)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test(arguments: [
        "bin wach, lueg mers aa. Laptop bootet no 🙄 gib mer 5 min", "ah shayefha, ba-fta7 el laptop aho. 5 da2aye2 w ab2a ma3akom",
        "saw the page, opening my laptop", "bin dran", "schau ich mir an", "let me check the dashboards", "vou ver aqui",
        "je vérifie de mon côté", "lo estoy viendo", "digging in",
        "ci sono, guardo adesso", "voy, ya vi la alerta de zabbix, 87% de rechazo en todo T1",
        "Bonjour Sophie, merci beaucoup de nous prévenir. On regarde immédiatement.",
        "em on-call đây anh, em vừa dậy 😵 đang mở laptop, cho em 5p", "Bom dia Dra. Helena. Estamos a verificar já.",
        "אני פה, רואה. רק התעוררתי, שנייה לפתוח לפטופ",
        "si, lo vedo. Prendo io, apro incidente e guardo AppD", "네 확인하고 있습니다! 이번주 온콜입니다. 잠시만요 🙇",
        "Morning! Sorry, only just seen this and the alert from 1am 😬 I'm duty dev this week so I'll pick it up now.",
        "jo reggelt, ranezek. en vagyok ugyeletes", "ce sto a guardà io. tu guarda i log der portale",
        "Estou de piquete, fico com isto. vou-te pedir números de ordem no fio",
        "kokso. pozriem hneď", "aik pagi2 dah merah. I tgk jap", "tjena! ja vi ser det nu, kollar direkt", "내가 볼게. gw-zone 틱 대시보드 보는중",
        // German, Korean, Swedish, Italian, English, Dutch, Austrian and Hebrew taking it up.
        "Good morning. I have picked up INC0048213 and will post an update within 30 minutes.",
        "ben wakker, Joyce belde. kijk ff, laptop start op",
        "Schau ma uns sofort an. Kannst ma a Kartennummer schicken?",
        "פותחת אירוע P2, אני IC",
        "moi, mulla on päivystys. avaan läppärin",
        "Guten Morgen. Ich habe den Alarm und das Ticket gesehen und übernehme INC-20431. Bin in 10 Minuten am Rechner.",
        "Ja, wir sind dran. Login geht derzeit für niemanden.",
        "Hab ich gesehen. An L2 kommen die Kartons ohne Etikett raus, stellen sie zur Seite.",
        "확인합니다!! 장 시작하자마자 주문 실패가 쏟아지는 중",
        "jag är jour ja! sitter på pendeln, tittar om 5 min",
        "Ricevuto. Il treno è regolare, verifico perché non compare",
        "Jeg har vakt, tar en titt nå",
        "kollar nu",
        // Dutch, colloquial Turkish, Vietnamese and Polish.
        "oei, ik zie nu pas de alerts hierboven. ik duik erin",
        "bakıyom, bende. grafana'da reservation fail %23",
        "ok e vào xem liền",
        "jestem jestem, sorry, byłem z psem 🤦 czytam",
        // Turkish: a surprised question, then taken up in a clause of its own.
        "günaydın. Marmarabank başarı oranı %3?? Sentry'de de SSLHandshake uçuyor, bakıyorum 👀",
        // Japanese "really? looking now", Chilean "I'll look right away", Norwegian "I'll take the case", Thai "I'll look at this one myself".
        "え、まじ？今見る",
        "Buenos días! Sí, lo veo al tiro",
        "Hei Kari, jeg tar saken. Hvilket fartøy gikk 15:10?",
        "เคสนี้ผมดูเองครับ รบกวนขอเลขบัญชีสัก 5 เคสครับ",
        // Swiss German "I'll look right away", Estonian "I'm on call".
        "Bin no da. Nei, das isch nöd normal, d'Antenne hetted sich lang erholt. Ich lueg sofort uf em Switch.",
        "võtan. olen on-call. Sander, ära kasutajat süüdista 🙂",
        // Pidgin "I'm looking at it"; a Japanese monitoring centre confirming it has the alert.
        "I dey look am",
        "NBS監視センターの森本です。05:41のORDIF010異常終了アラートを確認いたしました。手順書に従い、担当SEへ連絡いたします。",
        // Flemish "I take it", Swahili "I'm taking this", Portuguese "I take it on as incident manager".
        "bien reçu / ontvangen, ik neem het op.",
        "Nachukua hii sasa hivi",
        "Ciente. Assumo como gerente de incidente.",
    ])
    func gettingToTheLaptopOrSayingOneWillLookIsTheAcknowledgement(_ text: String) throws {
        var chat = team(bots: [("B1", "Grafana")], people: "Reto", "Nadia", "Ueli")
        chat.say(0, "B1", "[FIRING:1] Abweichungen Sollfahrplan ↔ Perronanzeigen: 212", bot: true)
        chat.say(2, "U2", "Morge mitenand ☕ Frühschicht isch da")
        let ack = chat.say(5, "U1", text)
        chat.say(9, "U3", "d Aazeige in Aarau zeigt de Sunntigsfahrplan")
        #expect(analyze(chat).milestones[.acknowledged]?.ts == ack)
    }

    @Test func aChangeAskedAboutAsTheCauseIsNoFix() throws {
        var chat = team(bots: [("B1", "Dynatrace")], people: "Flo", "Stefan", "Kathi")
        chat.say(0, "B1", "Problem: Failure rate increase on sepa-instant-out (AB05 timeouts)", bot: true)
        chat.say(2, "U1", "schau ich mir an")
        let asked = chat.say(5, "U2", "Hmm. Wir haben gestern Abend das Release 24.10.2 eingespielt. Da war doch was am Connection Pool dabei oder? Könnt das sein?")
        chat.say(9, "U1", "möglich, ich schau parallel die Latenzen an")
        chat.say(40, "U1", "Timeout auf 4 s erhöht, Failure rate 0,3 %, keine AB05 mehr seit 08:34")
        #expect(analyze(chat).milestones[.mitigated]?.ts != asked)
    }

    @Test(arguments: [
        "[CRITICAL] SIC-ACQ-TAUX-DR-EST Taux de remontée des concentrateurs sous le seuil critique",
        "[WARN] HU4 Heartbeat-Verlust EU-NORD Heartbeat loss rate above threshold for 15 min",
        "[CRIT] HU4 Heartbeat-Verlust EU-NORD Heartbeat loss rate critical. Trend rising",
        // A monitor that counts: "abnormal rise in exceptions", "unusual volume of tickets".
        "⚠️ Hausse anormale d'exceptions: 27 colis « Code postal incohérent » depuis hier 18 h",
        "⚠️ Volum neobișnuit de tichete cu eticheta link_sms: 38 în ultimele 60 min (medie 3)",
    ])
    func aBotNoListNamesThatOpensWithABracketedSeverityIsAMonitor(_ text: String) throws {
        var chat = team(bots: [("B1", "Vigie")], people: "Claire", "Thibault", "Nadia")
        let alert = chat.say(0, "B1", text, bot: true)
        chat.say(6, "U1", "Bonjour, la DR Est ne remonte plus rien depuis cette nuit")
        chat.say(9, "U2", "je me connecte")
        chat.say(12, "U3", "je prends la gestion de l'incident")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test func aScheduledCampaignStartingIsNoAlert() throws {
        var chat = team(bots: [("B1", "OTA Orchestrator")], people: "Stefan", "Katrin", "Max")
        chat.say(0, "B1", "▶️ Campaign OTA-HU4-24.11.2 started — Wave 1/4 Region: EU-NORD, triggered by schedule", bot: true)
        chat.say(2, "U1", "Welle 1 läuft, guten Morgen zusammen")
        chat.say(4, "U3", "morgen! Kaffee ist fertig")
        chat.say(90, "B1", "✅ Campaign OTA-HU4-24.11.1 closed, all waves done", bot: true)
        let report = chat.say(100, "U2", "Werkstatt meldet: Head Units in EU-NORD booten nicht mehr nach dem Update, schwarzer Bildschirm")
        chat.say(102, "U1", "schau ich mir an")
        chat.say(104, "U3", "bei uns auch, drei Fahrzeuge")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test func chatterMarkedOffTopicIsNotTheFirstReply() throws {
        var chat = team(bots: [("B1", "Zabbix")], people: "An", "Wouter", "Els")
        chat.say(0, "B1", "PROBLEM: LabBridge queue above limit (150), messages to the LIS not processed", bot: true)
        chat.say(4, "U3", "(off topic maar de koffieautomaat op -1 geeft enkel nog heet water ☕)")
        let reply = chat.say(9, "U2", "svc_labbridge staat locked sinds 06:07, vijf mislukte aanmeldingen")
        chat.say(12, "U1", "de analyzers sturen niets meer door naar het LIS")
        #expect(analyze(chat).milestones[.acknowledged]?.ts == reply)
    }

    @Test func takingItUpBeforeAnEmojiAndAQuestionIsTheAcknowledgement() throws {
        var chat = team(people: "Paty", "Bruno", "Rafa")
        chat.say(0, "U1", "bom dia time! o custo de cupom de ontem ficou em R$ 61 mil, mais que o dobro do projetado 😬")
        let ack = chat.say(5, "U2", "opa Paty, bom dia! vou olhar agora 👀 tem algum pedido de exemplo?")
        chat.say(9, "U1", "pedido 88123: o desconto saiu em dobro")
        chat.say(14, "U3", "on it, looking at the pricing logs")
        #expect(analyze(chat).milestones[.acknowledged]?.ts == ack)
    }

    @Test func takingItUpBeforeAskingSomeoneByNameIsTheAcknowledgement() throws {
        var chat = team(bots: [("B1", "Grafana")], people: "Emre", "Tuğba", "Hülya")
        chat.say(0, "U2", "Hat 2'de etiket çıkmıyor, yazıcıdan bişey gelmiyor")
        chat.say(3, "B1", "[FIRING:1] KargoEtiketHataOrani carrier=kuzey-kargo", bot: true)
        chat.say(4, "U3", "Hat 3'te de aynısı oldu, ekranda 'Etiket oluşturulamadı' yazıyor")
        let ack = chat.say(5, "U1", "Alarmı gördüm, bakıyorum 👀 <@U2> yazıcı resetten sonra düzeldi mi?")
        chat.say(7, "U2", "yok düzelmedi. Hat 1 de şimdi durdu")
        let a = analyze(chat)
        #expect(a.milestones[.acknowledged]?.ts == ack)
        expectNotRead(as: .mitigation, [ack], in: a)
    }

    @Test(arguments: [
        "Konfirmasi dari Dynatrace: failure rate sudah turun ke 0,3%, transfer BI-FAST sudah normal. Monitoring lanjut.",
        "The submit job is ordered by rule, two working days before the payment date, resolved against calendar UKBANKHOL.",
        // Thanks while still watching ("we stay in monitoring before announcing the end").
        "شكراً للجميع 🙏 نبقى في وضع مراقبة قبل إعلان انتهاء الحادثة",
        // Korean "once their fix is confirmed, we will close the incident".
        "수고 많으셨습니다. 다온 측 수정이 확인되면 장애 종료 처리하겠습니다.",
        // Closing named as what comes after more work ("before we close", Swedish "innan vi stänger").
        "agreed. status page stays as is, let's look again tomorrow morning before calling it resolved",
        "No stuck queues so far. I'll watch the console for ~30 min before calling it resolved",
        "incidenten är inte stängd än, vill ha gamla VM:en fixad som fallback innan vi stänger",
    ])
    func stillWatchingOrARuleResolvedAgainstACalendarIsNoClosing(_ text: String) throws {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U2", "found it: the bank holiday calendar is missing the substitute day")
        chat.say(30, "U2", "calendar fixed, job released, payments back to normal")
        let said = chat.say(40, "U1", text)
        #expect(analyze(chat).milestones[.resolved]?.ts != said)
    }

    @Test func aNoteInSpanishThatTheIncidentStaysOpenIsNoClosing() throws {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U2", "encontré: el banco cambió su certificado intermedio y el pin ya no coincide")
        chat.say(30, "U2", "tráfico movido al adquirente de respaldo, aprobaciones de vuelta a la normalidad")
        let open = chat.say(40, "U1", "ojo: el PD se autoresolvió, pero el incidente sigue abierto hasta que el banco regrese. No lo den por cerrado 🙏")
        let closed = chat.say(200, "U1", "damos el incidente por resuelto ✅ gracias a todos")
        let a = analyze(chat)
        #expect(a.milestones[.resolved]?.ts != open)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test func anIncidentHeldOpenIsResolvedByItsClosingHoweverLate() throws {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U2", "trouvé : l'index de clé 0A a été désactivé pour tout le parc")
        chat.say(30, "U2", "Paylinq a réactivé l'index 0A, les DAT acceptent à nouveau le sans-contact")
        chat.say(40, "U1", "Attention : je maintiens l'incident ouvert jusqu'au téléchargement de la clé 0B cette nuit.")
        chat.say(55, "U3", "Retour à la normale confirmé côté PCC, plus aucun appel des stations.")
        let closed = chat.say(25 * 60, "U1", "Tout le parc fonctionne sur la nouvelle clé : je clôture l'incident.")
        #expect(analyze(chat).milestones[.resolved]?.ts == closed)
    }

    @Test func notWaitingForTheRootCauseIsNoRootCause() throws {
        var chat = incident(observer: "Engineer")
        let halt = chat.say(6, "U1", "halt the rollout. don't wait for root cause")
        let cause = chat.say(30, "U2", "found it: the splash theme is translucent with a fixed orientation, android 8.0 throws on that")
        let a = analyze(chat)
        #expect(a.milestones[.rootCauseIdentified]?.ts != halt)
        #expect(a.milestones[.rootCauseIdentified]?.ts == cause)
    }

    @Test func aMonitorsRecoveryNoticeIsNoDetection() throws {
        var chat = team(bots: [("B1", "Icinga")], people: "Jonas", "Aylin")
        chat.say(0, "B1", "🟢 RECOVERY reporting-db02 / disk /var/lib/pgsql ist OK - free space 22%", bot: true)
        chat.say(2, "U1", "good, that one can stay quiet")
        chat.say(4, "U2", "yep")
        let problem = chat.say(30, "B1", "🔴 PROBLEM paytoken-svc / http_latency_p99 ist CRITICAL: p99 9.7s", bot: true)
        chat.say(32, "U1", "bin dran")
        chat.say(36, "U1", "token service is extremely slow, 504s everywhere")
        #expect(analyze(chat).milestones[.detected]?.ts == problem)
    }

    @Test func callingAVendorsLineOrOpeningItsTicketPullsThemIn() throws {
        var chat = incident(observer: "Engineer")
        let line = chat.say(8, "U2", "storage array is degraded, calling their sev 1 line now")
        let ticket = chat.say(12, "U3", "hab bei Payvance ein Ticket aufgemacht, Prio 1")
        let a = analyze(chat)
        #expect(a.escalations.contains { $0.ts == line })
        #expect(a.escalations.contains { $0.ts == ticket })
    }

    @Test func aCountOfNoneIsNoReport() throws {
        var chat = team(bots: [("B1", "Airflow")], people: "Marcus", "Priya")
        chat.say(0, "U1", "close batch kicks off at 6, I'll keep an eye on it")
        let done = chat.say(5, "U1", "batch finished: 41 tasks ok, 0 failed, zero errors in the logs")
        chat.say(7, "U2", "nice, thanks")
        chat.say(9, "U1", "extracts refresh next")
        let a = analyze(chat)
        #expect(a.timeline.first { $0.ts == done }.map { !$0.kinds.contains(.symptom) } ?? true)
    }

    @Test func anAlertThatAutoResolvedClosesNoIncident() throws {
        var chat = incident(observer: "Engineer")
        let history = chat.say(8, "U2", "fwiw the latency alert fired at 18:22 last night too, auto-resolved at 18:31, nobody looked")
        chat.say(20, "U3", "could be dns? 5s flat is a resolver timeout")
        let a = analyze(chat)
        #expect(a.milestones[.resolved]?.ts != history)
        #expect(a.milestones[.mitigated]?.ts != history)
    }

    @Test func askingWhetherThatCouldBeItOrCallingItNoCoincidenceIsAGuess() throws {
        var chat = incident(observer: "Engineer")
        let could = chat.say(6, "U2", "outbound queue is at 3,400. could that backlog be loading the db hard enough?")
        let coincidence = chat.say(8, "U3", "the array failed over 4 min before the journal froze. no coincidence in my book")
        let a = analyze(chat)
        #expect(a.hypotheses.contains { $0.ts == could })
        #expect(a.hypotheses.contains { $0.ts == coincidence })
    }

    @Test func bettingThatsItIsNoRootCause() throws {
        var chat = incident(observer: "Engineer")
        let bet = chat.say(6, "U2", "nil pointer and the stack goes through the new rate limiter middleware, bet that's it. rolling back")
        let found = chat.say(20, "U3", "the signing key ref in the bundle only exists in staging, that's our problem")
        let cause = analyze(chat).milestones[.rootCauseIdentified]?.ts
        #expect(cause != bet)
        #expect(cause == found)
    }

    @Test func aStackTracesCausedByIsNoRootCause() throws {
        var chat = incident(observer: "Engineer")
        let log = chat.say(6, "U2", "from the menu-service logs: ```SearchPhaseExecutionException: all shards failed\ncaused by: query_shard_exception: [nested] object under path [modifiers] is not of nested type```")
        let found = chat.say(20, "U3", "found it: the new index template maps modifiers as object instead of nested")
        let cause = analyze(chat).milestones[.rootCauseIdentified]?.ts
        #expect(cause != log)
        #expect(cause == found)
    }

    @Test func requeuingAgainIsNoRecoveryButWorkingAgainIs() throws {
        var chat = team(bots: [("B1", "PagerDuty")], people: "Rorro", "Iván", "Ximena")
        chat.say(0, "B1", "Triggered: #48213 OTP delivery p95 above 60s", bot: true)
        chat.say(2, "U1", "ya lo veo")
        let requeue = chat.say(10, "U2", "el scheduler de reintentos los vuelve a encolar con backoff de 60s, por eso llegan tarde")
        chat.say(20, "U3", "lo encontré: el hub quedó con tope de 100 TPS")
        chat.say(30, "U2", "regresamos el tráfico a la ruta directa")
        let back = chat.say(36, "U2", "ya quedó 🎉 cola de reintentos en 0, los códigos llegando normal")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != requeue)
        #expect(a.milestones[.mitigated]?.ts == back)
    }

    @Test(arguments: [
        "p99 back around 150ms, 5xx flat, clients are fine",
        "new model serves 100% of traffic. last 20 min: auto-approval 73%, back in the normal band",
    ])
    func aMeasureBackAroundItsUsualValueOrInItsNormalBandIsARecovery(_ text: String) throws {
        var chat = incident(observer: "Engineer")
        chat.say(6, "U2", "found it: node 09 lost its last power supply")
        chat.say(12, "U1", "marked 09 out, backfill started")
        let back = chat.say(20, "U3", text)
        #expect(analyze(chat).milestones[.mitigated]?.ts == back)
    }

    @Test func aBriefingThatSaysTheCauseIsStillOpenNamesNoCause() throws {
        var chat = incident(observer: "Engineer")
        let briefing = chat.say(5, "U1", "zu Ihrer Info: seit 6 Uhr ist der Ticketkauf gestört, die Ursache ist noch offen")
        let jp = chat.say(7, "U2", "部長、一報です。CH-GWで応答悪化が発生しております。原因は調査中です")
        let a = analyze(chat)
        #expect(a.milestones[.rootCauseIdentified]?.ts != briefing)
        #expect(a.milestones[.rootCauseIdentified]?.ts != jp)
        #expect(a.timeline.first { $0.ts == briefing }.map { !$0.kinds.contains(.rootCause) } ?? true)
        #expect(a.timeline.first { $0.ts == jp }.map { !$0.kinds.contains(.rootCause) } ?? true)
    }

    @Test func anEDRToolsAlertIsTheDetection() throws {
        var chat = team(bots: [("B1", "Halberd EDR")], people: "Priya", "Dana")
        chat.say(-40, "U2", "patching the file servers tonight as planned")
        chat.say(-38, "U1", "ok, I'm around till ten")
        chat.say(-36, "U2", "great, I'll post when it's done")
        let alert = chat.say(0, "B1", ":red_circle: HIGH — Mass file modification on FS02: 1,912 files renamed", bot: true)
        chat.say(4, "U1", "looking at FS02 now")
        chat.say(9, "U2", "that's ransomware behaviour. isolate the host")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test(arguments: [
        "Moi! Lahden itsepalvelukassoilla ei mene kortit läpi, jokaisella asiakkaalla tulee \"Maksu hylätty\"",
        "goeiemorgen! we krijgen best veel chats dat fietsen niet open gaan, vooral Centraal en Zuid",
        "Moi, asiakaspalveluun tullut useampi puhelu että verkkopankin kirjautuminen jää pyörimään ja sit tulee aikakatkaisu",
        // Tagalog: paid at the counter but not coming into the wallet, asked as a known issue.
        "Hi team, good morning po. May 7 tickets na kami — bayad na daw sa counter pero hindi pumapasok sa wallet. Known issue po ba?",
        "Jó reggelt! Az ügyfélszolgálat jelez: 6 óra óta 7 hívás jött, hogy külföldön elutasítják a kártyát",
        "Ei, bon dia. Al 010 ens estan entrant trucades de gent que no pot demanar cita prèvia",
        "Guten Morgen, seit Schichtbeginn zeigen die Handscanner in Halle 2 „Synchronisation fehlgeschlagen (Code 7)“",
        // A desk counting customers' calls, people who cannot manage something, "anyone aware?".
        "Morning all. Service desk has had 3 calls from the Leeds claims team, the portal keeps booting them back to the login page",
        "Bom dia. Desde as 08h30 já recebemos sete chamadas de clientes a referir consumos muito elevados no Balcão Online",
        "Buenos días, nos están entrando llamadas de clientes por la factura de marzo",
        "Bonjour, plusieurs chauffeurs signalent que les voyageurs n'arrivent pas à payer par carte aux distributeurs",
        "Bonjour, la dame du guichet n'arrive pas à imprimer les abonnements depuis ce matin",
        "Quelqu'un est au courant ? Plusieurs agences appellent pour le portail client",
        "God morgon, apoteket på Drottninggatan får inte upp e-recept i kassan",
        "Kungsbacka ringde: det snurrar i 30 sekunder vid varje e-recept",
        "Jourapoteket ringde, de får \"Tidsgräns överskriden\" på varje e-recept",
        "صباح الخير، العملاء بيقولوا حدث خطأ لما بيشحنوا من NCB",
        "يا جماعة في شكاوى كتير من الصبح على الشحن من NCB",
        "الشحن من حساب NCB مش بيكمل من الصبح",
        "arkadaşlar KDK-2'de bi tuhaflık var, kuryeler depoda oturuyo",
        "KDK-2'de bekleyen siparişler birikiyor",
        "KDK-2'de bekleyen siparişler birikiyo",
        "KDK-2'ye hiç sipariş düşmüyor",
        "KDK-2'ye hiç sipariş düşmüyo",
        "Dzień dobry, mamy lawinę zgłoszeń na infolinii o skrytkach",
        "Dzień dobry, klienci nie mogą otworzyć skrytki z aplikacji",
        "uhh heads up, getting a bunch of reports on discord about crystals granted twice",
        "heads up, we're getting reports on discord about the crystal pouch",
        "3 zendesk tickets saying they bought a crystal pouch and got the crystals twice",
        "혹시 사장님 태블릿 쪽 이슈 있나요?? 주문 들어왔는데 소리가 안 났대요",
        "지금 CS로 사장님들 전화가 계속 와요",
        "주문 들어왔는데 벨이 안 울린대요",
        "מישהו רואה את זה? אצלי מסך לבן אחרי ה-login",
        "פורטל התביעות לא נטען אצלי",
        "weird one - I'm logged out and just read 9 articles in a row without hitting the wall",
        "mn ơi cứu, trang tra cứu vận đơn trắng trơn luôn",
        "khách nói bấm link tracking là ra màn hình trắng",
        "Huomenta. Linjojen 3 ja 7 kuskit soittelee lukijoista. Tiedetäänkö jotain?",
        "у Львові пара кур'єрів пише що апка вилітає коли відкривають замовлення",
        // Norwegian, Hinglish, Brazilian Portuguese and Danish reports.
        "Hei @here – fikk nettopp en sak fra en butikk: de har ikke fått betalingsbekreftelser siden i morges. Noe kjent?",
        "support pe tickets aa rahe hain ki OTP nahi aaya, kuch hua hai kya??",
        "gente, os motoboys tão dizendo que o mapa sumiu do app, tela cinza",
        "Vi har fået flere opkald fra borgere, der ikke kan indsende deres ansøgning",
        // Taglish, Polish and Singaporean reports.
        "Hi guys, may mga agents ako na nadrop daw yung call mid-conversation 😕 3 na so far. may issue ba sa system?",
        "cześć, sorry że w sobotę 🙈 od rana mamy już ~30 zgłoszeń, że oferty zniknęły z wyszukiwarki",
        "Morning IT team, dock 3 printer cannot print label leh. Anyone awake?",
        "Good evening, nurse manager on 4 West. Several patients' labs still show as In Lab, no results in the chart.",
        // English, Croatian, Chinese, Finnish and German.
        "@here uhh team?? we've got a pile of tweets saying the app won't load. Started maybe half an hour ago?",
        "HITNO, upravo mi je stigao mail od hotela: gosti kažu da ih na webu vidimo kao potpuno popunjene",
        "@here 紧急！超话好多人在晒十连三金，有人问是不是测试服概率上正式服了",
        "Huomenta. Asiakkaan palkanlaskija otti yhteyttä: nettopalkat poikkeavat muutamalla sentillä",
        "hm, Stream buffert bei mir grad auf allen drei Testgeräten. 1080 springt auf 270",
        // Indonesian, Polish, Pidgin and Vietnamese reports.
        "Halo tim payments 🙏 dari jam 9-an tiket \"saldo belum masuk\" buat top-up VA naik terus",
        "Hej, dostałam zwrotkę przy wysyłce oferty do klienta 😩",
        "Guys abeg, 3 customers don tweet say *5120# dey hang. Anybody dey see anything?",
        "Từ khoảng 14h10 tổng đài nhận rất nhiều cuộc gọi của tài xế: bản đồ không load, chỉ hiện nền xám",
        // Swedish: parents cannot log in.
        "Vårdnadshavare kan inte logga in i Skolwebben med BankID – får 'Inloggningen kunde inte slutföras'",
    ])
    func aStoreOrSupportReportInMoreLanguagesBeforeTheAlertIsTheDetection(_ text: String) throws {
        var chat = team(bots: [("B1", "PagerDuty")], people: "Aino", "Ben", "Cho")
        chat.say(-30, "U2", "morning all")
        let report = chat.say(0, "U3", text)
        chat.say(2, "U1", "checking")
        chat.say(6, "B1", "Triggered: #48213 card decline rate above 15%", bot: true)
        chat.say(8, "U2", "decline code 58 on every self-service terminal")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test(arguments: [
        "not sure this is the right place — is something off with the recommended rail? our new collection never appears in recs",
        "hey is anyone else's team getting dropped calls?? 3 agents say callers just go dead around 30 sec in",
    ])
    func askingWhetherSomethingIsOffOrReportingDroppedCallsIsAReport(_ text: String) throws {
        var chat = team(people: "Maya", "Dev", "Priya")
        chat.say(-40, "U2", "merged the tweak from yesterday, will watch the dashboards")
        let report = chat.say(0, "U1", text)
        chat.say(3, "U2", "looking")
        chat.say(8, "U3", "same here, two more on my side")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test(arguments: [
        // "something odd" reports.
        ("newsletter went out at nine, open rate looks normal", "something odd: two readers say the homepage greets them with someone else's name"),
        // A fix announced names the trouble it ended: no report of it.
        ("deployed the fix for the checkout timeouts, small one. shout if anything looks off", "couriers say the map is not loading in the app, just a blank screen"),
        ("subi aquele fix do timeout do webhook dos restaurantes, coisa pequena. qualquer coisa grita", "couriers say the map is not loading in the app, just a blank screen"),
    ])
    func anEarlierRemarkIsNotTheReportButSomethingOddOrABlankScreenIs(earlier: String, report text: String) throws {
        var chat = team(people: "Hannah", "Ollie", "Ben")
        chat.say(-40, "U2", earlier)
        chat.say(-38, "U3", "nice one")
        chat.say(-36, "U1", "I'll post the weekly numbers tomorrow")
        let report = chat.say(0, "U1", text)
        chat.say(1, "U2", "looking now")
        chat.say(5, "U3", "is it the cdn config change from this afternoon?")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test func anIncidentRecordOpenedBeforeTheReportsAndALateAlertIsTheDetection() throws {
        var chat = team(bots: [("B1", "Jira Cloud"), ("B2", "Grafana")], people: "Sanne", "Ravi", "Tiago")
        let record = chat.say(0, "B1", "🚨 INC-4471 created · P2 · 3DS challenge completion below threshold for PT cards", bot: true)
        chat.say(1, "U1", "ack, I'm on call, taking IC")
        chat.say(24, "U2", "checked: PT card payments are failing at the challenge step, everything else normal")
        chat.say(26, "U3", "could it be our ruleset change from Tuesday?")
        chat.say(30, "U1", "no, the ruleset diff only touches US BIN lists")
        chat.say(70, "B2", "[FIRING:1] AuthSuccessRateLow issuer_country=PT", bot: true)
        chat.say(72, "U2", "that's the same thing, PT success down to 34%")
        chat.say(75, "U1", "issuer ACS still timing out, vendor ticket open")
        #expect(analyze(chat).milestones[.detected]?.ts == record)
    }

    @Test func aCrashCourseIsNoCrashAndATeamCanAddItsOwnExceptions() throws {
        var chat = team(people: "Farhan", "Karan", "Sneha")
        let notice = chat.say(0, "U1", "the JEE crash course goes live at 7, rollout at 20% and crash-free at 99.7%")
        chat.say(2, "U2", "noted, change freeze till 11")
        chat.say(4, "U3", "support is staffed up too")
        #expect(analyze(chat).timeline.first { $0.ts == notice }.map { !$0.kinds.contains(.symptom) } ?? true)

        let budget = chat.say(20, "U1", "reminder: errors budget review tomorrow at 10")
        #expect(analyze(chat).timeline.first { $0.ts == budget }?.kinds.contains(.symptom) == true)
        let team = try RuleSet.parse(yaml: "exceptions:\n  symptom: [\"errors budget\"]\n", file: "team.yml")
        let extended = analyze(chat, rules: RuleSet.builtIn.extended(with: team))
        #expect(extended.timeline.first { $0.ts == budget }.map { !$0.kinds.contains(.symptom) } ?? true)
    }

    @Test(arguments: [
        "I'm ringing Gerard now. He'll want to be in here.",
        "so did I. raising a P1 with them now and ringing their out-of-hours line",
        "RH ticket w/ Corvane: CRV-552817, P1. power cycle tor-r14-a, check psu + fans",
        "Pozvao sam Vidra NOC, dežurni je neki Vuk. Otvorili su tiket VT-NOC-88213",
        "Ich lüt de Payrosa-Hotline aa ☎️",
        "Asante Hamisi. Ninampigia sasa Meneja wa Uhusiano wa Mwambao Bank",
        "Saya akan membuka tiket insiden dengan NOC Pusat Data Sektor Awam.",
        "DBL এর NOC তে ফোন দিছি, ticket নিছে: DBL-INC-55231",
        "Ça a pas d'allure. Je page la garde Plateforme dans PD, c'est leur HPA",
        "bram reageert niet, ik page de IoT on-call via opsgenie",
        "on hold w/ Peakline support now 🎶",
        "这个要资安同意，我把淑芬拉进来",
        "Kate, kan du ringa Fjällid? vi har väl prio-avtal",
        "Anjali's on a late start after the cutover. calling her now",
        "no tengo aviso de mantenimiento 🤷‍♀️ le marco a su NOC",
        "opened sev1 with VocaPage",
        "Done: DPO and DSO informed by phone at 21:02, written summary to follow",
        "Grazie Paolo. Informo la Direzione Commerciale e il Customer Care del possibile slittamento.",
        "Danke. Ich informiere jetzt den Vorstand telefonisch.",
        "Compte tenu de l'impact sur les urgences, j'active la cellule de crise DSI.",
        "I am also engaging the Shield Response Team so they can look at the traffic with us.",
        "Tandem status page is all green. On hold with Tandem merchant support now",
        "nope. ik escaleer naar hun accountmanager, volgens ons contract moeten ze dit melden",
        "Buongiorno dott.ssa, ricevuto. Informo io adesso la Direzione Sanitaria.",
        "pretty sure this is tied to the v5 ramp. @dana can you jump into this thread",
        "ok. anh báo chị Trúc rồi nha vì dính cả HCM lẫn HN",
        "calling our relationship manager at the bank now to ask about a resubmission window",
        // Severity raised, and someone asked to come and take a role.
        "calling this a SEV-2, customer facing: password resets not arriving. I'll run it. <@U8> heads up, can you grab comms / status page?",
        // Calling, bringing in and briefing, in English, Pidgin, Croatian, Hungarian and German.
        "I am calling the bank's UPI ops desk now to check their switch",
        "Called Fiona, she's joining now. Priya you're lead",
        "I'll brief Sam (CTO) and Legal now so nobody's surprised",
        "I don call Oga Emeka, he's joining. Twitter is not smiling at all",
        "zvala sam Sanju, mora znati prije nego partner nazove upravu",
        "Szóltam a kereskedelmi igazgatónak, ő tájékoztatja a partnereket",
        "P1-Ticket beim CDN aufgemacht, ich hab jemanden am Telefon",
        // A vendor case at severity 1; calling, bringing in or raising the severity in German, French, Spanish and Indonesian.
        "Agreed. Opened Dell SR 171234567 as Severity 1, waiting on a callback from L2.",
        "Nach 30 min Stillstand muss ich Dr. Brandt informieren, ruf ihn jetzt an",
        "Geht nur mit QS-Freigabe. Ich ruf Stefan von der QS an.",
        "J'ai prévenu Claire Dumont (direction de l'exploitation), elle va nous rejoindre.",
        "désolé de te déranger si tôt, incident billettique majeur, tu peux nous rejoindre ?",
        "le marqué a Xime por teléfono, ya se había ido, dice que se conecta en 5",
        "FYI aku naikin jadi SEV-2: top-up VA BNI nggak ke-credit sejak 09:14",
        // Greek, Swiss German, Belgian French and English ways of paging or ringing someone.
        "Δεν είναι φυσιολογικό αυτό, σηκώνω PagerDuty στον on-call των integrations.",
        "Ich alarmier s'MT-Pikett (Lukas).",
        "Ich rüef de Marco aa, ich bi am Ändi mit mim Latein.",
        "Ich ha bi Vitasense d'24h-Hotline aaglüüte, Case 00731955. Sie rüefed zrugg.",
        "tu sais regarder côté player? Je te sonne sur ton GSM",
        "j'ouvre un incident majeur, le live est KO pour une grosse partie des gens. Tu sais venir?",
        "please we need you and the key custodians urgently. Calling you now.",
        // Japanese, Polish, Spanish and Swahili: reported to the section chief, informed compliance,
        // opened a case with the vendor, calling the account manager.
        "田中課長に報告しました。チャンネルに招待します。",
        "Pani Ewo, zgodnie z procedurą informuję Compliance: ok. 6,4 tys. klientów dostało błędne kwoty.",
        "Abrí caso con Fortinet TAC #7459912 (P1) para que nos expliquen la conversión de config.",
        "Sawa. Napigia our Safaricom account manager sasa, na nitaopen ticket na Daraja API support.",
    ])
    func callingAVendorOrAManagerInMoreWordsIsAnEscalation(_ text: String) {
        var chat = incident(observer: "Engineer")
        let call = chat.say(8, "U2", text)
        #expect(analyze(chat).escalations.contains { $0.ts == call })
    }

    @Test func ringingSomeoneOrOpeningACaseWithAVendorPullsThemIn() throws {
        var chat = incident(observer: "Engineer")
        let rung = chat.say(8, "U2", "also rung Claire, the managing editor wants a line by 7:30")
        let vendor = chat.say(10, "U3", "sev1 opened w/ Ridgeline, RL-55120. they'll join here as guest")
        let pt = chat.say(12, "U1", "vou ligar ao Rui da Nortesoft e trazê-lo para aqui")
        let kestrel = chat.say(14, "U3", "Kestrel case KS-88412 opened at P1, asked their on-call DBA to join here as a guest")
        let aws = chat.say(16, "U2", "case aberto no suporte da AWS, severidade Production system down, pedi callback")
        let cert = chat.say(18, "U1", "Je procède dès maintenant à la déclaration auprès du CERT national.")
        let dba = chat.say(20, "U2", "藤崎さんすみません、急ぎでログインDB見ていただけますか🙏")
        let it = chat.say(22, "U3", "apro subito una segnalazione al service desk e provo a chiamare il numero dedicato")
        let co = chat.say(24, "U1", "Le estoy metiendo page a Julián, esto huele a media/ICE")
        let hi = chat.say(26, "U2", "CTO aur Head of CX ko loop me le raha hu, sale weekend hai")
        let a = analyze(chat)
        for ts in [rung, vendor, pt, kestrel, aws, cert, dba, it, co, hi] { #expect(a.escalations.contains { $0.ts == ts }, "\(ts)") }
    }

    @Test func followUpsListedOrTakenInOtherLanguagesAreActionItems() throws {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U1", "all clear, closing the incident")
        let items = chat.say(25, "U2", "Remediation items and owners: 1. remove plaintext credentials from scripts, Marcus")
        let pt = chat.say(27, "U3", "e preciso de um procedimento para retificações manuais, fica comigo")
        let no = chat.say(29, "U1", "lager sak på at feilmappingen må fikses")
        let a = analyze(chat)
        for ts in [items, pt, no] { #expect(a.actionItems.contains { $0.ts == ts }, "\(ts)") }
    }

    @Test(arguments: [
        "read the dump: the rebalance listener takes the tracker lock before commitSync does. it's a bug in queue-kit 3.0",
        "udah liat dump-nya, rebalance listener megang lock duluan → deadlock. itu bug di queue-kit 3.0, sorry",
    ])
    func sayingItIsABugInALibraryIsTheRootCause(_ text: String) throws {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U1", "consumers frozen again after the restart")
        let cause = chat.say(30, "U3", text)
        #expect(analyze(chat).milestones[.rootCauseIdentified]?.ts == cause)
    }

    @Test func seeingItNowInSlovakIsTheRootCause() throws {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U1", "vyhladavanie vracia 0 vysledkov")
        let seen = chat.say(30, "U3", "jasne, uz to vidim. v novom slovniku su viacslovne synonyma a synonym_graph je pred word_delimiter_graph")
        #expect(analyze(chat).milestones[.rootCauseIdentified]?.ts == seen)
    }

    @Test func aPreliminaryFindingOnInitialAccessIsTheRootCause() throws {
        var chat = incident(observer: "Engineer")
        let finding = chat.say(30, "U2", "Preliminary finding on initial access: a user opened a phishing attachment, and a script held the service account's password in plain text")
        #expect(analyze(chat).milestones[.rootCauseIdentified]?.ts == finding)
    }

    @Test(arguments: [
        "Ahí está. El wrapper solo hace SUBSCRIBE cuando arranca el pod, y tras el reemplazo del nodo nadie se volvió a suscribir",
        "عملت curl من جوه الـ pod: 8.7s، وامبارح كان 150ms. المشكلة عندهم أكيد",
        "ログと突き合わせました。開始 02:37:08 → キャンセル 02:47:08 でぴったり10分です。裏が取れました。",
        "right, that's the full picture then: the acquirer rolled its new chain out from 07:05 and our pinned bundle only knows the old one",
        "Trouvé. Dans la nouvelle version, la règle de notre plage Debit Mastercard hors de Suisse pointe vers le profil domestique",
        "achamos: o link 2 da Intervale tá perdendo ~20% dos pacotes e o BGP tá flapando desde 18h17",
        "그거네요. 요청마다 새 커넥션 → NAT 포트 고갈 → PG connect timeout",
        "Där har vi det. Datadisken på 03 är sjuk men inte död, den svarar bara extremt långsamt",
        "Buldum. Gün sonu step 47/63 faiz tahakkukunda takılı, sistem tarihi değişmemiş",
        "ACHEI. cache-prd bateu maxmemory: used_memory 12.9G de 12.9G, evicted_keys subindo ~18 mil/s",
        "Gevonden in de code. CollectorState.cursor is een LocalDateTime, geen Instant",
        "实锤了。FW-EDGE-02 上从 6:01 开始一直有到 notify VIP 443 的 drop，命中的是最后那条默认 deny",
        "コード見た、これだわ。トランザクションの中で外部APIを呼んでてコネクション握りっぱなし",
        "No i mamy. Nocny indexer zbudował pusty indeks i przepiął na niego alias products",
        "confirmed with a local repro: disconnect bots mid-killcam and +480MB never comes back",
        "Encontrei. A prefix-list nova tem permit 100.72.0.0/16 le 24 onde devia ter 100.72.0.0/15 le 24",
        "Update dari PayNusa: penyebab sudah teridentifikasi. Salah satu node connector e-wallet kami bocor koneksi ke database",
        "Gefunden. Release 24.45 enthält die Edge-Cache-Route, die alle Dokumente statt nur die AVB cached",
        "찾았다… 이번 시트를 글로벌팀 템플릿으로 만들었는데 거기는 확률을 천분율로 써",
        "خودشه. تو اپ اندروید فقط intermediate قدیمی رو pin کرده بودیم و بانک امروز cert رو با chain جدید عوض کرده",
        // Romanian "it's clear now", European Portuguese "this is it".
        "ok e clar. cineva a băgat în msisdn două numere cu slash și consumerul moare fără ack",
        "É ISTO. A fotos-api não manda o header de encriptação e o Deny novo rejeita qualquer PutObject sem ele",
        // Japanese "that's it", then the explanation, written without spaces (two characters count as a word).
        "それだ。カラムの型変更はINPLACEできないのでCOPYにフォールバックして、その間テーブルへの書き込みはロックされる",
        // "Now I know why", "there it is", "we have identified the cause", in German, Danish, Romanian, Spanish, Finnish, Indonesian.
        "Ich weiß jetzt warum. Der Exporter teilt jeden Preis durch 100, aber das Flag für Cent-Beträge ist nur bei 12 Pilot-Händlern aktiv",
        "Der er den. Den nye header tillader kun scripts fra egen origin, så alle bundles fra CDN'et bliver blokeret",
        "Am identificat cauza. Regula nouă din WAF blochează parametrul trimis de bancă la întoarcerea în magazin",
        "Ya veo por qué: el archivo de rangos de hoy viene truncado y el job de carga descarta la mitad de los BIN",
        "Siinä se. Uusi verokanta astui voimaan heti, joten ruoalla on kaksi aktiivista kantaa ja laskenta kaatuu",
        "nah itu dia, job sinkron baca dari replica yang ketinggalan 40 menit jadi limitnya null semua",
        // Spanish and Italian "cause identified", said outright.
        "Causa identificada. El procedimiento de rotación dejó la clave anterior retirada y el HSM ya no descifra con ella",
        "Causa individuata: il job costruisce la chiave dello slot con l'offset dell'ora in cui gira, non con quello della data",
        // Egyptian "there it is".
        "أهو. أي حاجة طالعة من nat-b بتتعمل لها drop عند البنك، الـ allowlist عندهم فيها .20 بس",
        // Romanian "it's ours … expired today".
        "E al nostru. Am verificat certificatul din notif-gw: ```notAfter=Oct  8 05:14:07 2024 GMT``` Certificatul de producție a expirat azi la 08:14",
        // Turkish "that's the problem", Vietnamese "found it".
        "ve bizim client JVM'in default cacerts'ini değil kendi truststore'unu kullanıyor. Sectigo R36 yok → PKIX. Sorun bu.",
        "Ra rồi ạ: job sync đọc cities.yaml, ở đó Đà Nẵng khai code dad",
        // Austrian "there we have it".
        "Da ham ma's: nach'm Reboot san Ports 1–8 alle im VLAN 1, VLAN 30 gibt's in da Startup-Config gar ned",
    ])
    func findingTheCauseInMoreWordsIsTheRootCause(_ text: String) {
        var chat = incident(observer: "Engineer")
        let found = chat.say(30, "U2", text)
        #expect(analyze(chat).milestones[.rootCauseIdentified]?.ts == found)
    }

    @Test(arguments: [
        "高橋さん、現在原因を調査中です。目処が立ち次第お知らせします。",
        "belum ada ETA mbak, masih nyari penyebabnya",
        // "if the problem is in the application's pool": a condition, no finding.
        "se volete posso resettare le connessioni sul F5, ma non credo cambi niente se il problema è nel pool dell'applicazione",
    ])
    func stillLookingForTheCauseIsNoCause(_ text: String) {
        var chat = incident(observer: "Engineer")
        let looking = chat.say(10, "U1", text)
        let found = chat.say(30, "U2", "found it: the quota check locks a single row")
        let a = analyze(chat)
        #expect(a.milestones[.rootCauseIdentified]?.ts != looking)
        #expect(a.milestones[.rootCauseIdentified]?.ts == found)
    }

    @Test(arguments: [
        // A metric climbing again, a recovery plan, a person back online later, what someone
        // "must have done by hand", a batch "running for 9.5 hours" and a vendor who has "caught up on
        // the channel", a component "stable" while the cause is sought, and what "will be restored"
        // are no recovery.
        "If the consumers dey die, the queue go back up and e go look exactly like this",
        "森本さん、ご確認ありがとうございます。復旧方針を決めましょう。",
        "I need to head off at 7 for pickup, back online from ~9:30 if needed",
        "O cert novo tem de ficar associado à policy. No ano passado o Gonçalo deve ter feito isso à mão",
        "Bu adım normalde 2 saat sürer. Şu an 9,5 saattir çalışıyor",
        "Hi all, Ilse from the vendor's DBA on-call. Caught up on the channel; this is a known upgrade gap",
        "brokers look fine: partitions fully replicated, ISR stable since yesterday, controller stable too",
        "no ETA yet. just 'we're aware of server crashes, investigating, lost gear will be restored'",
        "poutine has arrived. morale restored 🍟",
        // Said to be off the subject.
        "hors sujet mais la machine à café du 3e remarche ☕ (pardon)",
        "off-topic: the printer on 4 is back up",
        "we've burned 40 of 120 min. I can drain the rest with --disable-eviction, the pods come right back up on apps-130",
        "so every customer is capped at 2 binds → 1/5 of their throughput → queues back up → OTPs 10-15 min late",
        // Blocked again ("de nouveau bloqué"): "de nouveau" says works again only of a recovery.
        "non... de nouveau bloqué. Ça a tenu 2 minutes, les nouvelles connexions publient un peu et puis rebelote",
        // A call of mitigated said as a condition.
        "once the hot path is mitigated I'll start the failback to the old cluster",
        // Someone caught up on the chat, a question in Thai.
        "Hi, caught up. Yes, the consumer can rewind by time. I'd point the write alias back first, then replay",
        "โอเค ชัดแล้ว ทางที่เร็วที่สุดให้ลูกค้ากลับมาใช้ได้คืออะไรครับ",
        // Traffic at its usual level rules out a flood; the office coffee machine and an aside
        // marked as unrelated are not the incident.
        "ei oo DDoS, sisääntuleva liikenne normaalitasolla. ihan tavallinen aamupiikki",
        "3. kerroksen kahvikone toimii taas, päivä pelastettu",
        // Back from the curry shop (Japanese 戻った, "came back"): a person, not the service.
        "カレー屋から戻った。なんかすごいことになってた",
        // Dutch: enforcement may act as usual again, an instruction after the fix.
        "Top werk allemaal 👏 handhaving mag weer normaal",
        "unrelated, but whoever owns the checkout synthetic: it's working again since the test card was renewed",
        // A call of mitigated refused.
        "alerts cleared but 1.2s is still 4x normal, not calling this mitigated. keeping SEV2 + status page",
        // A status page put up is news of the incident; the cause named beside what still works restores nothing.
        "status page is up: <https://status.example.com/incidents/k3v9|Elevated login errors>. next update 17:45",
        "client kendi truststore'unu kullanıyor, Sectigo yok → PKIX. Sorun bu. Diğer bankalar zincirini değiştirmediği için onlar çalışıyor.",
        // Last night's run of the same job went through fine: no recovery today.
        "checked the rate file, loaded clean; last night's run used the same file and went through fine",
    ])
    func aRiseOrAPlanIsNoRecovery(_ text: String) {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "we shipped payout-worker v2.14 last night; rolled it back to be safe")
        let said = chat.say(15, "U1", text)
        let effect = chat.say(40, "U3", "payouts flowing again, queue drained to zero")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != said)
        #expect(a.milestones[.mitigated]?.ts == effect)
    }

    @Test(arguments: [
        "Decision:\n• Kelsey moves the trace logs to the archive share to free space immediately\n• Tom extends the volume in parallel\n• Trace logging on PHARM_RDE is turned off\nKelsey, please confirm in channel before restarting the outbound connection.",
        // Chinese "stop the bleeding first:" and the list of what to do.
        "先止血：\n1. 手动刷一次 token，先让推送恢复\n2. apollo 把这个 key 加回去",
        // Japanese "we will proceed towards a rollback", asking for approval.
        "切り戻しを実施する方向で進めます。部長、ご承認いただけますでしょうか。",
    ])
    func aDecisionStillToCarryOutIsNoFix(_ text: String) {
        var chat = incident(observer: "Engineer")
        chat.say(8, "U2", "found it: the data disk is full of trace logs")
        let said = chat.say(15, "U1", text)
        let effect = chat.say(80, "U3", "it's moving. queue 1,162 → 1,010 → 860 in the first minute, back to normal soon")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != said)
        #expect(a.milestones[.mitigated]?.ts == effect)
    }

    /// A change named beside someone catching up on the chat waits for its effect, like any fix said without one.
    @Test func catchingUpOnTheChatIsNoRecovery() {
        var chat = incident(observer: "Engineer")
        let said = chat.say(15, "U1", "just catching up, sorry, was in the dentist's chair :tooth: the add-on docs say cluster-dns-cache \"replaces node-local caching with a centrally scaled cache\". we have 2 replicas for 340 nodes :grimacing:")
        let effect = chat.say(40, "U3", "checkout p99 down from 5.1s to 64ms, back to baseline")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != said)
        #expect(a.milestones[.mitigated]?.ts == effect)
    }

    @Test(arguments: [
        "that's gotta be Marcus's backfill, the replica's just chewing through all that WAL",
        "first thing I want to rule out is the replica being IO-starved",
        "First thing I want to rule in or out is the outbound allergy feed into the repository.",
        "Cheira-me ao bug de pools que o fornecedor corrigiu na 21.4",
        "wait. notif-svc went out at 2:05 and the P2 fired at 2:17. coincidence?",
        "my gut says recovery conflict, some query on the replica holding a lock",
        "checkout shipped something this afternoon. conn storm from their pods?",
        "Invalid signature… könnt's a Zeitabweichung am Keycloak sein?",
        "oh no. it's got to be the DKIM key rotation",
        "then someone's hitting the origin directly and skipping the edge completely. would explain everything",
        "5,49 statt 549, das riecht stark nach deinem Money-Umbau von gestern",
        "Det kunne tyde på, at KvistID har roteret deres signeringscertifikat, og at vi validerer mod det gamle.",
        "tracking API 前面有層 Redis cache, TTL 5 分鐘. 會唔會係 cache 冇 invalidate 到, 所以 show 舊 status",
        "Prvo što mi pada na pamet je MNP, u 23h ide noćni import portabilnosti iz centralne baze",
    ])
    func moreWaysOfGuessingAreHypotheses(_ text: String) {
        var chat = incident(observer: "Engineer")
        let guess = chat.say(10, "U2", text)
        #expect(analyze(chat).hypotheses.contains { $0.ts == guess })
    }

    @Test(arguments: [
        "Les premières autorisations à l'étranger passent à nouveau, taux d'acceptation à 96 %",
        "Є! З 08:39 tracking-api віддає 200, сайт і віджет у партнерів ожили",
        "Ya. 0 errores en /account/billing los últimos 5 min 🙌",
        "taxa de sucesso de volta em 99,6% e zero timeouts nos últimos 3 min",
        "领券 RT P99 210ms，错误率 0.4%，shard-07 CPU 掉到 38%。稳住了",
        "Bevestigd, alle sites krijgen terug 200 en de slagbomen gaan terug open",
        "I'm in. Card login took 3 seconds, prescribed a dummy dose, all normal",
        "Seit 09:57 Uhr keine Fehler vom Object Store, die Fehlerrate liegt bei 0,3 % und damit im Normalbereich.",
        "Right, that's done the trick. Inside the waiting room p95 is 1.9s and 504s have dropped from 9% to 0.2%",
        "Kurumsal paket gitti, TCMB'den onaylar dönüyor, kuyruk eriyor",
        "ok we're out of the woods for now: 0 pending, booking success 96%",
        "выплаты снова проходят: новые — за 1–2 минуты, как обычно, бэклог тает",
        // A fix done: the job that caused it cancelled, a flag flipped.
        "Scansione annullata da console su SRV-PSDB01 e SRV-PSAPP01 alle 09:55",
        "flag flipped in prod for password_reset + verify_email. sending a test",
        // Tagalog "success again", Hinglish "they came back".
        "ayan na! cash-ins success na ulit, credited agad sa wallet",
        "🙏 wapas aa gaye. 97.1 pe hai, pending queue drain ho gaya, 429 zero",
        "flag courier.kcx.checkout_enabled udah gue set *false*. KCX udah ilang dari pilihan kurir",
        // Malay "it got through", transactions going through, Darija "came back".
        "FPX dah lepas! response time 1.3s, transactions going through",
        "taux de succès rja3 96% f 5 dqayq lakhrin 👌",
        "queue is moving!! depth 1,630 → 1,180 and dropping. new publishes going out in ~40s",
        // Polish "looks like it works", German "back in normal operation", Dutch "shows again", a page up, French "back to the normal level".
        "Message trace za ostatnie 30 min: 214 maili, 0 odrzuceń. Wygląda na to, że działa.",
        "L4 wieder im Normalbetrieb, MES bucht und die ersten Teile sind quittiert",
        "App toont weer verbruik t/m maandag. Gecheckt met mijn testaccount.",
        "Origin CPU 25%, homepage loads in 0.4s, /pay start page is up.",
        "Point 9h20 : taux de rejet 1,4 % sur 15 min. On est revenus au niveau normal.",
        // Korean "has recovered", Finnish "now it goes, screens fast", Egyptian "coming in again".
        "10:10 이후 발송분은 평균 4초 내로 도달하고 있으며, 로그인 성공률 95.6%로 회복되었습니다.",
        "Nyt lähtee! Näytöt nopeita.",
        "requests من محفظة داخلة تاني ✅ 200 OK — success rate 99.1%",
        // A test claim that failed before goes through now.
        "O'Sullivan goes through on production now – got a reference number, test claim withdrawn again.",
        // Swedish "the signs show departures again", Spanish "the scanner now shows the list".
        "Bekräftat från Västerås C: skyltarna visar avgångar igen, enligt tidtabell.",
        "¡El TC 2 ya muestra la lista! 17 pacientes pendientes de hoy.",
    ])
    func recoveriesAndFixesInMoreWordsAreTheMitigation(_ text: String) {
        var chat = incident(observer: "Engineer")
        chat.say(6, "U2", "found it: the routing table sends foreign debit cards to the domestic profile")
        let effect = chat.say(16, "U3", text)
        #expect(analyze(chat).milestones[.mitigated]?.ts == effect)
    }

    @Test(arguments: [
        "stock-sync » deploy-prod - #413 Started by user mati.h (Open) Version: v3.13.2 (rollback)",
        "Pull request opened by mati.h #319 Revert \"stock-sync: consume v3 events\"",
        "🔄 Application payment-switch-prod sync started (rollback) by thanakorn.s",
    ])
    func aDeployBotsRollbackStartedIsNotYetTheFix(_ text: String) {
        var chat = team(bots: [("B1", "Datadog"), ("B2", "Jenkins")], people: "Mati", "Cata", "Feña")
        chat.say(0, "B1", "[Triggered] stock-sync lag above 30 min", bot: true)
        chat.say(2, "U1", "on it")
        chat.say(10, "U2", "found it: the v3.14 consumer drops messages without a store id")
        let started = chat.say(20, "B2", text, bot: true)
        let applied = chat.say(24, "U3", "stock de seguridad en 5 aplicado en todas las tiendas ✅")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != started)
        #expect(a.milestones[.mitigated]?.ts == applied)
    }

    @Test func promisingToConfirmConfirmsNothing() throws {
        var chat = incident(observer: "Engineer")
        let guess = chat.say(10, "U3", "could it be the bank's NIP switch timing out?")
        let promise = chat.say(12, "U2", "No be the client. But make I confirm before we talk.")
        let a = analyze(chat)
        #expect(a.milestones[.rootCauseIdentified]?.ts != promise)
        #expect(a.hypotheses.first { $0.ts == guess }?.outcomeTS != promise)
    }

    @Test func owningAMistakeBesideItsReasonIsTheRootCause() throws {
        var chat = incident(observer: "Engineer")
        let owned = chat.say(30, "U2", "the load job read 3,45 as 345 because of the decimal separator. our mistake, sorry")
        #expect(analyze(chat).milestones[.rootCauseIdentified]?.ts == owned)
    }

    @Test(arguments: [
        "die Migration hat den Index gedroppt, weil das Skript ihn für redundant hielt. mein Fehler",
        "el job leyó 3,45 como 345 porque cambió el separador decimal. nuestro error, perdón",
        "jobbet läste 3,45 som 345 eftersom decimaltecknet ändrades. vårt fel",
        "de job las 3,45 als 345 omdat het decimaalteken veranderd is. onze fout",
        // Rioplatense "it's me", Swedish "then it's on our side", each beside the reason.
        "boludo. soy yo. el módulo v3 trae shield_pop = iad por default y en cdn-live no lo pisábamos porque en v2 la variable no existía",
        "Då är det hos oss. Vi har er IdP-metadata inläst som fil, senast uppdaterad 2023, eftersom vi inte hämtar den automatiskt.",
    ])
    func owningAMistakeBesideItsReasonInOtherLanguagesIsTheRootCause(_ text: String) throws {
        var chat = incident(observer: "Engineer")
        let owned = chat.say(30, "U2", text)
        #expect(analyze(chat).milestones[.rootCauseIdentified]?.ts == owned)
    }

    @Test(arguments: [
        "checked from 10 incognito sessions, no names in the HTML. leak's stopped",
        "no further file modifications on FS02 since 19:11, nothing on any other host",
        "ICE failure rate now 1.8%, at baseline, new students join fine",
        "confirmé côté données, les vraies commandes ont la bonne taxe. on arrête de saigner",
        "three customer domains serving the new cert, checked from outside, handshake clean",
        "workaround is holding, no delays since 0620",
    ])
    func theEffectOfAFixIsTheMitigation(effect: String) throws {
        var chat = incident(observer: "Engineer")
        chat.say(6, "U2", "found it: the cache key change dropped the cookie")
        chat.say(10, "U1", "rolled back and purged")
        let seen = chat.say(16, "U3", effect)
        chat.say(60, "U1", "all clear, closing the incident")
        #expect(analyze(chat).milestones[.mitigated]?.ts == seen)
    }

    @Test func askingWhetherAnyoneElseSeesItIsAReport() throws {
        var chat = team(bots: [("B1", "CP Monitor")], people: "Ray", "Tricia", "Dana")
        chat.say(-40, "U3", "storm plan is posted, deicing at ORD from 0400")
        chat.say(-38, "U1", "thanks, crews notified")
        chat.say(-36, "U2", "reserve list updated too")
        let report = chat.say(0, "U1", "Anyone else seeing the scheduler not publishing? 9 reassignments since 0500, none went out")
        chat.say(1, "U2", "same here, my re-crews never went out")
        chat.say(2, "U3", "IT aware?")
        chat.say(4, "B1", "[FIRING] publish queue oldest item age 22m (threshold 20m)", bot: true)
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test func aWatchBotsFiringAlertIsTheDetection() throws {
        var chat = team(bots: [("B1", "fleetwatch")], people: "Ana", "Ben")
        chat.say(-40, "U2", "4.2.0 rollout at 5% as planned")
        chat.say(-38, "U1", "ok, watching the dashboards")
        chat.say(-36, "U2", "next stage at noon")
        let alert = chat.say(0, "B1", "[FIRING] OTA post-install check-in rate below threshold", bot: true)
        chat.say(3, "U1", "looking")
        chat.say(6, "U2", "devices on 4.2.0 are not checking in after install")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test func castilianGuessesAndFindingsAreRead() throws {
        var chat = incident(observer: "Engineer")
        let bet = chat.say(6, "U2", "me juego algo a que la cámara no ha dado de alta nuestra clave nueva")
        let found = chat.say(20, "U3", "ahí lo tienes: ese alias ya no existe, la clave se borró ayer en el change")
        let a = analyze(chat)
        #expect(a.hypotheses.contains { $0.ts == bet })
        #expect(a.milestones[.rootCauseIdentified]?.ts == found)
    }

    @Test(arguments: ["writers are retry-storming the primary. stop them?", "consigo esconder as faturas com a flag. faço?", "skal jeg ta ned banneret?"])
    func aShortQuestionOfferingAnActionIsNoGuess(text: String) throws {
        var chat = incident(observer: "Engineer")
        let offer = chat.say(8, "U2", text)
        #expect(!analyze(chat).hypotheses.contains { $0.ts == offer })
    }

    @Test(arguments: ["which customers? any pattern?", "want help?", "Again??", "до рейса успели?"])
    func aShortQuestionThatNamesNoCauseIsNoGuess(text: String) throws {
        var chat = incident(observer: "Engineer")
        let asked = chat.say(8, "U2", text)
        #expect(!analyze(chat).hypotheses.contains { $0.ts == asked })
    }

    @Test(arguments: ["cache cold?", "vault01 full?"])
    func aShortQuestionThatNamesAPossibleCauseIsStillAGuess(text: String) throws {
        var chat = incident(observer: "Engineer")
        let asked = chat.say(8, "U2", text)
        #expect(analyze(chat).hypotheses.contains { $0.ts == asked })
    }

    @Test func aTeamCanAddItsOwnNoReportWords() throws {
        let team = try RuleSet.parse(yaml: "no_report_scope:\n  words: [om]\n  reach: 4\n", file: "team.yml")
        let merged = RuleSet.builtIn.extended(with: team)
        #expect(merged.noReportScope.words.contains("om"))
        #expect(merged.noReportScope.words.contains("if"))
        #expect(merged.noReportScope.signals.contains("symptom"))
        #expect(merged.noReportScope.wordsBefore == 4)
    }

    @Test func aTeamCanAddItsOwnNegatingWords() throws {
        let team = try RuleSet.parse(yaml: "negation_scope:\n  words: [nooit]\n  signals: [remediation_done]\n", file: "team.yml")
        let merged = RuleSet.builtIn.extended(with: team)
        #expect(merged.negationScope.words.contains("nooit"))
        #expect(merged.negationScope.words.contains("never"))
    }

    @Test func aStatusUpdateDuringTheIncidentListsWorkNotFollowUps() throws {
        var chat = incident(observer: "Engineer")
        let update = chat.say(5, "U1", "Status: Investigating. Impact: checkout errors. Actions: restarting the consumers. Next update 10:30")
        chat.say(20, "U2", "error rate back to normal")
        chat.say(22, "U1", "all clear, closing the incident")
        let followUp = chat.say(25, "U1", "action item: add an alert on consumer lag - Ben")
        let a = analyze(chat)
        #expect(a.actionItems.contains { $0.ts == followUp })
        #expect(!a.actionItems.contains { $0.ts == update })
    }

    @Test(arguments: [
        ("TODO מהצד שלי: מייל מסודר לכל המרצ'נטים שנפגעו", true),
        ("TODO pt mine: metrica separata de latenta end-to-end", true),
        ("todo bien por aquí, gracias a todos", false),
        ("the patch still has a TODOS list in the README, ignore it", false),
        // Japanese runs straight on after a Latin word.
        ("忘れないうちにTODO置いとく • クォータ使用率が80%超えたら通知する", true),
        ("AI: pilotti aina sekä miehitetyllä että itsepalvelukassalla", true),
        ("AIs from today: pool sizes reviewed by both teams before any change", true),
        ("AI features are fast again, the status page says so", false),
        ("AI — me: ask the processor for a change freeze through Cyber Monday", true),
        ("AI til meg: kontrollappen bør bruke tidsavvik mot server fra siste synk", true),
        ("بنود العمل المتفق عليها: • فصل pool الـ batch jobs عن pool الحجز", true),
        ("我開單：otp-service 對延遲比例做告警", true),
        ("이건 액션아이템으로 적어둘게요 🙏", true),
        ("Antin osoite pois kaikilta palveluntarjoajilta, tilalle jaettu osoite tech@. laitetaan muistiin, hoidan", true),
    ])
    func aTODOOrAnAIInCapitalsIsAFollowUpInAnyLanguageButTheWordsTodoAndAIFeaturesAreNot(_ text: String, _ isItem: Bool) {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U2", "error rate back to normal")
        chat.say(22, "U1", "all clear, closing the incident")
        let said = chat.say(25, "U1", text)
        #expect(analyze(chat).actionItems.contains { $0.ts == said } == isItem)
    }

    @Test(arguments: [
        "Grazie a tutti. Chiudo l'incidente. Azioni da discutere giovedì:\n1. Monitoraggio della scadenza chiave in Zabbix (Marco)\n2. Le comunicazioni dei fornitori alla casella condivisa (Chiara)",
        "Incydent rozwiązany. Działania naprawcze (właściciele):\n1. Test w CI sprawdzający pin set – Paweł\n2. Zasada min. 2 pinów w standardzie – Marek",
        "Acțiuni stabilite la postmortem:\n1. Validare automată la încărcarea listelor de țări – Elena\n2. Alertă pe rata de refuz per țară – Mihai",
        "確認本事件結束。後續事項：\n1. 資訊作業部請於 11/18 前完成事件報告\n2. 網管科正式發函電信業者要求說明割接異常",
    ])
    func aClosingThatListsItsCorrectiveActionsGivesOneItemPerLine(_ text: String) {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U2", "error rate back to normal")
        let closing = chat.say(60, "U1", text)
        #expect(analyze(chat).actionItems.filter { $0.ts == closing }.count == 2)
    }

    @Test(arguments: [
        "Pendientes que van al informe: 1. validar vigencias superpuestas en la importación",
        "+ ich kümmer mich drum, dass Provider-Mails nicht mehr an tote Verteiler gehen",
        "Embr SDKを10.4以上に上げるissue切りました、ひかりさんもアサインしてます",
        // A lower-case "ai:", Dutch to-dos and "put it in too", Austrian lessons, Indonesian and Hindi notes
        // for the postmortem, Romanian actions, a Portuguese proposal.
        "ai: lb hc path moves to the api repo next to the k8s probes",
        "to do's voor achteraf: rapporten enkel nog op de replica met een read-only account",
        "zet er nog bij: de connectionTimeout moet naar 5s",
        "Was ma draus lernen: Disk-Alarm per SMS ans Bereitschaftshandy",
        "catatan buat postmortem: alert ini cuma nongol di channel, harus jadi page ke oncall",
        "पर default ऐसा होना चाहिए कि config missing हो तो deploy fail हो. postmortem में डालो इसे",
        "Ca acțiuni: Restart=on-failure pe unit-ul portin-worker",
        "Marta, proponho enviarmos SMS aos segurados afetados amanhã de manhã",
        "Actions (n3awdo nchofohom f postmortem): Mehdi implémente la signature HMAC f connector",
        "for the PM, what I want to change: any gateway error is critical and posted to Slack",
        "Na jutro proszę o przegląd wszystkich kont svc_* pod kątem wygasania haseł",
        "我下週把憑證到期日加進 Zabbix，到期前 30/14/7 天預警",
        // A deadline, a day or a ticket (Japanese, Korean, Hebrew), an item taken or asked for.
        "他のバッチにも同じ書き方が2箇所ありました。3/1 の月次処理までに直します",
        "헤더 고정은 했고, v4 마이그레이션은 다음주에 제대로 해요",
        "보상은 월요일에 사업팀이랑 정할게요",
        "כשה-i18n נכשל האפליקציה נופלת למסך ריק. זה באג שלנו, פותח טיקט",
        "disk warnings only post in here today, nobody gets paged. writing it down",
        "Pinning umbauen: aufs Intermediate pinnen, mit Backup-Pins. Übernehm ich",
        "Und ich kläre mit Kordatec, dass Changes mit 14 Tagen Vorlauf angekündigt werden",
        "otan: ntp_unsynced-hälytys Opsgenieen pagettavaksi",
        "canary gating on frame pacing, not host health. kasper can you own that one",
        "we alert on bytes, nobody added inodes. I'm adding it right now for every ext4 volume",
        "кур'єрам треба компенсація за простій. підготую список з ops до п'ятниці",
    ])
    func followUpsInMoreWordsAreActionItems(_ text: String) {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U2", "error rate back to normal")
        chat.say(22, "U1", "all clear, closing the incident")
        let item = chat.say(30, "U2", text)
        #expect(analyze(chat).actionItems.contains { $0.ts == item })
    }

    @Test func yesterdayAboutSomethingElseDoesNotMoveTheImpactStart() throws {
        var chat = incident(observer: "Engineer")
        let ts = chat.say(-30, "U2", "logins failing since 8am, I'm rolling back yesterday's deploy just in case")
        let a = analyze(chat)
        let start = try #require(a.milestones[.impactStart])
        #expect(newYork.isDate(start.time, inSameDayAs: ts.date), "\(start.time) vs \(ts.date)")
        #expect(newYork.component(.hour, from: start.time) == 8)
    }

    @Test func anAbbreviationBeforeATimeKeepsTheSentenceWhole() throws {
        var chat = incident(observer: "Engineer")
        chat.say(-20, "U2", "checkout is slow since approx. 9:05, p95 at 2s")
        let a = analyze(chat)
        let start = try #require(a.milestones[.impactStart])
        #expect(newYork.component(.hour, from: start.time) == 9)
        #expect(newYork.component(.minute, from: start.time) == 5)
    }

    @Test func anAlertWavedOffAsNoiseIsNotTheStartWhenAnotherFollows() throws {
        var chat = team(bots: [("B1", "Datadog")], people: "Ana", "Ben")
        chat.say(0, "B1", "[Triggered] search-api p99 latency > 800ms", bot: true)
        chat.say(1, "U1", "looking")
        chat.say(2, "U1", "reindex job again, that monitor is just noise")
        chat.say(3, "U2", "yep")
        let real = chat.say(30, "B1", "[Triggered] billing consumer lag above 50k", bot: true)
        chat.say(31, "U2", "ack")
        chat.say(32, "U1", "lag 70k and climbing on all partitions")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == real)
    }

    @Test(arguments: [
        "that one's known, big images from the new supplier", "asta e cunoscuta, pozele mari de la furnizorul nou", "das ist bekannt, kommt in den Sprint",
        "썸네일 큐 알림은 매일 이 시간에 뜨는 거라 무시하셔도 돼요 (배치 돌아서요)",
        // Someone's own maintenance they forgot to tell the monitor about.
        "and yes that resize-worker alert is me, forgot to schedule downtime. acked",
        // Turkish "expected, from the batch".
        "beklenen, batch'ten. ack",
        // Polish "ZUS is slow again, end of month. not ours, ignoring".
        "to znowu PUE po stronie ZUS muli, koniec miesiąca. nie nasze, ignoruje",
        // Viennese "it always flaps at presale peaks. let's ignore it, it goes away anyway".
        "des flappt eh immer bei VVK-Spitzen. ignorier ma, geht eh wieder weg",
    ])
    func anAlertSaidToBeKnownIsNotTheStartWhenAnotherFollows(_ text: String) throws {
        var chat = team(bots: [("B1", "Sentry")], people: "Ana", "Ben")
        chat.say(0, "B1", "[catalog-images] TimeoutError: resize-worker timed out after 30000ms", bot: true)
        chat.say(3, "U1", text)
        chat.say(10, "U2", "banner is live")
        let real = chat.say(30, "B1", "[checkout-api] TypeError: Cannot read properties of undefined", bot: true)
        chat.say(44, "U2", "customers say card payments fail at checkout")
        chat.say(46, "U1", "looking")
        #expect(analyze(chat).milestones[.detected]?.ts == real)
    }

    @Test func aToolRaisingAnIncidentThatCountsNothingDoneResolvesNothing() throws {
        var chat = team(bots: [("B1", "Nachtwacht")], people: "Sanne", "Pieter", "Fatima", "Lotte")
        chat.say(-20, "U3", "Goedemorgen, staan de routes al klaar? Ik zie nog niks in het scannerportaal")
        chat.say(-15, "U4", "Zwolle ook nog niks")
        chat.say(0, "B1", "🚨 Nachtrun niet op schema: run 88413 heeft 0 van 14 depots afgerond", bot: true)
        chat.say(6, "U1", "ik pak hem, laptop gaat aan")
        chat.say(20, "U2", "88412 is mijn herrun van gisteravond, die heeft de lock nooit vrijgegeven")
        chat.say(30, "U1", "lock verwijderd, run 88414 gestart")
        chat.say(70, "U3", "Tilburg heeft routes, dank jullie")
        let closed = chat.say(120, "U1", "Alle 14 depots hebben routes. Ik sluit het incident.")
        let a = analyze(chat)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test func anotherIncidentsResolvedNoticeOpensNothing() throws {
        var chat = team(bots: [("B1", "ServiceNow")], people: "Ana", "Ben")
        let other = chat.say(0, "B1", "✅ P2 Incident Resolved INC0048190: Claims mail delays. State: Resolved", bot: true)
        chat.say(20, "U2", "morning all")
        chat.say(25, "U1", "morning")
        let opened = chat.say(60, "B1", "🚨 New P2 Incident INC0048213: AgentPortal unable to generate quotes, HTTP 503", bot: true)
        chat.say(65, "U1", "I have INC0048213, looking now")
        chat.say(70, "U2", "agents confirm every quote fails with 503")
        let detected = analyze(chat).milestones[.detected]?.ts
        #expect(detected != other)
        #expect(detected == opened)
    }

    @Test func aCrashReportersVelocityAlertIsTheDetection() throws {
        var chat = team(bots: [("B1", "Firebase Crashlytics")], people: "Ana", "Ben", "Cho")
        let alert = chat.say(0, "B1", "🔥 *Velocity alert*: a fatal issue is trending in Courier (Android) 4.18.0", bot: true)
        chat.say(7, "U3", "support is on fire: couriers say the app closes right after launch")
        chat.say(8, "U1", "saw the alert above, taking it")
        chat.say(10, "U2", "crash is in the map cache migration, only 4.18.0")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test(arguments: [
        "HSM normal: las firmas salen OK, cero errores desde las 06:00. Descartado.",
        "checked the db: back to normal latency all night, no errors. ruled out",
    ])
    func aSuspectRuledOutIsNoRecovery(_ check: String) throws {
        var chat = incident(observer: "Engineer")
        chat.say(5, "U2", "could the HSM or the db be it? restarting the gateway pods meanwhile")
        let ruledOut = chat.say(8, "U1", check)
        let recovered = chat.say(20, "U2", "payments back to normal, success rate 97% again")
        let mitigated = try #require(analyze(chat).milestones[.mitigated])
        #expect(mitigated.ts != ruledOut)
        #expect(mitigated.ts == recovered)
    }

    @Test func improvementAloneIsNotTheMitigation() throws {
        var chat = incident(observer: "Engineer")
        chat.say(5, "U2", "restarting the api pods now")
        let improving = chat.say(8, "U1", "error rate dropping")
        let recovered = chat.say(12, "U1", "error rate back to normal, checkout works again")
        let a = analyze(chat)
        let mitigated = try #require(a.milestones[.mitigated])
        #expect(mitigated.ts != improving)
        #expect(mitigated.ts == recovered)
    }

    @Test(arguments: [
        "Zertifikat eingespielt. Leider weiterhin Handshake-Fehler 😕",
        "correctif appliqué sur les deux nœuds… mais la file ne bouge pas",
        "workers reiniciados y sigue igual",
        "rollback done, 4.11.3 na wszystkich podach, readiness ok... i dalej 502 🤬",
        // Japanese "no effect"; a loader that "falls back to 0" explains the cause, nothing came back.
        "5台とも再起動しました。効果なし :sob:",
        "PR #2214 changed the TTL to \"60s\", the loader falls back to 0 when parsing fails",
        // Danish: still errors after the rollback; "not gone, but better".
        "Rullet tilbage til 3.7. Jeg kan stadig få fejl ved indsend med test-borgeren",
        "app02 er genstartet, 5xx-raten er faldet til ca 2 %. Ikke væk, men bedre.",
        // Italian: restarted, and two minutes later stuck again.
        "niente, tomcat-03 ripartito e dopo 2 minuti di nuovo con tutti i thread fermi su jdbc",
    ])
    func aFixDoneBesideWordsThatNothingChangedIsNoMitigation(_ text: String) throws {
        var chat = incident(observer: "Engineer")
        chat.say(5, "U2", "found it: the gateway trusts the old chain")
        let tried = chat.say(8, "U1", text)
        chat.say(15, "U2", "trying the intermediate bundle too")
        // Over an hour later: too late to be read as the effect of the fix before it.
        let recovered = chat.say(75, "U1", "error rate back to normal, checkout works again")
        let mitigated = try #require(analyze(chat).milestones[.mitigated])
        #expect(mitigated.ts != tried)
        #expect(mitigated.ts == recovered)
    }

    @Test(arguments: ["zero erori noi din 11:42, plățile trec pe procesatorul de rezervă", "E-217 cayendo a pique, rechazo total en 0,4% (lo normal)"])
    func newErrorsAtZeroOrAMeasureAtItsUsualValueAfterTheFixIsTheMitigation(_ text: String) throws {
        var chat = incident(observer: "Engineer")
        chat.say(5, "U2", "found it: the provider moved to a new 3DS flow")
        chat.say(8, "U1", "switched payments to the backup processor")
        chat.say(9, "U3", "ok")
        let effect = chat.say(12, "U1", text)
        #expect(analyze(chat).milestones[.mitigated]?.ts == effect)
    }

    @Test func whatARollbackWouldDoIsNoRecoveryAndADutchLeadClosingResolves() throws {
        var chat = incident(observer: "Engineer")
        chat.say(5, "U2", "found it: both teams raised their pool sizes, postgres is out of connections")
        let weighing = chat.say(7, "U1", "rollback also reverts the checkout latency fix, p99 goes back to 2.4s at peak")
        let back = chat.say(30, "U2", "too-many-clients errors stopped. checkout 5xx back to 0.3%")
        let closed = chat.say(120, "U1", "dan sluit ik het incident ✅")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != weighing)
        #expect(a.milestones[.mitigated]?.ts == back)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test(arguments: ["502s stopped. buys ~2h", "postgres up, recovery done, api reconnected. app loads for me", "pending 412 → 230, running 176. we're back in business", "switched encoders, captions back in sync on PGM", "it's working 🎉 consume rate 2,300 msg/s, lag falling 3h02m → 2h31m",
        "前置系統確認：08:05 以後 ATM 交握全部成功，成功率 100%，沒有逾時。",
        "signups unblocked, a fresh account lands straight in the app", "YA PASAN en la 31!!! verde verde 🟢"])
    func recoveryInTerseWordsAfterAFailedFirstFixIsTheMitigation(_ text: String) throws {
        var chat = incident(observer: "Engineer")
        chat.say(5, "U2", "oomkilled yep, the log dir filled the disk too")
        chat.say(8, "U1", "rollback done")
        chat.say(20, "U3", "502s back. rollback didn't help")
        chat.say(30, "U1", "limit 3Gi all pods, old logs moved off")
        let back = chat.say(36, "U1", text)
        // A cheer hours later about something else does not stand in for the recovery.
        chat.say(200, "U3", "the customer replied: no worries, happens to everyone 🎉🎉")
        #expect(analyze(chat).milestones[.mitigated]?.ts == back)
    }


    @Test func askingForNoRecoveryTimeInChineseIsNoRecovery() throws {
        var chat = incident(observer: "Engineer")
        chat.say(5, "U2", "找到了：开关全量后西安的配置是 null")
        let wording = chat.say(7, "U3", "口径先说「系统升级中，正在紧急处理」，别给恢复时间")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != wording)
        expectNotRead(as: .mitigation, [wording], in: a)
    }

    @Test func anItalianConfirmationWithTheReasonIsTheRootCause() throws {
        var chat = incident(observer: "Engineer")
        chat.say(5, "U2", "forse è il firewall del partner?")
        let cause = chat.say(12, "U3", "confermo, sul portale del fornitore la nostra chiave risulta scaduta il 03/11 alle 23:59")
        #expect(analyze(chat).milestones[.rootCauseIdentified]?.ts == cause)
    }

    @Test func damageGettingWorseIsNoFixAndARollbackGoingLiveIs() throws {
        var chat = team(bots: [("B1", "Datadog")], people: "Noor", "Ilya", "Sam")
        chat.say(0, "B1", "[Triggered] consumer lag > 1M on orders-projector-v2", bot: true)
        chat.say(2, "U1", "on it")
        chat.say(10, "U2", "found it: the helm refactor moved group.id, the new group starts from earliest")
        let worse = chat.say(14, "U2", "worse: replayed statuses are going out as merchant webhooks 😬")
        let fixed = chat.say(20, "U1", "rollback live. projector back on the old group w/ 6 members")
        chat.say(21, "U3", "👍")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != worse)
        #expect(a.milestones[.mitigated]?.ts == fixed)
    }

    @Test func sayingItShouldBeNormalAgainSoonIsAPromiseNotTheRecovery() throws {
        var chat = incident(observer: "Engineer")
        chat.say(5, "U2", "found it: the migration dropped the index")
        let promise = chat.say(7, "U1", "Sag bitte: Fehler ist gefunden, in ca. 20 min sollte es wieder normal laufen")
        let done = chat.say(30, "U2", "index rebuilt, checkout works again, error rate back to normal")
        let mitigated = try #require(analyze(chat).milestones[.mitigated])
        #expect(mitigated.ts != promise)
        #expect(mitigated.ts == done)
    }

    @Test(arguments: ["der Rollback hat nichts gebracht", "le rollback n'a rien donné", "el rollback no sirvió", "il rollback non ha funzionato", "o rollback não resolveu",
        "same abend after the rollback, same offset. not transient"])
    func aFixSaidAfterwardsToHaveDoneNothingIsNoMitigation(_ text: String) throws {
        var chat = incident(observer: "Engineer")
        chat.say(5, "U2", "looks like the 4.2 deploy")
        let rollback = chat.say(8, "U1", "rolled back to 4.1")
        chat.say(14, "U2", text)
        let recovered = chat.say(75, "U1", "error rate back to normal, checkout works again")
        let mitigated = try #require(analyze(chat).milestones[.mitigated])
        #expect(mitigated.ts != rollback)
        #expect(mitigated.ts == recovered)
    }

    @Test func anAlertThatClearsOnItsOwnIsNotTheStartWhenAnotherFollows() throws {
        var chat = team(bots: [("B1", "Datadog")], people: "Ana", "Ben")
        chat.say(0, "B1", "[Triggered] search-api p99 latency > 800ms", bot: true)
        chat.say(1, "U1", "looking")
        chat.say(2, "U2", "hm")
        chat.say(9, "B1", "[Recovered] search-api p99 latency > 800ms", bot: true)
        let real = chat.say(30, "B1", "[Triggered] billing consumer lag above 50k", bot: true)
        chat.say(31, "U2", "ack")
        chat.say(32, "U1", "lag 70k and climbing on all partitions")
        #expect(analyze(chat).milestones[.detected]?.ts == real)

        // Cleared after someone restarted something: the fix, so the alert was the start.
        var fixed = team(bots: [("B1", "Datadog")], people: "Ana", "Ben")
        let first = fixed.say(0, "B1", "[Triggered] search-api p99 latency > 800ms", bot: true)
        fixed.say(1, "U1", "looking")
        fixed.say(4, "U1", "restarted the search pods")
        fixed.say(9, "B1", "[Recovered] search-api p99 latency > 800ms", bot: true)
        fixed.say(30, "B1", "[Triggered] billing consumer lag above 50k", bot: true)
        fixed.say(31, "U2", "ack")
        fixed.say(32, "U1", "lag 70k and climbing")
        #expect(analyze(fixed).milestones[.detected]?.ts == first)
    }

    @Test func anAlertThatClearsAndFiresAgainIsOneProblemFromItsFirstFiring() throws {
        var chat = team(bots: [("B1", "Alertmanager")], people: "Ana", "Ben")
        let first = chat.say(0, "B1", "[FIRING:1] DocsApiP99High (docs-api prod critical) p99 above 1.5s", bot: true)
        chat.say(3, "B1", "[RESOLVED] DocsApiP99High (docs-api prod critical) p99 above 1.5s", bot: true)
        chat.say(15, "B1", "[FIRING:1] DocsApiP99High (docs-api prod critical) p99 above 1.5s", bot: true)
        chat.say(16, "U1", "ack, on it")
        chat.say(18, "U2", "second spike in 20 min, p99 at 2.3s")
        chat.say(22, "U1", "pg pool wait jumps during both spikes")
        #expect(analyze(chat).milestones[.detected]?.ts == first)
    }

    /// An incident tool with a name nobody listed, moving an incident through states.
    func reopenedIncident() -> (ChatBuilder, final: SlackTimestamp) {
        var chat = signals.baseChat()
        chat.bot("B7", "Firefighter")
        chat.say(3, "B7", "INC-12 status changed: Investigating → Mitigated by @ana", bot: true)
        chat.say(40, "B7", "Incident INC-12 re-opened by @ben: Mitigated → Investigating (was mitigated for 37m)", bot: true)
        chat.say(41, "U2", "500s are back on checkout")
        let final = chat.say(70, "B7", "INC-12 status changed: Investigating → Mitigated by @cho", bot: true)
        chat.say(90, "B7", "INC-12 status changed: Mitigated → Resolved by @cho", bot: true)
        return (chat, final)
    }

    @Test func aStatusChangeIsTheStateMovedTo() throws {
        let (chat, _) = reopenedIncident()
        let a = analyze(chat)
        // Read as mitigation, it would stand in the timeline as one.
        #expect(!a.timeline.contains { $0.text.contains("re-opened") && $0.kinds.contains(.mitigation) })
        #expect(a.timeline.contains { $0.text.contains("Investigating → Mitigated") && $0.kinds.contains(.mitigation) })
    }

    @Test func aReopenedIncidentIsMitigatedOnlyAfterItCameBack() throws {
        let (chat, final) = reopenedIncident()
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == final)
        #expect(a.milestones[.mitigated]?.confidence == 0.9)
        #expect(a.milestones[.resolved]?.ts?.seconds == ChatBuilder.start + 90 * 60)
    }

    @Test(arguments: [
        "p95 degraded again, 29 s median", "voltou a degradar, mediana de 29 s de novo", "volvió a caer el checkout, 500s otra vez",
    ])
    func aFailureSaidToBeBackAfterAFixReopensIt(relapse: String) throws {
        var chat = signals.baseChat()
        chat.say(5, "U2", "rolled back the release, checkout recovered")
        chat.say(20, "U1", relapse)
        let fixed = chat.say(30, "U2", "pinned the query plan, checkout recovered and stable")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == fixed)
    }

    @Test(arguments: [
        "we should've paused the connector first, my fault",
        // Swedish: I thought we had restored the level before I logged out.
        "Hej, förlåt! Jag trodde att vi hade återställt nivån innan jag loggade ut.",
    ])
    func whatShouldHaveBeenDoneWasNotDone(hindsightText: String) throws {
        var chat = signals.baseChat()
        chat.say(5, "U2", "the hourly sync stripped the group again")
        let hindsight = chat.say(6, "U2", hindsightText)
        let paused = chat.say(9, "U2", "paused the connector, sync is off")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == paused)
        expectNotRead(as: .mitigation, [hindsight], in: a)
    }

    @Test func callVolumesUpSharplyIsNoRecovery() throws {
        var chat = signals.baseChat()
        let volumes = chat.say(5, "U3", "Contact centre volumes are up sharply, customers say the ATM says incorrect PIN")
        let moved = chat.say(9, "U2", "moved the ATMs to the other switch, approvals back to 96%")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == moved)
        expectNotRead(as: .mitigation, [volumes], in: a)
    }

    @Test func dutchIsReadLikeTheOtherLanguages() throws {
        var chat = team(bots: [("B1", "Opsgenie")], people: "Sanne", "Joris")
        let alert = chat.say(0, "B1", "New alert: [P1] api-gateway 5xx rate above 5%", bot: true)
        let ack = chat.say(2, "U1", "Ik pak 'm op, kijk even")
        chat.say(4, "U2", "Sinds 09:12 zien we 502s in de access logs")
        let guess = chat.say(6, "U1", "Kan het de WAF rule van gisteravond zijn?")
        chat.say(12, "U2", "WAF uitgezet, geen verschil. WAF is het niet.")
        let cause = chat.say(20, "U2", "Oorzaak gevonden: de rate-limit policy staat per minuut in plaats van per seconde")
        chat.say(25, "U2", "Rollback gedaan, oude policy staat live")
        chat.say(30, "U1", "Lijkt opgelost. We blijven monitoren, sluiten pas als het stabiel is.")
        let closed = chat.say(90, "U1", "Alles groen. We sluiten de storing.")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == alert)
        #expect(a.milestones[.acknowledged]?.ts == ack)
        #expect(a.milestones[.rootCauseIdentified]?.ts == cause)
        #expect(a.milestones[.resolved]?.ts == closed)
        #expect(a.hypotheses.first { $0.ts == guess }?.outcome == .ruledOut)
        #expect(a.milestones[.impactStart] != nil)
    }

    @Test func theFirstRecordInChineseDatesTheStartButAPlanThatOnlyStartsLaterDoesNot() throws {
        // The chat is at 09:30 in New York; "10 點才開始" is "does not start until 10" and the
        // first delayed message ("第一筆") came at 09:14.
        var chat = incident(observer: "Engineer")
        chat.say(6, "U3", "沒有喔 還沒動，10 點才開始。而且簽章憑證跟簡訊發送完全無關")
        chat.say(8, "U2", "對得上。延遲的 99% 是環島門號，第一筆超過 60 秒的是 09:14")
        let start = try #require(analyze(chat).milestones[.impactStart])
        #expect(TimeFormatter.isoUTC(start.time) == "2024-07-15T13:14:00Z")
    }

    @Test func aWeekdayBesideTheTimeNamesThatDay() throws {
        // The chat is on Monday 15 July 2024 (13:30 UTC); "Sunday 02:10 UTC" is the day before,
        // though 02:10 on Monday would also lie before the message.
        var chat = incident(observer: "Engineer")
        chat.say(6, "U2", "confirmed: the last successful load was Sunday 02:10 UTC, nothing since")
        let a = analyze(chat)
        let start = try #require(a.milestones[.impactStart])
        #expect(TimeFormatter.isoUTC(start.time) == "2024-07-14T02:10:00Z")
    }

    @Test func aBotsTimesAreReadInTheIncidentsZoneNotItsProfiles() throws {
        var chat = ChatBuilder()
        chat.bot("B1", "Sentry", timeZone: "America/Los_Angeles")
        chat.person("U1", "Giulia", timeZone: "Europe/Rome")
        chat.person("U2", "Marco", timeZone: "Europe/Rome")
        // 13:30 UTC is 15:30 in Rome.
        chat.say(40, "B1", "New issue: PushDeliveryError: APNs rejected request · first seen 16:02 · events: 37", bot: true)
        chat.say(42, "U1", "lo vedo, ci guardo io")
        chat.say(44, "U2", "i rider non ricevono ordini da un'ora")
        let (conversation, workspace) = chat.build()
        let rome = try #require(TimeZone(identifier: "Europe/Rome"))
        let a = IncidentAnalyzer().analyze(conversation, in: workspace, zone: rome)
        let start = try #require(a.milestones[.impactStart])
        #expect(TimeFormatter.isoUTC(start.time) == "2024-07-15T14:02:00Z")
    }

    @Test func aTeamCanNameItsOwnZoneAndDayWords() throws {
        // Monday 15 July 2024; "söndag 02:10 hkt" is Sunday 02:10 in Hong Kong, 18:10 UTC on Saturday.
        var chat = incident(observer: "Engineer")
        chat.say(6, "U2", "confirmed: the last successful load was söndag 02:10 hkt, nothing since")
        let builtIn = try #require(analyze(chat).milestones[.impactStart])
        #expect(TimeFormatter.isoUTC(builtIn.time) != "2024-07-13T18:10:00Z")

        let team = try RuleSet.parse(
            yaml: "time_words:\n  zones: {hkt: Asia/Hong_Kong}\n  weekdays: {sunday: [söndag]}\n", file: "team.yml")
        let start = try #require(analyze(chat, rules: RuleSet.builtIn.extended(with: team)).milestones[.impactStart])
        #expect(TimeFormatter.isoUTC(start.time) == "2024-07-13T18:10:00Z")
    }

    @Test func aCheerJustAfterTheFixIsItsEffectInWhateverWords() {
        func chat(cheer text: String) -> (ChatBuilder, fix: SlackTimestamp, cheer: SlackTimestamp) {
            var chat = incident(observer: "Engineer")
            chat.say(6, "U2", "found it: the pool size was cut to 12 in this morning's deploy")
            let fix = chat.say(8, "U1", "rolled back the deploy")
            let cheer = chat.say(14, "U2", text)
            chat.say(40, "U1", "closing the incident, thanks all")
            return (chat, fix, cheer)
        }
        let cheered = chat(cheer: "Päätteet synkkaa taas! :tada:")
        #expect(analyze(cheered.0).milestones[.mitigated]?.ts == cheered.cheer)
        // The same words without the cheer say nothing we can read: the fix stands.
        let plain = chat(cheer: "Päätteet synkkaa taas!")
        #expect(analyze(plain.0).milestones[.mitigated]?.ts == plain.fix)
        // A cheer over the symptom is no effect.
        let ironic = chat(cheer: "still 504s on checkout 🎉")
        #expect(analyze(ironic.0).milestones[.mitigated]?.ts == ironic.fix)
    }

    @Test(arguments: [
        "also it's 3:02 now, not 2:02. DST kicked in in the middle of this", "wording suggestion: \"Home feed is loading slowly for some users\"",
        "建议推迟，至少等我们恢复。现在这个量再叠上 PK 只会更糟", "är precis inloggad. läser ikapp",
        "canary pe 27/27 OTP verify success :tada: full rollout start kar raha hoon",
        "confermo da collaudo: verifica OK, il pagamento con carta di test funziona di nuovo",
        "Plan: 1. ta ut kafka-03 så leadership flyttar 2. ny volym och låt 03 replikera ikapp",
        "queue depth 900 and climbing, 0 completed jobs in the last 3 min. workers are up but not finishing anything",
        "Martin here, picking up MIM. reading back up the channel now",
        // A discovery opening an explanation of what works and what does not.
        "pronto, achamos. sem a linha BRL→BRL a taxa vira 0, por isso Mercosul funciona e real não",
    ])
    func aRecoveryWordThatIsNotOneIsNoMitigation(_ text: String) {
        var chat = incident(observer: "Engineer")
        chat.say(6, "U2", "found it: the pool size was cut to 12 in this morning's deploy")
        chat.say(8, "U1", "rolled back the deploy")
        let aside = chat.say(9, "U2", text)
        let back = chat.say(14, "U1", "error rate back to normal")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != aside)
        #expect(a.milestones[.mitigated]?.ts == back)
    }

    @Test func aCheerAfterAPlannedFixIsTheMitigationButACheerOverTheCauseIsNot() {
        var chat = incident(observer: "Engineer")
        let cause = chat.say(6, "U2", "found it 🎉 the pool size was cut to 12 in this morning's deploy")
        chat.say(8, "U1", "plan: roll back the deploy")
        let cheer = chat.say(14, "U2", "ΝΑΙ! Βγάζει 212 αποτελέσματα :tada:")
        chat.say(40, "U1", "closing the incident, thanks all")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == cheer)
        #expect(a.milestones[.mitigated]?.ts != cause)
    }

    @Test(arguments: [
        "5xx at baseline. all hawk checks green. r14 still dark, running n-1",
        "boarding pass screen success back to normal, all fallback QRs. /pass endpoint is still failing but the app is not calling it",
    ])
    func aRecoverySaidFirstStandsBesideWhatIsStillBroken(_ text: String) {
        var chat = incident(observer: "Engineer")
        chat.say(6, "U2", "found it: the top-of-rack switch r14 is dead")
        chat.say(8, "U1", "drained r14, traffic moved to n-1")
        let back = chat.say(14, "U2", text)
        #expect(analyze(chat).milestones[.mitigated]?.ts == back)
    }

    @Test func aContainerKilledByTheSystemIsNoFixButAStopInHebrewIs() {
        var chat = incident(observer: "Engineer")
        let oom = chat.say(5, "U2", "stopped reason on the dead ones: ```OutOfMemoryError: Container killed due to memory usage```")
        chat.say(10, "U1", "found it: the worker leaks memory on every retry")
        let stop = chat.say(20, "U1", "עצרתי ✋ את billing-worker ב-0 replicas, מעכשיו לא יוצא שום חיוב")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != oom)
        #expect(a.milestones[.mitigated]?.ts == stop)
    }

    @Test func swedishTillIsToNotUntil() {
        var chat = incident(observer: "Engineer")
        chat.say(6, "U2", "found it: the pool size was cut to 5 in Tuesday's deploy")
        chat.say(8, "U1", "rolled back the deploy")
        let back = chat.say(14, "U2", "Felkvoten har rasat från 11% till 0,3% och betalningarna går igenom igen")
        #expect(analyze(chat).milestones[.mitigated]?.ts == back)
    }

    @Test func aRecoveryWhileTheClosingWaitsIsTheMitigationAndThanksAfterTheClosingIsNot() {
        var chat = incident(observer: "Engineer")
        chat.say(6, "U2", "found it: both coredns pods pinned at their CPU limit")
        chat.say(8, "U1", "Liegt drauf, reload durch")
        let update = chat.say(14, "U1", "*Update:* DNS error rate back to normal since 16:25. Keeping the incident open while we watch")
        let closing = chat.say(60, "U1", "*All clear* — closing this one out")
        chat.say(62, "U3", "great work today folks :raised_hands: go eat something")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == update)
        #expect(a.milestones[.resolved]?.ts == closing)
    }

    @Test func aPurgeFinishedAndAMeasureDownToItsBaselineIsTheMitigationNotAnOutage() {
        var chat = incident(observer: "Engineer")
        chat.say(6, "U2", "found it: the bucket policy change denies the CDN's fetches")
        chat.say(8, "U1", "purging the CDN now")
        let purged = chat.say(20, "U1", "purge finished. edge 4xx ratio is down to 0.5%, our usual bot noise")
        #expect(analyze(chat).milestones[.mitigated]?.ts == purged)
    }

    @Test func aTimelineToldAfterwardsIsNoMitigation() {
        var chat = incident(observer: "Engineer")
        chat.say(6, "U2", "found it: the bucket policy change denies the CDN's fetches")
        chat.say(60, "U1", "closing the incident, thanks all")
        let recap = chat.say(200, "U3", "*Timeline* • 7:34 policy applied • 7:47 first page • 8:52 revert • 9:10 purge done, images back to normal")
        #expect(analyze(chat).milestones[.mitigated]?.ts != recap)
    }

    @Test func aRollbackPutOnHoldIsNoMitigation() {
        var chat = incident(observer: "Engineer")
        chat.say(6, "U2", "原因判明：ogw の時刻が約4.2秒遅れており、タイムスタンプ検査で注文が保留されています")
        let hold = chat.say(9, "U1", "ありがとうございます。切り戻しはいったん判断保留とさせてください。まずは遅延箇所の特定を優先いたします。")
        #expect(analyze(chat).milestones[.mitigated]?.ts != hold)
    }

    @Test func anActionItemListNamingARecoveryIsNoMitigation() {
        var chat = incident(observer: "Engineer")
        chat.say(6, "U2", "found it: the store routers only had the ISP's resolver")
        let list = chat.say(40, "U1", "Action items for Monday: 1) backup LTE in every store 2) no more timeouts from a single DNS: add a second resolver")
        #expect(analyze(chat).milestones[.mitigated]?.ts != list)
    }

    @Test func thanksToEveryoneOnceTheImpactIsOverEndsTheIncidentButSigningOffDoesNot() {
        func chat(_ text: String) -> (ChatBuilder, SlackTimestamp) {
            var chat = incident(observer: "Engineer")
            chat.say(20, "U2", "found it: the new signing key is not in our keystore")
            chat.say(30, "U2", "rolled back the key config")
            chat.say(38, "U1", "payments back to normal, error rate 0.2%")
            let said = chat.say(90, "U1", text)
            return (chat, said)
        }
        let thanks = chat("thanks everyone for jumping on this so fast, great teamwork")
        #expect(analyze(thanks.0).milestones[.resolved]?.ts == thanks.1)
        let leaving = chat("Perfekt. Då lägger jag mig, ring om det händer nåt. Tack alla!")
        #expect(analyze(leaving.0).milestones[.resolved]?.ts != leaving.1)
        let later = chat("köszi mindenkinek :pray: reggel megnézzük a hajnali renewal batchet, és ha az is tiszta, zárjuk")
        #expect(analyze(later.0).milestones[.resolved]?.ts != later.1)
    }

    @Test func thatIsUsIsADoneNotADoubt() {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U2", "found it: the new signing key is not in our keystore")
        chat.say(30, "U2", "rolled back the key config")
        chat.say(38, "U1", "payments back to normal, error rate 0.2%")
        chat.say(45, "B1", "[RESOLVED] API error rate above 5%", bot: true)
        let closed = chat.say(120, "U1", "Great. I think that's us — closing this one out. Thanks all")
        #expect(analyze(chat).milestones[.resolved]?.ts == closed)
    }

    @Test func anotherGuessAskedInReplyConfirmsNothing() {
        var chat = incident(observer: "Engineer")
        let guess = chat.say(6, "U1", "exactly 5s smells like a timeout default somewhere. connect timeout on the http client?")
        let other = chat.say(7, "U2", "or the network is dropping SYNs. is AWS having a moment in eu-west-2? if one AZ is flaky we'd see exactly this")
        let h = analyze(chat).hypotheses.first { $0.ts == guess }
        #expect(h?.outcomeTS != other)
    }

    @Test func oneMessageConfirmsTheGuessItTalksAboutMostNotEveryGuessSharingAWord() throws {
        var chat = incident(observer: "Engineer")
        let vendor = chat.say(6, "U1", "could it be Ledgerline double-processing charges on their side? maybe they ignore the idempotency key")
        let refactor = chat.say(9, "U3", "or the refactor of the charge retry wrapper that shipped last night might be it")
        chat.say(15, "U2", "found it. the refactor builds the charge request inside the retry wrapper, so every retry gets a new idempotency key")
        let a = analyze(chat)
        let confirmed = a.hypotheses.filter { $0.outcome == .confirmed }.map(\.ts)
        #expect(confirmed.contains(refactor))
        #expect(!confirmed.contains(vendor))
    }

    @Test func aDiscoveryOpeningTheMessageConfirmsTheGuessWhateverItsExplanationRulesOut() throws {
        var chat = incident(observer: "Engineer")
        let guess = chat.say(6, "U3", "only 8.0 and not 8.1 is oddly specific. did we touch LaunchActivity's theme in 7.12? translucent + locked orientation was buggy on O")
        chat.say(9, "U1", "checking the 7.12 diff")
        // Another guess in between: the finding is no direct answer to the first.
        chat.say(11, "U9", "or is it the new ads SDK crashing on old devices?")
        let found = chat.say(14, "U2", "found it 🎯. it's not the splash image on LaunchActivity. the theme there is translucent and its orientation is locked. Android 8.0 throws on exactly that pair")
        let a = analyze(chat)
        let h = try #require(a.hypotheses.first { $0.ts == guess })
        #expect(h.outcome == .confirmed)
        #expect(h.outcomeTS == found)
    }

    @Test func aGuessWhoseConfirmationWentToAnotherIsStillRuledOutLater() throws {
        var chat = incident(observer: "Engineer")
        chat.say(6, "U1", "could it be Ledgerline double-processing charges on their side? maybe they ignore the idempotency key")
        let refactor = chat.say(9, "U3", "or the refactor of the charge retry wrapper that shipped last night might be it")
        chat.say(15, "U2", "found it. the refactor builds the charge request inside the retry wrapper, so every retry gets a new idempotency key")
        let ruling = chat.say(21, "U9", "and Ledgerline's dashboard shows every charge once, no double-processing on their side. not them")
        let a = analyze(chat)
        #expect(a.hypotheses.first { $0.ts == refactor }?.outcome == .confirmed)
        // The vendor guess shared "idempotency key" with the finding, which went to the refactor.
        let vendor = try #require(a.hypotheses.first { $0.text.contains("Ledgerline") })
        #expect(vendor.outcome == .ruledOut)
        #expect(vendor.outcomeTS == ruling)
    }

    /// A guess about the cache, then talk that keeps naming the checkout everyone is looking at.
    func guessAmidTopicTalk() -> (chat: ChatBuilder, guess: SlackTimestamp, topical: SlackTimestamp, ruling: SlackTimestamp) {
        var chat = incident(observer: "Engineer")
        let guess = chat.say(6, "U3", "could the checkout slowness be the cache TTL change from last night?")
        chat.say(8, "U1", "checkout p99 is at 4s in grafana")
        chat.say(9, "U9", "or the new payment SDK release?")
        let topical = chat.say(11, "U2", "checkout pods are all healthy, CPU fine")
        chat.say(13, "U1", "checkout errors only from US users")
        let ruling = chat.say(16, "U2", "not the cache TTL: its config has been the same for two weeks")
        return (chat, guess, topical, ruling)
    }

    @Test func aSentenceSharingOnlyTheTopicWithAGuessDoesNotSettleIt() throws {
        let (chat, guess, _, ruling) = guessAmidTopicTalk()
        let h = try #require(analyze(chat).hypotheses.first { $0.ts == guess })
        #expect(h.outcome == .ruledOut)
        #expect(h.outcomeTS == ruling)
    }

    @Test func aTeamCanCountEveryWordOfAGuessAsALink() throws {
        let (chat, guess, topical, _) = guessAmidTopicTalk()
        let rules = try RuleSet.team(yaml: "common_word_share: 1.0\ncommon_word_messages: 50\n", file: "team.yml")
        let h = try #require(analyze(chat, rules: rules).hypotheses.first { $0.ts == guess })
        #expect(h.outcomeTS == topical)
    }

    /// A guess about a DDoS, another guess, then `later`: the guess and how it was settled.
    func ddosGuess(then later: String) throws -> (hypothesis: Hypothesis, later: SlackTimestamp) {
        var chat = incident(observer: "Engineer")
        let guess = chat.say(6, "U3", "could this be a ddos? the gaming crowd kicks off around now")
        chat.say(8, "U1", "or the config push to the edge at 23:00?")
        let ts = chat.say(12, "U2", later)
        return (try #require(analyze(chat).hypotheses.first { $0.ts == guess }), ts)
    }

    @Test func aGuessWordRightAfterANegatingWordRulesTheGuessOut() throws {
        let (h, ruling) = try ddosGuess(then: "netflow: 38G in, top talkers as on any tuesday. def not ddos imo")
        #expect(h.outcome == .ruledOut)
        #expect(h.outcomeTS == ruling)
    }

    @Test func anActionItemDenyingAGuessWordSettlesNothing() throws {
        let (h, action) = try ddosGuess(then: "#action add a runbook step: check edge config pushes first, not just ddos")
        #expect(h.outcomeTS != action)
    }

    /// An incident fixed and closed, for reading what is said after the closing.
    func closedIncident() -> ChatBuilder {
        var chat = incident(observer: "Engineer")
        chat.say(6, "U2", "found it: the pool size was cut to 12 in this morning's deploy")
        chat.say(8, "U1", "rolled back the deploy")
        chat.say(14, "U2", "error rate back to normal")
        chat.say(40, "U1", "closing the incident, thanks all")
        return chat
    }

    @Test func afterTheClosingNumberedLinesTicketsAndAnswersToACallAreActionItemsInAnyLanguage() {
        var chat = closedIncident()
        let numbered = chat.say(50, "U2", "3. Ja ću tražiti od Vidre da nas unapred obaveštavaju o svakom radu na interkonekciji")
        let ticket = chat.say(52, "U3", "jag har skapat BOK-2291: flytta Paylio-anropet utanför DB-transaktionen i checkout")
        chat.say(60, "U1", "Några saker innan alla drar:")
        let answer = chat.say(62, "U3", "SMS 發送由 consumer 度拆出去, 改做 async outbox, 我寫 design doc 同埋 review")
        let items = analyze(chat).actionItems.compactMap(\.ts)
        for ts in [numbered, ticket, answer] { #expect(items.contains(ts), "\(ts)") }
    }

    @Test func afterTheClosingRepliesInAThreadOpenedForFollowUpsAreActionItemsHoweverLate() {
        var chat = closedIncident()
        let call = chat.say(120, "U1", "günaydın, pazartesiden önce aksiyonları bu thread'e yazalım lütfen 🧵")
        let first = chat.say(127, "U2", "failover hook'u sadece switch-master'da çalışsın, DNS'i çevirmeden önce ROLE sorsun", replyTo: call)
        let late = chat.say(300, "U3", "çeyrekte bir redis failover game day yapalım, önce staging sonra prod'da", replyTo: call)
        let aside = chat.say(130, "U3", "maçın ikinci yarısına yetiştim sonunda, skor hâlâ berabere")
        let items = analyze(chat).actionItems.compactMap(\.ts)
        for ts in [first, late] { #expect(items.contains(ts), "\(ts)") }
        #expect(!items.contains(aside))
    }

    @Test func afterTheClosingALineOpenedByWhoTakesItIsAnActionItem() {
        var chat = closedIncident()
        let pronoun = chat.say(50, "U2", "em: thêm alert theo từng bank khi callback = 0 trong 5 phút")
        let named = chat.say(52, "U1", "Cho: regla de alerta para secuencias por encima del 80% del máximo")
        let chatter = chat.say(54, "U3", "lol: that was the longest friday of my whole year so far")
        let items = analyze(chat).actionItems.compactMap(\.ts)
        for ts in [pronoun, named] { #expect(items.contains(ts), "\(ts)") }
        #expect(!items.contains(chatter))
    }

    @Test func afterTheClosingALineOpenedByAPlusIsAnActionItemButAPlusOneIsNot() {
        var chat = closedIncident()
        let added = chat.say(50, "U2", "+ add a smoke test to the deploy pipeline: book and cancel a test parcel after every deploy")
        let agreed = chat.say(52, "U3", "+1 that was a long one, glad we got the couriers going again")
        let items = analyze(chat).actionItems.compactMap(\.ts)
        #expect(items.contains(added))
        #expect(!items.contains(agreed))
    }

    @Test func japaneseSayingItWillSeeToSomethingIsAFollowUp() {
        var chat = closedIncident()
        let item = chat.say(50, "U2", "マスタ反映前のチェックリストに「stgで今の時刻の報酬が引けるか」確認を足しとく！")
        #expect(analyze(chat).actionItems.contains { $0.ts == item })
    }

    @Test func aTicketNamedWhileTheIncidentIsOpenOrThatIsNoTicketIsNoActionItem() throws {
        var chat = incident(observer: "Engineer")
        let vendor = chat.say(5, "U1", "opened NS-884213 with NorthStar and called their NOC, they see it too")
        chat.say(6, "U2", "found it: the pool size was cut to 12 in this morning's deploy")
        chat.say(8, "U1", "rolled back the deploy")
        chat.say(14, "U2", "error rate back to normal")
        chat.say(40, "U1", "closing the incident, thanks all")
        let doc = chat.say(50, "U1", "postmortem draft is up as PM-2417, please add your bits of the timeline")
        let note = chat.say(52, "U2", "the export had the wrong SHA-256 in the manifest by the way, funny")
        var items = analyze(chat).actionItems.compactMap(\.ts)
        for ts in [vendor, doc, note] { #expect(!items.contains(ts), "\(ts)") }
        // A team whose tracker is called SHA reads it as a ticket once it takes the word off the list.
        var rules = RuleSet.builtIn
        rules.notTicketPrefixes.removeAll { $0 == "SHA" }
        items = analyze(chat, rules: rules).actionItems.compactMap(\.ts)
        #expect(items.contains(note))
    }

    @Test func aCheerAfterTheCauseWhenNoFixIsNamedInWordsWeKnowIsTheMitigation() {
        var chat = incident(observer: "Engineer")
        chat.say(6, "U2", "found it: the proxy's certificate ran out at midnight")
        chat.say(9, "U1", "Liegt drauf, nginx -t ok, reload durch")
        let cheer = chat.say(12, "U2", "Die ersten Scanner synchronisieren wieder!!! :tada:")
        chat.say(40, "U1", "closing the incident, thanks all")
        #expect(analyze(chat).milestones[.mitigated]?.ts == cheer)
    }

    @Test(arguments: [
        "trouvé :bulb: ça plante uniquement quand une ligne contient un « œ », la v4 a réécrit le subsetting des polices",
        "eccolo. console Mapora, usage mensile 100%, banner rosso quota exceeded, le richieste vengono rifiutate",
        "Mám to. V logoch gateway pri každom volaní vidno SSLHandshakeException, chýba im nový intermediate",
        "卧槽 找到了。是排队位置推送，每个 tick 全量 ZRANGE 把 20 多万人的位置拉一遍再推给客户端",
        "إذن هذا هو السبب: تقرير الإشغال صار يشتغل وقت الذروة وحاجز 12 اتصال من أصل 20",
        // A lone word before the verdict ("Ok, …"), an apostrophe inside one of its words ("c'est").
        "Ok, das ist es. Unser Matcher sucht nach trip_id und stop_sequence, ohne stop_sequence wird jedes Update verworfen",
        "Faque c'est ça: l'événement monstre fait exploser le consumer, y meurt pis RabbitMQ le relivre encore",
    ])
    func aWordOfDiscoveryThatOpensAnExplanationAnnouncesTheCause(_ text: String) {
        var chat = incident(observer: "Engineer")
        let found = chat.say(6, "U2", text)
        let a = analyze(chat)
        #expect(a.milestones[.rootCauseIdentified]?.ts == found)
    }

    @Test(arguments: [
        "ok confirmed. 2.14 fetches the branding template from the settings API per message, no cache. the visibility timeout is 30s, so the queue hands the message to a second worker",
        "Confirmed: since orchestrator v2025.05.29 the Idempotency-Key is built per attempt, so every retry after a timeout is a brand new posting for the ledger",
        // "Confirmed." says the verdict outright: one thing named as broken is enough.
        "Confirmed. I switched the eviction policy to allkeys-lru on Thursday, and the scheduled reminder jobs sit untouched for days until they are due",
    ])
    func aConfirmationStandingAloneBeforeAnExplanationOfWhatBrokeIsTheCause(_ text: String) {
        var chat = incident(observer: "Engineer")
        let found = chat.say(6, "U2", text)
        #expect(analyze(chat).milestones[.rootCauseIdentified]?.ts == found)
    }

    @Test func aYesThatAnswersSomethingElseBeforeAnExplanationIsNoCause() {
        var chat = incident(observer: "Engineer")
        let said = chat.say(6, "U2", "yes, P1 open. transit at the SAC PoP keeps dropping after the config change, traffic is on the backup path and its congested")
        // Not stated as the cause; only the last resort of `explanation` (off here) may guess it.
        #expect(analyze(chat, rules: Self.withoutExplanation).milestones[.rootCauseIdentified]?.ts != said)
    }

    @Test func agreeingBeforeAFindingIsNoCause() {
        var chat = incident(observer: "Engineer")
        let said = chat.say(6, "U2", "yep. the timeouts are all on the dedupe write of the collapse key, reads are fine. odd")
        #expect(analyze(chat, rules: Self.withoutExplanation).milestones[.rootCauseIdentified]?.ts != said)
    }

    @Test(arguments: [
        "Honest read: we don't know the cause yet.", "Clocks are not the cause: all servers are within 40 ms of NTP",
        "Todavía no tenemos la causa, le confirmo antes de las 8",
        "原因が分からなくても、いったん止めましょう。3 通目を送り続ける方が傷が大きいです。",
        "Herr Brunner, Stand 09:45: Die Ursache ist noch nicht bekannt. Wir prüfen als Option einen Rollback auf das bisherige Zertifikat.",
        "那还等什么，先回滚，根因回头再查",
        "Update for the exec channel: the cause is not yet known, we are rolling back the 10:02 deploy as a precaution",
    ])
    func sayingWhatIsNotTheCauseIsNoRootCause(text: String) {
        var chat = incident(observer: "Engineer")
        let not = chat.say(6, "U2", text)
        let found = chat.say(12, "U1", "found it: the pool size was cut to 12 in this morning's deploy")
        let a = analyze(chat)
        #expect(a.milestones[.rootCauseIdentified]?.ts != not)
        #expect(a.milestones[.rootCauseIdentified]?.ts == found)
    }

    @Test func aTeamCanAddWhatJoinsTwoTimesIntoASpan() throws {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U1", "error rate back to normal, closing the incident")
        chat.say(90, "U1", "pour le rapport : panne de 9:12 jusqu'à 10:05")
        #expect(analyze(chat).milestones[.impactStart] == nil)

        let team = try RuleSet.parse(yaml: "time_words:\n  range_words: [\"jusqu'à\"]\n", file: "team.yml")
        let start = try #require(analyze(chat, rules: RuleSet.builtIn.extended(with: team)).milestones[.impactStart])
        #expect(TimeFormatter.isoUTC(start.time) == "2024-07-15T13:12:00Z")
    }

    @Test func aTeamCanAddItsOwnDeadlineWords() throws {
        var chat = team(bots: [("B1", "Datadog")], people: "Tess", "Marcus")
        chat.say(0, "B1", "[Triggered] DLYPST04 abended SB37-04", bot: true)
        chat.say(1, "U1", "on it")
        chat.say(5, "U2", "the 05:30 Abgabe is at risk since the first run took this long")
        #expect(analyze(chat).milestones[.impactStart].map { newYork.component(.hour, from: $0.time) } == 5)

        let team = try RuleSet.parse(yaml: "time_words:\n  deadline: [abgabe]\n", file: "team.yml")
        #expect(analyze(chat, rules: RuleSet.builtIn.extended(with: team)).milestones[.impactStart].map { newYork.component(.hour, from: $0.time) } != 5)
    }

    @Test func aTeamCanAddTheUnitsItMeasuresRecoveryIn() throws {
        var chat = incident(observer: "Engineer")
        chat.say(6, "U2", "found it: the pricing cache is cold after the deploy")
        let back = chat.say(12, "U1", "orders back to 900rpm")
        #expect(analyze(chat).milestones[.mitigated]?.ts != back, "a bare number after 'back to' may be a version")

        let team = try RuleSet.parse(yaml: "measure_units: [rpm]\n", file: "team.yml")
        #expect(analyze(chat, rules: RuleSet.builtIn.extended(with: team)).milestones[.mitigated]?.ts == back)
    }

    @Test func aHedgedReportThatSaysSinceWhenIsStillTheDetection() throws {
        // The hedge is about whose problem it is; "since yesterday afternoon" makes it a report.
        var chat = team(people: "Marisol", "Priya", "Tomas")
        chat.say(0, "U3", "weekly dashboard is up, numbers look a bit soft but that's the campaign")
        chat.say(5, "U2", "makes sense, the campaign brings colder traffic")
        chat.say(9, "U3", "right, should settle by next week")
        let report = chat.say(60, "U1", "not sure this is yours but it smells like it: since yesterday afternoon 14 tickets say search is broken")
        chat.say(75, "U2", "those examples look bad. digging in now")
        chat.say(80, "U3", "could be the campaign traffic?")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test func aBareEveningTimeIsReadAsTheEvening() throws {
        // 19:30 in New York: "since 6:48" with no am/pm is 18:48, not twelve hours earlier.
        var chat = team(bots: [("B1", "Grafana")], people: "Karan", "Sneha")
        chat.say(600, "B1", "[FIRING:1] ICEConnectionFailureRate prod", bot: true)
        chat.say(602, "U1", "looking")
        chat.say(606, "U2", "students failing to join since 6:48, tickets piling up")
        chat.say(610, "U1", "could it be the TURN relays?")
        let start = try #require(analyze(chat).milestones[.impactStart])
        #expect(newYork.component(.hour, from: start.time) == 18)
        #expect(newYork.component(.minute, from: start.time) == 48)
    }

    @Test func anUpdateNamingItsOwnTimeFirstStillGivesTheStart() throws {
        // Posted at 09:59 in New York: "(10:00am)" is the update's own time, "since 9:02am" the start.
        var chat = incident(observer: "Engineer")
        chat.say(29, "U1", "*Stakeholder update (10:00am):* exam pages have been slow since 9:02am. DBA investigating")
        let start = try #require(analyze(chat).milestones[.impactStart])
        #expect(newYork.component(.hour, from: start.time) == 9)
        #expect(newYork.component(.minute, from: start.time) == 2)
        #expect(newYork.isDate(start.time, inSameDayAs: Date(timeIntervalSince1970: TimeInterval(ChatBuilder.start))))
    }

    @Test func sayingWhenImpactBeganOutranksATimeBesideASymptom() throws {
        var chat = incident(observer: "Engineer")
        chat.say(-10, "U2", "first error at 9:02, checkout 500s from then on")
        chat.say(7, "U3", "the retry job started at 9:20 and is timing out since")
        let a = analyze(chat)
        let start = try #require(a.milestones[.impactStart])
        #expect(newYork.component(.hour, from: start.time) == 9)
        #expect(newYork.component(.minute, from: start.time) == 2)
    }

    @Test func todoIsAFollowUpOnlyAsTheMarker() {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U1", "all clear, closing the incident")
        let spanish = chat.say(22, "U2", "todo el tráfico vuelve a pasar por el balanceador")
        let marked = chat.say(24, "U3", "TODO: alert on replica lag for the orders db")
        let a = analyze(chat)
        #expect(!a.actionItems.contains { $0.ts == spanish })
        #expect(a.actionItems.contains { $0.ts == marked })
    }

    @Test func gettingBackToSomeoneIsNotARecovery() {
        var chat = incident(observer: "Engineer")
        let promise = chat.say(4, "U3", "customer asked for an ETA, I'd love to get back to them today")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != promise)
        #expect(!(a.timeline.first { $0.ts == promise }?.kinds.contains(.mitigation) ?? false))
    }

    @Test func aReportOfStaleDataIsTheDetectionWhenNoAlertFires() throws {
        var chat = team(people: "Marcus", "Owen", "Tom")
        chat.say(0, "U3", "release notes for 4.2 are up")
        let report = chat.say(30, "U1", "Acme says their dashboards are stale, still showing yesterday's numbers")
        chat.say(37, "U2", "I'm on call, looking at it now")
        chat.say(40, "U3", "confirmed, shard 7 has no rows since Tuesday")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == report)
    }

    @Test(arguments: [
        "morning all, odd one: a guest says her confirmation email shows check-in Fri 14 but she booked Thu 13. Anyone seen this before?",
        "Dzień dobry, czy mogliby Państwo sprawdzić aplikację? Infolinia zgłasza klientów, którzy nie mogą się zalogować.",
        "Hat 2'de etiket çıkmıyor, siparişi okutuyoruz ama yazıcıdan bişey gelmiyor",
        "Good morning. I'd like to flag something from the daily approvals review: auto-approvals went from 71% to 88%.",
        "GUYS urgent. order yg pake HEMAT10 itu customer_paid = Rp0 semua, ini beneran settingnya 10% kan??",
        "各位早安，客服中心夜間值班通報：05:30 以後陸續接到 3 通客戶來電，反映 ATM 提款時畫面顯示「交易逾時」",
        "Flagging: lots of players reporting the login queue isn't moving since servers opened at 11:00. ~40 tickets so far",
        "bom dia time! no fechamento de ontem o custo de cupom ficou em R$ 61.340, é mais que o dobro do projetado 😬",
        "morn, noen våkne? to kontrollører melder at nesten alle billetter kommer opp som UGYLDIG på håndterminalen",
        "anyone else got trucks frozen on the board?? 2217 called in, map has him sitting in rawlins since like 4",
        "Morning. Something's up with 5.2.0: amber LED blinking, relay clicking, offline in the app",
        "nálam már 3 chat hogy sorban állnak és nem mozdul a csík, 0%-on van mindenkinek. normális ez?",
        "che, alguien está tocando algo de QR?? a los comercios el cobro queda girando y despues les sale \"tiempo de espera agotado\"",
        "Bonjour à tous, nous avons depuis ce matin plusieurs appels d'adhérents qui ne voient pas arriver leurs remboursements",
        "pagi semua, dari hub Denpasar: ada beberapa pelanggan telpon, katanya paket udah diterima tapi di web tracking masih \"Sedang diantar\"",
        "Arkadaşlar merhaba, bugün 4-5 müşteri \"kuponum iki kere düşmüş, sipariş iptal olur mu\" diye yazdı",
        "Guten Morgen zusammen, uns fehlen seit heute Nacht die Lieferabrufe von Vantor. Der letzte LAB im SAP ist von gestern 21:47",
        // Asking whether something is going on, in Spanish; Hungarian scanners that just spin; Korean rewards that did not arrive.
        "Holaa, perdón que me meta acá. Me entran WhatsApp de gente que pagó y la orden le figura \"pendiente de pago\". ¿Está pasando algo?",
        "Sziasztok, a B és C sorban több szkenner nem könyveli le a szedést, csak pörög",
        "카페에 출석 보상 안 들어왔다는 글 계속 올라와요. 제 본계정도 우편 없음",
    ])
    func aPersonsReportInMoreWordsIsTheDetection(_ text: String) throws {
        var chat = team(people: "Aroha", "Mateo", "Hannah")
        chat.say(0, "U3", "release notes for 4.2 are up")
        let report = chat.say(30, "U1", text)
        chat.say(37, "U2", "I'm on call, looking at it now")
        chat.say(40, "U3", "confirmed, the date formatter changed in 4.2")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test func portugueseIsReadLikeTheOtherLanguages() throws {
        var chat = team(bots: [("B1", "Grafana")], people: "Lucas", "Fê", "Ju")
        chat.say(0, "B1", "[FIRING:1] CheckoutErrorRateHigh checkout-api", bot: true)
        let ack = chat.say(1, "U1", "vi o alerta, tô olhando")
        let guess = chat.say(4, "U1", "todo erro é timeout no autorizador. será que a Pagzen caiu?")
        let ticket = chat.say(8, "U3", "abri ticket P1 com o suporte da Pagzen")
        chat.say(15, "U3", "status page deles tá verde e o suporte diz que tá tudo ok, então não é a Pagzen")
        let a = analyze(chat)
        #expect(a.milestones[.acknowledged]?.ts == ack)
        #expect(a.hypotheses.first { $0.ts == guess }?.outcome == .ruledOut)
        #expect(!a.actionItems.contains { $0.ts == guess })
        #expect(a.escalations.contains { $0.ts == ticket })
    }

    @Test func chatterIsNotAGuessAndNoMoreDeploysIsNotARecovery() {
        var chat = incident(observer: "Engineer")
        let lunch = chat.say(4, "U3", "lunch? 🌯")
        let rule = chat.say(30, "U1", "gn all, new rule: no more deploys after 10pm")
        let a = analyze(chat)
        #expect(!a.hypotheses.contains { $0.ts == lunch })
        #expect(a.milestones[.mitigated]?.ts != rule)
        #expect(!(a.timeline.first { $0.ts == rule }?.kinds.contains(.mitigation) ?? false))
    }

    @Test func apologisingForAPingIsAnEscalation() {
        var chat = incident(observer: "Engineer")
        chat.person("U7", "Dario")
        let ping = chat.say(6, "U1", "sorry to ping at midnight @Dario, can you look at this migration with me?")
        let a = analyze(chat)
        #expect(a.escalations.contains { $0.ts == ping })
    }

    @Test func actionsArisingAndProblemRecordsAreFollowUps() {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U1", "all clear, closing the incident")
        let arising = chat.say(25, "U1", "*Actions arising*\n1. Obtain the vendor's reason for outage (owner: Kiran)\n2. Review failover runbook (owner: Ana)")
        let problem = chat.say(26, "U2", "Raising a problem record for the heap growth on the web nodes")
        let a = analyze(chat)
        #expect(a.actionItems.filter { $0.ts == arising }.count == 2)
        #expect(a.actionItems.contains { $0.ts == problem })
    }

    @Test func aFixThatChangedNothingIsNotTheMitigation() throws {
        var chat = incident(observer: "Engineer")
        let backout = chat.say(5, "U2", "firewall change backed out, rule base restored to the previous revision")
        chat.say(20, "U3", "fifteen minutes after the backout and no change: checkout still failing for about 40%")
        let failover = chat.say(40, "U2", "traffic now served from the standby region; the 500s have stopped, none since 10:11")
        let a = analyze(chat)
        let mitigated = try #require(a.milestones[.mitigated])
        #expect(mitigated.ts != backout)
        #expect(mitigated.ts == failover)
    }

    @Test func theMitigationIsWhenTheFixIsSeenToWorkNotWhenItIsTyped() throws {
        var chat = incident(observer: "Engineer")
        let rollback = chat.say(20, "U2", "rolled back the config on all nodes")
        let seen = chat.say(27, "U3", "confirmed on my side: error rate back to 0.2%, checkout works again")
        chat.say(40, "U2", "back to normal since the rollback, closing the incident")
        let a = analyze(chat)
        let mitigated = try #require(a.milestones[.mitigated])
        #expect(mitigated.ts != rollback)
        #expect(mitigated.ts == seen)
    }

    @Test func aChineseWarRoomIsReadLikeAnyOther() throws {
        var chat = team(bots: [("B1", "夜莺告警")], people: "周浩", "王磊", "孙宇")
        let alert = chat.say(0, "B1", "[P1 告警触发] pay-checkout 下单成功率低于 97%", bot: true)
        let ack = chat.say(1, "U1", "收到，我看下")
        chat.say(3, "U3", "用户反馈支付失败，一直转圈")
        let guess = chat.say(6, "U1", "怀疑是订单库有慢查询")
        chat.say(7, "U3", "会不会是缓存集群的问题？")
        let verdict = chat.say(10, "U2", "订单库看过了，没有慢查询，已排除。")
        chat.say(25, "U1", "降级开关已打开，成功率回到 93%，还没恢复")
        // A full-width question mark asks; it does not report the recovery.
        let asked = chat.say(27, "U3", "恢复了吗？")
        let fixed = chat.say(30, "U1", "重启完成。成功率 99.7%，恢复了 :tada: 降级开关先保持打开")
        // Thirteen characters are not a terse "ddos?" guess: two Han characters count as a word.
        let other = chat.say(40, "U3", "其他服务有没有一样的问题？")
        let closed = chat.say(90, "U1", "观察一小时没有报错，本次故障已解决")
        let a = analyze(chat)
        #expect(!a.hypotheses.contains { $0.ts == other })
        expectMilestones(a, [.detected: alert, .acknowledged: ack, .mitigated: fixed, .resolved: closed])
        #expect(a.milestones[.mitigated]?.ts != asked)
        // Han text has no spaces: the guess and its verdict share character pairs (订单, 单库, 查询).
        let hypothesis = try #require(a.hypotheses.first { $0.ts == guess })
        #expect(hypothesis.outcome == .ruledOut)
        #expect(hypothesis.outcomeTS == verdict)
    }

    @Test func aKoreanWarRoomIsReadLikeAnyOther() throws {
        var chat = team(bots: [("B1", "Grafana")], people: "지훈", "태훈", "수아")
        let alert = chat.say(0, "B1", "[FIRING:1] LoginSuccessRateLow (critical prod)", bot: true)
        let ack = chat.say(2, "U1", "네 보고 있습니다. 확인해볼게요")
        chat.say(3, "U3", "카페에 로그인 무한로딩 제보 올라오고 있어요")
        // "비정상" (abnormal) holds "정상" (normal): not a recovery.
        let abnormal = chat.say(12, "U2", "재시작했는데 응답이 여전히 비정상입니다")
        let cause = chat.say(20, "U2", "원인 찾았습니다. 패치에서 커넥션 풀 설정이 바뀌었어요")
        let back = chat.say(40, "U1", "롤백 완료. 로그인 성공률 99.4%로 정상화 확인했습니다")
        // The event's end moved by an hour is not the incident's end.
        let notice = chat.say(50, "U3", "복구 공지 올렸습니다. 이벤트 종료 시간은 23시로 연장")
        let closed = chat.say(120, "U1", "22:30부로 장애 종료하겠습니다")
        let a = analyze(chat)
        expectMilestones(a, [.detected: alert, .acknowledged: ack, .rootCauseIdentified: cause, .mitigated: back, .resolved: closed])
        #expect(a.milestones[.mitigated]?.ts != abnormal)
        #expect(a.milestones[.resolved]?.ts != notice)
    }

    @Test(arguments: [
        ("first failed signup in logs at 9:12", 12), ("les premières erreurs de login datent de 9h12", 12),
        ("첫 Too many connections 로그는 09:12부터 찍혔어요", 12), ("первые ошибки в логах с 16:12 мск", 12),
        ("dashboard dekha, SR 9:12 se girna start hua", 12),
    ])
    func impactStartIsReadFromTheFirstFailure(text: String, minute: Int) throws {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", text)
        let a = analyze(chat)
        let start = try #require(a.milestones[.impactStart])
        // The chat starts at 09:30 in New York (13:30Z); its people write New York times.
        let expected = Date(timeIntervalSince1970: TimeInterval(ChatBuilder.start) - TimeInterval((30 - minute) * 60))
        #expect(abs(start.time.timeIntervalSince(expected)) < 60)
    }

    @Test(arguments: [
        // A word of starting with no symptom named, in several languages.
        "graph says it started climbing around 9:12, flat before that", "Το πρώτο 429 στα logs είναι 9:12:30",
        "לפי הגרף הלאג התחיל לעלות בערך ב-9:12", "Los primeros 504 en el balanceador son de las 9:12",
        "Grafana szerint az első elutasítások 9:12-kor jöttek", "in den Gateway-Logs geht die Timeout-Quote ab 9:12 hoch",
        "9:12'ten bu yana koltuk seçimi hata veriyor", "أول شكوى إجت تقريباً الساعة 9:12",
        // A label's colon before the time.
        "*Since:* 9:12 the p99 is flat at 20s",
    ])
    func impactStartIsReadFromAWordOfStarting(text: String) throws {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", text)
        let start = try #require(analyze(chat).milestones[.impactStart])
        // The chat starts at 09:30 in New York (13:30Z), where its people are.
        #expect(TimeFormatter.isoUTC(start.time).hasPrefix("2024-07-15T13:12"))
    }

    @Test func anAlertFieldsLabelOnOneLineAndItsTimeOnTheNextStartTheImpact() throws {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "Crash spike: gameserver 4.0.0\nCrashes (5 min)\n37\nFirst seen\n9:12 AM")
        let start = try #require(analyze(chat).milestones[.impactStart])
        #expect(TimeFormatter.isoUTC(start.time) == "2024-07-15T13:12:00Z")
    }

    @Test func aSpanOfImpactThatHoldsTheDetectionStartsTheImpactEvenInTheNextMorningsSummary() throws {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U1", "error rate back to normal, closing the incident")
        let summary = chat.say(600, "U1", "For the record: customer impact roughly 9:12–10:05 ET.")
        let start = try #require(analyze(chat).milestones[.impactStart])
        #expect(start.ts == summary)
        #expect(TimeFormatter.isoUTC(start.time) == "2024-07-15T13:12:00Z")

        // A span that ended before anyone saw the problem is about something else.
        var other = incident(observer: "Engineer")
        other.say(10, "U2", "the deploy freeze ran 7:00–9:00 this morning")
        #expect(analyze(other).milestones[.impactStart] == nil)
    }

    @Test func theIncidentEndsWhenTheTeamSaysSoNotWhenAStatusPageOrATicketDoes() {
        var chat = team(bots: [("B1", "PagerDuty"), ("B2", "Acme Status")], people: "Arjun", "Tyler", "Priya")
        chat.say(0, "B1", "[Triggered] signing-api p99 latency above 2000 ms", bot: true)
        chat.say(1, "U1", "ack, looking")
        chat.say(3, "U2", "sign requests timing out for customers")
        let fixed = chat.say(30, "U2", "suspended the compactor cronjob, p99 back to normal at 380ms")
        chat.say(40, "B2", "Elevated latency when signing documents Resolved - This incident has been resolved.", bot: true)
        chat.say(50, "U3", "Mitigated, not resolved. We don't close until the cronjob fix ships.")
        chat.say(60, "U3", "customers confirm signing works again, closing the tickets")
        chat.say(65, "U2", "closed the vendor case w/ thanks")
        chat.say(70, "U2", "*Handover to APAC*: state of play • Root cause: compactor cronjob • signing-api back to 12 replicas • if clean, resolve")
        let closed = chat.say(90, "U1", "Resolving incident 2231. The cronjob stays suspended until the fix is reviewed.")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == fixed)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test func aFixThatDidNotLastIsNotTheMitigationAndNoRootCauseYetIsNone() {
        var chat = incident(observer: "Engineer")
        let early = chat.say(10, "U2", "pool raised to 80, pgbouncer restarted. p99 down to 1.4s straight away")
        chat.say(20, "U3", "@Martin for visibility: we have no root cause yet and customers have open tickets")
        chat.say(70, "U2", "well, that didn't last. p99 back to 3.9s and climbing")
        let cause = chat.say(100, "U3", "found it: the compactor cronjob holds row locks on every envelope")
        let fixed = chat.say(110, "U3", "suspended the cronjob; p99 back to normal, no more timeouts")
        let a = analyze(chat)
        #expect(a.milestones[.rootCauseIdentified]?.ts == cause)
        #expect(a.milestones[.mitigated]?.ts != early)
        #expect(a.milestones[.mitigated]?.ts == fixed)
    }

    @Test func anotherBounceOrAFailureAgainIsNoRecovery() {
        var chat = incident(observer: "Engineer")
        chat.say(5, "U2", "two more customer emails bounced at Outlook")
        chat.say(8, "U3", "schon wieder 500er im Checkout")
        let back = chat.say(45, "U2", "Checkout p95 wieder bei 180 ms, keine Timeouts mehr")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == back)
    }

    @Test func aRussianWarRoomIsReadLikeAnyOther() throws {
        var chat = team(bots: [("B1", "Alertmanager")], people: "Андрей", "Илья", "Марина")
        let alert = chat.say(0, "B1", "[FIRING:1] KafkaConsumerGroupLagHigh (dispatcher-assign critical)", bot: true)
        let ack = chat.say(1, "U1", "смотрю")
        chat.say(3, "U3", "курьеры жалуются: с 18:42 заказы не назначаются")
        let guess = chat.say(6, "U2", "а может кафка? лаг по всем партициям")
        let verdict = chat.say(10, "U1", "по кафке: все брокеры живы, не оно")
        // "не работает" (does not work) is no recovery: "не" negates like "not".
        let broken = chat.say(15, "U3", "перезапустили поды, назначение всё равно не работает")
        let cause = chat.say(20, "U1", "нашли причину: релиз 2.41 поднял max.poll.records до 1000")
        let back = chat.say(30, "U1", "откатили 2.41. вроде ожило, назначения пошли")
        let closed = chat.say(90, "U1", "всё ок, за 40 минут ни одного ребаланса. инцидент закрыт")
        let a = analyze(chat)
        expectMilestones(a, [.detected: alert, .acknowledged: ack, .rootCauseIdentified: cause, .mitigated: back, .resolved: closed])
        #expect(a.milestones[.mitigated]?.ts != broken)
        #expect(a.hypotheses.first { $0.ts == guess }?.outcomeTS == verdict)
    }

    @Test func thankingTheTeamAssignsNothingButTakingAnItemDoes() {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U2", "rolled back the release, error rate back to normal")
        let thanks = chat.say(40, "U1", "Nice work everyone, and thanks for keeping customers in the loop. Let's go through this one at Thursday's review")
        let taken = chat.say(45, "U3", "thanks all, I'll take the contract talk with the vendor about a higher rate limit")
        let a = analyze(chat)
        #expect(!a.actionItems.contains { $0.ts == thanks })
        #expect(a.actionItems.contains { $0.ts == taken })
    }

    @Test func shoutingTheFirstReportIsNoEscalationButCallingForHelpIs() {
        var chat = team(people: "Katrin", "Jonas", "Mira")
        let shout = chat.say(0, "U1", "<!here> checkout is failing for everyone, 502s on every request")
        chat.say(1, "U2", "ack, looking")
        let call = chat.say(3, "U2", "<!here> need payments + platform people in here, logins failing ~40%")
        let update = chat.say(20, "U1", "*Status:* investigating | vendor (Cisco TAC, S1) engaged | next update 10:00")
        let a = analyze(chat)
        #expect(!a.escalations.contains { $0.ts == shout })
        #expect(a.escalations.contains { $0.ts == call })
        #expect(!a.escalations.contains { $0.ts == update })
    }

    @Test func aTurkishWarRoomIsReadLikeAnyOther() throws {
        var chat = team(bots: [("B1", "Grafana")], people: "Oğuz", "Selin", "İrem")
        let alert = chat.say(0, "B1", "[FIRING:1] SearchApiHighErrorRate (prod search-api critical)", bot: true)
        let ack = chat.say(1, "U1", "bakıyorum, search-api'de 5xx var")
        chat.say(5, "U1", "dünkü deploy'u geri alıyorum")
        let sev = chat.say(8, "U2", "Bunu SEV1 olarak açıyorum. Arama kısmen çalışıyor ama çok yavaş, listeleme çalışmıyor")
        chat.say(12, "U1", "rollback bitti, 5xx hâlâ %9")
        // "İPTAL" lower-cases to "iptal", not to "i" with a combining dot.
        chat.say(20, "U3", "PUSH BİLDİRİMİ İPTAL, kampanya ekibine haber verdim")
        chat.say(38, "U1", "synonym flag'ini şimdi kapatıyorum")
        let fixed = chat.say(40, "U1", "Düzeldi :tada: 5xx %0.1, aramalar sonuç dönüyor")
        chat.say(50, "U2", "Sorun çözüldü demek için erken, bir saat izleyelim")
        let closed = chat.say(110, "U2", "Bir saati geçti, metrikler normal. Sorun çözüldü, olay kapandı")
        let a = analyze(chat)
        expectMilestones(a, [.detected: alert, .acknowledged: ack, .mitigated: fixed, .resolved: closed])
        #expect(a.milestones[.mitigated]?.ts != sev)
    }

    @Test func aCapitalDottedIMatchesAPlainI() throws {
        // Unicode lower-cases "İ" to "i" plus a combining dot; Turkish capitals must still match phrases.
        let team = try RuleSet.parse(yaml: "signals:\n  escalation: [acil destek]\n", file: "team.yml")
        var chat = incident(observer: "Engineer")
        let call = chat.say(5, "U3", "ACİL DESTEK: arama ekibinden biri gelsin")
        let a = analyze(chat, rules: RuleSet.builtIn.extended(with: team))
        #expect(a.escalations.contains { $0.ts == call })
    }

    @Test func aLoneClosingWordEndsTheIncidentAndAPartialRecoveryDoesNot() {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "rolled back the release, error rate back to normal")
        chat.say(30, "U1", "we'll watch it for 30 min before resolving.")
        let partial = chat.say(35, "U3", "yes, webhooks are back. uploads still degraded")
        let closed = chat.say(70, "U1", "resolving. error rate at baseline for an hour, backlog drained")
        let a = analyze(chat)
        #expect(a.milestones[.resolved]?.ts != partial)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test func aProvidersStatusFeedIsNotTheTeamsResolution() {
        var chat = team(bots: [("B1", "PagerDuty"), ("B2", "RSS")], people: "Nadia", "Omar")
        chat.say(0, "B1", "[FIRING:1] documents-api error rate above 5%", bot: true)
        chat.say(1, "U1", "ack, looking")
        chat.say(3, "U2", "uploads failing with 500s for everyone")
        chat.say(20, "U1", "failed over to us-west-2, error rate back to normal")
        let feed = chat.say(40, "B2", "Service is operating normally: [RESOLVED] Increased API Error Rates. The issue has been resolved.", bot: true)
        let a = analyze(chat)
        #expect(a.milestones[.resolved]?.ts != feed)
    }

    @Test func nothingMovedUndoesAFixAndAHundredPercentIsANumber() throws {
        var chat = incident(observer: "Engineer")
        let rollback = chat.say(10, "U2", "rolled back 4471 to 4470 on all tasks")
        chat.say(16, "U2", "5 min on 4470 and nothing moved: 5xx 5.6%, p99 still 30s")
        let failover = chat.say(40, "U3", "failed over to us-west-2, the 500s have stopped")
        let moved = chat.say(50, "U3", "notifier is 100% on us-west-2 now, emails flowing again")
        let a = analyze(chat)
        let mitigated = try #require(a.milestones[.mitigated])
        #expect(mitigated.ts != rollback)
        #expect(mitigated.ts == failover)
        #expect(a.milestones[.resolved]?.ts != moved)
    }

    @Test func namingAMetricIsNotReportingTrouble() {
        var chat = team(bots: [("B1", "Datadog")], people: "Marco", "Nadia", "Omar")
        chat.say(0, "U1", "4471 at 100%, canary was clean (error rate flat, p99 ~280ms). heading out soon")
        chat.say(2, "U2", "nice, have a good evening")
        let alert = chat.say(14, "B1", "Triggered: documents-api p99 latency above 2s", bot: true)
        chat.say(15, "U2", "ack, on-call, looking")
        chat.say(17, "U3", "uploads failing for customers, 5xx on the api")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == alert)
    }

    @Test func anAckThatThenAsksIsStillTheAckAndAPlaceholderIsNotTheEnd() {
        var chat = team(people: "Mel", "Wei", "Sophie")
        chat.say(0, "U1", "Getting tickets about uploaded files not showing, thumbnails are broken for every worksheet")
        let ack = chat.say(9, "U2", "I'm on call, having a look now. Can you send me one of the broken pages?")
        chat.say(12, "U1", "sure, here's one")
        chat.say(30, "U2", "deleted objects restored for the top 500 files, those pages load again")
        let placeholder = chat.say(45, "U3", "Placeholder card is live. Missing files now show \"being restored\" instead of a broken icon.")
        let closed = chat.say(200, "U2", "Resolving INC-4471. Everything restored except 23 files.")
        let a = analyze(chat)
        #expect(a.milestones[.acknowledged]?.ts == ack)
        #expect(a.milestones[.resolved]?.ts != placeholder)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test func aPolishWarRoomIsReadLikeAnyOther() throws {
        var chat = team(bots: [("B1", "Grafana")], people: "Kuba", "Ola", "Marek")
        let alert = chat.say(0, "B1", "[FIRING:1] TrackingAPI5xxRate (tracking-api prod)", bot: true)
        let ack = chat.say(2, "U1", "patrzę")
        chat.say(4, "U3", "sklepy zgłaszają, że API nie działa, same błędy 5xx")
        let cause = chat.say(20, "U2", "mam to. przyczyna: pgbouncer na nowym węźle ma stary config")
        let working = chat.say(24, "U1", "FYI dla zarządu: API leży od 07:40, DBA już działa nad poprawką")
        let back = chat.say(30, "U1", "limity podniesione. 5xx spadło do 0,3%, API wróciło do normy")
        let closed = chat.say(120, "U1", "od godziny stabilnie, naprawione. zamykam incydent")
        let a = analyze(chat)
        expectMilestones(a, [.detected: alert, .acknowledged: ack, .rootCauseIdentified: cause, .mitigated: back, .resolved: closed])
        #expect(a.milestones[.mitigated]?.ts != working)
    }

    /// One short war room in a language the rules speak: the same eight steps in that team's words.
    /// (Thai has no spaces between words: its phrases are found inside runs of Thai letters.)
    struct WarRoom: Sendable, CustomTestStringConvertible {
        let language: String
        let alertBot: String
        let people: [String]
        /// (minute, author, text): alert, acknowledgement, guess, its ruling-out, root cause, fix,
        /// the fix's effect, closing.
        let steps: [(Double, String, String)]
        var testDescription: String { language }
    }

    static let warRooms: [WarRoom] = [
        WarRoom(
            language: "Swedish", alertBot: "Opsgenie", people: ["Erik", "Sara", "Johan"],
            steps: [
                (0, "B1", "[P2] KafkaConsumerLagHigh: ingest ligger 40 min efter"),
                (2, "U1", "jag kollar"),
                (6, "U2", "kan det vara brokern? den startades om i eftermiddags"),
                (12, "U3", "brokern ser friskt ut, inga under-replicated partitioner. inte det"),
                (25, "U2", "hittade felet: konsumenten gör ett synkront anrop per meddelande och hinner inte polla"),
                (32, "U1", "startade om konsumenterna med den nya configen"),
                (40, "U1", "lagget sjunker snabbt, allt fungerar igen"),
                (120, "U1", "stabilt i en timme, jag stänger incidenten"),
            ]),
        WarRoom(
            language: "Indonesian", alertBot: "Datadog", people: ["Bima", "Sari", "Dimas"],
            steps: [
                (0, "B1", "[Triggered] matcher p99 latency > 5s"),
                (2, "U1", "gue cek ya"),
                (6, "U2", "jangan2 redis-nya lambat? tadi siang ada maintenance"),
                (12, "U3", "redis aman, cpu 30%, slowlog kosong. bukan itu"),
                (25, "U1", "ternyata config radius naik ke 5km, call ke vendor jadi 3x lipat dan kena rate limit"),
                (30, "U1", "udah dibalikin ke 3km"),
                (38, "U2", "latency udah normal, order lancar lagi"),
                (120, "U1", "sejam stabil, insiden ditutup. makasih semua"),
            ]),
        WarRoom(
            language: "Vietnamese", alertBot: "Alertmanager", people: ["Minh", "Lan", "Tuan"],
            steps: [
                (0, "B1", "[FIRING:1] TopupSuccessRateLow (topup-service)"),
                (2, "U1", "em check ngay"),
                (6, "U2", "hay là DNS anh? tuần trước bên ngân hàng đổi IP"),
                (12, "U3", "DNS không phải, dig trong pod vẫn bình thường"),
                (25, "U1", "hóa ra IP NAT mới chưa được ngân hàng whitelist, request đi qua IP đó bị timeout"),
                (30, "U1", "đã chuyển traffic về IP cũ"),
                (38, "U2", "tỷ lệ thành công đã hồi phục, đã ổn"),
                (120, "U1", "ổn định một tiếng rồi, đóng sự cố nhé. cảm ơn mọi người"),
            ]),
        WarRoom(
            language: "Ukrainian", alertBot: "Grafana", people: ["Oleh", "Iryna", "Taras"],
            steps: [
                (0, "B1", "[FIRING:1] PlaybackErrorRate (prod)"),
                (2, "U1", "дивлюсь"),
                (6, "U2", "може це енкодер? сегменти приходять із запізненням"),
                (12, "U3", "енкодер в нормі, сегменти вчасно. не воно"),
                (25, "U2", "знайшов: на новому шилді вимкнений coalescing, origin отримує в 40 разів більше запитів"),
                (30, "U2", "увімкнув coalescing на шилді"),
                (38, "U1", "помилки 0.4%, плеєри знову працює нормально, все в нормі"),
                (120, "U1", "година без проблем. закриваю інцидент, дякую всім"),
            ]),
        WarRoom(
            language: "Arabic", alertBot: "New Relic", people: ["Omar", "Lina", "Yousef"],
            steps: [
                (0, "B1", "Critical: tracking-api error rate above 5%"),
                (2, "U1", "معك، قاعد أشوف"),
                (6, "U2", "يمكن الداتابيس بطيئة الليلة؟"),
                (12, "U3", "الداتابيس مش السبب، CPU 17% وما في locks"),
                (25, "U2", "لقيت المشكلة: الconfig push حط حجم الpool على 8 بدل 40"),
                (30, "U2", "رجعنا الconfig وعملت restart للpods"),
                (38, "U1", "الأخطاء صفر، رجع طبيعي"),
                (120, "U1", "ساعة كاملة بدون مشاكل، نسكر الحادثة. شكرا للجميع"),
            ]),
        WarRoom(
            language: "Thai", alertBot: "Grafana", people: ["Ton", "Ploy", "Beam"],
            steps: [
                (0, "B1", "[FIRING:1] RiderAssignmentSuccessLow (dispatch prod)"),
                (2, "U1", "รับทราบครับ กำลังดูอยู่"),
                (6, "U2", "น่าจะเป็น deploy เมื่อเช้าหรือเปล่าคะ"),
                (12, "U3", "deploy ไม่เกี่ยวครับ rollback ไปแล้วก็ยังเหมือนเดิม"),
                (25, "U1", "เจอแล้วครับ สาเหตุคือ quota ของ map tile เต็ม"),
                (30, "U1", "เปลี่ยนแล้วครับ ใช้ key สำรอง"),
                (38, "U2", "success rate กลับมาปกติแล้วค่ะ"),
                (120, "U1", "นิ่งมาหนึ่งชั่วโมงแล้ว จบเคสนะครับ ขอบคุณทุกคน"),
            ]),
        WarRoom(
            language: "Norwegian", alertBot: "Opsgenie", people: ["Kari", "Eirik", "Jonas"],
            steps: [
                (0, "B1", "[P1] ParkingStartFailureRate above 20% (session-api)"),
                (2, "U1", "ser på det"),
                (6, "U2", "første tanke er innløseren, kanskje 3DS igjen?"),
                (12, "U3", "innløseren ser normalt ut, ikke det"),
                (25, "U2", "fant feilen: den nye SMS-gatewayen avviser avsendernavn over 11 tegn"),
                (30, "U1", "skrudde av SMS-kvitteringen med feature flag"),
                (38, "U1", "parkering fungerer igjen i alle byene"),
                (120, "U1", "stabilt i en time, jeg lukker hendelsen. takk alle"),
            ]),
        WarRoom(
            language: "Czech", alertBot: "Alertmanager", people: ["Alena", "Bohdan", "Cyril"],
            steps: [
                (0, "B1", "[FIRING:1] CheckoutErrorRate (checkout-api prod)"),
                (2, "U1", "koukám na to"),
                (6, "U2", "nemůže to být ta včerejší migrace? přidávala index na orders"),
                (12, "U3", "migrace je v pohodě, žádné metadata locky. tím to není"),
                (25, "U2", "mám to: příčinou je noční export, který drží zámky na tabulce orders"),
                (30, "U2", "export jsem zabil a vypnul cron"),
                (38, "U1", "chyby zmizely, checkout zase funguje"),
                (120, "U1", "hodinu stabilní, zavírám incident. díky všem"),
            ]),
        WarRoom(
            language: "Danish", alertBot: "Grafana", people: ["Mette", "Jonas", "Rasmus"],
            steps: [
                (0, "B1", "[FIRING:1] SyntetiskMitIDLogin (borgerportal prod)"),
                (2, "U1", "jeg kigger på det"),
                (6, "U2", "kunne det være MitID-brokeren? de havde driftsforstyrrelser i sidste uge"),
                (12, "U3", "brokeren ser fint ud, deres status er grøn. det er ikke dem"),
                (25, "U2", "fandt fejlen: certifikatfornyelsen i weekenden ændrede hostnavnet i SAML-opsætningen"),
                (30, "U2", "den gamle host-binding er sat tilbage"),
                (38, "U1", "login virker igen for alle borgere"),
                (120, "U1", "stabilt i to timer, jeg lukker hændelsen. tak for hjælpen"),
            ]),
        WarRoom(
            language: "Romanian", alertBot: "Alertmanager", people: ["Ioana", "Mihai", "Radu"],
            steps: [
                (0, "B1", "[FIRING:1] PaymentErrorRate (payments-api prod)"),
                (2, "U1", "mă uit acum"),
                (6, "U2", "poate e de la deploy-ul de ieri? a schimbat timeout-urile"),
                (12, "U3", "deploy-ul e ok, am verificat diff-ul. nu e de la el"),
                (25, "U2", "am găsit cauza: un job de noapte ține lock-uri pe tabela orders"),
                (30, "U2", "am oprit job-ul și am dezactivat cron-ul"),
                (38, "U1", "plățile merg din nou, erorile au dispărut"),
                (120, "U1", "stabil de o oră, închid incidentul. mulțumesc tuturor"),
            ]),
        WarRoom(
            language: "Finnish", alertBot: "Zabbix", people: ["Aino", "Mikko", "Jukka"],
            steps: [
                (0, "B1", "[FIRING:1] OrderErrorRate (orders-api prod)"),
                (2, "U1", "katson heti"),
                (6, "U2", "voisiko se olla eilinen deploy? se muutti tietokantayhteyksiä"),
                (12, "U3", "deploy on kunnossa, kävin diffin läpi. ei se ole se"),
                (25, "U2", "löysin vian: yöajo pitää lukkoja orders-taulussa"),
                (30, "U2", "pysäytin yöajon ja poistin cronin"),
                (38, "U1", "tilaukset toimivat taas, virheet loppuivat"),
                (120, "U1", "vakaa tunnin ajan, suljen incidentin. kiitos kaikille"),
            ]),
        WarRoom(
            language: "Greek", alertBot: "Datadog", people: ["Eleni", "Nikos", "Kostas"],
            steps: [
                (0, "B1", "[FIRING:1] CheckoutErrorRate (checkout-api prod)"),
                (2, "U1", "το κοιτάω"),
                (6, "U2", "μήπως φταίει το χθεσινό deploy; άλλαξε τα timeouts"),
                (12, "U3", "το deploy είναι εντάξει, είδα το diff. δεν είναι αυτό"),
                (25, "U2", "η αιτία είναι ένα νυχτερινό job που κρατάει locks στον πίνακα orders"),
                (30, "U2", "σταμάτησα το job και απενεργοποίησα το cron"),
                (38, "U1", "οι πληρωμές δουλεύουν ξανά, τα σφάλματα σταμάτησαν"),
                (120, "U1", "σταθερό για μία ώρα, κλείνουμε το incident. ευχαριστώ όλους"),
            ]),
        WarRoom(
            language: "Hebrew", alertBot: "Opsgenie", people: ["Noa", "Yossi", "Dana"],
            steps: [
                (0, "B1", "[FIRING:1] CheckoutErrorRate (checkout-api prod)"),
                (2, "U1", "אני על זה"),
                (6, "U2", "אולי זה ה-deploy של אתמול? הוא שינה את ה-timeouts"),
                (12, "U3", "ה-deploy בסדר, עברתי על ה-diff. זה לא זה"),
                (25, "U2", "מצאתי את הבעיה: job לילי מחזיק locks על טבלת orders"),
                (30, "U2", "כיביתי את ה-cron ועצרתי את ה-job"),
                (38, "U1", "התשלומים עובדים שוב, השגיאות נעלמו"),
                (120, "U1", "יציב כבר שעה, סוגר את האירוע. תודה לכולם"),
            ]),
        WarRoom(
            language: "Hungarian", alertBot: "Zabbix", people: ["Bence", "Anna", "Ádám"],
            steps: [
                (0, "B1", "[FIRING:1] CheckoutErrorRate (checkout-api prod)"),
                (2, "U1", "megnézem"),
                (6, "U2", "szerintem a tegnapi deploy lehet, az változtatta a timeoutokat"),
                (12, "U3", "a deploy rendben van, átnéztem a diffet. nem ez az oka"),
                (25, "U2", "megtaláltam: egy éjszakai job lockokat tart az orders táblán"),
                (30, "U2", "leállítottam a jobot és kikapcsoltam a cront"),
                (38, "U1", "a fizetések újra működnek, a hibák eltűntek"),
                (120, "U1", "egy órája stabil, lezárom az incidenst. köszönöm mindenkinek"),
            ]),
        WarRoom(
            language: "Malay", alertBot: "Opsgenie", people: ["Aiman", "Nurul", "Hafiz"],
            steps: [
                (0, "B1", "[FIRING:1] ReloadErrorRate (reload-api prod)"),
                (2, "U1", "aku tengok"),
                (6, "U2", "mungkin sebab deploy semalam? dia ubah timeout"),
                (12, "U3", "deploy tu ok, aku dah check diff. bukan sebab tu"),
                (25, "U2", "dah jumpa punca: job malam pegang lock kat table orders"),
                (30, "U2", "dah matikan job tu dan cron dia"),
                (38, "U1", "reload dah pulih, error dah hilang"),
                (120, "U1", "stabil sejam, tutup incident. terima kasih semua"),
            ]),
        WarRoom(
            language: "Croatian", alertBot: "Sentry", people: ["Ivana", "Dario", "Marko"],
            steps: [
                (0, "B1", "[FIRING:1] CheckoutErrorRate (checkout-api prod)"),
                (2, "U1", "gledam odmah"),
                (6, "U2", "možda je jučerašnji deploy? mijenjao je timeoute"),
                (12, "U3", "deploy je ok, pregledao sam diff. nije to"),
                (25, "U2", "našao sam uzrok: noćni job drži lockove na tablici orders"),
                (30, "U2", "ugasio sam job i isključio cron"),
                (38, "U1", "plaćanja opet rade, greške su nestale"),
                (120, "U1", "stabilno sat vremena, zatvaram incident. hvala svima"),
            ]),
        WarRoom(
            language: "Filipino (Taglish)", alertBot: "Grafana", people: ["Rhea", "Jerome", "Paolo"],
            steps: [
                (0, "B1", "[FIRING:1] PayoutPendingAge (payout-worker prod)"),
                (2, "U1", "tinitingnan ko na"),
                (6, "U2", "baka yung deploy kagabi? binago nun yung timeouts"),
                (12, "U3", "ok yung deploy, na-check ko na yung diff. hindi yun"),
                (25, "U2", "kaya pala: may night job na naka-lock sa orders table"),
                (30, "U2", "pinatay ko yung job at yung cron"),
                (38, "U1", "gumagana na ulit yung payouts, wala nang errors"),
                (120, "U1", "stable na ng isang oras, sarado na 'to. salamat sa lahat"),
            ]),
        WarRoom(
            language: "Catalan", alertBot: "Uptime", people: ["Marta", "Jordi", "Núria"],
            steps: [
                (0, "B1", "[FIRING:1] CheckoutErrorRate (botiga prod)"),
                (2, "U1", "m'ho miro ara mateix"),
                (6, "U2", "potser és el desplegament d'ahir? va canviar els timeouts"),
                (12, "U3", "el desplegament està bé, he revisat el diff. no és això"),
                (25, "U2", "l'he trobat: un job nocturn bloqueja la taula de comandes"),
                (30, "U2", "he desactivat el job i el cron"),
                (38, "U1", "la botiga torna a funcionar, ja no hi ha errors"),
                (120, "U1", "una hora estable, tanquem la incidència. gràcies a tots"),
            ]),
        WarRoom(
            language: "Bulgarian", alertBot: "Alertmanager", people: ["Мария", "Георги", "Иван"],
            steps: [
                (0, "B1", "[FIRING:1] CardAuthDeclineRateHigh (auth-gw critical)"),
                (2, "U1", "поемам, гледам auth-gw"),
                (6, "U2", "може би е вчерашният deploy? той промени timeout-ите"),
                (12, "U3", "deploy-ът е наред, прегледах diff-а. не е това"),
                (25, "U2", "намерих проблема: нощен job държи lock-ове на таблицата orders"),
                (30, "U2", "спрях job-а и изключих cron-а"),
                (38, "U1", "плащанията работят отново, грешките изчезнаха"),
                (120, "U1", "стабилно от час, затварям инцидента. благодаря на всички"),
            ]),
        WarRoom(
            language: "Persian", alertBot: "Grafana", people: ["Sara", "Reza", "Negar"],
            steps: [
                (0, "B1", "[FIRING:1] SearchZeroResults (search-api prod)"),
                (2, "U1", "دارم نگاه می‌کنم"),
                (6, "U2", "شاید دیپلوی دیشب باشه؟ تایم‌اوت‌ها رو عوض کرد"),
                (12, "U3", "دیپلوی مشکلی نداره، diff رو چک کردم. این نیست"),
                (25, "U2", "پیداش کردم: یه job شبانه روی جدول orders قفل نگه می‌داره"),
                (30, "U2", "job رو خاموش کردم و cron رو غیرفعال کردم"),
                (38, "U1", "سرچ برگشته، دیگه خطا نداریم"),
                (120, "U1", "یک ساعته پایداره، حادثه بسته شد. ممنون از همه"),
            ]),
    ]

    @Test(arguments: warRooms)
    func aWarRoomInAnotherLanguageIsReadLikeAnyOther(_ room: WarRoom) throws {
        var chat = team(bots: [("B1", room.alertBot)], people: room.people[0], room.people[1], room.people[2])
        let said = room.steps.map { minute, author, text in chat.say(minute, author, text, bot: author == "B1") }
        let a = analyze(chat)
        expectMilestones(a, [.detected: said[0], .acknowledged: said[1], .rootCauseIdentified: said[4], .mitigated: said[6], .resolved: said[7]])
        let hypothesis = try #require(a.hypotheses.first { $0.ts == said[2] })
        #expect(hypothesis.outcome == .ruledOut && hypothesis.outcomeTS == said[3])
    }

    @Test(arguments: [
        // Greek asks with ";" and Arabic with "؟": asking whether it is back is no recovery.
        ("δουλεύει ξανά το checkout;", "ναι, δουλεύει ξανά το checkout"),
        ("رجع يشتغل الدفع؟", "أيوه، رجع يشتغل الدفع"),
        // Thai and Chinese may ask with a closing particle and no mark.
        ("SiamLink ส่ง delivery report กลับมาแล้วไหม", "SiamLink ส่ง delivery report กลับมาแล้วครับ"),
        ("上传恢复了吗", "上传恢复了，错误率 0.2%"),
    ])
    func aQuestionAskedWithoutAnEnglishQuestionMarkIsAQuestion(asked: String, answered: String) throws {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "found it: the 4471 release broke the upload path")
        chat.say(12, "U2", "rolled back to 4470")
        let question = chat.say(15, "U3", asked)
        let answer = chat.say(17, "U2", answered)
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != question)
        #expect(a.milestones[.mitigated]?.ts == answer)
    }

    @Test func backToAVersionOrACountIsNoRecoveryButBackToAMeasureIs() throws {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "found it: the 4471 release broke the upload path")
        let version = chat.say(12, "U2", "rolling back to 4470, signing-api scaled back to 12 replicas")
        let measure = chat.say(25, "U3", "p95 back to 180ms, no more timeouts")
        let a = analyze(chat)
        let mitigated = try #require(a.milestones[.mitigated])
        #expect(mitigated.ts != version)
        #expect(mitigated.ts == measure)
    }

    @Test func anEmojiStatusTemplateIsReadAndClosedAlertsAreNotTheEnd() {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U1", ":red_circle: *INVESTIGATING* | SEV1 | Impact: card payments declined | Next update: 10:45")
        let fixed = chat.say(30, "U2", "alias restored to the previous key, approvals back to normal")
        chat.say(36, "U1", ":large_blue_circle: *MONITORING* | SEV1 | Mitigation applied at 10:18 | Next update: 11:00")
        let monitoring = chat.say(60, "U1", ":large_blue_circle: *MONITORING* | SEV1 | steady for 35 min. Both alerts closed. Will resolve at the next update.")
        let resolved = chat.say(85, "U1", ":large_green_circle: *RESOLVED* | SEV1 | Impact: 10:02–10:19, 3,412 declines")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == fixed)
        #expect(a.milestones[.resolved]?.ts != monitoring)
        #expect(a.milestones[.resolved]?.ts == resolved)
    }

    @Test func aPersonWhoFindsTheCauseComesBeforeTheToolsIdentified() {
        var chat = team(bots: [("B1", "PagerDuty"), ("B2", "incident.io")], people: "Jenna", "Marcus")
        chat.say(0, "B1", "[FIRING:1] sso-login-failure-rate above 5%", bot: true)
        chat.say(1, "U2", "ack, looking")
        chat.say(3, "U1", "enterprise SSO logins failing with 403")
        let evidence = chat.say(10, "U1", "yep, auth-svc never sees the failed attempts: ```WAF 403 SizeRestrictions_BODY```")
        let found = chat.say(15, "U1", "Found it. The WAF blocks SAML posts over 8 KB, so they never reach auth-svc")
        let tool = chat.say(33, "B2", "Status changed from Investigating to Identified by @marcus", bot: true)
        let a = analyze(chat)
        #expect(a.milestones[.rootCauseIdentified]?.ts != evidence)
        #expect(a.milestones[.rootCauseIdentified]?.ts != tool)
        #expect(a.milestones[.rootCauseIdentified]?.ts == found)
    }

    @Test func takingItOnIsAnAcknowledgement() {
        var chat = team(people: "Aoife", "Marcus", "Cian")
        chat.say(0, "U2", "support is getting hammered: campaigns going to spam since about half three")
        chat.say(2, "U3", "three more tickets from Denver customers about it")
        let ack = chat.say(4, "U1", "Here — I've got this. Pulling the bounce logs off the MTAs now. Can you tag the related tickets?")
        chat.say(9, "U2", "tagged 23 so far")
        let a = analyze(chat)
        #expect(a.milestones[.acknowledged]?.ts == ack)
    }

    @Test func peopleRelayedByABridgeAreReadAsPeopleButDoNotAcknowledge() {
        var chat = team(bots: [("B1", "Discord • jkrause"), ("B2", "Discord • mirelle.dev")], people: "Dana", "Theo")
        let report = chat.say(0, "B1", "anyone else's builds stuck in queued? a 40 second lint job has been sitting there for 15 min", bot: true)
        chat.say(4, "B2", "same here, on fiber in Lisbon, UI loads fine, jobs just never get picked up. looking at the status page", bot: true)
        let ack = chat.say(13, "U1", "here, just saw it. laptop's open, looking now")
        chat.say(15, "U2", "seeing it on our own repo too, every job queued")
        chat.say(20, "U1", "queue redis is at maxmemory, freeing the runaway log stream")
        chat.say(25, "U2", "jobs are being picked up again")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == report)
        #expect(a.milestones[.acknowledged]?.ts == ack)
    }

    @Test(arguments: [
        "OCE p90 under 90s and falling, matches forming again. calling this *mitigated*, not fixed – still waiting on quota",
        "new crash events down to single digits per 5 min. I'd call this mitigated, the rest are stragglers",
        "*Mitigated*: OTP ab Vaartalap se ja rahe hain, success rate 93%",
        "coda al 100%, traffico pieno da 2 minuti. p95 preventivo 410 ms, errori 0,2%. Per me siamo mitigati :white_check_mark:",
    ])
    func aPersonCallingItMitigatedIsTheMitigation(_ call: String) {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "rolled back the shield config to v87, practice fleet scaled to zero")
        let called = chat.say(25, "U1", call)
        chat.say(50, "U3", "30-min update: queues back under a minute via the fallback. real fix pending with the provider")
        chat.say(120, "U1", "closing the incident, thanks all")
        #expect(analyze(chat).milestones[.mitigated]?.ts == called)
    }

    @Test func workThatRunsAgainIsARecovery() {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "the webhook cert expired, patching failurePolicy to Ignore")
        let again = chat.say(14, "U3", "pods are getting created and scheduled again, HPAs catching up")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == again)
    }

    @Test func aLowPriorityAlertFiringFirstIsPassedOverForTheHigherOne() {
        var chat = team(bots: [("B1", "Opsgenie")], people: "Dmitri", "Jenna")
        chat.say(0, "B1", "#4519: Disk usage 86% on syslog02 (/var/log) Priority P4", bot: true)
        let alert = chat.say(10, "B1", "#4521: BGP session down: sac-edge1 - transit peer Priority P1", bot: true)
        chat.say(11, "U1", "looking. session to the transit peer is idle")
        chat.say(14, "U2", "customers report slow internet in Sacramento")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == alert)
    }

    @Test func aDiskWarningNamingTheSameHostIsNotTheEarlierRaisingOfTheCriticalAlert() {
        var chat = team(bots: [("B1", "OpsWatch")], people: "Raj", "Nina")
        chat.say(0, "B1", "WARNING — intprd-eng02\nDisk usage /opt/data 90% (warn 90%)", bot: true)
        chat.say(3, "U1", "probably the nightly archive job again, it usually clears up by 10. will keep an eye on it")
        chat.say(5, "U2", "ok thanks")
        let alert = chat.say(83, "B1", "CRITICAL — intprd-eng02\nqueue LIS_OUT depth 614 (crit 500)", bot: true)
        chat.say(86, "U1", "Ack — I have it. Looking at LIS_OUT now.")
        chat.say(88, "U2", "3 calls from the wards: lab results not showing")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test func anAlertsUpdateIsTheSameAlertRaisedEarlier() {
        var chat = team(bots: [("B1", "Zabbix")], people: "Eleni", "Nikos")
        let first = chat.say(0, "B1", "🔴 PROBLEM: Bank SFTP: payroll reject file has records", bot: true)
        chat.say(60, "B1", "🟠 UPDATE: Bank SFTP: payroll reject file has records", bot: true)
        chat.say(62, "U1", "looking")
        chat.say(64, "U2", "318 salary payments rejected by the bank")
        #expect(analyze(chat).milestones[.detected]?.ts == first)
    }

    @Test(arguments: [
        ("Dynatrace", "OPEN Problem P-24101714 Low disk space on reporting-db-02"),
        // A disk alert named by its tool.
        ("Grafana", "**Firing** Value: A=82.3 Labels: alertname = DiskUsageHigh, severity = warning, summary = db-replica-2: /var/lib/mysql 82%"),
        ("Centreon", "PROBLÈME : srv-nas02 / Disk-/data est WARNING"),
    ])
    func aLowDiskSpaceProblemIsOutrankedByTheAlertAfterIt(_ bot: String, _ text: String) {
        var chat = team(bots: [("B1", bot)], people: "Ona", "Tomas")
        chat.say(0, "B1", text, bot: true)
        chat.say(2, "U1", "hmm, the replica again")
        chat.say(3, "U2", "I'll clean it after lunch")
        let alert = chat.say(30, "B1", "**Firing** Value: A=0 Labels: alertname = PaidOrdersDrop, severity = critical", bot: true)
        chat.say(31, "U1", "looking")
        chat.say(33, "U2", "customers say card payments fail although the bank took the money")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test func askingWhetherAnyoneIsLookingTakesNothingUp() {
        var chat = team(bots: [("B1", "Datadog")], people: "Sanne", "Daan")
        chat.say(0, "B1", "Price accuracy from the feedback feed is below threshold. GBP: 86.4%", bot: true)
        let asked = chat.say(30, "U1", "Morning all. Is anyone looking at the accuracy alert? Also UK checkout conversion is +14% vs last Tuesday, which sounds lovely but usually means we're cheaper than we should be")
        let ack = chat.say(36, "U2", "Morning. I'm primary on-call, looking at it now.")
        let a = analyze(chat)
        #expect(a.milestones[.acknowledged]?.ts != asked)
        #expect(a.milestones[.acknowledged]?.ts == ack)
    }

    @Test func theHigherAlertNobodyAnsweredAtNightOutranksTheDiskWarningPeopleDid() {
        var chat = team(bots: [("B1", "Zabbix")], people: "Inês", "Tiago")
        chat.say(0, "B1", "PROBLEM: Espaço livre em /var/log abaixo de 15%", bot: true)
        chat.say(4, "U1", "é o logrotate, amanhã vejo")
        chat.say(6, "U2", "ok, boa noite")
        let alert = chat.say(150, "B1", "PROBLEM: Transferências imediatas: taxa de rejeição > 15%", bot: true)
        chat.say(560, "U2", "bom dia, as transferências imediatas estão a falhar desde a 01:00?")
        chat.say(562, "U1", "estou a ver")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test(arguments: [
        "ugh. the AddIndex got lost in my rebase. my bad",
        "oh no. it's me. I put the consolidated snippet on feeds too, because assets needed the query string stripped from the cache key",
        "Vale, es mío. Ayer puse la cuota de 15G al proyecto entero, por eso la cola ya no puede escribir",
    ])
    func owningAMistakeIsACauseOnlyBesideItsReason(_ text: String) {
        var chat = incident(observer: "Engineer")
        let apology = chat.say(5, "U2", "ok my bad, wrong dashboard")
        let cause = chat.say(12, "U3", text)
        let a = analyze(chat)
        #expect(a.milestones[.rootCauseIdentified]?.ts != apology)
        #expect(a.milestones[.rootCauseIdentified]?.ts == cause)
    }

    @Test func sayingTheEventIsOverDeclaresTheEnd() {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "restarted the interface engine, results are flowing again")
        let over = chat.say(70, "U1", "@channel The lab results downtime event is over as of 11:35. Thanks all.")
        let a = analyze(chat)
        #expect(a.milestones[.resolved]?.ts == over)
    }

    @Test func workingToRestoreIsNotARecovery() {
        var chat = incident(observer: "Engineer")
        let banner = chat.say(4, "U3", "draft banner: some customers cannot check out. We are working to restore service.")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != banner)
        #expect(!(a.timeline.first { $0.ts == banner }?.kinds.contains(.mitigation) ?? false))
    }

    @Test func aBotThatRaisesAndClearsAlertsIsAnAlertingToolWhateverItsName() {
        var chat = team(bots: [("B5", "Pagewise")], people: "Camille", "Hugo")
        let alert = chat.say(0, "B5", "Triggered: [auth-prod] SSO login success rate below threshold", bot: true)
        chat.say(2, "U1", "je regarde")
        chat.say(5, "U2", "les clients ont une erreur de login SSO, ça pète partout")
        chat.say(60, "B5", "Resolved: [auth-prod] SSO login success rate below threshold", bot: true)
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test func anIncidentRecordOpenedBeforeTheAlertIsTheDetection() {
        var chat = team(bots: [("B6", "ServiceDesk"), ("B1", "Datadog")], people: "Helen", "Darren")
        let record = chat.say(0, "B6", "INC0048123 raised: Priority 2 – customers receiving time-outs on claim submission. State: New", bot: true)
        chat.say(2, "U2", "service desk raised this from customer calls, 14 so far")
        chat.say(4, "U1", "acknowledged, I have it")
        chat.say(6, "B1", "[Triggered] claims portal synthetic journey failing from 3 of 5 locations", bot: true)
        chat.say(8, "U1", "504s at the edge, looking at the load balancer")
        #expect(analyze(chat).milestones[.detected]?.ts == record)
    }

    @Test func aContainedBreachIsMitigatedAndCounselPulledInAfterwardsIsAnEscalation() throws {
        var chat = team(bots: [("B8", "LeakSentry")], people: "Priya", "Marcus", "Dana")
        chat.say(0, "B8", "Critical: live cloud credential in a public commit", bot: true)
        chat.say(2, "U1", "ack, I have it")
        let contained = chat.say(8, "U2", "every call from the unknown IP now gets InvalidClientTokenId. contained.")
        let counsel = chat.say(20, "U1", "@Dana looping in privacy counsel: possible exposure of customer data")
        let hindsight = chat.say(30, "U2", "we only paged on the scanner, we need an alert on key use from new ASNs. I'll add it")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == contained)
        #expect(a.escalations.contains { $0.ts == counsel })
        #expect(!a.escalations.contains { $0.ts == hindsight })
    }

    @Test func aMonitorNamedLikeADeployToolIsReadByWhatItPosts() {
        var chat = team(bots: [("B9", "Argos")], people: "Tobias", "Katrin")
        let problem = chat.say(0, "B9", "PROBLEM - mqtt-w2-01 / MQTT Throughput Halle 2 is CRITICAL", bot: true)
        chat.say(3, "U2", "Band 3 steht still, Bandstillstand seit 22:47")
        chat.say(4, "U1", "bin dran, ich schau mal")
        let running = chat.say(40, "U2", "Band 3 läuft wieder!")
        chat.say(42, "B9", "RECOVERY - mqtt-w2-01 / MQTT Throughput Halle 2 is OK", bot: true)
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == problem)
        #expect(a.milestones[.mitigated]?.ts == running)
    }

    @Test func goingThroughTheLogsIsNotARecovery() {
        var chat = incident(observer: "Engineer")
        let reading = chat.say(5, "U3", "going through the diag bundle now, please don't restart anything")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != reading)
    }

    @Test func aSmallComplaintEarlierInASharedChannelIsNotTheStart() {
        var chat = team(people: "Jordan", "Priya", "Angela", "Marcus")
        chat.say(0, "U1", "the label printer on 4 West prints blank labels, is that us?")
        chat.say(3, "U2", "usually media calibration, try that first")
        chat.say(6, "U1", "thanks, that fixed it")
        let report = chat.say(120, "U3", "lab results are not showing in the EHR for ICU patients, could someone look?")
        chat.say(122, "U4", "looking at the interface queues now")
        chat.say(125, "U4", "EHR_ORU_OUT has 1,600 messages queued and growing, nothing delivered since 07:52")
        chat.say(128, "U2", "could it be the LIS sender? it reconnected at 07:49")
        chat.say(131, "U4", "LIS shows everything sent and acknowledged, not the LIS")
        chat.say(140, "U4", "one message is NACKed and retried forever, blocking the queue")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test func aClearingThatNamesItsThresholdIsNotAnAlert() {
        var chat = team(bots: [("B1", "Datadog")], people: "Ana", "Ben")
        chat.say(0, "B1", "WARNING — ADT_OUT_PHARM queue depth 236 (threshold 200)", bot: true)
        chat.say(3, "U1", "usual Monday surge, it catches up on its own")
        chat.say(8, "B1", "CLEARED — ADT_OUT_PHARM queue depth 41 is below threshold 200", bot: true)
        let real = chat.say(60, "B1", "WARNING — EHR_ORU_OUT queue depth 1612 (threshold 500)", bot: true)
        chat.say(62, "U2", "ack, looking")
        chat.say(64, "U1", "results not showing in the EHR since 07:52")
        #expect(analyze(chat).milestones[.detected]?.ts == real)
    }

    @Test func italianIsReadLikeTheOtherLanguages() {
        var chat = team(people: "Giulia", "Marco", "Paolo")
        let report = chat.say(0, "U1", "ragazzi i palmari non confermano i prelievi, timeout su tutti")
        let ack = chat.say(3, "U2", "ci guardo io, sono di reperibilità")
        let guess = chat.say(6, "U3", "potrebbe essere il wifi?")
        chat.say(9, "U2", "non è il wifi: sono bloccati tutti e due i magazzini")
        chat.say(40, "U2", "flag acceso, la conferma non aspetta più il corriere")
        chat.say(42, "U1", "i palmari funzionano di nuovo!")
        let closed = chat.say(100, "U2", "tutto regolare da un'ora, chiudiamo l'incidente")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == report)
        #expect(a.milestones[.acknowledged]?.ts == ack)
        #expect(a.hypotheses.first { $0.ts == guess }?.outcome == .ruledOut)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test func anAlertWithAStateArrowIsStillAnAlert() {
        var chat = team(bots: [("B1", "Datadog")], people: "Ana", "Ben")
        let alert = chat.say(0, "B1", "[Triggered] checkout-api p99 latency: OK → CRITICAL", bot: true)
        chat.say(2, "U1", "ack, looking")
        chat.say(4, "U2", "checkout is slow for everyone")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == alert)
        #expect(a.timeline.first { $0.ts == alert }?.kinds.contains(.alert) == true)
    }

    @Test func anAlertingToolsAcknowledgementIsNotAnEscalationButItsEscalationIs() {
        var chat = team(bots: [("B2", "PagerDuty")], people: "Tomás", "Lucía")
        chat.say(0, "B2", "[Triggered] #4127 public-api 5xx rate above threshold", bot: true)
        let ack = chat.say(2, "B2", "Incident #4127 acknowledged by Tomás. Escalation to secondary cancelled.", bot: true)
        chat.say(3, "U1", "ack, 5xx at 7%, looking")
        chat.say(5, "U2", "errors on every endpoint")
        let escalated = chat.say(20, "B2", "Lucía escalated #4127 to DB on-call (level 2). Status: Acknowledged", bot: true)
        let a = analyze(chat)
        #expect(!a.escalations.contains { $0.ts == ack })
        #expect(a.escalations.contains { $0.ts == escalated })
    }

    @Test func aClosingBroadcastAndTakingTheShiftAreNotEscalations() {
        var chat = incident(observer: "Engineer")
        let shift = chat.say(4, "U2", "Estoy yo de guardia, lo tomo. Abro logs")
        let working = chat.say(12, "U3", "hice una transferencia real y llegó en 3 segundos, anda de nuevo")
        let closing = chat.say(60, "U1", "@here 45 minutes stable, closing the incident. thanks all")
        let a = analyze(chat)
        #expect(!a.escalations.contains { $0.ts == shift })
        #expect(!a.escalations.contains { $0.ts == closing })
        #expect(a.milestones[.mitigated]?.ts == working)
    }

    @Test func plannedMaintenanceIsNotTheStartAndHindsightOfAReopeningChangesNothing() {
        var chat = team(bots: [("B1", "Grafana")], people: "Priya", "Tom")
        chat.say(0, "U1", "@here Maintenance starting. Step 1: failing orders-db over to pg-orders-02")
        chat.say(2, "U2", "ack, watching")
        chat.say(5, "U1", "step 1 done, step 2: running migration 0143")
        let alert = chat.say(41, "B1", "[FIRING:1] CheckoutErrorRateHigh checkout-api", bot: true)
        chat.say(42, "U1", "Ack, I'm on it. Looking at the database side now.")
        chat.say(44, "U2", "checkout is timing out for everyone")
        chat.say(50, "U1", "confirmed, it's the migration lock on orders")
        let fixed = chat.say(56, "U2", "maintenance page is back up, checkout gets the page instead of timing out")
        let closed = chat.say(135, "U1", "@here maintenance closed, incident resolved")
        chat.say(200, "U2", "the run sheet reopened on the clock and nobody asked for the final check")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == alert)
        #expect(a.milestones[.mitigated]?.ts == fixed)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test func anAcknowledgementOpeningALongMessageCounts() {
        var chat = incident(observer: "Engineer")
        chat.person("U7", "Sam")
        let ack = chat.say(0.5, "U7", "Hi both, thanks for flagging, I'm on it now. Could you send me two or three request ids from failing calls and the first characters of each failing key, so I can trace them on our side?")
        let a = analyze(chat)
        #expect(a.milestones[.acknowledged]?.ts == ack)
    }

    @Test func resolvingTheTicketDeclaresTheEnd() {
        var chat = incident(observer: "Engineer")
        chat.say(5, "U2", "cert bundle reverted, payments going through on all tills now")
        let closed = chat.say(70, "U1", "Resolving INC0048812: card payments restored at all stores and stable for an hour.")
        let a = analyze(chat)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test func aWarningNobodySawIsWhenMonitoringKnewUnlessItCleared() {
        var chat = team(bots: [("B1", "Datadog")], people: "Aoi", "Ren", "Kai")
        let warning = chat.say(0, "B1", "[Warn] Search zero-hit rate rising", bot: true)
        chat.say(280, "B1", "[Alert] Search zero-hit rate rising", bot: true)
        let ack = chat.say(282, "U1", "awake, looking")
        chat.say(285, "U2", "search returns nothing for half the queries")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == warning)
        #expect(a.milestones[.acknowledged]?.ts == ack)

        var cleared = team(bots: [("B1", "Datadog")], people: "Aoi", "Ren", "Kai")
        cleared.say(0, "B1", "[Warn] Search zero-hit rate rising", bot: true)
        cleared.say(20, "B1", "[Recovered] Search zero-hit rate rising", bot: true)
        let alert = cleared.say(280, "B1", "[Alert] Search zero-hit rate rising", bot: true)
        cleared.say(282, "U1", "awake, looking")
        cleared.say(285, "U2", "search returns nothing for half the queries")
        #expect(analyze(cleared).milestones[.detected]?.ts == alert)
    }

    @Test func aJapaneseTeamAcknowledgesInItsOwnWords() {
        var chat = team(bots: [("B1", "Datadog")], people: "佐藤", "鈴木", "高橋")
        chat.say(0, "B1", "[Alert] 検索ゼロヒット率が上昇", bot: true)
        chat.say(1, "U2", "おはようございます、今日の定例は10時からです")
        let ack = chat.say(3, "U1", "アラート確認、見ます")
        chat.say(6, "U3", "検索結果が空になってます")
        let a = analyze(chat)
        #expect(a.milestones[.acknowledged]?.ts == ack)
    }

    @Test(arguments: ["Nimeiona alert hii, ninaanza kuchunguza sasa hivi.", "سلام و وقت بخیر. هشدار را دریافت کردم و در حال بررسی هستم."])
    func swahiliAndPersianAcknowledgementsAreRead(_ text: String) {
        var chat = team(bots: [("B1", "Grafana")], people: "Juma", "Neema", "Baraka")
        chat.say(0, "B1", "[FIRING:1] VendSuccessRateLow (prod mobile_money)", bot: true)
        chat.say(1, "U3", "wateja wanalalamika, tokeni hazifiki")
        chat.say(2, "U2", "habari za asubuhi")
        let ack = chat.say(3, "U1", text)
        chat.say(6, "U3", "mauzo ya mobile money yameporomoka")
        #expect(analyze(chat).milestones[.acknowledged]?.ts == ack)
    }

    // European Portuguese reads "I'm looking" as "estou a ver"; Latin American Spanish takes a page with "lo tomo".
    @Test(arguments: ["bom dia, desculpem!! tou a ver agora", "lo tomo yo, dame 2 min", "Lo agarro yo.", "Lo veo ahorita. ¿es en Android y iPhone o solo uno?", "Buonasera a tutti, presa in carico. Mi collego alla VPN.", "Goedemorgen Ingrid, ik heb uw bericht gezien en pak het direct op.",
        "tou cá. acordei com a chamada do zabbix 🥱", "chuta. ya, lo tomo yo. <@U2> me pasai un par de números de pedido porfa?",
        "Buenos días Lucía. Estoy yo de guardia, lo cojo. Me conecto a la VPN y os digo algo en 10 min.",
        "Bom dia a todos. Abri o incidente INC-2024-0612 com prioridade P2 e fico a coordenar.",
        "Good morning Priya, Thomas here. I have picked this up and am logging on now.",
        "pego esse, sou o plantão. <@U2> cola aqui pf",
        "Moment, des klingt ned nach Race. I schau ma des jetzt gscheit an.",
        "ci sono, sono di turno io questa settimana. guardo io, Marco tu intanto controlla la gallery"])
    func portugueseAndSpanishTakingItUpIsAnAcknowledgement(_ text: String) {
        var chat = team(bots: [("B1", "Zabbix")], people: "Tiago", "Inês", "Marta")
        chat.say(0, "B1", "PROBLEM: Ficheiros por processar em /dados/landing > 200", bot: true)
        chat.say(1, "U2", "o painel das leituras tá parado desde a madrugada")
        chat.say(2, "U3", "bom dia")
        let ack = chat.say(3, "U1", text)
        chat.say(6, "U1", "1 812 ficheiros na landing, o loader não pega em nada")
        #expect(analyze(chat).milestones[.acknowledged]?.ts == ack)
    }

    @Test(arguments: [
        "👀 will look after standup",
        "mmm LIS_OUT_CCE, sarà il solito rallentamento col backup. se non rientra entro mezz'ora ci guardo",
        "das ist bestimmt wieder der Ingest-Lag. schau ich mir an sobald ich hier raus bin",
        "先ほどのchronyの警告ですが、既知のものかと存じます。後ほど確認いたしますので、いったん静観でお願いいたします。",
        // Swedish "we'll take it at the meeting afterwards".
        "nä, det är inte på dig. vi tar det på efteråt-mötet",
        // Czech "I'll leave it be": seen, and left.
        "👀 ranní nával, p95 je na hraně. nechám to být",
        // Describing, telling who was not on it, or pasting an API's answer takes nothing up.
        "gateway CPU 35%, accountsvc 41%. looking healthy 💪",
        "ik heb ze ook zien staan en dacht dat Joris ermee bezig was. classic",
        "POST _aliases ```{\"acknowledged\": true}``` alias switched back to friday's index",
        "long black + banana bread if they've got it",
        // Hungarian "tomorrow morning I'll look at the metrics".
        "2.14 kint van prodon ✅ smoke teszt ok. Holnap reggel ránézek a metrikákra",
        // A question and then a bare 👀, or "I'm on 5.2", watches or describes; nothing is taken up.
        "buongiorno! ma nagios stanotte ha fatto festa? vedo un po' di rosso su anagrafe-ws 👀",
        "there's no dropdown?? I'm on 5.2 I think",
        // Swedish "I'll check the app myself when I've got to the office".
        ":eyes: kollar appen själv när jag kommit in på kontoret",
        "on the train, on it when I get to the office",
    ])
    func sayingOneWillLookLaterOrNotTakingItUpIsNoAcknowledgement(_ later: String) {
        var chat = team(bots: [("B1", "Zabbix")], people: "Jonas", "Katrin", "Marta")
        chat.say(0, "B1", "PROBLEM: heartbeat loss rate above threshold", bot: true)
        chat.say(2, "U1", later)
        chat.say(30, "U3", "customers say the screens stay black after the update")
        let ack = chat.say(32, "U2", "ack, ich übernehme")
        #expect(analyze(chat).milestones[.acknowledged]?.ts == ack)
    }

    @Test func aBotsRoutineReportBeforeItDeclaresTheIncidentIsNotTheDetection() {
        var chat = team(bots: [("B1", "ops-bot")], people: "Jonno", "Priya", "Tom")
        chat.say(0, "B1", "Player counts · 22:45 · CCU 48,210 · in queue 3,120 · p50 queue 0:31", bot: true)
        chat.say(2, "U3", "event's been cracked btw, new record 🎉")
        chat.say(15, "B1", "Player counts · 23:00 · CCU 47,900 · in queue 3,050 · p50 queue 0:33", bot: true)
        let declared = chat.say(30, "B1", "🚨 Incident declared: matchmaking queue time p50 above 90s in all regions", bot: true)
        chat.say(32, "U1", "on it, looking at the MM dashboards")
        chat.say(35, "U2", "queues are 4 min for everyone")
        #expect(analyze(chat).milestones[.detected]?.ts == declared)
    }

    @Test func aCountOfNoErrorsOrAMeasureReadAsFineIsNoReport() {
        var chat = team(bots: [("B1", "Grafana")], people: "Mathilde", "Karim", "Sandrine")
        let checks = [
            chat.say(0, "U1", "Latenz zum Rechenzentrum 0,4 ms, keine Fehler auf den Uplinks."),
            chat.say(2, "U2", "Latence vers le datacenter : 0,4 ms, aucune erreur sur les pare-feux."),
            chat.say(4, "U3", "DB check: replica lag nominal, connection pools at 55%. Will keep an eye on it."),
            chat.say(6, "U1", "heads up: a customer asked for a CSV export, logged as SUP-4471, nothing urgent"),
            chat.say(8, "U2", "前置系統確認：ATM 成功率 100%，沒有逾時。"),
            chat.say(10, "U3", "morning! may ipapa-check lang ako sa staging mamaya, di urgent"),
            // Egyptian Arabic in Latin letters: no errors, we're fine; Croatian: not urgent.
            chat.say(12, "U1", "p95 1.1s, 3ady ma3 el traffic, mafeesh errors. e7na kwayseen"),
            chat.say(14, "U2", "jel mi je PR za kupone prošao review? nije hitno"),
            // Chinese: on call tonight, @ me; non-urgent changes go through emergency-change approval.
            chat.say(16, "U3", "今晚值班是我，有事直接 @ 我。提醒：封网从今天 12:00 开始，非紧急变更一律走紧急变更审批"),
        ]
        let alert = chat.say(30, "B1", "[FIRING:1] ALB TargetResponseTime p95 above threshold", bot: true)
        chat.say(31, "U1", "on it, looking")
        chat.say(35, "U2", "the filing portal times out for everyone")
        chat.say(40, "U3", "found it: a bot flood from one ASN")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == alert)
        expectNotRead(as: .symptom, checks, in: a)
    }

    @Test func aMonitorsProblemIsAnAlertButASyntheticChecksPassOrAnHourlyReportIsNot() {
        var chat = team(bots: [("B1", "Centreon"), ("B2", "Nigrani Synthetics")], people: "Mathilde", "Karim", "Sandrine")
        chat.say(0, "B2", "PASS: Synthetic login check. Result PASS (1.21 s)", bot: true)
        chat.say(2, "B1", "Hourly node sync report: vlr-node-01 height 4,812,330, lag 0", bot: true)
        chat.say(5, "U2", "morning all")
        let problem = chat.say(30, "B1", "🟠 PROBLEM srv-dpi-app01/DPI-Login-TempsReponse est WARNING", bot: true)
        chat.say(31, "B2", "FAIL: Synthetic login check. Result FAIL at step create_session, HTTP 502", bot: true)
        chat.say(33, "U1", "je regarde")
        chat.say(36, "U2", "le DPI ne répond plus dans les services")
        chat.say(60, "B1", "🟢 RECOVERY srv-dpi-app01/DPI-Login-TempsReponse est OK", bot: true)
        #expect(analyze(chat).milestones[.detected]?.ts == problem)
    }

    @Test(arguments: [
        "Problem: Free disk space is less than 10% on volume /var/log",
        "[FIRING:1] NodeFilesystemAlmostFull (warning) Filesystem on pgdb-02 is 91% full. env: staging, severity: warning",
    ])
    func aDiskSpaceOrStagingWarningBeforeAnotherAlertIsHousekeeping(_ text: String) {
        var chat = team(bots: [("B1", "Zabbix")], people: "Olga", "Ivan", "Pavel")
        chat.say(0, "B1", text, bot: true)
        let payouts = chat.say(15, "B1", "Problem: payout-gateway: failed payouts above 15% (5 min)", bot: true)
        chat.say(17, "U1", "смотрю")
        chat.say(20, "U2", "выплаты падают с handshake failure")
        #expect(analyze(chat).milestones[.detected]?.ts == payouts)
    }

    @Test func aDiskAlertAloneIsStillTheDetection() {
        var chat = team(bots: [("B1", "Zabbix")], people: "Olga", "Ivan", "Pavel")
        let disk = chat.say(0, "B1", "Problem: Free disk space is less than 5% on volume /data", bot: true)
        chat.say(3, "U1", "looking")
        chat.say(6, "U2", "batch job retrying forever: No space left on device")
        #expect(analyze(chat).milestones[.detected]?.ts == disk)
    }

    @Test func aBotOpeningWithACostAnomalyIsAMonitor() {
        var chat = team(bots: [("B1", "Spend Guard")], people: "Tom", "Niamh", "Aisha")
        let anomaly = chat.say(0, "B1", "💸 Cost anomaly detected — quillstack-prod: EC2 spend $4,286 over the last 10h (expected $38)", bot: true)
        chat.say(20, "U1", "Ack, got the page and I'm looking. We don't run anything in ap-southeast-1")
        chat.say(30, "U1", "214 instances nobody here launched, all from one access key")
        chat.say(35, "U2", "Here. Please snapshot one instance before terminating anything")
        #expect(analyze(chat).milestones[.detected]?.ts == anomaly)
    }

    @Test(arguments: [
        "fyi hotfix 1.42.3 went live on the stores, just the emote wheel crash fix",
        "同步下：骑手App 5.12.3 灰度今天下午放到20%了，主要改了接单页倒计时的样式，有异常随时喊我",
        // German "Abend" is the evening, not a mainframe job's abend.
        "Wir haben gestern Abend das Release 24.10.2 eingespielt, nur neue Texte im Portal",
        "Abend zusammen 👋 QC-Schicht fürs Pokalspiel ist besetzt. Alle Profile sauber, Latenz 17s",
    ])
    func aReleaseNoteIsNoReport(_ text: String) {
        var chat = team(bots: [("B1", "Grafana")], people: "Dan", "Priya", "Tom")
        let notice = chat.say(0, "U1", text)
        chat.say(3, "U2", "you're a hero 🙌")
        let alert = chat.say(40, "B1", "[FIRING:1] MatchmakingQueueTimeHigh p50 above 90s", bot: true)
        chat.say(41, "U2", "on it, looking")
        chat.say(45, "U3", "queues are 4 min for everyone")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts != notice)
        #expect(a.milestones[.detected]?.ts == alert)
    }

    @Test func aReportRelayedFromTheFrontDeskBeforeThePageIsTheDetection() {
        var chat = team(bots: [("B1", "PagerDuty")], people: "Colleen", "Dana", "Marcus")
        let report = chat.say(0, "U1", "Escalating from Support: the front desk reports that patients got their reminder text two or three times this morning")
        chat.say(2, "U2", "Acknowledged, I'm on call and looking into it now")
        chat.say(6, "U2", "Outbound SMS volume for the 07:00 batch is 2.4x what we'd expect")
        chat.say(7, "B1", "[Triggered] #48211 Reminder SMS send rate anomaly (reminder-dispatch)", bot: true)
        chat.say(9, "U3", "the consumer redelivered the whole batch after the broker restart")
        chat.say(11, "U2", "agreed, pausing the reminder consumers now")
        chat.say(14, "U1", "clinics are asking whether they should tell patients anything")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test func aFixReportedWithItsEffectStartingNeedsNoLaterConfirmation() {
        var chat = team(bots: [("B1", "Datadog")], people: "Kwame", "Tomasz", "Aisha")
        chat.say(0, "B1", "[Triggered] consumer lag > 100k on orders-enricher", bot: true)
        chat.say(2, "U1", "on it")
        chat.say(8, "U2", "members getting evicted with poll timeout expired, rebalance every few minutes")
        chat.say(15, "U2", "2.14.0 validation call is ~650ms per record, batches take 5 minutes. thats it")
        let fix = chat.say(22, "U1", "enricher rolled back to 2.13.2, group stable, lag draining ~35k/min")
        chat.say(33, "U1", "1.1k. basically caught up")
        #expect(analyze(chat).milestones[.mitigated]?.ts == fix)
    }

    @Test func aBoardThatStandsStillIsAReport() {
        var chat = team(bots: [], people: "Inês", "João", "Tiago")
        chat.say(0, "U2", "deixei o loader com LOG_LEVEL=DEBUG durante o fds")
        chat.say(2, "U3", "sexta às 18h a mexer em prod, corajosa")
        chat.say(3, "U2", "é só o nível de log, bom fds")
        let report = chat.say(600, "U1", "alguém a olhar? o painel das leituras diárias tá parado desde a madrugada")
        chat.say(602, "U2", "n sou eu de plantão, @Tiago?")
        chat.say(605, "U3", "desculpem, vou ver agora")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test func italianNonÈCheAsksAndNonCEntraRulesOut() throws {
        var chat = incident(observer: "Engineer")
        let guess = chat.say(10, "U2", "ieri sera è andata in rollout la 5.14.2 android col nuovo layer di cache delle tile... non è che è lei?")
        chat.say(12, "U1", "provo con la 5.13.4 sul Pixel")
        let verdict = chat.say(16, "U1", "5.13.4 sul Pixel: stessa identica cosa, mappa grigia. la release non c'entra")
        let a = analyze(chat)
        let h = try #require(a.hypotheses.first { $0.ts == guess })
        #expect(h.outcome == .ruledOut)
        #expect(h.outcomeTS == verdict)
    }

    // Japanese "これ俺みる" takes it up and "止血できた" stops the bleeding; Hebrew joins "and" to the
    // verb ("ומסתכל", "and looking").
    @Test(arguments: [
        "おはよ。これ俺みる。昨日のデプロイ、時間的にあやしくない？", "כן אני. תקוע בפקק, עוד 10 דק' מול המחשב ומסתכל",
        "jā, pageris pamodināja. skatos", "アラートならびにお問い合わせの件、確認いたしました。ただいまより当社にて調査を開始いたします。",
    ])
    func japaneseAndHebrewTakingItUpIsAnAcknowledgement(_ text: String) {
        var chat = team(bots: [("B1", "Sentry")], people: "Kenta", "Yui", "Noa")
        chat.say(0, "U2", "App Storeのレビューで「メモが消えた」が6件きてる")
        chat.say(1, "U3", "support has 12 tickets about it")
        let ack = chat.say(3, "U1", text)
        chat.say(6, "U2", "昨日のsync-serverのデプロイ後から")
        #expect(analyze(chat).milestones[.acknowledged]?.ts == ack)
    }

    @Test func stoppingTheBleedingInJapaneseIsTheMitigation() {
        var chat = team(bots: [("B1", "Sentry")], people: "Kenta", "Yui", "Noa")
        chat.say(0, "U2", "App Storeのレビューで「メモが消えた」が6件きてる")
        chat.say(2, "U1", "これ俺みる")
        chat.say(30, "U1", "原因わかった。新しいCRDTライブラリが古いスナップショットで上書きしてる")
        let stopped = chat.say(60, "U3", "メトリクスでも上書きは11:42以降ゼロ。止血できたとおもう")
        #expect(analyze(chat).milestones[.mitigated]?.ts == stopped)
    }

    // Follow-ups said in Swiss German ("Pendenz"), Korean ("백로그에 넣어둘게"), Vietnamese ("e viết"),
    // Russian ("экшен-айтемы"), Swahili ("nitaandika") and Swedish ("Åtgärder:").
    @Test(arguments: [
        "Pendenz Gateway: Alarmierung bei TLS-Handshake-Fehlern im Sender einrichten",
        "앱 이미지 로더에서 403 나면 '다시 시도' 버튼 뜨게 하는 거 백로그에 넣어둘게",
        "dạ e viết doc postmortem, thứ 6 tuần này xong",
        "экшен-айтемы, пока свежо: смоук-тест в пайплайне перед swap-alias",
        "Rasimu ya ripoti nitaandika kesho asubuhi",
        // A Swedish list of measures for the review.
        "Åtgärder till efteranalysen: keyrotator ska spärra aktivering tills ≥ 99 % av validatorerna rapporterat nyckeln",
    ])
    func followUpsInMoreLanguagesAreActionItems(_ text: String) throws {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "rolled back, errors back to normal")
        chat.say(40, "U1", "closing the incident, thanks all")
        let item = chat.say(45, "U3", text)
        #expect(analyze(chat).actionItems.contains { $0.ts == item })
    }

    @Test(arguments: [
        "Pierwsze podejrzenie: certyfikat, którym podpisujemy dokumenty, albo certyfikat TLS do KPZ",
        "eerste gok: de ntp fix. als de klok na de reboot verkeerd staat faalt elke tls handshake",
        "la rotation de clé a tourné à 05:30… ça vous paraît lié ou je suis parano",
        "aposto que é a Kronmet outra vez a mandar ficheiros com o cabeçalho trocado",
        "o idee: greutatea. pe v1 trimiteam kg cu zecimale, pe v2 vor grame ca int",
        "100% דחייה על התוכן מריח לי כמו שינוי סכמה",
        "Ein Zusammenhang mit dem erneuerten Signaturschlüssel wäre denkbar, aber unwahrscheinlich",
        "另外会不会是网关限流？刚调过阈值",
        "Não será uma falha do lado da PNIU?",
        "Kwadrant had toch onderhoud aangekondigd dit weekend. Dat zal het wel zijn.",
        "SMS gelmiyorsa MesajPort olabilir abi, dün akşam planlı bakım maili atmışlardı",
        "lehet hogy a fizetési szolgáltató lassú és addig nyitva tartjuk a tranzakciót",
        "ou então é a operadora outra vez com o APN, como em março",
        "e se avessero cambiato qualcosa loro nel tracciato?",
        "toinen vaihtoehto et kuittaajalla on häiriö, tsekkaan niiden statuksen",
        "nemůže to souviset s tou změnou sazby DPH z minulýho týdne?",
        "minha aposta agora: problema na VelozNet. peering deles, sei lá",
        "Czy możliwe, że certyfikat na produkcji został już podmieniony przed terminem rotacji?",
        "fwiw the vendor rep was onsite thursday doing a small patch on the master stations. wouldn't shock me",
        "it's the rewards grant innit, everyone logging in to claim and hammering the db",
        "@caio tu tá no meio da manutenção né? alguma chance de ter relação?",
        "ce serait pas encore le wifi des urgences ? ils ont eu des décos lundi",
        "ro-2 опять лагает, это наверно бэкап с него снимают",
        "看着像围栏那边返回了空？fence-svc 是你们组的吗",
        "Almost certainly the late-partition issue again: the hourly partitions land after the check runs",
        "jgn2 kodenya bocor di grup telegram trus orang pada stacking sm voucher lain?",
        "Kann des ned eine mitversicherte Person sein? Bei Familienpolizzen sieht man die Dokumente vom Partner",
        "Ragazzi, stanotte c'era la CHG0041297 sul firewall. Potrebbe aver cambiato il NAT in uscita",
        "could also just be their IdP falling over, they run their own on-prem thing",
        "2.14.0 zmieniło też obraz bazowy. Stawiam że nie ma locale pl_PL i formatowanie liczb leci po en_US",
        "das ist bestimmt wieder der Ingest-Lag vom Telemetrie-Kafka",
        "Autre piste, plus sérieuse à mon avis : la campagne firmware lancée hier uniquement sur la DR Est",
        "hm. mas a 2.41 mexeu no formato da msg tb, vai que o SPI tá rejeitando o pacs.008 novo",
        "ミナト急便さんの枠照会APIで429返ってきてますね。先方で何かあったかな…",
        // Czech, Brazilian Portuguese and Hinglish guesses.
        "nemůže to bejt tím hromadným odesíláním? hodně zákazníků ho ráno zapnulo",
        "tô achando q a chave foi revogada, alguém vê o body da resposta?",
        "SMS deliver nahi ho rahe. mujhe vendor pe shak hai, DLR report nikal raha hoon",
        // English, Hungarian and Hebrew suspicions.
        "<@U7> suspect blocking on CADPROD. app threads waiting on calls to UnitStatusLog",
        "a 2.14 nem nyúlt a küldéshez is? gyanús hogy pont tegnap este ment ki",
        "החשוד הבא: ה-collector החדש ב-driver, אם יש race ב-flush זה נראה בדיוק ככה",
        // Japanese "could it be", Portuguese "I suspect", Korean "there is a possibility", Finnish "could it be".
        "もしかして私のpricingのデプロイ？チェックアウトのリンクとか触ってないはずだけど…",
        "No LIS está tudo validado e com ACK AA. Suspeito da receção HL7 do SClínico",
        "어제 야간 인증서버 보안패치 영향일 가능성이 있어 먼저 확인하겠습니다.",
        "Voiko olla aaltosuunnittelu? Se ajettiin tänään myöhässä.",
    ])
    func guessesInMoreLanguagesAreHypotheses(_ text: String) throws {
        var chat = incident(observer: "Engineer")
        let guess = chat.say(8, "U2", text)
        #expect(analyze(chat).hypotheses.contains { $0.ts == guess })
    }

    @Test func aChineseAckFollowedByARequestWithAQuestionParticleIsAnAcknowledgement() {
        var chat = team(bots: [("B1", "Grafana")], people: "阿哲", "佩佩", "Kevin")
        chat.say(0, "B1", "[Firing] 儲值回調成功率過低 近 5 分鐘綠洲回調成功率 0.00", bot: true)
        chat.say(3, "U2", "玩家反應儲值成功但沒有到帳，已經十幾張單了")
        let ack = chat.say(5, "U1", "收到 我現在看 可以丟幾個訂單編號給我嗎")
        chat.say(8, "U3", "在 在 剛在吃 我看一下後台")
        #expect(analyze(chat).milestones[.acknowledged]?.ts == ack)
    }

    @Test func egyptianArabicWavesOffAFlappingAlertTakesItUpAndClosesIt() {
        var chat = team(bots: [("B1", "Alertmanager")], people: "Karim", "Joe", "Nouran")
        chat.say(0, "B1", "[FIRING:1] RedisReplicationLag (redis-geo prod) replica is 14s behind its primary", bot: true)
        chat.say(2, "U2", "الـ alert ده بيعمل flap كل يوم الساعة دي وقت الـ backup، تجاهلوه")
        chat.say(3, "U3", "تمام")
        let alert = chat.say(11, "B1", "[FIRING:2] RedisClusterStateFail (redis-geo prod) cluster_state:fail", bot: true)
        chat.say(14, "U3", "يا جماعة الـ CX عندهم أكتر من 40 ticket إن المندوب واقف مكانه على الخريطة")
        let ack = chat.say(15, "U1", "شايف الـ alerts، معلش كنت بعيد عن اللابتوب. ببص دلوقتي")
        chat.say(40, "U1", "الـ failover خلص والـ writes رجعت، الـ location updates شغالة تاني")
        let notYet = chat.say(45, "U2", "حلو أوي. بس ماتقفلوش الـ incident لسه، عايز الـ replica يبقى in sync")
        let closed = chat.say(120, "U2", "كله أخضر و الـ replicas in sync. بقفل الـ incident")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == alert)
        #expect(a.milestones[.acknowledged]?.ts == ack)
        #expect(a.milestones[.resolved]?.ts == closed)
        #expect(a.milestones[.resolved]?.ts != notYet)
    }

    @Test func aSpanishReportOfDoubleBookingsBeforeTheAlertIsTheDetection() {
        var chat = team(bots: [("B1", "New Relic")], people: "Nerea", "Dani", "Lucía")
        let report = chat.say(0, "U1", "Buenas, tengo un problemón: dos hoteles dicen que les han entrado dobles reservas de la misma habitación")
        chat.say(3, "U2", "Lo miro yo, que estoy de guardia. pásame los localizadores porfa")
        chat.say(6, "U3", "me uno, ¿ha cambiado algo en la caché esta semana?")
        chat.say(9, "B1", "Critical issue opened: pms-sync error rate > 5%", bot: true)
        chat.say(12, "U2", "las dos reservas se confirmaron con 40 segundos de diferencia")
        chat.say(14, "U3", "el TTL de la caché de disponibilidad pasó de 30 s a 15 min ayer")
        chat.say(17, "U1", "la recepción de Cádiz pregunta qué le decimos al segundo cliente")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test func notThisRulesAGuessOutAndCallingItClosedEndsTheIncident() throws {
        var chat = incident(observer: "Engineer")
        let guess = chat.say(10, "U2", "the fee rounding change went live last week. could that be drifting the balances?")
        let verdict = chat.say(14, "U3", "half-even only changes exactly-half cents, so at most a cent per fee. Not this.")
        chat.say(30, "U1", "consumer paused, error rate back to normal")
        let closed = chat.say(120, "U1", "From finance's side the queue is drained. I'm calling this closed, the owners have the follow-ups.")
        let a = analyze(chat)
        let hypothesis = try #require(a.hypotheses.first { $0.ts == guess })
        #expect(hypothesis.outcome == .ruledOut && hypothesis.outcomeTS == verdict)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test func japaneseAndCzechFollowUpsAreActionItems() {
        var chat = incident(observer: "Engineer")
        chat.say(30, "U1", "rollback done, error rate back to normal")
        let japanese = chat.say(60, "U2", "bulkのchunkを10MBに下げる。チケット切っとく")
        let czech = chat.say(62, "U3", "a já doplním do runbooku sekci o lock waits")
        let a = analyze(chat)
        #expect(a.actionItems.contains { $0.ts == japanese })
        #expect(a.actionItems.contains { $0.ts == czech })
    }

    @Test func aCzechHunchAndItsRulingOut() throws {
        var chat = incident(observer: "Engineer")
        let guess = chat.say(10, "U2", "confirm visí 30 s a pak 504. Napadá mě hlavně platební brána, confirm volá jejich API")
        let verdict = chat.say(16, "U3", "outbound na platební bránu: p95 280 ms, error rate 0. Platební brána to nebude.")
        let a = analyze(chat)
        let hypothesis = try #require(a.hypotheses.first { $0.ts == guess })
        #expect(hypothesis.outcome == .ruledOut && hypothesis.outcomeTS == verdict)
    }

    @Test func anIncidentToolMovingToMonitoringMarksTheMitigation() {
        var chat = team(bots: [("B1", "Alertmanager"), ("B2", "Incibot")], people: "Dana", "Ramon", "Thandi")
        chat.say(0, "B1", "[FIRING:1] SessionLookupMissRatioHigh (auth-gw prod critical)", bot: true)
        chat.say(1, "U1", "ack")
        chat.say(3, "B2", "🚨 INC-412 declared by @dana Title: users randomly logged out Status: Investigating", bot: true)
        chat.say(20, "U2", "sess redis at maxmemory, evicting session keys")
        chat.say(22, "B2", "Status changed: Investigating → Identified by @dana", bot: true)
        chat.say(30, "U1", "maxmemory raised, feature flag off")
        let monitoring = chat.say(36, "B2", "Status changed: Identified → Monitoring by @dana", bot: true)
        chat.say(90, "B2", "Status changed: Monitoring → Resolved by @dana", bot: true)
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == monitoring)
    }

    @Test func aMessageOpeningWithTheClosingDecidesWhateverItAsksAfter() {
        var chat = incident(observer: "Engineer")
        chat.say(30, "U2", "rollback done, error rate back to normal")
        chat.say(60, "U1", "Vendor says resolved. are we closing?")
        let closed = chat.say(
            90, "U3", "I think we can call this one done. Thanks everyone! Kendra, can you put together the timeline for Friday's review?")
        let a = analyze(chat)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test func questionsAboutWhenOrWhetherToActAreNoGuesses() {
        var chat = incident(observer: "Engineer")
        let guess = chat.say(8, "U2", "auth-gw deploy 30m ago, could that be it?")
        let when = chat.say(40, "U3", "roll fwd 4.18.0 now or tmrw?")
        let option = chat.say(42, "U1", "Is putting the update back an option?")
        let a = analyze(chat)
        #expect(a.hypotheses.contains { $0.ts == guess })
        #expect(!a.hypotheses.contains { $0.ts == when })
        #expect(!a.hypotheses.contains { $0.ts == option })
    }

    @Test func aSpanishEffectReportMarksTheMitigation() {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U2", "encontré la causa: el certificado nuevo no está en el pinset de la app")
        chat.say(30, "U2", "aplicado: el endpoint de QR vuelve a servir el cert viejo")
        let effect = chat.say(38, "U1", "aprobados/min de vuelta en ~310 y los pinning failures bajaron a cero")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == effect)
    }

    @Test func aGroupedAlertAfterItsFirstMemberNobodySawKeepsTheFirstAsDetection() {
        var chat = team(bots: [("B1", "Grafana")], people: "Mette", "Jonas", "Rasmus")
        let first = chat.say(0, "B1", "[FIRING:1] SyntheticMitIDLogin (portal prod)", bot: true)
        chat.say(420, "B1", "[FIRING:2] portal prod (critical)", bot: true)
        chat.say(422, "U1", "good morning, looking at it now")
        chat.say(425, "U2", "citizens cannot log in, redirect loop after MitID")
        #expect(analyze(chat).milestones[.detected]?.ts == first)
    }

    /// The same alert raised again at a higher threshold, or the monitor's note that someone took the
    /// problem up ("problema riconosciuto da …"), keeps the first alert as the detection.
    @Test(arguments: [
        (73.0, "PROBLEM: channel LAB_OUT: queue depth > 1000"),
        (480.0, "Aggiornamento: problema riconosciuto da marco.bellandi – «in carico, verifico»"),
    ])
    func aLaterPostOnTheSameProblemKeepsTheFirstAlertAsDetection(_ minute: Double, _ later: String) {
        var chat = team(bots: [("B1", "Zabbix")], people: "Aino", "Mikko", "Jukka")
        let first = chat.say(0, "B1", "PROBLEM: channel LAB_OUT: queue depth > 200", bot: true)
        chat.say(minute, "B1", later, bot: true)
        chat.say(minute + 22, "U1", "morning, looking at it now")
        chat.say(minute + 24, "U2", "the wards say no lab results since 7")
        #expect(analyze(chat).milestones[.detected]?.ts == first)
    }

    /// A reminder that adds to the title, or an update naming the alert's number (a P3 raised on
    /// Sunday, acknowledged and raised to P1 on Monday), keeps the first alert as the detection.
    @Test(arguments: [
        ("[ALERT] Archive write failures on HIST-01", nil, "[ALERT] Archive write failures on HIST-01 (repeat, 1 h)", 60.0),
        ("New alert: #4821 [P3] skolportal-auth: failed guardian logins above threshold", "Lina acknowledged alert #4821",
         "Priority of #4821 changed from P3 to P1 by Lina", 870.0),
    ])
    func aReminderOrANumberedUpdateOfAnAlertNobodySawKeepsTheFirstAsDetection(_ text: String, _ ack: String?, _ later: String, _ minute: Double) {
        var chat = team(bots: [("B1", "Opsgenie")], people: "Lina", "Jonas", "Sofia")
        let first = chat.say(0, "B1", text, bot: true)
        if let ack { chat.say(minute - 3, "B1", ack, bot: true) }
        chat.say(minute, "B1", later, bot: true)
        chat.say(minute + 2, "U1", "morning, looking at it now")
        chat.say(minute + 4, "U2", "parents cannot log in, the historian stopped writing, everything is red")
        #expect(analyze(chat).milestones[.detected]?.ts == first)
    }

    @Test func anAlertUpdatedInPlaceToResolvedIsTheDetectionWhenItFired() {
        var chat = team(bots: [("B1", "PagerDuty")], people: "Dana", "Tom", "Priya")
        // PagerDuty's app rewrites its message as the incident moves; the export holds the last state.
        let alert = chat.say(0, "B1", "[#48213] queue depth above 5000 on rabbit-prod *Status:* Resolved *Urgency:* High", bot: true, editedAt: 180)
        chat.say(1, "B1", "Acknowledged by Dana Whitfield", bot: true)
        chat.say(10, "B1", "Dana Whitfield added responders: *Messaging Infra* (Tom)", bot: true)
        chat.say(12, "U2", "reminders are delayed for every customer, support is getting calls")
        chat.say(13, "U1", "consumers are connected but nothing is being acked")
        let closed = chat.say(180, "U1", "all clear, the forward fix is out and the batch ran clean. closing")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == alert)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test func anAlertOnAnotherHostIsAnotherAlert() {
        var chat = team(bots: [("B1", "Zabbix")], people: "Aino", "Mikko", "Jukka")
        chat.say(0, "B1", "PROBLEM: replica lag on db-01 > 30s", bot: true)
        let second = chat.say(73, "B1", "PROBLEM: replica lag on db-02 > 30s", bot: true)
        chat.say(75, "U1", "looking at it now")
        chat.say(77, "U2", "orders are timing out for everyone")
        #expect(analyze(chat).milestones[.detected]?.ts == second)
    }

    @Test(arguments: [
        "Trouvé le pourquoi : le CSV de la finance a une virgule décimale, le loader lit 9,975 comme 9975",
        "범인 잡았습니다. 리샤딩 중 멈춘 슬롯 때문에 락이 두 노드에 따로 잡혀요",
        "Encontré el problema: el job de carga usa punto decimal y lee 3,45 como 345",
        "Der Schuldige ist der neue Cronjob, er hält Locks auf orders",
    ])
    func foundTheCulpritInOtherLanguagesIsTheRootCause(_ text: String) {
        var chat = incident(observer: "Engineer")
        chat.say(8, "U2", "maybe the deploy from this morning?")
        let found = chat.say(20, "U3", text)
        #expect(analyze(chat).milestones[.rootCauseIdentified]?.ts == found)
    }

    @Test func sayingWeHaveAProblemReportsIt() {
        var chat = team(people: "Ivana", "Dario", "Marko")
        let report = chat.say(0, "U1", "morning all. we have a problem: 9 tickets from hosts, two bookings for the same night")
        chat.say(6, "U2", "on call this weekend, looking now")
        chat.say(20, "U3", "pulled from the db: 38 overlapping reservations since last night, and checkouts are failing")
        chat.say(25, "U1", "hosts keep calling support")
        chat.say(28, "U2", "checking the partner sync next")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test(arguments: [
        "calling it. attack contained, accounts reset, IR-1015 closed. thanks all.",
        "Cash-in stable for 2+ hrs, agents notified. P1 closed ✅",
        "Ok ljudi, ovim završavamo za večeras 🏁 dodela radi normalno",
        "Routing je späť, doručovanie v norme, INC-1187 uzatváram ✅",
        "Tada viskas – vakarykštę istoriją laikom baigta 🏁",
        "thik ache, ajker moto etar ekhane shesh. sobaike thanks",
        "Sawa wadau — tunafunga hii. Cash-in iko stable",
        "OK, calling this one over. Cabinets stable 45+ min, overrides reconciled",
        "vse stabilno že 40 min, lag 0. incident zaključujem, hvala vsem",
        "Hästi. Loen intsidendi lõppenuks. Aitäh kõigile!",
        "Ok, aus meiner Sicht machen wir hier zu: Verkauf läuft seit über einer Stunde stabil",
        "ok ragazzi, per me possiamo chiudere: retail ok da un'ora",
        "wat mij betreft wel. RT draait weer op 100%, ik sluit 'm",
        "Oppsummert: alt normalt siden 08:17. Da anser jeg hendelsen som avsluttet.",
        "好，那這次就先這樣結束，大家辛苦了",
        "OK, I'm calling this one closed. Spend has been at baseline for a full day",
        "Thank you all. Back-entry is done, so I'm closing this incident as of 2:34. The vendor case stays open until they send the RCA.",
        "udah ~1 jam stabil & peak udah lewat. incident nya gue close ya ✅",
        "Die Beobachtungsphase ist ohne Auffälligkeiten abgelaufen. Der Incident ist hiermit geschlossen.",
        "tamam ya gama3a, kolo stable men sa3teen. ba2fel el incident ✅",
        "1시간 가까이 p99/에러율 정상이고 CS도 조용하니까 이번 건은 종료할게. 다들 고생했어",
        "좋아. 종료 선언할게. 14:00~19:08 푸시 미발송/지연, 19:20 이후 완전 정상. 포스트모템은 다음주 화요일에",
        "Danke euch allen, super reagiert. Für mich is der Vorfall damit abgschlossen.",
        "这次就到这，明早 10 点复盘，辛苦大家",
        "ok, calling it: fix is live in the store, crash is gone. thanks everyone",
        "Vielen Dank. Ich beende hiermit den Major Incident und setze INC0048213 auf „Gelöst“.",
        "Коллеги, инцидент INC-0315-01 закрыт в 14:43. Благодарю всех за оперативную работу.",
        "Les comunicamos que, finalizado el periodo de observación, se da por cerrada la incidencia.",
        "Dobra, zamykamy temat. Płatności działają od 21:17, dzięki wszystkim",
        "per me l'incidente si può chiudere 🟢 bonifici regolari dalle 08:37",
        "Thank you all. We close the incident as of 16:38 UTC. Postmortem Thursday 10:00 UTC",
        "Bilgilendirme (11:30) — Olay Kapanışı. Gecikme yaşanan giden EFT işlemlerinin tamamı gönderildi.",
        "Bapak/Ibu sekalian, layanan telah berjalan normal. Dengan ini insiden Severity 2 dinyatakan selesai.",
        "Right, I'm happy we're done here. Calling it — Priya can you take the status page to resolved?",
        "Sev-2 close kar rahi hoon ✅ sab normal hai, RCA doc kal tak",
        "Le service est stable depuis six heures. Je lève la cellule de crise à 2h05.",
        "Akkoord. Ik verklaar het incident voor gesloten, de data is compleet.",
        "خلاص يا جماعة، نعتبر الحادث منتهي الساعة ٨:٠٣ ✅ مشكورين كلكم",
        "皆様、夜間の対応ありがとうございました。本件の障害対応はこれにて終了とします。",
        "oke, insiden ini gue tutup ya. topup normal lagi, makasih semua",
        "Sì, togliete pure il banner. Per quanto ci riguarda l'incidente è chiuso.",
        "Dann beende ich die Störung hiermit um 01:24 Uhr.",
        "疊券全開快 30 分鐘了，這次事件先到這邊結案，大家辛苦了",
        "fila normal, push normal. pode encerrar o incidente ✅ obrigada galera",
        "ja, brandje geblust wat mij betreft 🧯 banner eraf, dank allemaal!",
        "Bevakningsperioden är över och tjänsten har fungerat normalt. Jag avslutar härmed INC-2291.",
        "dobra, uznaję że jest po sprawie — mm stabilny, event chodzi. dzięki wszystkim",
        "OK — labels flowing at both DCs, backlog gone. I'm calling this incident over as of 9:38 CT.",
        "Berdasarkan pemantauan lebih sejam tanpa sebarang ralat, status insiden ditukar kepada *DITUTUP* berkuat kuasa jam 10.22 pagi.",
        "با توجه به عادی بودن نرخ خطا، این حادثه از ساعت ۱۳:۳۰ خاتمه یافته اعلام می‌شود.",
        "Perfekt. Dänn simmer dure — ich mach de Incident zue. Merci zäme",
        "তাহলে এই incident শেষ ধরতেছি ✅ সবাইকে ধন্যবাদ",
        "Hvala svima na brzoj reakciji. Ovime incident zatvaramo.",
        "Hiermit schliesse ich INC-24-1187. Der Zahlungsverkehr läuft seit 09.30 Uhr wieder normal.",
        "Ndugu wote: mfumo umekuwa shwari kwa zaidi ya saa sita, natangaza rasmi kwamba tukio hili limefungwa.",
        "15 min fully back, zero timeouts. I'm calling it, we're done here :tada: <@U2> can you close out the status page?",
        "ok rahvas, peaesineja laval, järjekorrad läbi, skännerid korras. loeme selle intsidendi lõpetatuks :pray:",
        "تمام ساتھیوں کا شکریہ۔ refund کی تصدیق ہو چکی ہے، لہٰذا یہ incident باضابطہ طور پر بند کیا جاتا ہے۔",
        "بناءً على استقرار المؤشرات منذ مساء أمس، أُعلن إغلاق الحادثة INC0187342.",
        "Ok oameni buni, eu zic că putem închide incidentul. Comenzile de azi au toate AWB.",
        "lag 穩定喺 0-200, SMS backlog 清晒, hotline 都回復正常. 呢單 incident 正式 close ✅ 辛苦晒大家",
        "Ok, due ore senza un KO: per me l'incidente si chiude qui.",
        "ขอบคุณทุกท่านมากค่ะ ขอปิดเหตุขัดข้องระบบคิว OPD ณ เวลา 08:50 น. นะคะ",
        "Mooi. Prijzen kloppen, Sentry is stil. Wat mij betreft is het incident hiermee klaar.",
        "30분 지켜봤는데 전부 평소 수준 유지. 오늘 대응은 여기서 끝낼게요 :checkered_flag:",
        "right, i'm calling this one. status page marked resolved. statements stay paused until monday's fix, writeup tomorrow",
        "Trafic normal depuis une heure, zéro erreur. Je ferme l'incident.",
        "Alles stabil seit einer Stunde, ich schließe den Incident.",
        "So, von meiner Seite: Störung beendet ✅ API seit über 15 min stabil.",
        "Tudo estável há uma hora, encerro o incidente.",
        "*zamykam MI-2024-117* ✅ 45 min stabilnie po rollbacku, decline rate w normie",
        "INC-2024-1187 – zamknięcie. Incydent rozwiązany, logowanie działa od 18:40.",
        "tout est stable, je ferme INC0048213.",
        "오케이 이번 건 일단 종료! 다들 고생했어 🙇",
        "Arkadaşlar, emekleriniz için teşekkür ederim. Olay çözülmüştür. Yarın kısa bir değerlendirme yapalım.",
        "Då stänger vi incidenten ✅ bannern i appen tas ner kl 10.",
        "Stichprob stimmt. Vo mir us isch de Incident abgschlosse ✅",
        "تمام، كده نقفل الـ incident ✅ el postmortem yom el 7ad",
        "송금 처리는 10:19부터 정상이고, 인시던트는 여기서 종료하겠습니다.",
        "za mě je to vyřešený. fronta 0, consumer na novym buildu, shrnutí napíšu zítra",
        "resolving the SEV1 ✅ all affected accounts unbanned, enforcement back on",
        "süper, o zaman olay benim açımdan kapandı ✅ aksiyonlar yarın",
        "Oke rekan2, BI-FAST normal sejak 08:34, insiden BI-FAST hari ini saya nyatakan selesai.",
        "incidentas baigtas: kortelių mokėjimai veikia nuo 20:31. ačiū visiems ❤️",
        "Gør det. Jeg lukker INC-4471 som løst – tusind tak for den hurtige indsats alle sammen 👏",
        "نعلن انتهاء الحادثة ✅ خدمة حجز المواعيد تعمل بشكل طبيعي",
        "затварам инцидент ✅ таблети примају поруџбине од 11:38, све на чекању поново послато. хвала свима 🙏",
        "Incident imeisha ✅ Paybill iko normal, backlog imereplay, reversals zimefanyika. Asanteni wote 🙏",
        "tamamdır, incident'i kapatıyorum ✅ herkese çok teşekkürler 🙏",
        "success rate 94–96% jau pusotru stundu, pasūtījumu vairs nav. slēdzu incidentu 🟢 paldies visiem",
        "好，呢單 close 咗。多謝各位 🙏 下晝 3 點 開 PIR",
        "عالی. اینسیدنت رو می‌بندیم ✅ postmortem شنبه ساعت ۱۱",
        "Då stänger jag incidenten. Undantaget behövs inte längre, jag meddelar dem. Tack för i dag.",
        "ممتاز. نعتبر الحادثة منتهية ✅ الـpostmortem الأحد",
        "מבחינתי התקלה סגורה ✅ סיכום קצר מחר בבוקר",
        "Dank u. Daarmee beschouw ik de verstoring als afgehandeld. De evaluatie volgt vrijdag.",
        "Коллеги, подвожу итог: тарификация исправлена. Инцидент считаю закрытым. Благодарю всех",
        "no niin, suljetaan tää. kirjotan lyhyen postmortemin huomiseks",
        // A negation reaches back only within its sentence: the one before does not undo the closing.
        "4.18.1 на 100%, 4.18.0 більше ніде не роздається. закриваю інцидент ✅",
        "好 事故关闭 ✅ 复盘会周一下午 3 点",
        "Alt stabilt i en halvtime, køen er tom. Vi erklærer hendelsen løst kl 10:48.",
        "Så lukker vi hændelsen 🙂 tak for indsatsen",
        "INCIDENT REZOLVAT – INC-1008 | Cauză: certificatul APNs expirat la 08:14",
        "Estimado equipo: a las 19:30 h se declara RESUELTO el incidente de SPEI salida.",
        // Turkish, Pidgin and Dutch closings; service restored, then the closing, then what stays paused.
        "Son 20 dk: 412 işlem, %95.8 başarı. Sentry'de yeni PKIX event'i yok. Bence kapatabiliriz.",
        "15 mins with both NATs: 97.4% completion, zero timeouts. I dey close this incident.",
        "Nachtrun ging vanzelf, freshness groen. Wat mij betreft is dit dicht.",
        "Service restored, confirmed by station at 06:47. I'm resolving INC0098231 now. Patch rings stay paused for all our sites until the PIR. Thanks all 👏",
        // Hinglish "resolving PD", Chinese "declared recovered".
        "BLR-South backlog clear, allocator stable. PD resolve kar raha hu. postmortem kal 11 baje",
        "观察 30 分钟，各项指标正常。INC-20250617-003 宣布恢复，复盘周四 10:00",
        // Closing the incident by its number, in Swedish.
        "Rusningen klar utan avvikelser och hela flottan har nyckeln. Stänger INC-2211.",
        // Spanish: reconciliation done, the worklist stable; I close the incident by its number.
        "Conciliación terminada, MWL estable desde las 09:14. Cierro la INC0048213.",
    ])
    func closingsInMoreLanguagesEndTheIncident(_ text: String) {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U2", "found it: the new signing key is not in our keystore")
        chat.say(30, "U2", "rolled back the key config")
        chat.say(38, "U1", "payments back to normal, error rate 0.2%")
        let closed = chat.say(120, "U1", text)
        #expect(analyze(chat).milestones[.resolved]?.ts == closed)
    }

    @Test(arguments: [
        // Words that negate in one language and affirm in another are not negating words:
        // "si" (Spanish yes, typed without its accent; Swahili "not"), "tak" (Polish yes; Malay
        // "not"), "nu" (Dutch now).
        "si, ya funciona, error rate 0.2%",
        "tak, znowu działa, error rate 0.2%",
        "nu weer normaal, error rate 0.2%",
    ])
    func anAffirmingWordBeforeARecoveryDoesNotUndoIt(_ text: String) {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U2", "found it: the new signing key is not in our keystore")
        let effect = chat.say(38, "U1", text)
        #expect(analyze(chat).milestones[.mitigated]?.ts == effect)
    }

    @Test func anAlarmNobodyAnsweredBeforeTheFirstReportIsTheDetection() {
        var chat = team(bots: [("B1", "Control-M EM")], people: "Priya", "Tom", "Aisha")
        let alarm = chat.say(0, "B1", "⚠️ LATE — CBS_EOD_0410_INTACCR has exceeded its maximum elapsed time (max 00:40)", bot: true)
        let report = chat.say(300, "U1", "morning all, customers say balances are stale and transfers are failing")
        chat.say(305, "U2", "looking now")
        chat.say(310, "U3", "the overnight batch is stuck on 0410, retrying a connection forever")
        let a = analyze(chat)
        #expect(a.milestones[.detected]?.ts == alarm)
        #expect(a.milestones[.detected]?.ts != report)
    }

    @Test func aMonitorsNoticeOfAReleaseIsNotAnAlert() {
        var chat = team(bots: [("B1", "Sentry")], people: "Ola", "Piotr")
        chat.say(0, "B1", "Release webhook-receiver@2.14.0 was deployed to production", bot: true)
        chat.say(3, "U2", "2.14.0 na prodzie, nowy parser statusów")
        chat.say(5, "U1", "super, dzięki")
        let alert = chat.say(60, "B1", "Critical: webhook.events_received = 0 in last 30m (threshold < 5) — production", bot: true)
        chat.say(62, "U2", "looking")
        chat.say(63, "U1", "zero eventów od kuriera od 13:10")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test(arguments: [
        // A bot no list names, opening with a Swedish state word; a monitor's field saying when the check last passed.
        ("Vaktpost", "🔴 NERE: Lärportalen – inloggning (syntetisk)"),
        ("Pingdom", "Check failed: portal login (synthetic), step 3 of 4. Last OK: 05:06"),
    ])
    func aMonitorsStateWordsInItsOwnFormAreAnAlert(bot: String, alert text: String) {
        var chat = team(bots: [("B1", bot)], people: "Sara", "Emir", "Johan")
        let alert = chat.say(0, "B1", text, bot: true)
        chat.say(3, "U1", "tittar")
        chat.say(5, "U2", "teachers can't log in, the portal bounces them back after sign-in")
        chat.say(6, "U3", "same for the staff portal")
        chat.say(7, "U1", "checking the IdP")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test func aMonitorsHourlyAllNominalStatusIsNoAlert() {
        var chat = team(bots: [("B1", "NurseLink Monitor")], people: "Gemma", "Tom", "Aisha")
        chat.say(0, "B1", "NurseLink hourly status — all systems nominal. Servers: nl-app-01 ✔ nl-app-02 ✔ Calls raised (last hr): 61", bot: true)
        let report = chat.say(14, "U1", "On Ward 7 our handsets haven't buzzed for any call bells for a while, bed 14 pressed and nothing came through")
        chat.say(16, "U2", "looking, which handsets?")
        chat.say(18, "U3", "same on Ward 9, call bells not reaching the DECT phones")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test func theClosingRecapIsNotTheFirstReport() {
        var chat = team(bots: [], people: "Rui", "Ana", "Sofia")
        let first = chat.say(0, "U1", "bom dia, o portal de telemetria mostra os números de ontem à noite")
        chat.say(2, "U2", "vou ver")
        chat.say(3, "U3", "confirmo, o meu também")
        chat.say(180, "U2", "Ocorrência encerrada às 11h18. Resumo: o portal ficou parado desde as 23h38 até às 08h56, o job falhou depois do upgrade")
        chat.say(182, "U1", "obrigado, atualizo o ticket")
        chat.say(183, "U3", "eu escrevo o postmortem")
        #expect(analyze(chat).milestones[.detected]?.ts == first)
    }

    @Test func aNightAlertTakenUpInTheMorningBeforeAnyReportIsTheDetection() {
        var chat = team(bots: [("B1", "Uptime-vahti")], people: "Juho", "Mikko", "Liisa")
        let alert = chat.say(0, "B1", "HÄLYTYS: Kirjautuminen (Valtti) epäonnistui 3 kertaa peräkkäin", bot: true)
        chat.say(100, "U1", "Huomenta. Joo olen, katson heti.")
        chat.say(110, "U1", "customers can't log in, every login fails with a 500 after the bank redirect")
        chat.say(112, "U2", "Kellon heitto? tarkistan ntp:n")
        chat.say(115, "U3", "Hyväksyn hätämuutoksena")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test func aTakingUpDaysBeforeTheReportIsAnotherEpisode() {
        var chat = team(bots: [("B1", "Uptime-vahti")], people: "Juho", "Mikko", "Liisa")
        chat.say(0, "B1", "HÄLYTYS: Kirjautuminen (Valtti) epäonnistui 3 kertaa peräkkäin", bot: true)
        chat.say(100, "U1", "Huomenta. Joo olen, katson heti.")
        let report = chat.say(2 * 1440, "U2", "customers can't log in, every login fails with a 500 after the bank redirect")
        chat.say(2 * 1440 + 3, "U1", "Kellon heitto? tarkistan ntp:n")
        chat.say(2 * 1440 + 5, "U3", "Hyväksyn hätämuutoksena")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test func anAlarmPeopleTalkedPastIsNotTheDetection() {
        var chat = team(bots: [("B1", "Zabbix")], people: "Priya", "Tom", "Aisha")
        chat.say(0, "B1", "PROBLEM: disk usage above 80% on build-02", bot: true)
        chat.say(10, "U2", "that's the build box again, I'll clean it tomorrow")
        let report = chat.say(300, "U1", "morning all, customers say balances are stale and transfers are failing")
        chat.say(305, "U2", "looking now")
        chat.say(310, "U3", "the overnight batch is stuck on 0410, retrying a connection forever")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test(arguments: [
        "our users can't sign in through SSO since early this morning", "half the agents are unable to log in", "our admins are locked out of the console",
        "their bookkeeper says invoice totals on a bunch of their clients' invoices don't add up to the line items",
        "Depuis l'ouverture de la hotline à 7h00, 23 appels de clients dont la carte Debit est refusée à l'étranger",
        "in assistenza stanno arrivando parecchie segnalazioni di bonifici istantanei che restano in lavorazione",
        "doing the weekly trading flash and Saturday 26th won't reconcile: the dashboard has net revenue at £1,942k",
        "the surf school just whatsapped me: 3 customers paid but their bookings still say awaiting payment",
        "seeing 4 one-star reviews in the last hour, all say the app closes right after the splash screen",
        "students saying quiz submit just spins and then throws Something went wrong",
        "Line 4 packaging: labels aren't printing on PK4-01, MES says jobs are queued but nothing comes out",
        "Good morning from Kraków. Something is very wrong with last night's bans, appeals went from 40 to 2,300",
        "Bei uns im Support kommen auffällig viele Tickets rein: Rad lässt sich nicht entsperren",
        "SOC here: HFSTM220 abended S0C7 in STEP030, the statement folder is held behind it",
        "oigan las guías de Cóndor no están saliendo en ninguna línea, se quedan en enviando",
        "merhaba, müşteri hizmetlerine son 10 dkda 6-7 çağrı geldi, kartla ödeme yapamıyoruz diyorlar",
        "Goedemorgen, staan de routes voor vandaag al klaar? Ik zie nog niks in het scannerportaal",
        "ya gama3a el call center beyballa3 en *550# mesh shaghal, 14 shakwa fe 5 da2aye2",
        "support's seeing a cluster of paid-for-gems-never-got-them tickets, players never got them after paying",
        "Buongiorno. Segnalo con urgenza che il call center ha ricevuto tre chiamate di clienti che vedono bollette di altri",
        "Hele, volá Olomouc, že pokladna se jim u výběru točí 30–40 s na transakci. Neděje se něco?",
        "players say they cant install on their orbit phone, it downloads then gets removed",
        "❌ Innsending feilet for 14/14 porteføljer (HTTP 401 Unauthorized). Neste forsøk 10:45.",
        "Morning all. I've got 9 tickets since Friday all saying the same thing: automatic payment reminders stopped going out",
        "Godmorgen. Vi har fået en del opkald om at selvbetjeningen bare viser en hvid side, både på pc og mobil. Er der noget kendt?",
        "Dobro jutro. Imamo 4 poziva u poslednjih pola sata, klijenti u inostranstvu ne mogu da plate karticom online",
        "hi IT, yung mga WFH agents ko nadidisconnect yung calls, parang ~30 secs after sagutin tapos patay na",
        "buongiorno! ragazzi ma c'è qualcosa che non va con le foto dei prodotti?? già 6 ticket di gente che vede le schede senza immagini",
        "ae ơi có ai thấy map tài xế bị đứng ko, dashboard điều phối thấy cả đống xe đứng im 1 chỗ",
        "Förare på 4:an och 11:an säger att validatorerna lyser rött på en del mobilbiljetter. Någon som vet något?",
        "Huomenta. Hervannassa itsepalvelukassat hylkää kaikki kortit. Miehitetyt toimii. Jonoa on.",
    ])
    func reportsInMoreWordsAreSymptoms(_ text: String) {
        var chat = team(bots: [("B1", "Datadog")], people: "Megan", "Camille", "Jules")
        let report = chat.say(0, "U1", text)
        chat.say(6, "U2", "sorry for the disruption, looking into it now")
        chat.say(20, "U3", "every SAML response since 03:21 fails signature validation")
        chat.say(30, "B1", "[Triggered] SSO login failure rate above 20%", bot: true)
        chat.say(33, "U2", "could their IdP have rolled its signing certificate?")
        chat.say(36, "U3", "checking their metadata endpoint")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test(arguments: [
        // A closing put off to a time, a condition or tomorrow, the closing of something else, an
        // app "closing on launch" and a tool quoted as saying resolved.
        "watching till 16:00 then closing",
        "closing the loop on fx: every line recomputed by hand matches",
        "I'll leave us in Stable overnight and keep an eye on CloudTrail. Closing tomorrow morning if nothing moves.",
        "引き続き件数の突合をお願いします。問題なければ夕方にクローズとします。",
        "huddle closed. we regroup at 16:45 once the partner has a throttled client",
        "resolved our page, ping #search-platform if anything looks off",
        "Ondertussen 14 oproepen. Kouter zet de slagboom gewoon open tot het opgelost is",
        "Ik zet 2.14.0 terug in productie, die rollback heeft toch niks opgelost",
        "rollout done, handshakes OK in the logs, confirmed. leaving fail-open on for another 10 min while we watch",
        "Rolling Restart abgeschlossen, alle sechs Pods laufen.",
        "let's watch it for half an hour before standing down. anything else we should keep an eye on?",
        "15 min aur dekhte hain, phir close karte hain. koi kuch odd dekhe toh yahin bolna",
        "support macro updated + help center banner up: App closing on launch (Apr 17)",
        "lol sentry says resolved, sentry is an optimist",
        "SMSC-02 패치 적용 완료했습니다. 양 노드 정상 처리 확인 후 작업 종료합니다.",
        "Abgleich abgeschlossen: Alle 251 Aufträge sind bestätigt und verbucht. Keine Duplikate.",
        "ok. laptop closed. dinner :wave:",
        "udah 15 menit stabil pake cert baru. gue pantau sampe 08.30 baru gue tutup",
        "Wird erledigt. Die Teile stehen noch in den Gitterboxen an der Linie, wir bringen sie ins Sperrlager.",
        // A change completed last night, a monitor that thinks it is solved, an incident not closed yet.
        "Guten Morgen. Der Change betraf nur das VPN-Gateway und war um 21:15 abgeschlossen.",
        "lol grafana denkt dat het opgelost is",
        "Vale. No cierro la incidencia hasta ver el SDD enviado y aceptado.",
    ])
    func aClosingPutOffOrOfSomethingElseIsNoClosing(_ text: String) {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U2", "found it: the new signing key is not in our keystore")
        chat.say(38, "U1", "payments back to normal, error rate 0.2%")
        let early = chat.say(50, "U1", text)
        let closed = chat.say(120, "U1", "2h clean, closing this out")
        let a = analyze(chat)
        #expect(a.milestones[.resolved]?.ts != early)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test func anIncidentToolsStatusChangedInWordsIsItsStatus() {
        var chat = team(bots: [("B1", "Dispatch")], people: "Aoife", "Mathis", "Priya")
        chat.say(0, "B1", "🚨 Security incident SEC-412 created: live credentials exposed in a public repository", bot: true)
        chat.say(2, "U1", "IC here, on it")
        chat.say(10, "U2", "found it: a public demo repo carries our .env with live keys")
        let stable = chat.say(40, "B1", "Incident SEC-412 status changed from Active to Stable by @Aoife.", bot: true)
        let closed = chat.say(600, "B1", "Update from Dispatch: incident SEC-412 status changed from Stable to Closed by @Aoife.", bot: true)
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == stable)
        #expect(a.milestones[.resolved]?.ts == closed)
    }

    @Test func aRecoverySeenBeforeTheNextHalfHourlyUpdateIsTheMitigation() {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "found it: the renewed origin cert is missing its intermediate")
        chat.say(20, "U1", "STATUS UPDATE #2 — Impact: checkout 502 for most customers. Current status: Identified. Next update: 30 min")
        let seen = chat.say(27, "U3", "5xx ratio going down fast, 47% → 1.2%. synthetic checkout is green again")
        chat.say(35, "U1", "STATUS UPDATE #3 — Impact: checkout works again for most customers. Current status: recovering. Next update: 30 min")
        chat.say(65, "U1", "STATUS UPDATE #4 — Impact: none. Current status: Monitoring. Next update: 30 min")
        #expect(analyze(chat).milestones[.mitigated]?.ts == seen)
    }

    @Test func aSyntheticMonitorsFailedCheckIsTheDetection() {
        var chat = team(bots: [("B1", "SynthMon")], people: "Flo", "Lukas", "Birgit")
        let failed = chat.say(0, "B1", "🔴 FAILED — Login Kundenportal (prod) Schritt 3/5 fehlgeschlagen, HTTP 400", bot: true)
        chat.say(15, "B1", "🔴 FAILED — Login Kundenportal (prod) Schritt 3/5 fehlgeschlagen, HTTP 400", bot: true)
        chat.say(32, "U1", "Guten Morgen. Hab den Synth-Alarm grad am Handy gesehen, schau ma's an")
        chat.say(46, "U1", "Reproduzierbar: nach dem SMS-Code kommt Anmeldung fehlgeschlagen")
        chat.say(60, "U3", "Bin da, übernehme den Major Incident")
        #expect(analyze(chat).milestones[.detected]?.ts == failed)
    }

    @Test func aJapaneseSupportReportAndAFormalAcknowledgementAreRead() {
        var chat = team(bots: [("B1", "Datadog")], people: "高橋", "山下", "小林")
        let report = chat.say(0, "U1", "【お問い合わせ共有】本日9時過ぎより、複数のお客様から請求書メールが届いていないとのお問い合わせをいただいております")
        chat.say(1, "U3", "おはようございます")
        let ack = chat.say(2, "U2", "高橋さん、共有ありがとうございます。当番の山下です、こちらで確認いたします。")
        let notice = chat.say(6, "U2", "あれ、invoice-monthly-issue の完了通知が来てない…。2時の開始通知は出てるのに")
        chat.say(12, "B1", "[Triggered] invoice-monthly-issue has not reported success", bot: true)
        chat.say(20, "U3", "原因が分かりました。DBメンテナンスで入った10分のタイムアウトでバッチが異常終了しています")
        chat.say(24, "U2", "承知しました。ロールの設定を戻す手順を用意します")
        let a = analyze(chat)
        expectMilestones(a, [.detected: report, .acknowledged: ack])
        #expect(a.milestones[.mitigated]?.ts != notice)
    }

    @Test func aBrazilianIAmLookingAcknowledges() {
        var chat = team(bots: [("B1", "Datadog")], people: "Bruna", "Lucas", "Thiago")
        chat.say(0, "B1", "[Triggered] checkout p95 > 2s (prod)", bot: true)
        chat.say(1, "U1", "gente, checkout tá muito lento, clientes reclamando")
        let ack = chat.say(3, "U2", "tô vendo")
        chat.say(8, "U3", "redis tá cheio, evictando chave")
        chat.say(12, "U1", "será que é o deploy das 23h?")
        #expect(analyze(chat).milestones[.acknowledged]?.ts == ack)
    }

    @Test func anITSMChangeRecordIsNotTheIncidentOpened() {
        var chat = team(bots: [("B1", "ServiceNow")], people: "Grace", "Tom", "Priya")
        chat.say(0, "B1", "Change CHG0031877 implemented — PharmStock ward-order interface go-live. Outcome: Successful.", bot: true)
        chat.say(5, "U2", "nice, thanks all")
        let opened = chat.say(330, "B1", "New P2 incident INC0488213 — MedChart EPMA: Elm Ward unable to log in, error MC-4012", bot: true)
        chat.say(333, "U1", "on it")
        chat.say(340, "U3", "same on Ward 9, nobody can log in")
        #expect(analyze(chat).milestones[.detected]?.ts == opened)
    }

    @Test func namingAColleagueInPassingDoesNotUndoAFalseAlarm() {
        var chat = team(bots: [("B1", "Opsgenie")], people: "Cian", "Ronan", "Darragh")
        chat.say(0, "B1", "#48213: [Prometheus] KafkaConsumerLagHigh lag 184,302 msgs (threshold 150,000)", bot: true)
        chat.say(1, "U1", "looking")
        chat.say(6, "U1", "git blame says <@U3> moved the threshold to 150k last Thursday")
        chat.say(11, "U1", "lag under 40k and dropping. No customer impact. False alarm, closing it.")
        let real = chat.say(120, "B1", "#48240: [Prometheus] PaymentsApi5xxRatioHigh 5xx ratio 38%", bot: true)
        chat.say(122, "U1", "looking")
        chat.say(125, "U2", "risk-scoring calls failing with tls errors")
        #expect(analyze(chat).milestones[.detected]?.ts == real)
    }

    @Test func aClosingInWordsWithinHoursOutranksAConfirmedRecovery() {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "found it: an application-layer flood on /search")
        chat.say(20, "U2", "rate limit on /search is in, origin back to 9k rps")
        chat.say(60, "U3", "desk confirms pages are loading again, thank you all")
        let closed = chat.say(200, "U1", "ok calling it. flat for half an hour, site healthy, we're closed")
        #expect(analyze(chat).milestones[.resolved]?.ts == closed)
    }

    @Test func impactEndsNoLaterThanTheToolMarksTheIncidentResolved() throws {
        var chat = team(bots: [("B1", "Dynatrace"), ("B2", "ServiceNow")], people: "Katrin", "Stefan", "Emre")
        chat.say(0, "B1", "Problem P-44 OPEN: failure rate increase on claims-upload-service", bot: true)
        chat.say(2, "U1", "Ich übernehme als MIM")
        chat.say(20, "U3", "gefunden: das Firmware-Update des Storage bricht Multipart-Uploads")
        let resolved = chat.say(300, "B2", "INC0048213 aktualisiert: Status → Resolved", bot: true)
        chat.say(306, "U2", "Pods neu gestartet, Hotfix eingespielt")
        let a = analyze(chat)
        #expect(a.milestones[.resolved]?.ts == resolved)
        let mitigated = try #require(a.milestones[.mitigated])
        #expect(mitigated.time <= a.milestones[.resolved]!.time)
    }

    @Test(arguments: [
        ("PROBLEM mad-bkp-03/DISK /var is WARNING free space: /var 17%", "lo del backup es el job de los lunes, a la 1 se limpia solo. lo ignoro"),
        // Hebrew: the known Safari bug, there is a ticket; we ignore it.
        ("PROBLEM dashboard-web TypeError: Cannot read properties of undefined (reading 'severity')", "זה הבאג הידוע של Safari 16, יש טיקט FE-1432. מתעלמים"),
        // French: known, it's when INSEE's API times out; archiving it. Naming the timeout reports nothing.
        ("PROBLEM web-app TypeError: Cannot read properties of undefined (reading 'siret')", "connu ça, c'est quand l'API Sirene de l'INSEE timeout pendant l'onboarding. Je l'archive 24h"),
    ])
    func anAlertWavedOffInOtherLanguagesIsNotTheDetection(_ alert: String, _ dismissal: String) {
        var chat = team(bots: [("B1", "Nagios")], people: "Rubén", "Lucía", "Marta")
        chat.say(0, "B1", alert, bot: true)
        chat.say(2, "U1", dismissal)
        let real = chat.say(38, "B1", "PROBLEM stp-mad-01/MT_SMS_IN_NEXO is WARNING: SMS entrantes desde Nexo 41 msg/min", bot: true)
        chat.say(43, "U1", "Visto, lo miro")
        chat.say(50, "U2", "los bancos dicen que no llegan los códigos OTP")
        #expect(analyze(chat).milestones[.detected]?.ts == real)
    }

    @Test func aServiceReloadedIsAFixSoTheRecoveryAfterItCounts() {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "02 reloaded, s_client shows 2 certs")
        let effect = chat.say(15, "U3", "handshake fail rate back to baseline on every node")
        chat.say(40, "U2", "restarted the webhook workers too")
        #expect(analyze(chat).milestones[.mitigated]?.ts == effect)
    }

    @Test func aDrillAnnouncedIsNotTheIncidentButItsAlertIs() {
        var chat = team(bots: [("B1", "PagerDuty")], people: "Niamh", "Priya", "Jess")
        chat.say(0, "U1", "Starting the failover drill now, west dashboards will be slow for a few minutes")
        chat.say(3, "U2", "ok, watching west")
        chat.say(5, "U3", "switchover done on my side")
        let alert = chat.say(40, "B1", "Triggered #48213: [dispatch-pipeline] Orders stuck in PENDING > 5m — 318 orders", bot: true)
        chat.say(42, "U2", "that's not the drill, looking")
        chat.say(45, "U3", "west consumers point at the old Kafka cluster")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test(arguments: [
        "FYI CHG-20417 starting now: firewall rule tidy-up on edge-fw-01/02 (removing stale Slough DC ranges). Low risk, no service impact expected. Shout here if anything looks odd",
        "CHG-20417 complete ✅ 212 stale rules removed",
    ])
    func aChangeNoticeIsNotTheReportOfTheIncident(_ notice: String) {
        var chat = team(bots: [("B1", "Sentinel NOC")], people: "Callum", "Aisha", "Jess")
        chat.say(0, "U1", notice)
        chat.say(2, "U2", "ta")
        chat.say(4, "U3", "👍 shout if the Slough ranges are still in use somewhere")
        let alert = chat.say(40, "B1", "CRITICAL: SMPP bind failure — LYRIAN-SMSC-A — smsgw-lon-03", bot: true)
        chat.say(42, "U2", "on it")
        chat.say(45, "U3", "binds to Lyrian keep dropping on all three gateways")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test func anErrorTrackersEscalatingIssueWasRaisedWhenItWasNew() {
        var chat = team(bots: [("B1", "Sentry")], people: "Rohan", "Meera", "Kabir")
        let new = chat.say(0, "B1", "[onboarding-svc] New issue: KycOtpVerifyError: SatyaID returned E_TXN_NOT_FOUND for otp/verify", bot: true)
        chat.say(100, "B1", "[onboarding-svc] Issue escalating: KycOtpVerifyError: SatyaID returned E_TXN_NOT_FOUND for otp/verify", bot: true)
        chat.say(102, "U1", "dekh raha hu")
        chat.say(105, "U2", "KYC OTP verify fail ho raha hai for everyone")
        #expect(analyze(chat).milestones[.detected]?.ts == new)
    }

    @Test func chatterThatWentQuietBeforeAnAlertIsNotTheIncidentsReport() {
        var chat = team(bots: [("B1", "Grafana")], people: "Diego", "Rhea", "Tessa")
        chat.say(0, "U1", "is it just me or does the build cache eat 40GB every sprint, my laptop is screaming")
        chat.say(1, "U2", "delete the unavailable simulators then nuke DerivedData")
        chat.say(3, "U1", "freed 31GB ty")
        chat.say(9, "U3", "reminder: the phased release is at 20%, planning to bump it tomorrow")
        let alert = chat.say(39, "B1", "[FIRING:1] CheckoutErrorRate (prod) 5xx ratio 8.2% above 2%", bot: true)
        chat.say(40, "U2", "looking")
        chat.say(41, "U3", "checkout is failing for everyone, support queue filling up")
        chat.say(43, "U2", "could it be the promo config pushed at 3:32?")
        chat.say(44, "U1", "or the 7.14 release? it went to 20% this morning")
        chat.say(45, "U3", "not 7.14, the crashes are on 7.13 too")
        chat.say(46, "U1", "payments api errors spiking too, escalating to the payments lead")
        chat.say(47, "U2", "maybe the feed deploy from this afternoon?")
        chat.say(48, "U3", "nope, feed responses are identical before and after")
        chat.say(49, "U1", "5xx still climbing, 11% now")
        chat.say(50, "U2", "reverted the config, errors dropping")
        chat.say(54, "U3", "error rate back under 1%, checkout working again")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test func newRelicsPriorityAndStateWordsNameNoAlert() {
        var chat = team(bots: [("B1", "New Relic")], people: "Burak", "Emre", "Gizem")
        chat.say(0, "B1", "🟠 High priority issue is active\ncheckout-api error rate > 2% (PROD)", bot: true)
        chat.say(1, "U1", "3D secure page of the payment provider again, passes in 5 min")
        chat.say(7, "B1", "🟢 Issue closed\ncheckout-api error rate > 2% (PROD)", bot: true)
        let critical = chat.say(83, "B1", "🔴 Critical priority issue is active\nHomepage Apdex < 0.7 (web-storefront PROD)", bot: true)
        chat.say(84, "U2", "looking 👀")
        chat.say(85, "U3", "customer service is getting calls that the site will not open")
        chat.say(88, "U2", "the popular searches widget waits on autocomplete, p95 6.9 s")
        #expect(analyze(chat).milestones[.detected]?.ts == critical)
    }

    @Test func aSchedulersJobEndedOKIsNoAlert() {
        var chat = team(bots: [("B1", "Control-M")], people: "Iñaki", "Lucía", "Marta")
        chat.say(0, "B1", "✅ ADD_GEN_FICHERO Ended OK (RC=0)\nFolder: SEPA_NOCTURNO", bot: true)
        chat.say(5, "U1", "fichero generado, vamos bien")
        chat.say(16, "B1", "✅ ADD_ENVIO_CAMARA Ended OK (RC=0)\nFolder: SEPA_NOCTURNO", bot: true)
        chat.say(18, "U2", "enviado a la cámara")
        let failed = chat.say(35, "B1", "🔴 ADD_RECEP_ACUSE Ended NOTOK (RC=12)\nFolder: SEPA_NOCTURNO", bot: true)
        chat.say(36, "U1", "lo miro")
        chat.say(38, "U3", "la cámara ha rechazado el fichero, error de formato")
        chat.say(41, "U2", "¿puede ser el cambio de versión del esquema de ayer?")
        #expect(analyze(chat).milestones[.detected]?.ts == failed)
    }

    @Test func theFixsEffectCountsOnlyBeforeAToolResolvedTheIncident() throws {
        var chat = team(bots: [("B1", "Rootly"), ("B2", "Datadog")], people: "Declan", "Josh", "Priya")
        chat.say(0, "B2", "[Triggered] autosave ack rate < 85% on exam-answers-prod", bot: true)
        chat.say(1, "U1", "on it")
        chat.say(10, "U2", "found it: the gateway scaled in and dropped the channel subscriptions")
        let fix = chat.say(20, "U1", "pushed the resubscribe command to every client, rolled back the scale-in")
        chat.say(30, "B1", "Incident INC-88 status changed from Investigating to Resolved by @Declan", bot: true)
        chat.say(43, "U3", "telling coordinators: autosave was interrupted and is now working again, ack rate back to 99%")
        let a = analyze(chat)
        let resolved = try #require(a.milestones[.resolved])
        #expect(a.milestones[.mitigated]?.ts == fix)
        #expect(a.milestones[.mitigated].map { $0.time <= resolved.time } == true)
        #expect(a.warnings.allSatisfy { !$0.contains("out of order") }, "\(a.warnings)")
    }

    @Test func anUptimeBlipThatCameBackUpIsNotTheStart() {
        var chat = team(bots: [("B1", "PingPup")], people: "Priya", "Tuck", "Sam")
        chat.say(0, "U1", "pushed the calendar sync fix, going to grab food")
        chat.say(5, "B1", "🔴 Monitor is DOWN: Lanternly API\nReason: HTTP 503 - Service Unavailable\nConfirmed from: Virginia, Oregon", bot: true)
        chat.say(8, "B1", "🟢 Monitor is UP: Lanternly API\nStatus: HTTP 200 - OK\nIt was down for: 2 minutes", bot: true)
        chat.say(9, "U1", "lol a 2 minute blip, probably the deploy restarting")
        chat.say(33, "U2", "ok heading out, have a good weekend")
        let down = chat.say(290, "B1", "🔴 Monitor is DOWN: Lanternly API\nReason: HTTP 503 - Service Unavailable\nConfirmed from: Virginia, Oregon", bot: true)
        chat.say(292, "U2", "uh oh, the app is down for me too")
        chat.say(294, "U1", "looking. db connections are failing, could it be the deploy?")
        chat.say(297, "U2", "not the deploy, the database says it's paused")
        #expect(analyze(chat).milestones[.detected]?.ts == down)
    }

    @Test func aPersonClosingAfterAMonitorsOwnResolvedDecides() {
        var chat = team(bots: [("B1", "Rootly")], people: "Ravi", "Mina", "Tom")
        chat.say(0, "B1", "🚨 Incident INC-77 declared: custom domains failing TLS handshakes", bot: true)
        chat.say(1, "U1", "on it")
        chat.say(10, "U2", "found it: the terraform change deleted 138 custom hostnames at the CDN")
        chat.say(20, "U1", "re-created the hostnames, certificates are issuing")
        chat.say(40, "B1", "Resolved: SSL handshake failure rate on zone custom.edge is 0.4% (threshold 2%)", bot: true)
        let closed = chat.say(100, "U3", "every custom domain has been clean for an hour, closing the incident. thanks all")
        #expect(analyze(chat).milestones[.resolved]?.ts == closed)
    }

    @Test func aTeamNamesTheLifecycleWordsOfItsOwnTracker() throws {
        var chat = team(bots: [("B1", "Sentry")], people: "Rohan", "Meera", "Kabir")
        // Each title has a word the other lacks: only the team knows both are states of one issue.
        let new = chat.say(0, "B1", "[onboarding-svc] Issue spiking: KycOtpVerifyError: SatyaID returned E_TXN_NOT_FOUND for otp/verify", bot: true)
        let spiking = chat.say(100, "B1", "[onboarding-svc] Issue surging: KycOtpVerifyError: SatyaID returned E_TXN_NOT_FOUND for otp/verify", bot: true)
        chat.say(102, "U1", "dekh raha hu")
        chat.say(105, "U2", "KYC OTP verify fail ho raha hai for everyone")
        #expect(analyze(chat).milestones[.detected]?.ts == spiking)
        let team = try RuleSet.parse(yaml: "alert_title_noise: [spiking, surging]\n", file: "team.yml")
        #expect(analyze(chat, rules: RuleSet.builtIn.extended(with: team)).milestones[.detected]?.ts == new)
    }

    @Test(arguments: [
        "🔴 DOWN app.snipsy.co/api/healthz HTTP 503 from 3/3 regions", "DOWN: app.snipsy.co/api/healthz returned 503",
        "[FIRING:1] ApiHealthDown (snipsy prod) healthz returned 503",
    ])
    func aBotNoNamePlacesThatOpensWithAnAlertStateIsAMonitor(_ text: String) {
        var chat = team(bots: [("B1", "PingPal")], people: "Maya", "Jonah", "Sam")
        let down = chat.say(0, "B1", text, bot: true)
        chat.say(36, "U1", "bookings failing for everyone, still 503")
        chat.say(38, "U2", "on it, db disk is full")
        chat.say(40, "U3", "support inbox is filling up")
        chat.say(45, "U2", "resized the disk, restarting")
        #expect(analyze(chat).milestones[.detected]?.ts == down)
    }

    @Test func aFixBeforeAnyoneSaysOnItMeansTheFirstReplyTookItUp() {
        var chat = team(bots: [("B1", "Datadog")], people: "Brenna", "Cian", "Orla")
        chat.say(0, "B1", "[Triggered] checkout price anomaly", bot: true)
        let reply = chat.say(3, "U2", "the casserole shows €8.99, should be €89.99")
        chat.say(6, "U3", "found it: the v2 pricing engine drops a digit")
        chat.say(10, "U2", "v2 flag turned off, prices back to normal")
        chat.say(15, "U1", "on it, ringing the DC now")
        let a = analyze(chat)
        #expect(a.milestones[.acknowledged]?.ts == reply)
        #expect(a.warnings.allSatisfy { !$0.contains("out of order") })
    }

    @Test func eyesAloneAfterAnAlertAcknowledgesIt() {
        var chat = team(bots: [("B1", "Alertmanager")], people: "kt", "dre", "mo")
        chat.say(0, "B1", "[FIRING:1] RedisMasterFlapping (sess-redis critical)", bot: true)
        let eyes = chat.say(1, "U1", ":eyes:")
        chat.say(3, "U2", "sess-redis switching masters every few minutes")
        chat.say(6, "U3", "i'll take the sentinel logs")
        #expect(analyze(chat).milestones[.acknowledged]?.ts == eyes)
    }

    @Test func whenNoOneSaysImpactEndedTheClearingAlertDoes() {
        var chat = team(bots: [("B1", "Nagios")], people: "Marco", "Giulia", "Paolo")
        chat.say(0, "B1", "** PROBLEM Service Alert: gw/Success rate 5m is CRITICAL **", bot: true)
        chat.say(2, "U1", "ci guardo io")
        chat.say(20, "U2", "found it: the rating engine rejects the new tariff code")
        let cleared = chat.say(41, "B1", "** RECOVERY Service Alert: gw/Success rate 5m is OK **", bot: true)
        chat.say(100, "U1", "retail ok for an hour, closing the incident")
        #expect(analyze(chat).milestones[.mitigated]?.ts == cleared)
    }

    @Test func aSymptomSaidToBeAbsentIsNoReport() {
        var chat = team(bots: [("B1", "Sentry")], people: "Niamh", "Tomasz", "Aoife")
        chat.say(0, "U1", "Cutover done, gateway on the new cluster, p99 0.8ms, no client errors. Heading to bed")
        let alert = chat.say(40, "B1", "Alert triggered: Spike in APIError 429 (dashboard)", bot: true)
        chat.say(45, "U2", "on call, looking at the gateway now")
        chat.say(48, "U3", "streamers say every call is rate limited")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test(arguments: [
        // Languages that negate after the noun: "no delay", "no errors", "no timeouts".
        "待機列0のまま、ログボ付与も遅延なし。",
        "Kesme bitti, hata yok, her şey normal.",
        "cutover ho gaya, errors nahi aa rahe",
        "전환 끝났어요, 에러는 없어요",
        // A measure said to look as usual.
        "publish latency looks normal, ~5s end to end. we're good to go 🚀",
    ])
    func aSymptomSaidToBeAbsentAfterItsNounIsNoReport(_ text: String) {
        var chat = team(bots: [("B1", "Sentry")], people: "Niamh", "Tomasz", "Aoife")
        let said = chat.say(0, "U1", text)
        chat.say(40, "B1", "Alert triggered: Spike in APIError 429 (dashboard)", bot: true)
        chat.say(45, "U2", "on call, looking at the gateway now")
        chat.say(48, "U3", "streamers say every call is rate limited")
        #expect(analyze(chat).timeline.first { $0.ts == said }.map { !$0.kinds.contains(.symptom) } ?? true)
    }

    @Test func aStateSaidAsAConditionIsNoRecovery() {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "found it: the parser skips files with the new column count")
        let todo = chat.say(40, "U2", "TODO too: remove the flag and the old code path once it's stable")
        chat.say(60, "U1", "all files processed, closing the incident")
        #expect(analyze(chat).milestones[.mitigated]?.ts != todo)
    }

    @Test func theEffectOfAFixReportedWithinTheHourIsTheMitigation() {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "found it: the new release opens a connection per request")
        chat.say(20, "U2", "rolled back to v2024.11.15.2")
        let effect = chat.say(62, "U1", "5xx at 0.4% and falling, bookings going through again")
        chat.say(120, "U1", "stable for an hour, closing the incident")
        #expect(analyze(chat).milestones[.mitigated]?.ts == effect)
    }

    @Test func anIncidentToolMovingTheStatusBackReopensIt() {
        var chat = team(bots: [("B1", "Alertmanager"), ("B2", "Rootly")], people: "Lena", "Jonas", "Mehmet")
        chat.say(0, "B1", "[FIRING:1] TrkApi5xxRatioHigh (trk-api)", bot: true)
        chat.say(1, "B2", "🚨 INC-311 declared: trk-api 5xx ratio > 2%", bot: true)
        chat.say(2, "U2", "ack, on it")
        chat.say(15, "U3", "found it: the new health check points at /ready, which is slow under load")
        chat.say(18, "U3", "reverted the health check path")
        let early = chat.say(20, "B2", "🟡 Status Started → Mitigated changed by @lena · INC-311", bot: true)
        chat.say(24, "B2", "🔴 Status Mitigated → Started changed by @lena · INC-311", bot: true)
        chat.say(25, "U1", "5xx back up to 4% in eu-central, not over yet")
        let again = chat.say(50, "B2", "🟡 Status Started → Mitigated changed by @lena · INC-311", bot: true)
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != early)
        #expect(a.milestones[.mitigated]?.ts == again)
    }

    @Test func aRestartThatChangesNothingIsNoMitigation() {
        var chat = incident(observer: "Engineer")
        let restart = chat.say(10, "U2", "Pareil à Trois-Rivières. J'ai redémarré les 3 terminaux, ça change rien pantoute.")
        let effect = chat.say(90, "U3", "le processeur a rétabli la route, les autorisations passent à nouveau")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != restart)
        #expect(a.milestones[.mitigated]?.ts == effect)
    }

    @Test func aPlanNamesFixesNotYetMade() {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "found it: retries are exhausting the PSP's connection pool")
        let plan = chat.say(12, "U1", "plan: 1) retry flag off 2) shift 60% of UPI traffic to the backup PSP")
        let fix = chat.say(20, "U2", "retry flag turned off in prod")
        #expect(analyze(chat).milestones[.mitigated]?.ts != plan)
        #expect(analyze(chat).milestones[.mitigated]?.ts == fix)
    }

    @Test func hindiLooksFineIsAnEffectNotADoubt() {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "mil gaya: retries PSP ka connection pool khatam kar rahe hain")
        chat.say(20, "U2", "retry flag off kar diya")
        let effect = chat.say(31, "U3", "SR wapas aa raha hai, 63% → 92%. ab theek lag raha hai")
        #expect(analyze(chat).milestones[.mitigated]?.ts == effect)
    }

    @Test func aFixReportedToHaveMadeNoDifferenceIsNoMitigationEvenWhenAQuestionFollows() {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "found it: the payment provider throttles our 3DS callbacks")
        let restart = chat.say(14, "U2", "restarted the payment-gateway pods")
        chat.say(16, "U3", "the restart made no difference, p95 27s. roll back the 4.12 release?")
        let effect = chat.say(60, "U1", "provider raised our tier, p95 back to 2.1s and bookings going through again")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != restart)
        #expect(a.milestones[.mitigated]?.ts == effect)
    }

    @Test func theQuickestFixNamedIsAPlan() {
        var chat = incident(observer: "Engineer")
        chat.say(10, "U2", "found it: the migration dropped the prefs index")
        let plan = chat.say(12, "U1", "right. quickest fix is put it back. Priya can you do it CONCURRENTLY so we don't lock the table?")
        let effect = chat.say(30, "U3", "index rebuilt, throughput back to 310/s and draining")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != plan)
        #expect(a.milestones[.mitigated]?.ts == effect)
    }

    @Test func aRollbackStillBrokenAfterwardsAndRuledOutIsNoMitigation() {
        var chat = incident(observer: "Engineer")
        let rollback = chat.say(10, "U2", "rolled back herald-worker to 2.30.4")
        chat.say(25, "U2", "rollback's been fully out for 15 min. throughput still ~12/s. so not 2.31")
        chat.say(60, "U3", "found it: the migration dropped the prefs index")
        let effect = chat.say(75, "U3", "index rebuilt, throughput back to 310/s and draining")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts != rollback)
        #expect(a.milestones[.mitigated]?.ts == effect)
    }

    @Test func aFixStatedBeforeARequestToTestIsTheFix() {
        var chat = incident(observer: "Engineer")
        chat.say(20, "U2", "found it: the cert renewal changed the SAML host name")
        let fix = chat.say(30, "U3", "Emergency change approved. Rolled back the host binding on the load balancer. Can you test?")
        chat.say(90, "U1", "stable for an hour, closing the incident")
        #expect(analyze(chat).milestones[.mitigated]?.ts == fix)
    }

    @Test func aDeclaredIncidentOnePersonTakesUpIsTheDetection() {
        var chat = team(bots: [("B1", "Beacon")], people: "Dana", "Rafa", "Jolene")
        let declared = chat.say(0, "B1", "🚨 INC-2291 declared: revenue on Revenue Overview ~30% below their ERP (SEV-3)", bot: true)
        chat.say(46, "U2", "I've got this one, pulling up their tenant now")
        chat.say(70, "U1", "the order count looks right but the revenue numbers are wrong on every tile")
        chat.say(75, "U2", "checking the dbt models")
        chat.say(80, "U3", "our ERP export matches last month, so it is on your side")
        #expect(analyze(chat).milestones[.detected]?.ts == declared)
    }

    @Test(arguments: [
        ("Jenkins", "maintenance-deploy - #812 Failure after 62 min: stage health-check FAILED, 0/48 instances healthy"),
        // A batch scheduler no rule names, its job abended.
        ("BatchBridge", "🔴 DLYPST04 ABENDED Abend SB37-04 Step STEP030 - 41 successors held"),
        // A payment provider's fraud notice.
        ("Paystream Radar", "Possible card testing on Hollowmere: 38 of 44 payments declined in the last 20 minutes"),
    ])
    func aToolsFailedJobThatPeopleTakeUpIsTheFirstReport(_ bot: String, _ text: String) {
        var chat = team(bots: [("B1", bot)], people: "Minji", "Junho", "Sora")
        chat.say(-90, "U1", "evening all, long cycle tonight")
        chat.say(-88, "U2", "pizza's here")
        let failed = chat.say(0, "B1", text, bot: true)
        chat.say(3, "U1", "health checks all failed? I'll check")
        chat.say(6, "U2", "servers hang on startup, warmup never finishes")
        chat.say(9, "U3", "players are stuck at the login screen after maintenance")
        #expect(analyze(chat).milestones[.detected]?.ts == failed)
    }

    @Test func aSupportDesksNewTicketRelaysTheFirstReport() {
        var chat = team(bots: [("B1", "Jira Cloud"), ("B2", "Datadog")], people: "Mia", "Tom", "Ava")
        let ticket = chat.say(0, "B1", "🎫 New ticket SUP-20417: Staff net pay lower than expected – pay run 4 Jul", bot: true)
        chat.say(10, "U1", "second customer on the phone about the same thing")
        chat.say(18, "U2", "here, having a look now")
        chat.say(40, "B2", "[Triggered] payroll net pay anomaly", bot: true)
        chat.say(42, "U3", "on it")
        #expect(analyze(chat).milestones[.detected]?.ts == ticket)
    }

    @Test func aSchedulersCriticalPathIsNoAlertFiring() {
        var chat = team(bots: [("B1", "BatchBridge")], people: "Tess", "Luis")
        chat.say(0, "B1", "▶️ EOD cycle DLY started. Jobs scheduled 142. Critical path DLYEXT01 → DLYPST04 → DLYATM11", bot: true)
        chat.say(2, "U1", "evening all, 2.3x volume tonight")
        chat.say(3, "U2", "pizza's here")
        chat.say(30, "B1", "🟢 DLYEXT01 ENDED OK RC 0000 Elapsed 00:26:11", bot: true)
        let abend = chat.say(200, "B1", "🔴 DLYPST04 ABENDED SB37-04 STEP030 - 41 successors held", bot: true)
        chat.say(201, "U1", "on it, pulling the joblog")
        chat.say(203, "U2", "B37, out of space on something")
        #expect(analyze(chat).milestones[.detected]?.ts == abend)
    }

    @Test func aMonitorsGenericHeadingDoesNotMakeTwoAlertsOne() {
        var chat = team(bots: [("B1", "nagios")], people: "Aisha", "Tom", "Jess")
        chat.say(0, "B1", "🟡 PROBLEM Service Alert\nlearn-db01/Disk /var/log is WARNING\nDISK WARNING - free space: /var/log 18%", bot: true)
        chat.say(1, "U1", "logrotate runs at 11, known, ignoring")
        chat.say(17, "U3", "reminder: upload window until 11:45")
        chat.say(35, "U2", "anyone know if the coffee machine is fixed")
        let report = chat.say(70, "U2", "Hotline's had 5 calls in 4 mins: submission spins then shows 'Gateway Timeout'. Anyone seeing anything?")
        chat.say(71, "B1", "🟡 PROBLEM Service Alert\nlearn-lb01/HTTP-learn is WARNING\nHTTP WARNING: 14.2 second response time", bot: true)
        chat.say(72, "U1", "On it, looking at the web tier now")
        chat.say(74, "U3", "same from the exams office")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test func aSyntheticMonitorThatPassedRaisesNothing() {
        var chat = team(bots: [("B1", "New Relic")], people: "Priya", "Sandeep", "Nikhil")
        chat.say(0, "B1", "✅ Synthetic monitor passed Tatkal pre-flight (search → login → seat availability) 3/3 locations", bot: true)
        chat.say(2, "U1", "2 minutes to go, no merges")
        chat.say(3, "U3", "chai's here")
        let report = chat.say(10, "U2", "booking page shows me 'Too Many Requests' 🤔")
        chat.say(11, "U3", "same, console says 429")
        chat.say(12, "U1", "looking")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test(arguments: [
        "booking page gives me 'Too Many Requests' now",
        "अरे ये क्या… booking page पे ये message आ रहा है, किसी और को भी?",
        "Apoteket Vejle har ringet, de kan ikke hente e-recepter i kassen",
        "uh. is anyone aware F-07 in B214 is beeping and says -39°C??",
        "jau 3 klientai rašo, kad mokėjimas kortele nepavyko, nors pinigai nuskaityti",
        "Kadıköy şubesinden arıyorlar, el terminalleri yeni etiketlerdeki barkodu okumuyor",
        "God morgon! Är det bara vi eller kommer ingen in på Skolportalen??",
        "Brandt & Vogel say their March invoice is in the wrong currency",
        "my phone just got the streak push like 9 times in a row?? is that just me",
        "We krijgen al 8 klanten aan de lijn die zeggen dat alle bezorgmomenten vol staan",
        "agencija javlja da im rezervacije stoje na pending, nije prošla potvrda",
        "з ночі сиплються звернення: гроші з картки списались, а замовлення скасоване",
        "אחי מישהו עוד מקבל את ה-SMS של הקוד לכניסה באיחור?",
    ])
    func moreWaysOfReportingTroubleAreTheFirstReport(_ text: String) {
        var chat = team(people: "Rajeev", "Sandeep", "Nikhil")
        chat.say(0, "U1", "good morning all, tatkal window opens at 10")
        chat.say(1, "U2", "ready")
        chat.say(2, "U3", "chai's here")
        let report = chat.say(10, "U2", text)
        chat.say(11, "U3", "me too")
        chat.say(12, "U1", "looking")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    /// A tool's notice of routine work raises nothing: a deploy counting no errors, a monitor's
    /// "▶️ … started" or "checksum OK" (information, though the bot is an alerting tool by name).
    @Test(arguments: [
        ("Forgebot", "✅ Deploy finished — 1.42.1 live in all regions. Shards 104/104 healthy. Errors 0"),
        ("Forgebot", "📊 Wave 1 progress 1.42.1 downloaded: 1.204 installed: 388 failed: 0 · next update in 50 min"),
        ("BatchSentry", "▶️ SAVSTRM started Stream: SAVSTRM (savings) ODATE: 20241231 Jobs: 23"),
        // A batch watcher's feed and export notices, a ticket tool's comment.
        ("Batchwatch", "SSIM feed received: LRK_SSIM_20250212.dat 4,812 legs · 0 rejected"),
        ("Batchwatch", "schedule export written, checksum OK"),
        ("Batchwatch", "nightly crew import: 48,112 rows, 0 errors"),
        ("Batchwatch", "pairing sync finished with 0 failures"),
        ("Batchwatch", "TT-88172 Comment added: agg02 PSU2 failure, status awaiting parts"),
        ("Interface Monitor", "Hourly interface summary — 19:00 ET 🟢 All channels within thresholds. Channels: 42 OK / 0 warn / 0 crit"),
        // A change tool's record names what it changes ("merge of duplicate rules"): planned work, no report.
        ("ChangeNotify", "A change is entering its implementation window CHG0048812 — firewall policy consolidation: merge of duplicate rules. Impact: none expected"),
    ])
    func aToolsNoticeOfRoutineWorkRaisesNothing(bot: String, notice: String) {
        var chat = team(bots: [("B1", bot), ("B2", "EconWatch")], people: "Tobbe", "Mira")
        chat.say(0, "B1", notice, bot: true)
        chat.say(1, "U1", "we're live 🎉")
        chat.say(2, "U2", "nice, patch notes going out")
        let alert = chat.say(30, "B2", "[Triggered] legendary_item_grants_per_min 4,913/min vs baseline 31/min", bot: true)
        chat.say(32, "U2", "looking")
        chat.say(35, "U1", "players posting legendary drops from trash mobs")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test(arguments: [
        "the 05:30 ATM cutoff is at risk if the restart takes as long as the first run did",
        "first file has an SLA 05:30, we'll make it if the rerun starts now",
    ])
    func aDeadlineNamedBesideATimeIsNoStart(_ text: String) {
        var chat = team(bots: [("B1", "Datadog")], people: "Tess", "Marcus")
        chat.say(0, "B1", "[Triggered] DLYPST04 abended SB37-04", bot: true)
        chat.say(1, "U1", "on it")
        chat.say(5, "U2", text)
        let start = analyze(chat).milestones[.impactStart].map { newYork.component(.hour, from: $0.time) }
        #expect(start != 5)
    }

    @Test func chatterBeforeTheFirstReportDoesNotSeeANightAlert() {
        var chat = team(bots: [("B1", "Grafana")], people: "Emil", "Sigrid", "Mette", "Jonas")
        let alert = chat.say(0, "B1", "[FIRING:1] FMK hent_recept fejlrate høj (fmk-broker prod) Value: A=100", bot: true)
        chat.say(82, "U1", "godmorgen 🥐 virker kaffemaskinen på 2. sal igen?")
        chat.say(84, "U2", "nope, død siden fredag")
        chat.say(85, "U1", "bageren it is. nogen der skal ha noget med?")
        chat.say(99, "U3", "velkommen til Anne-Sofie 👋")
        chat.say(107, "U3", "hej @here – Vejle og Horsens har ringet, kassen siger 'Opslag i FMK fejlede (kode 500)'")
        chat.say(108, "U4", "hej, øv. kigger på det nu 👀")
        chat.say(110, "U2", "fejlraten går fra 0 til 100% præcis kl 06:14")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test(arguments: [
        "LIS_ORU_TO_EHR: 2h summary 04:00–06:00, sent 1,204, resent 311",
        "scope: env:prod, service:hoshikuro-* 期間: 11:00 〜 15:00 JST 対象モニター: 37件（通知ミュート）",
        "Host DOWNTIMESTART: sw-b3-ost-01 (firmware update 8.1.3, scheduled)",
    ])
    func aMonitorsSummaryOrDowntimeNoticeIsNotTheStart(_ text: String) {
        var chat = team(bots: [("B1", "Grafana")], people: "Minho", "Jisu")
        chat.say(0, "B1", text, bot: true)
        chat.say(2, "U1", "failover drill went fine then")
        chat.say(3, "U2", "👍 nice")
        let real = chat.say(30, "B1", "[FIRING:1] RiderLocationWriteErrors (rider-location-writer)", bot: true)
        chat.say(31, "U1", "looking")
        chat.say(33, "U2", "rider positions frozen in the customer app")
        #expect(analyze(chat).milestones[.detected]?.ts == real)
    }

    @Test(arguments: [
        "PROBLEM: integ-gw-01/client certificate is WARNING: SSL_CERT WARNING - Certificate 'CN=gw' will expire in 2 day(s)",
        "PROBLEM: SSL certificate on api-partners.example.com expires in 7 days",
    ])
    func aForecastIsNotTheStartButTheAlertWhenTheTroubleCameIs(_ forecast: String) {
        var chat = team(bots: [("B1", "Zabbix")], people: "Tomasz", "Ewa")
        chat.say(0, "B1", forecast, bot: true)
        chat.say(5, "U1", "renewal is on the change calendar for Monday")
        chat.say(8, "U2", "👍 thanks")
        // Two days later, at night: the trouble the forecast warned of, unanswered until morning,
        // when the expiry itself alerts and people answer that one.
        let real = chat.say(2880, "B1", "PROBLEM: outbound queue to KUS is CRITICAL: depth=5212", bot: true)
        chat.say(2995, "B1", "PROBLEM: client certificate is CRITICAL: the certificate has expired", bot: true)
        chat.say(3000, "U1", "the queue to KUS has been growing since the night, nothing goes out. checking")
        chat.say(3004, "U2", "employers say they can't see any sick notes")
        #expect(analyze(chat).milestones[.detected]?.ts == real)
    }

    @Test func askingAboutOnesOwnLaptopIsNoReport() {
        var chat = team(bots: [("B1", "Grafana")], people: "Mei", "Jonas", "Ravi")
        let question = chat.say(0, "U1", "also anyone else's laptop eating battery since the 15.3 update or is it just me")
        chat.say(2, "U2", "mine too lol")
        chat.say(3, "U3", "same")
        let alert = chat.say(40, "B1", "[FIRING:1] bid_timeout_rate sg1 6.2% (threshold 5%)", bot: true)
        chat.say(42, "U2", "ack. looking")
        chat.say(45, "U3", "sg1 bidders timing out on dns lookups")
        let detected = analyze(chat).milestones[.detected]?.ts
        #expect(detected != question)
        #expect(detected == alert)
    }

    @Test func anAirRaidAlarmIsNoIncident() {
        var chat = team(bots: [("B1", "Grafana")], people: "Andrii", "Marta", "Oksana")
        let alert = chat.say(0, "B1", "[FIRING:1] LiqPayCallbacksMissing (payments) severity = critical", bot: true)
        chat.say(300, "U2", "тривога 🚨 йду в укриття, буду з телефона")
        chat.say(301, "U1", "ми теж вниз")
        chat.say(302, "U3", "ок")
        chat.say(330, "U3", "@here з ночі сиплються звернення: гроші з картки списались, а замовлення скасоване")
        chat.say(335, "U1", "ой. дивлюсь, беру на себе")
        chat.say(337, "U2", "callback-ів від LiqPay нема з 02:07")
        #expect(analyze(chat).milestones[.detected]?.ts == alert)
    }

    @Test func aQuotedDraftStatementFixesNothing() {
        var chat = team(bots: [("B1", "Grafana")], people: "Émilie", "Marc", "Tom")
        chat.say(0, "B1", "[FIRING:1] SubmissionErrorRate (portal prod) 17%", bot: true)
        chat.say(2, "U2", "ack, looking")
        chat.say(10, "U3", "root cause: the new WAF rule matches the `--` inside the base64 payload field")
        let draft = chat.say(15, "U1", "draft for the portal banner, please approve:\n&gt; The issue has been fixed and submissions are restored. Thank you for your patience.")
        let effect = chat.say(40, "U3", "exclusion is live, TP-07 submits now and the error rate is back to 0.2%")
        let mitigated = analyze(chat).milestones[.mitigated]?.ts
        #expect(mitigated != draft)
        #expect(mitigated == effect)
    }

    @Test func aRollbackBetweenVersionsThatHasOnlyStartedFixesNothing() {
        var chat = team(bots: [("B1", "deploy-bot")], people: "Sota", "Yui", "Ren")
        chat.say(0, "U1", "booking confirmations failing, errors on every slot since 10:00")
        chat.say(2, "U2", "looking")
        chat.say(8, "U2", "root cause: v2.14.0 drops the slot lock before the payment returns")
        // The new version's dots ("v2.13.3 started by sota.sato") end no sentence: the rollback has only started.
        let started = chat.say(10, "B1", "⏪ booking-api rollback v2.14.0 → v2.13.3 started by sota.sato", bot: true)
        let finished = chat.say(18, "B1", "✅ booking-api rollback v2.14.0 → v2.13.3 succeeded", bot: true)
        let mitigated = analyze(chat).milestones[.mitigated]?.ts
        #expect(mitigated != started)
        #expect(mitigated == finished)
    }

    @Test func aPastedLogsClosedClosesNothing() {
        var chat = team(people: "Aylin", "Kerem", "Deniz")
        chat.say(0, "U1", "customs say no waybill messages since 06:00, every push to the partner is failing")
        chat.say(2, "U2", "on it")
        chat.say(15, "U2", "root cause: the partner's SFTP host key changed and our job refuses the new key")
        chat.say(30, "U2", "known_hosts updated, push ran clean, 389 files sent")
        let log = chat.say(35, "U3", "for the record, the job log from this morning:\n```sftp -b batch.txt edi@partner\nHost key verification failed.\nConnection closed```")
        let closing = chat.say(90, "U1", "customs confirm every waybill of the day arrived. Closing the incident, thanks all")
        let resolved = analyze(chat).milestones[.resolved]?.ts
        #expect(resolved != log)
        #expect(resolved == closing)
    }

    @Test func anAnswerDenyingTheGuessesWordAFewWordsOnRulesItOut() throws {
        var chat = team(people: "Tom", "Priya", "Sam")
        chat.say(0, "U2", "card auths timing out, ~35% of them since 13:50")
        chat.say(1, "U1", "looking")
        let guess = chat.say(3, "U1", "replica lag thing from this morning?")
        // The first word after "doesn't" is "read"; the guess's word comes two words on.
        let denied = chat.say(4, "U2", "auth doesn't read replicas", replyTo: guess)
        chat.say(20, "U3", "found it: the connection pool is capped at 20 since the config push, every auth waits for a slot")
        let h = try #require(analyze(chat).hypotheses.first { $0.ts == guess })
        #expect(h.outcome == .ruledOut)
        #expect(h.outcomeTS == denied)
    }

    @Test(arguments: [
        "Good morning. Results phoned by the lab are final. We are narrowing down the cause and will post an update by 09:30.",
        "前回と同じ取引量は問題なく処理できておりましたので、負荷量そのものが原因ではないと考えております。",
    ])
    func aCauseStillSoughtOrDeniedIsNoRootCause(_ text: String) throws {
        var chat = team(people: "Denise", "Marcus", "Kevin")
        chat.say(0, "U1", "results from the lab are not reaching the EHR since 07:52, the outbound queue keeps growing")
        chat.say(2, "U2", "on it")
        let update = chat.say(10, "U1", text)
        let cause = chat.say(30, "U3", "root cause: one result from the new analyzer has '>500' in a numeric field, the EHR rejects it and the engine retries it forever")
        let a = analyze(chat)
        #expect(a.milestones[.rootCauseIdentified]?.ts == cause)
        expectNotRead(as: .rootCause, [update], in: a)
    }

    @Test func aDutchStoringGeslotenClosesTheIncident() {
        var chat = team(people: "Wouter", "Joost", "Sanne")
        chat.say(0, "U1", "poortjes Amersfoort weigeren alle kaarten, code 37")
        chat.say(2, "U2", "ik kijk")
        chat.say(20, "U1", "oorzaak gevonden: de blokkadelijst is leeg gepubliceerd")
        chat.say(40, "U3", "nieuwe lijst staat erop, kaarten gaan weer door")
        let closed = chat.say(90, "U2", "Alle stations normaal, reisinfo bijgewerkt. Storing gesloten. Evaluatie morgen 10:00.")
        chat.say(95, "U3", "issue bij de leverancier voor de firmware blijft open")
        #expect(analyze(chat).milestones[.resolved]?.ts == closed)
    }

    @Test func aDeclarationUpdatedInPlaceDatesNoStatus() {
        var chat = team(bots: [("B1", "FireHydrant")], people: "Aoife", "Cian", "Niamh")
        chat.say(0, "U1", "Kestrel users getting SAML signature validation failed since first thing")
        // The export holds the announcement as last edited: its status is the incident's final one.
        let declared = chat.say(5, "B1", "🔥 INC-287: Enterprise SAML SSO logins failing declared by <@U1>\n*Severity* SEV2 *Status* Resolved *Commander* <@U3>", bot: true)
        chat.say(6, "U2", "on it")
        chat.say(90, "B1", "Milestone updated to Identified by <@U2>", bot: true)
        chat.say(120, "B1", "Milestone updated to Mitigated by <@U2>", bot: true)
        let closed = chat.say(500, "U3", "Calling it. Every tenant confirmed, three hours of clean logs. Resolving INC-287.")
        chat.say(501, "B1", "INC-287 resolved by <@U3>", bot: true)
        let a = analyze(chat)
        #expect(a.milestones[.resolved]?.ts == closed)
        #expect(a.milestones[.resolved]?.ts != declared)
    }

    @Test func dupeWebhooksAreASymptom() {
        var chat = team(people: "Dana", "Marcus", "Lauren")
        chat.say(0, "U3", "deploy of billing-worker 4.2 done")
        let report = chat.say(30, "U1", "<!here> getting dupe webhook tickets, 4 in the last 30 min. every invoice.paid since this morning arrived 6-8 times. who's on for webhooks?")
        let ack = chat.say(32, "U2", "me. looking")
        chat.say(50, "U2", "root cause: the retry library upgrade sends hedged copies with fresh idempotency keys")
        expectMilestones(analyze(chat), [.detected: report, .acknowledged: ack])
    }

    @Test func aP4InCJKBracketsIsOutrankedByTheP2AfterIt() {
        var chat = team(bots: [("B1", "告警机器人")], people: "周立伟", "林浩然")
        chat.say(0, "B1", "【P4】waybill-render 实例重启 3/6 服务: waybill-render 说明: 滚动发布中", bot: true)
        let p2 = chat.say(12, "B1", "【P2】waybill-render 5xx 比例 41.7%（阈值 5%） 服务: waybill-render 持续: 3 分钟", bot: true)
        chat.say(14, "U1", "@here 萧山面单全部打不出来，打印页面报“打印服务异常(500)”，三条线都停了")
        chat.say(15, "U2", "收到，我看一下")
        #expect(analyze(chat).milestones[.detected]?.ts == p2)
    }

    @Test func aReleaseAskedAboutAsTheCauseIsNoFix() {
        var chat = team(people: "Tanja", "Elisabeth", "Sabine")
        chat.say(0, "U1", "Im Kundenportal wird seit Dienstag kein Verbrauch mehr angezeigt, 4 Anrufe heute")
        chat.say(3, "U3", "ich schau nach")
        let question = chat.say(10, "U2", "Am Samstag ist doch das kVIS-Release 24.3 eingespielt worden. Kann das den Import zerschossen haben?")
        let fixed = chat.say(180, "U3", "Export läuft wieder, 47 Dateien übertragen, Ausgang ist leer")
        let mitigated = analyze(chat).milestones[.mitigated]?.ts
        #expect(mitigated != question)
        #expect(mitigated == fixed)
    }

    @Test func aQueueBackToNormalInSpanishRecoversAndAskingHowToRecoverInChineseDoesNot() {
        var chat = team(people: "Romi", "Flor", "Martín")
        chat.say(0, "U1", "desde la mañana los clientes no pueden activar el token, 30 llamadas")
        chat.say(2, "U2", "lo miro")
        let asked = chat.say(10, "U2", "最快怎么恢复")
        chat.say(20, "U3", "encontré la causa: el firmware del HSM dejó la política de key wrap en 0")
        let back = chat.say(40, "U1", "Confirmado desde CC: 5 clientes que habían llamado pudieron activar el token recién. La cola volvió a lo normal.")
        let a = analyze(chat)
        #expect(a.milestones[.mitigated]?.ts == back)
        #expect(a.milestones[.rootCauseIdentified]?.ts != back)
        expectNotRead(as: .mitigation, [asked], in: a)
    }

    @Test func anAppShowingAWrongTimeIsAReport() {
        var chat = team(bots: [("B1", "PagerDuty")], people: "Dana", "Tom", "Marcus")
        let report = chat.say(0, "U1", "Heads up — FO on 4417 called the desk. CrewLink shows her report 0615L, her pairing says 0515L. Anyone seen CrewLink show a wrong report time before?")
        chat.say(5, "U2", "prob the app caching again. have her force-refresh")
        chat.say(12, "B1", "🚨 Triggered · #2291 CrewLink showing incorrect report times (MTY)", bot: true)
        chat.say(13, "U3", "acked, looking")
        #expect(analyze(chat).milestones[.detected]?.ts == report)
    }

    @Test func scratchingYourOwnTheoryRulesItOut() throws {
        var chat = team(people: "Anya", "Ravi", "Mo")
        chat.say(0, "U2", "payments consumers failing on payments.captured, broker ams-3 dropping out")
        chat.say(1, "U1", "I'm around")
        let guess = chat.say(3, "U1", "ams-3 is in eu-west-1b right? could be a network partition between 3 and the controller, broker gets fenced and drops out")
        chat.say(6, "U3", "fencing events in the controller log since 21:02")
        chat.say(9, "U2", "lag on payments.captured still climbing")
        let scratched = chat.say(15, "U1", "right, so the fencing is just a symptom. I checked anyway: zero packet loss between 3 and the controller all evening, no AZ events. scratch my network theory")
        chat.say(40, "U3", "found it: the log disk on that box is full, 1.4T of clickstream")
        let h = try #require(analyze(chat).hypotheses.first { $0.ts == guess })
        #expect(h.outcome == .ruledOut)
        #expect(h.outcomeTS == scratched)
    }
}
