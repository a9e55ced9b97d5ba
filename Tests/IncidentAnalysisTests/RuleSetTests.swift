import Foundation
import IncidentAnalysis
import PostmortemTestSupport
import Testing

@Suite struct RuleSetTests {
    @Test func builtInRulesParseAndCoverEveryKind() {
        let rules = RuleSet.builtIn
        for kind in EventKind.allCases {
            #expect(rules.weights[kind.rawValue] != nil, "no weights for \(kind.rawValue)")
        }
        #expect(rules.bots.alerting.contains("opsgenie"))
        #expect(rules.pinEmoji.contains("pushpin"))
    }

    @Test func embeddedRulesMatchTheFileOnDisk() throws {
        let url = TestPaths.packageRoot.appendingPathComponent("Sources/IncidentAnalysis/Rules/default-rules.yml")
        let onDisk = try String(contentsOf: url, encoding: .utf8)
        #expect(RuleSet.builtInText == onDisk, "run python3 Scripts/embed-resources.py after editing default-rules.yml")
    }

    @Test func theEmbeddedJSONCopyGivesTheSameRulesAsTheYAML() throws {
        // The binary reads the JSON copy for speed; the YAML is what people read and edit.
        #expect(RuleSet.builtIn == (try RuleSet.parse(yaml: RuleSet.builtInText, file: "default-rules.yml")))
    }

    @Test func teamRulesExtendTheBuiltInLists() throws {
        let custom = try RuleSet.parse(yaml: "signals:\n  escalation: [\"bat signal\"]\nbots:\n  alerting: [watchtower]\n", file: "team.yml")
        let merged = RuleSet.builtIn.extended(with: custom)
        #expect(merged.signals["escalation"]?.contains("bat signal") == true)
        #expect(merged.signals["escalation"]?.contains("paging") == true)
        #expect(merged.bots.alerting.contains("watchtower"))
    }

    @Test func badRulesFileNamesTheFileAndTheProblem() {
        #expect(throws: RulesError.self) { try RuleSet.parse(yaml: "weights:\n  nonsense: {hedge: 1}\n", file: "team.yml") }
        do {
            _ = try RuleSet.parse(yaml: "version: 2\n", file: "team.yml")
            Issue.record("expected an error")
        } catch {
            #expect(error.localizedDescription.hasPrefix("team.yml: version 2"))
        }
    }

    @Test(arguments: [
        ("time_words:\n  zones: {hkt: Hong Kong}\n", "team.yml: time_words.zones.hkt: \"Hong Kong\" is not a time zone"),
        ("time_words:\n  weekdays: {sonday: [söndag]}\n", "team.yml: time_words.weekdays.sonday: not a day"),
        ("time_words:\n  moments: {lunch: \"12.30\"}\n", "team.yml: time_words.moments.lunch: \"12.30\" is not a 24-hour HH:MM time"),
        ("no_report_scope:\n  reach: 9\n", "team.yml: no_report_scope.reach: 9 is not between 1 and 5 words"),
        ("no_report_after:\n  reach: 2\n", "team.yml: no_report_after.reach: 2 is not used"),
        ("no_report_after:\n  words: [yok]\n  signals: [symptoms]\n", "team.yml: no_report_after.signals.symptoms: no signal of that name"),
        ("signals:\n  symptom: [\"cra*sh\"]\n", "team.yml: signals.symptom: \"cra*sh\": * is only allowed at the end of a phrase"),
        ("signals:\n  symptom: [\"ok\", \"*é\"]\n", "team.yml: signals.symptom: \"*é\": * is only allowed at the end of a phrase"),
        // A misspelt signal name is an error, not ignored.
        ("exceptions:\n  hedgee: [\"i think we\"]\n", "team.yml: exceptions.hedgee: no signal of that name"),
        ("weights:\n  hypothesis: {hedging: 2}\n", "team.yml: weights.hypothesis.hedging: no signal of that name"),
        ("negation_scope:\n  signals: [recovery, recovered]\n", "team.yml: negation_scope.signals.recovered: no signal of that name"),
        ("cased_signals:\n  follow_ups: [NB]\n", "team.yml: cased_signals.follow_ups: no signal of that name"),
        ("condition_scope:\n  words: [sobald]\n  signals: [recoveries]\n", "team.yml: condition_scope.signals.recoveries: no signal of that name"),
        ("condition_scope:\n  reach: 0\n", "team.yml: condition_scope.reach: 0 is not between 1 and 5 words"),
        ("explanation:\n  weights: {long_txt: 2}\n", "team.yml: explanation.weights.long_txt: no signal of that name"),
        ("explanation:\n  long_text_chars: 0\n", "team.yml: explanation.long_text_chars: 0 is not a number of characters (1 or more)"),
        ("explanation:\n  position: -1\n", "team.yml: explanation.position: -1.0 is negative"),
        ("falling_measure_at_most: 1.5\n", "team.yml: falling_measure_at_most: 1.5 is not a share between 0 and 1"),
        ("common_word_share: 0\n", "team.yml: common_word_share: 0.0 is not a share above 0 and at most 1"),
        ("common_word_messages: 0\n", "team.yml: common_word_messages: 0 is not a number of messages (1 or more)"),
    ])
    func aBadRulesFileNamesTheEntry(yaml: String, message: String) {
        do {
            _ = try RuleSet.team(yaml: yaml, file: "team.yml")
            Issue.record("expected an error")
        } catch {
            #expect(error.localizedDescription.hasPrefix(message), "\(error.localizedDescription)")
        }
    }

