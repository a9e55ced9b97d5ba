import IncidentAnalysis
import PostmortemTestSupport
import SlackExport
import Testing

/// The cause nobody names in words the rules know: the message that explains most on the way to the fix.
extension RuleDataTests {
    /// The built-in rules without the last resort of `explanation`: for tests of the causes stated in words.
    static let withoutExplanation = try! RuleSet.team(yaml: "explanation:\n  enabled: false\n", file: "team.yml")

    @Test(arguments: [
        // A chain of effects written with arrows, in Finnish.
        "no niin. uus ALV-kanta astu voimaan heti → ruoalle kaks aktiivista kantaa → taxcalc heittää poikkeuksen → checkout 502. siks vain korit joissa on elintarvikkeita kaatuu",
        // A change's number and what it did, tersely.
        "#4821 changed key fmt `cat:{sku}` -> `cat:v2:{locale}:{sku}` so every read is a miss and goes to pg. 48 pods all hammering the primary at once",
        // A long, specific explanation with a version, in Korean.
        "아… 이거 인플레이스가 아니에요. 컬럼 타입 변경은 MySQL 8.0.35 에서 COPY 알고리즘으로 돌아요. 4억 row 테이블을 통째로 복사하는 동안 user_inventory 쓰기가 전부 잠겨요. 서버 웜업 UPDATE 가 다 대기 중",
    ])
    func theCauseNobodyNamesInKnownWordsIsTheMessageThatExplainsMost(_ explanation: String) throws {
        var chat = team(bots: [("B1", "Grafana")], people: "Aino", "Dre", "Minji")
        chat.say(-30, "U3", "lunch order going out at 12, reply in thread")
        chat.say(0, "B1", "[FIRING:1] checkout_5xx_rate 18% (threshold 2%)", bot: true)
        chat.say(2, "U1", "ack")
        chat.say(4, "U2", "support has 40 tickets in ten minutes")
        chat.say(6, "U1", "pulling the traces")
        let cause = chat.say(14, "U1", explanation)
        chat.say(16, "U2", "ok")
        chat.say(18, "U1", "rolling back")
        chat.say(24, "U1", "rolled back, 5xx at 0.1% and falling")
        // Long and specific too, but after the fix: the story told afterwards, not the finding.
        chat.say(60, "U3", "summary for the exec channel: checkout failed for about twenty minutes for everyone with a basket, we rolled back and it recovered, full write-up tomorrow morning")
        let analysis = analyze(chat)
        let found = try #require(analysis.milestones[.rootCauseIdentified])
        #expect(found.ts == cause)
        #expect(found.confidence == 0.3)
        // The drafted summary calls it a guess, not a finding.
        #expect(analysis.header.summary.contains("The cause was most likely explained at"))
        // The rules' `explanation` is what found it: a team that turns it off gets no cause.
        #expect(analyze(chat, rules: Self.withoutExplanation).milestones[.rootCauseIdentified] == nil)
    }

    @Test func noMessageIsTakenAsTheCauseWhenNoneExplainsAnything() {
        var chat = team(bots: [("B1", "Grafana")], people: "Aino", "Dre")
        chat.say(0, "B1", "[FIRING:1] checkout_5xx_rate 18% (threshold 2%)", bot: true)
        chat.say(2, "U1", "ack")
        chat.say(4, "U2", "hmm")
        chat.say(6, "U1", "weird")
        chat.say(18, "U1", "restarted the pods")
        chat.say(24, "U2", "5xx at 0.1%")
        #expect(analyze(chat).milestones[.rootCauseIdentified] == nil)
    }

    @Test func theDraftedSummaryCountsOneHypothesisInTheSingular() {
        var chat = team(bots: [("B1", "Grafana")], people: "Aino", "Dre")
        chat.say(0, "B1", "[FIRING:1] checkout_5xx_rate 18% (threshold 2%)", bot: true)
        chat.say(2, "U1", "ack")
        chat.say(4, "U2", "I think it's the new tax rate row from this morning")
        chat.say(9, "U1", "no, the tax rows are unchanged since Friday")
        chat.say(18, "U1", "restarted the pods, 5xx at 0.1%")
        let summary = analyze(chat).header.summary
        #expect(summary.contains("1 hypothesis was raised; 1 was ruled out and 0 confirmed."), "\(summary)")
    }

    @Test func theMessageThatExplainsOutranksABareYesThatConfirmedAGuess() throws {
        var chat = signals.baseChat()
        chat.say(4, "U2", "could it be the CA bundle rotation from last night?")
        let explained = chat.say(8, "U3", "Oh nein. Das ist die Rotation. Im neuen emqx-ca-bundle sind nur noch fleet-devices-int-2025 und fleet-svc-int-2025 drin, die alte fleet-svc-int-2023 ist raus. Das Gateway-Client-Cert ist aber noch von der 2023er signiert → jeder Reconnect wird abgelehnt")
        chat.say(10, "U1", "revert the bundle?")
        let yes = chat.say(11, "U3", "yes, doing it now")
        chat.say(20, "U3", "bundle reverted, unlocks work again")
        let a = analyze(chat)
        #expect(a.milestones[.rootCauseIdentified]?.ts == explained)
        #expect(a.milestones[.rootCauseIdentified]?.ts != yes)
    }
}
