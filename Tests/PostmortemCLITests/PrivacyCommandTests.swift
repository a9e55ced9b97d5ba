import Foundation
import PostmortemTestSupport
import Testing

/// `--redact` and `--anonymize` through the real binary: nothing secret and no real name reaches
/// any output format.
@Suite struct PrivacyCommandTests {
    /// Secrets people paste into incident channels, by what they are.
    static let secrets: [(String, String)] = [
        ("slack bot token", "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"),
        ("slack refresh token", "xoxe.xoxp-1-Mi0yLTEyMzQ1Njc4OTAxMi0xMjM0NTY3ODkwMTIz"),
        ("aws access key", "AKIAIOSFODNN7EXAMPLE"),
        ("aws session key", "ASIAY34FZKBOKMUTVV7A"),
        ("aws secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        ("bearer token", "abcDEF123456ghiJKL789mnoPQR"),
        ("api key", "sk9f8e7d6c5b4a3"),
        ("token", "tok_5up3r53cr3t"),
        ("url password", "hunter2pass"),
        ("jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
        ("github token", "ghp_1234567890abcdefghijABCDEFGHIJ123456"),
        ("private key body", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7"),
        ("link token", "s3cr3tlinktoken"),
        ("password in code", "c0desp4npw"),
        ("file name token", "xoxp-9999-8888-filenamesecret"),
        ("email", "ana.lima@example.com"),
        ("phone", "+1 415 555 0100"),
    ]

    static func value(_ what: String) -> String { secrets.first { $0.0 == what }!.1 }

    /// A three-message incident whose middle message is full of secrets.
    static func writeExport(into root: URL) throws -> String {
        let s = value
        let text = """
            leaked \(s("slack bot token")) and \(s("slack refresh token"))
            aws_access_key_id=\(s("aws access key")) temp \(s("aws session key"))
            aws_secret_access_key = \(s("aws secret"))
            curl -H 'Authorization: Bearer \(s("bearer token"))' https://api.example.com?api_key=\(s("api key"))
            token=\(s("token")) and db postgres://admin:\(s("url password"))@db.internal:5432/app
            jwt \(s("jwt")) gh \(s("github token")) mail \(s("email")) call \(s("phone"))
            ```-----BEGIN RSA PRIVATE KEY-----
            \(s("private key body"))
            -----END RSA PRIVATE KEY-----```
            see <https://grafana.example.com/d/abc?orgId=1&token=\(s("link token"))|dashboard for \(s("slack bot token"))> password: `\(s("password in code"))`
            """
        let messages: [[String: Any]] = [
            ["type": "message", "user": "U0ANA", "text": "checkout is throwing 502s, paging <@U0BEN>", "ts": "1721050500.000100"],
            ["type": "message", "user": "U0BEN", "text": text, "ts": "1721050560.000200",
             "files": [["name": "creds-\(s("file name token")).txt"]],
             "attachments": [["title": "Token \(s("token"))", "text": "Bearer \(s("bearer token"))"]]],
            ["type": "message", "user": "U0ANA", "text": "rolled back, errors gone. resolved. action item: rotate the token - Ben", "ts": "1721050620.000300"],
        ]
        let export = root.appendingPathComponent("export")
        try FileManager.default.createDirectory(at: export.appendingPathComponent("incident"), withIntermediateDirectories: true)
        try JSONSerialization.data(withJSONObject: messages).write(to: export.appendingPathComponent("incident/2024-07-15.json"))
        try Data(#"[{"id": "C0INC0001", "name": "incident"}]"#.utf8).write(to: export.appendingPathComponent("channels.json"))
        try Data(
            #"[{"id": "U0ANA", "name": "ana.lima", "real_name": "Ana Lima", "profile": {"display_name": "ana", "real_name": "Ana Lima", "title": "SRE"}}, {"id": "U0BEN", "name": "benji", "profile": {"real_name": "Ben Okafor", "display_name": "Ben O."}}]"#
                .utf8
        ).write(to: export.appendingPathComponent("users.json"))
        return export.path
    }

    /// Every output format of `export` with `flags`.
    static func outputs(_ export: String, _ flags: [String], in root: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for (name, args) in [
            ("analyze", ["analyze"]), ("report.md", ["report"]), ("report.html", ["report", "--format", "html"]),
            ("google-sre", ["report", "--template", "google-sre"]), ("timeline", ["timeline", "--all"]),
            ("metrics", ["metrics", "--format", "json"]), ("explain", ["explain"]),
            ("incidents", ["incidents", "--format", "json"]),
        ] {
            let run = try CLIRunner.run(args + [export] + flags)
            #expect(run.status == 0, "\(name): \(run.stderr)")
            result[name] = run.stdout + run.stderr
        }
        let file = root.appendingPathComponent("written-\(UUID().uuidString).html").path
        let written = try CLIRunner.run(["report", export, "-q", "-o", file] + flags)
        #expect(written.status == 0, "\(written.stderr)")
        result["-o"] = try String(contentsOfFile: file, encoding: .utf8)
        return result
    }

    @Test func noSecretSurvivesIntoAnyOutput() throws {
        let root = try TestPaths.temporaryFolder("redact")
        defer { try? FileManager.default.removeItem(at: root) }
        let export = try Self.writeExport(into: root)
        // Without --redact the secrets are there (the test would prove nothing otherwise), except link tokens.
        let plain = try Self.outputs(export, [], in: root)
        #expect(plain["analyze"]?.contains(Self.value("slack bot token")) == true)
        for (format, text) in plain {
            #expect(!text.contains(Self.value("link token")), "URL tokens are always removed: \(format)")
        }
        let redacted = try Self.outputs(export, ["--redact", "emails,phones"], in: root)
        for (format, text) in redacted {
            for (what, secret) in Self.secrets {
                #expect(!text.contains(secret), "\(what) in \(format)")
            }
        }
        #expect(redacted["report.md"]?.contains("redacted: slack token") == true)
        #expect(redacted["analyze"]?.contains("[redacted: email]") == true)
        // The bare flag masks secrets, not emails and phones; it does not swallow the next argument.
        let bare = try CLIRunner.run(["analyze", "--redact", export])
        #expect(bare.status == 0, "\(bare.stderr)")
        #expect(!bare.stdout.contains(Self.value("aws access key")))
        #expect(bare.stdout.contains(Self.value("email")))
        let unknown = try CLIRunner.run(["analyze", export, "--redact=passwords"])
        #expect(unknown.status == 64)
    }

    @Test func anonymizedOutputsHoldNoRealNameAndKeepBots() throws {
        let root = try TestPaths.temporaryFolder("anonymize")
        defer { try? FileManager.default.removeItem(at: root) }
        let export = try Self.writeExport(into: root)
        let first = try Self.outputs(export, ["--anonymize"], in: root)
        for (format, text) in first {
            for name in ["Ana", "Lima", "ana.lima", "Ben", "Okafor", "benji"] {
                #expect(text.range(of: "\\b\(NSRegularExpression.escapedPattern(for: name))\\b", options: .regularExpression) == nil, "\(name) in \(format)")
            }
            #expect(!text.contains("SRE"), "titles are dropped: \(format)")
        }
        #expect(first["report.md"]?.contains("Responder 1") == true)
        #expect(first["analyze"]?.contains("\"owner\": \"Responder 2\"") == true, "\(first["analyze"] ?? "")")
        // Stable: the same pseudonyms on every run.
        let second = try Self.outputs(export, ["--anonymize"], in: root)
        #expect(first["analyze"] == second["analyze"])
        #expect(first["report.md"] == second["report.md"])
    }

    /// The incident list quotes the message that opened each incident: it hides names and secrets too.
    @Test func incidentTitlesAreRedactedAndAnonymized() throws {
        let root = try TestPaths.temporaryFolder("incidents-privacy")
        defer { try? FileManager.default.removeItem(at: root) }
        let export = root.appendingPathComponent("export")
        try FileManager.default.createDirectory(at: export.appendingPathComponent("incidents"), withIntermediateDirectories: true)
        let messages: [[String: Any]] = [
            ["type": "message", "user": "U0ANA", "text": "checkout is down for everyone, lots of 502 errors, token=\(Self.value("token")) paging <@U0BEN>", "ts": "1721050500.000100"],
            ["type": "message", "user": "U0BEN", "text": "looking", "ts": "1721050560.000200"],
            ["type": "message", "user": "U0CHO", "text": "seeing the 502s too", "ts": "1721050620.000300"],
            ["type": "message", "user": "U0ANA", "text": "rolled back, errors gone. resolved", "ts": "1721051220.000400"],
        ]
        try JSONSerialization.data(withJSONObject: messages).write(to: export.appendingPathComponent("incidents/2024-07-15.json"))
        try Data(#"[{"id": "C0INC0002", "name": "incidents"}]"#.utf8).write(to: export.appendingPathComponent("channels.json"))
        try Data(
            #"[{"id": "U0ANA", "name": "ana.lima", "real_name": "Ana Lima"}, {"id": "U0BEN", "name": "benji", "real_name": "Ben Okafor"}, {"id": "U0CHO", "name": "cho", "real_name": "Cho Park"}]"#
                .utf8
        ).write(to: export.appendingPathComponent("users.json"))

        let plain = try CLIRunner.run(["incidents", export.path, "--format", "json"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains("Ben Okafor"), "the check needs the name in the plain title: \(plain.stdout)")
        #expect(plain.stdout.contains(Self.value("token")))

        let hidden = try CLIRunner.run(["incidents", export.path, "--format", "json", "--redact", "--anonymize"])
        #expect(hidden.status == 0, "\(hidden.stderr)")
        #expect(hidden.stdout.contains("\"title\""), "\(hidden.stdout)")
        for name in ["Ben", "Okafor", "benji", "Ana", "Lima"] { #expect(!hidden.stdout.contains(name), "\(name)") }
        #expect(!hidden.stdout.contains(Self.value("token")))
        #expect(hidden.stdout.contains("[redacted: token]"))
    }

    @Test func botsKeepTheirNamesWhenAnonymized() throws {
        let sample = TestPaths.sampleExports.appendingPathComponent("checkout-latency/export").path
        let plain = try CLIRunner.run(["analyze", sample, "-q"])
        let anonymized = try CLIRunner.run(["analyze", sample, "-q", "--anonymize"])
        #expect(anonymized.status == 0, "\(anonymized.stderr)")
        guard let data = plain.stdout.data(using: .utf8), let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let participants = json["participants"] as? [[String: Any]]
        else {
            Issue.record("no participants in \(plain.stdout.prefix(200))")
            return
        }
        let bots = participants.filter { $0["role"] as? String == "bot" }.compactMap { $0["name"] as? String }
        let people = participants.filter { $0["role"] as? String != "bot" }.compactMap { $0["name"] as? String }
        #expect(!bots.isEmpty && !people.isEmpty)
        for bot in bots { #expect(anonymized.stdout.contains("\"name\": \"\(bot)\""), "\(bot)") }
        for person in people { #expect(!anonymized.stdout.contains(person), "\(person)") }
    }
}
