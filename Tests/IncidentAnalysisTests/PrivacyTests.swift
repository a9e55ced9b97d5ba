import Foundation
import IncidentAnalysis
import PostmortemTestSupport
import SlackExport
import Testing

/// `--redact`: every pattern masks what it should and leaves ordinary chat alone.
@Suite struct RedactorTests {
    let secrets = Redactor(categories: .secrets)

    @Test(arguments: [
        ("slack bot token", "use xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx now", "use [redacted: slack token] now"),
        ("slack user token", "xoxp-1234-5678-abcdefghijkl", "[redacted: slack token]"),
        ("slack refresh token", "xoxe.xoxp-1-Mi0yLTEyMzQ1Njc4OTAx", "[redacted: slack token]"),
        ("slack rotating token", "xoxe-1-My0xLTEyMzQ1Njc4OTAx", "[redacted: slack token]"),
        ("slack webhook", "posting to https://hooks.slack.com/services/T000/B000/XXXXXXXX", "posting to [redacted: slack webhook]"),
        ("aws access key", "key AKIAIOSFODNN7EXAMPLE", "key [redacted: aws access key]"),
        ("aws session key", "ASIAY34FZKBOKMUTVV7A", "[redacted: aws access key]"),
        ("aws secret key", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws_secret_access_key = [redacted: aws secret key]"),
        ("bearer token", "Authorization: Bearer abcDEF123456ghiJKL789mno", "Authorization: Bearer [redacted: bearer token]"),
        ("basic credentials", "Authorization: Basic YWRtaW46aHVudGVyMg==", "Authorization: Basic [redacted: credentials]"),
        ("api key pair", "api_key=sk9f8e7d6c5b4a3", "api_key=[redacted: api key]"),
        ("apikey colon", "apikey: 9f8e7d6c5b4a3", "apikey: [redacted: api key]"),
        ("token pair", "token=tok_5up3r", "token=[redacted: token]"),
        ("token after a space", "Token tok_5up3r53cr3t", "Token [redacted: token]"),
        ("password pair", "password=hunter2", "password=[redacted: password]"),
        ("password in url", "postgres://admin:hunter2pass@db.internal:5432/app", "postgres://admin:[redacted: password]@db.internal:5432/app"),
        ("jwt", "got eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6y back", "got [redacted: jwt] back"),
        ("github token", "ghp_1234567890abcdefghijABCDEFGHIJ123456", "[redacted: github token]"),
        ("github fine-grained token", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "[redacted: github token]"),
        ("gitlab token", "glpat-abcdefghij0123456789", "[redacted: gitlab token]"),
        ("google api key", "AIzaSyD-1234567890abcdefghijklmnopqrstu", "[redacted: google api key]"),
        ("stripe key", "sk_live_1234567890abcdefABCDEF", "[redacted: stripe key]"),
        ("private key", "-----BEGIN RSA PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END RSA PRIVATE KEY-----", "[redacted: private key]"),
        ("cut-off private key", "here: -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk", "here: [redacted: private key]"),
        ("url token always", "https://grafana.example.com/d/x?orgId=1&token=abc123", "https://grafana.example.com/d/x?orgId=1&token=[redacted: token]"),
    ])
    func secretIsMasked(_ what: String, _ input: String, _ expected: String) {
        #expect(secrets.redact(input) == expected, "\(what)")
    }

    @Test(arguments: [
        "the token expired at 09:30, rotating it",
        "password reset emails are delayed",
        "the bearer of bad news: checkout is down",
        "api key rotation is on the list for next week",
        "see https://grafana.example.com/d/abc?orgId=1&from=now-1h",
        "error rate 5.2% since 14:02 UTC, ts 1721050500.000100, build 2024.07.15-3",
        "ASIAN markets open at 01:00",
        "secret: sauce",
        "the token 2 of 3 expired",
        "a password manager entry for the DB",
    ])
    func ordinaryChatIsLeftAlone(_ text: String) {
        #expect(secrets.redact(text) == text)
    }

    @Test func urlTokensAreRemovedEvenWithoutRedaction() {
        let none = Redactor()
        #expect(none.redact("https://x.example.com/share?t=AbC123xyz&view=1") == "https://x.example.com/share?t=REDACTED&view=1")
        #expect(none.redact("https://x.example.com/?token=s3cr3t#top") == "https://x.example.com/?token=REDACTED#top")
        #expect(none.redact("https://s3.example.com/o?X-Amz-Signature=abc&X-Amz-Credential=AK") == "https://s3.example.com/o?X-Amz-Signature=REDACTED&X-Amz-Credential=REDACTED")
        #expect(none.redact("token=abc and xoxb-1234-5678-abcdefghijkl") == "token=abc and xoxb-1234-5678-abcdefghijkl")
    }

    @Test func emailsAndPhonesOnlyWhenAsked() throws {
        let text = "mail ana.lima@example.com or call +1 415 555 0100 / (415) 555-0199, not 2024-07-15 or 10.0.0.12"
        #expect(secrets.redact(text) == text)
        let all = Redactor(categories: try #require(RedactionCategories(list: "emails,phones")))
        #expect(all.redact(text) == "mail [redacted: email] or call [redacted: phone] / [redacted: phone], not 2024-07-15 or 10.0.0.12")
        #expect(all.categories.contains(.secrets), "naming emails,phones keeps secrets masked")
        #expect(RedactionCategories(list: "secrets,emails,phones") == [.secrets, .emails, .phones])
        #expect(RedactionCategories(list: "passwords") == nil)
    }

    @Test func everyPartOfAMessageIsRedacted() {
        let token = "xoxb-123456789012-1234567890123-AbCdEfGhIjKl"
        let text = RichText([
            .paragraph([
                .text("see "), .link(url: "https://x.example.com/?k=" + token, label: "dash " + token),
                .styled(.bold, [.text(token)]), .code(token), .text(" password: "), .code("hunter2"),
            ]),
            .code("export SLACK_TOKEN=" + token),
            .quote([.date(epochSeconds: 0, fallback: token)]),
            .listItem(ordinal: nil, indent: 0, [.user(id: "U1", label: token)]),
        ])
        let message = Message(ts: SlackTimestamp(seconds: 1_721_050_500), text: text, fileNames: ["creds-" + token + ".txt"])
        let redacted = secrets.redact(message)
        for rendered in [redacted.text.plainText(), redacted.text.markdown(), redacted.text.html(), redacted.fileNames.joined()] {
            #expect(!rendered.contains(token), "\(rendered)")
            #expect(!rendered.contains("hunter2"), "\(rendered)")
        }
        #expect(redacted.text.plainText().contains("password: [redacted: password]"))
    }
}

/// `--anonymize`: role-based pseudonyms replace every form of every person's name, everywhere.
@Suite struct PseudonymizerTests {
    let utc = TimeZone(identifier: "UTC")!

    /// A chat whose people have real names, display names and handles that all differ.
    func chat() -> (Conversation, Workspace) {
        var chat = ChatBuilder()
        chat.bot("B1", "PagerDuty")
        chat.person("U1", "x")
        chat.person("U2", "x")
        chat.person("U3", "x")
        chat.person("U4", "x")
        chat.say(0, "B1", "[FIRING:1] API error rate above 5% — paging <@U1>", bot: true)
        chat.say(1, "U1", "ack, looking. I'm IC")
        chat.say(2, "U2", "seeing 500s on checkout. maybe the deploy Ana did?")
        chat.say(3, "U1", "<@U2> can you check the LB? cc @benji")
        chat.say(4, "U3", "what's the customer impact? Priya from sales is asking")
        chat.say(6, "U2", "not the deploy, ruled out. rolled back the config, errors gone. mitigated")
        chat.say(8, "U1", "resolved. action item: add a canary for config pushes - Ben")
        var (conversation, workspace) = chat.build()
        workspace.users = UserDirectory([
            User(id: "B1", handle: "pagerduty", realName: "PagerDuty", isBot: true),
            User(id: "U1", handle: "ana.lima", realName: "Ana Lima", displayName: "ana", title: "SRE", timeZone: "UTC"),
            User(id: "U2", handle: "benji", realName: "Ben Okafor", displayName: "Ben O.", title: "Backend", timeZone: "UTC"),
            User(id: "U3", handle: "cto", realName: "Priya Raman", displayName: "", title: "VP Sales", timeZone: "UTC"),
            User(id: "U4", handle: "dee", realName: "Dee Never-Posted", timeZone: "UTC"),
        ])
        conversation.info.name = "incident"
        return (conversation, workspace)
    }

    func anonymized() -> PrivateAnalysis {
        let (conversation, workspace) = chat()
        return IncidentAnalyzer().analyze(conversation, in: workspace, zone: utc, privacy: PrivacyOptions(anonymize: true))
    }

    static let realNames = ["Ana", "Lima", "ana.lima", "Ben", "Okafor", "Ben O.", "benji", "Priya", "Raman", "Dee", "Never-Posted"]

    @Test func pseudonymsFollowRolesAndFirstAppearance() {
        let a = anonymized().analysis
        #expect(a.participants.map(\.name) == ["PagerDuty", "Incident commander", "Responder 1", "Stakeholder 1"])
        #expect(a.participants.map(\.role) == [.bot, .incidentCommander, .responder, .stakeholder])
        #expect(a.participants.allSatisfy { $0.role == .bot || $0.title == nil }, "titles identify people and are dropped")
    }

    @Test func noRealNameSurvivesAnywhereInTheAnalysis() {
        let result = anonymized()
        let a = result.analysis
        var texts = a.timeline.flatMap { [$0.name, $0.text, $0.message.text.plainText(names: result.workspace.names)] }
        texts += a.hypotheses.flatMap { [$0.name, $0.text, $0.outcomeText ?? "", $0.outcomeName ?? ""] }
        texts += a.actionItems.flatMap { [$0.text, $0.owner ?? ""] }
        texts += a.escalations.flatMap { [$0.name, $0.to, $0.text] }
        texts += a.participants.map(\.name) + [a.header.title, a.header.summary] + a.warnings
        texts += MilestoneKind.allCases.compactMap { a.milestones[$0]?.evidence }
        texts += result.conversation.messages.map { result.workspace.authorName(of: $0) + ": " + $0.text.markdown(names: result.workspace.names) }
        for text in texts {
            for name in Self.realNames {
                #expect(!Self.containsWord(text, name), "\(name) in \(text)")
            }
        }
        #expect(a.actionItems.first?.owner == "Responder 1")
        #expect(texts.contains { $0.contains("maybe the deploy Incident commander did?") })
        #expect(texts.contains { $0.contains("Stakeholder 1 from sales") })
    }

    @Test func botsKeepTheirNames() {
        let result = anonymized()
        #expect(result.analysis.timeline.first?.name == "PagerDuty")
        #expect(result.workspace.users["B1"]?.name == "PagerDuty")
    }

    @Test func pseudonymsAreStableAcrossRuns() {
        let first = anonymized()
        let second = anonymized()
        #expect(first.analysis == second.analysis)
        #expect(first.workspace.users.all.map(\.name) == second.workspace.users.all.map(\.name))
    }

    @Test func commonWordsAreReplacedOnlyWhenCapitalised() {
        var chat = ChatBuilder()
        chat.person("U1", "x")
        chat.say(0, "U1", "I will restart it. Will says the pager is noisy")
        var (conversation, workspace) = chat.build()
        workspace.users = UserDirectory([User(id: "U1", handle: "will", realName: "Will Smith")])
        let result = IncidentAnalyzer().analyze(conversation, in: workspace, zone: utc, privacy: PrivacyOptions(anonymize: true))
        #expect(result.conversation.messages.first?.text.plainText() == "I will restart it. Responder 1 says the pager is noisy")
    }

    static func containsWord(_ text: String, _ word: String) -> Bool {
        guard let range = text.range(of: word) else { return false }
        let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
        let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
        return !(before?.isLetter ?? false) && !(after?.isLetter ?? false)
    }
}
