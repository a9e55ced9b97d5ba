import Foundation
import IncidentAnalysis
import PostmortemTestSupport
import SlackExport
import Testing

/// A fix seen taking effect in numbers ("lag 212 → 168 → 9"), whatever language the words around them are in.
extension RuleDataTests {
    /// The built-in rules with the `falling_measure` signal weighed to nothing.
    static let withoutFallingMeasure = try! RuleSet.team(yaml: "weights:\n  mitigation: {falling_measure: 0}\n", file: "team.yml")

    /// Whether the explanation of a one-message chat shows a falling measure.
    func readsAFall(_ text: String, rules: RuleSet = .builtIn) -> Bool {
        var chat = team(people: "Aino")
        chat.say(0, "U1", text)
        let (conversation, workspace) = chat.build()
        let report = IncidentAnalyzer(rules: rules).explain(conversation, in: workspace, zone: TimeZone(identifier: "UTC")!)
        return report.lines.contains { line in line.signals.contains { $0.0 == "falling_measure" } }
    }

    @Test(arguments: [
        "TO 12.9 → 0.6% last 3m",
        "lag 84k → 2.1k → 310",
        "coda 171 → 0 in un minuto",
        "p99 9,8 s -> 0,4 s 📉",
        "TTFB 900 → 45ms",
        "ready 48 213 → 3 104",
        "エラー率15% ➡️ 0.4%",
    ])
    func numbersJoinedByArrowsThatFallToATenthAreAMeasureThatFell(_ text: String) {
        #expect(readsAFall(text))
    }

    @Test(arguments: [
        // Versions, addresses, times, dates: no measure.
        "upgraded rabbitmq 3.13.7 → 4.0.5",
        "10.40.12.21 → 10.52.8.40:6661 blocked?",
        "their status page had latency 23:58 → 02:41",
        "window 2024-10-14 → 2024-10-15",
        // Not a tenth of where it started, or a rise once units are read.
        "lag 410k → 120k, draining",
        "timeout 80 → 200ms",
        "p99 118ms → 2.04s",
        // Different units, a quoted value, thousands grouped by a space.
        "41,4 kVA → 2,08 € per day",
        "sandbox: \"amount\": \"15230.50\" → 200 ACCEPTED",
        "ready 48 213 → 48 209",
        // Letters straight after a number that are no unit: a placeholder, an account number's step.
        "the second run adds another 100000 → 200xxx defs",
        "card test: contul 4100000001 → 3DS OK → confirmare",
    ])
    func versionsTimesRisesAndSmallFallsAreNot(_ text: String) {
        #expect(!readsAFall(text))
    }

    @Test func theFixIsSeenToTakeEffectWhenItsMeasureFalls() {
        var chat = team(bots: [("B1", "Grafana")], people: "Aino", "Dre")
        chat.say(0, "B1", "[FIRING:1] consumer_lag high (threshold 10k)", bot: true)
        chat.say(2, "U1", "ack")
        chat.say(6, "U2", "partition 7 is stuck on one poison record")
        let fix = chat.say(12, "U1", "restarted the consumers, skipping the poison offset")
        chat.say(14, "U2", "hmm")
        let fall = chat.say(21, "U2", "lag 212k → 40k → 1.2k 📉")
        chat.say(60, "U1", "all good for 30 min. closing, thanks all")
        #expect(analyze(chat).milestones[.mitigated]?.ts == fall)
        // Weighed to nothing in a team's rules, the fix as typed is the mitigation again.
        #expect(analyze(chat, rules: Self.withoutFallingMeasure).milestones[.mitigated]?.ts == fix)
    }

    @Test func aTeamSetsHowFarAMeasureMustFall() throws {
        // Built in, a fall to a tenth or lower; a team that calls a halving the fix says so.
        #expect(!readsAFall("lag 410k → 120k, draining"))
        let halving = try RuleSet.team(yaml: "falling_measure_at_most: 0.5\n", file: "team.yml")
        #expect(readsAFall("lag 410k → 120k, draining", rules: halving))
        #expect(!readsAFall("lag 410k → 300k", rules: halving))
    }
}
