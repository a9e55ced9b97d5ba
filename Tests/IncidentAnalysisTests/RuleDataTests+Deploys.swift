import IncidentAnalysis
import PostmortemTestSupport
import SlackExport
import Testing

/// A deploy tool's success is the change landing: impact ends when a person or the monitor sees it end.
extension RuleDataTests {
    /// An alert, its cause, and a rollback the deploy tool reports as landed.
    func rolledBack() -> (ChatBuilder, landed: SlackTimestamp) {
        var chat = team(bots: [("B1", "Alertmanager"), ("B2", "Argo CD")], people: "Lena", "Ravi")
        chat.say(0, "B1", "[FIRING:1] CheckoutErrorRate (checkout production critical) 5xx ratio 7.2%", bot: true)
        chat.say(2, "U1", "ack, looking")
        chat.say(6, "U1", "it's the new release, the serializer change breaks every order with a discount")
        chat.say(8, "U2", "rolling back checkout to v2.30.4")
        let landed = chat.say(12, "B2", "Application checkout sync succeeded (v2.30.4, rollback)", bot: true)
        return (chat, landed)
    }

    @Test func theImpactEndsWhenSomeoneSeesItEndNotWhenTheRollbackLands() throws {
        var (chat, _) = rolledBack()
        chat.say(30, "U2", "pods are still cycling, waiting for the old image to pull on the last nodes")
        let seen = chat.say(80, "U1", "checkout error rate back to normal, orders going through again")
        #expect(analyze(chat).milestones[.mitigated]?.ts == seen)
    }

    @Test func aClosingThatLooksBackDatesTheEndByTheMonitorClearingAfterTheRollback() throws {
        var (chat, _) = rolledBack()
        let cleared = chat.say(14, "B1", "[RESOLVED] CheckoutErrorRate (checkout production critical) 5xx ratio 0.3%", bot: true)
        chat.say(35, "U1", "back to normal since the rollback, closing")
        #expect(analyze(chat).milestones[.mitigated]?.ts == cleared)
    }

    @Test func withNobodyToSeeTheEffectTheLandingIsTheEvidence() throws {
        let (chat, landed) = rolledBack()
        #expect(analyze(chat).milestones[.mitigated]?.ts == landed)
    }
}