    @Test func signalNamesResolveAgainstTheBuiltInRulesAndTheClassifiersOwn() throws {
        // `hedge` is a built-in signal and `short_question` one the classifier sets itself.
        let rules = try RuleSet.team(yaml: "exceptions:\n  hedge: [\"i think we can ship\"]\nweights:\n  hypothesis: {short_question: 0.5}\n", file: "team.yml")
        #expect(rules.exceptions["hedge"]?.contains("i think we can ship") == true)
        try RuleSet.builtIn.checkSignalNames(file: "built-in rules")
        // On its own (replacing the built-in rules) the same file names a signal it does not define.
        #expect(throws: RulesError.self) {
            try RuleSet.team(yaml: "exceptions:\n  hedge: [\"i think we can ship\"]\n", file: "team.yml", replacingBuiltIn: true)
        }
    }

    @Test func aStarEndingAPhraseIsAPrefixEvenAfterALetterOfSeveralBytes() throws {
        let rules = try RuleSet.parse(yaml: "signals:\n  symptom: [\"crash*\", \"réglé*\", \"落ち*\"]\n", file: "team.yml")
        #expect(rules.signals["symptom"] == ["crash*", "réglé*", "落ち*"])
    }

    @Test func correctionsRejectUnknownMilestones() {
        do {
            _ = try Corrections.parse(yaml: "milestones:\n  fixed: 2024-07-15T10:00\n", file: "postmortem.yml")
            Issue.record("expected an error")
        } catch {
            #expect(error.localizedDescription.contains("postmortem.yml: milestones.fixed: unknown milestone"))
        }
    }

    @Test func correctionsReadEveryField() throws {
        let yaml = """
            title: Dashboards empty
            severity: SEV1
            summary: The nightly load was stuck.
            impact: Client blind for 4 hours.
            services: [dashboards]
            tags: [data]
            milestones:
              impact_start: "2024-07-15T09:30"
            ignore: ["1721050803.772401"]
            action_items:
              - text: Add disk alerts
                owner: Manny
            roles:
              U02AT7TA4MG: incident_commander
            """
        let c = try Corrections.parse(yaml: yaml, file: "postmortem.yml")
        #expect(c.title == "Dashboards empty")
        #expect(c.severity == "SEV1")
        #expect(c.milestones?["impact_start"] == "2024-07-15T09:30")
        #expect(c.ignore == ["1721050803.772401"])
        #expect(c.actionItems?.first?.owner == "Manny")
        #expect(c.roles?["U02AT7TA4MG"] == "incident_commander")
    }
}
