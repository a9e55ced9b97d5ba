import Foundation
import PostmortemTestSupport
import Testing

/// `postmortem channels` run as a user runs it: the real binary, its exit codes, standard output
/// and one-line messages on standard error.
@Suite struct ChannelsCommandTests {
    // MARK: - Standard output

    @Test func tableListsEveryConversationWithCountsAndDays() throws {
        let export = try TwoChannelExport()
        defer { export.remove() }
        let result = try CLIRunner.run(["channels", export.path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try #require(lines.count == 5, "\(result.stdout)")
        #expect(cells(lines[0]) == ["KIND", "NAME", "ID", "MESSAGES", "THREADS", "FIRST", "LAST"])
        #expect(cells(lines[1]) == ["public", "incident", "C0INC0001", "4", "1", "2024-07-15", "2024-07-16"])
        #expect(cells(lines[2]) == ["public", "random", "C0RND0001", "1", "0", "2024-07-12", "2024-07-12"])
        #expect(lines[3].hasPrefix("2 conversation(s), 5 message(s); workspace export (folder); days in "))
        #expect(lines[4].isEmpty)
        // Columns line up: the rows' NAME cells start where the header's does.
        let nameColumn = lines[0].range(of: "NAME").map { lines[0].distance(from: lines[0].startIndex, to: $0.lowerBound) }
        #expect(lines[1].range(of: "incident").map { lines[1].distance(from: lines[1].startIndex, to: $0.lowerBound) } == nameColumn)
        #expect(lines[2].range(of: "random").map { lines[2].distance(from: lines[2].startIndex, to: $0.lowerBound) } == nameColumn)
    }

    @Test func daysAreShownInTheRequestedZone() throws {
        let export = try TwoChannelExport()
        defer { export.remove() }
        // The last incident message is 2024-07-16T00:38:12Z: still the 15th in New York.
        let result = try CLIRunner.run(["channels", export.path, "--timezone", "America/New_York"])
        #expect(result.status == 0)
        #expect(row(result, 1) == ["public", "incident", "C0INC0001", "4", "1", "2024-07-15", "2024-07-15"])
        #expect(result.stdout.split(separator: "\n").last?.hasSuffix("days in America/New_York") == true)
    }

    @Test func jsonFormatListsTheSameRows() throws {
        let export = try TwoChannelExport()
        defer { export.remove() }
        let result = try CLIRunner.run(["channels", export.path, "--format", "json"])
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows.map { $0["name"] as? String } == ["incident", "random"])
        #expect(rows.map { $0["id"] as? String } == ["C0INC0001", "C0RND0001"])
        #expect(rows.map { $0["kind"] as? String } == ["public", "public"])
        #expect(rows.map { $0["messages"] as? Int } == [4, 1])
        #expect(rows.map { $0["threads"] as? Int } == [1, 0])
        #expect(rows.map { $0["first_day"] as? String } == ["2024-07-15", "2024-07-12"])
        #expect(rows.map { $0["last_day"] as? String } == ["2024-07-16", "2024-07-12"])
    }

    @Test func emptyConversationHasNoDaysInJSON() throws {
        let export = try TwoChannelExport(withEmptyChannel: true)
        defer { export.remove() }
        let result = try CLIRunner.run(["channels", export.path, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let quiet = try #require(rows.first { $0["name"] as? String == "quiet" })
        #expect(quiet["messages"] as? Int == 0)
        #expect(quiet["first_day"] == nil || quiet["first_day"] is NSNull)
    }

    @Test(arguments: ["incident", "C0INC0001"])
    func channelOptionListsOnlyThatConversation(_ selector: String) throws {
        let export = try TwoChannelExport()
        defer { export.remove() }
        let result = try CLIRunner.run(["channels", export.path, "--channel", selector])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 3)
        #expect(row(result, 1).prefix(3) == ["public", "incident", "C0INC0001"])
        #expect(line(result, 2).hasPrefix("1 conversation(s), 4 message(s);"))
    }

    @Test func channelOptionNamingNoConversationIsAUsageError() throws {
        let export = try TwoChannelExport()
        defer { export.remove() }
        let result = try CLIRunner.run(["channels", export.path, "--channel", "nope"])
        do {
            #expect(result.status == 64)
            #expect(errorLines(result) == ["postmortem: error: \(export.path): no conversation named 'nope'; it has: incident, random"])
        }
    }

    @Test func fromAndToCountOnlyMessagesInTheWindow() throws {
        let export = try TwoChannelExport()
        defer { export.remove() }
        // From inclusive, to exclusive: 13:35:00.0001Z is in, 13:37:00.0003Z is out.
        let result = try CLIRunner.run(["channels", export.path, "--from", "1721050500.000100", "--to", "1721050620.000300", "--format", "json"])
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["messages"] as? Int } == [2, 0])

        let day = try CLIRunner.run(["channels", export.path, "--from", "2024-07-15", "--to", "2024-07-16"])
        #expect(day.status == 0)
        #expect(row(day, 1) == ["public", "incident", "C0INC0001", "3", "1", "2024-07-15", "2024-07-15"])
        #expect(row(day, 2) == ["public", "random", "C0RND0001", "0", "0", "-", "-"])
    }

    @Test func foundingSampleWindowMatchesAnIndependentCount() throws {
        let sample = TestPaths.sampleExports.appendingPathComponent("dashboard-outage/export").path
        try #require(FileManager.default.fileExists(atPath: sample))
        // Counted from the day files: 96 messages in 4 threads; 17 between 13:30Z and 14:00Z on 15 July.
        let all = try CLIRunner.run(["channels", sample])
        #expect(row(all, 1) == ["public", "goldkern-support", "C05H2GK7R9Q", "96", "4", "2024-07-12", "2024-07-16"])
        let window = try CLIRunner.run(["channels", sample, "--from", "2024-07-15T13:30:00Z", "--to", "2024-07-15T14:00:00Z"])
        #expect(row(window, 1).prefix(5) == ["public", "goldkern-support", "C05H2GK7R9Q", "17", "2"])
        let newYorkDay = try CLIRunner.run(["channels", sample, "--from", "2024-07-15", "--to", "2024-07-16", "--timezone", "America/New_York"])
        #expect(row(newYorkDay, 1).dropFirst(3).first == "95")
    }

    // MARK: - Standard input

    @Test func zipOnStandardInputReadsLikeTheFile() throws {
        let sample = try #require(sampleZip())
        let fromFile = try CLIRunner.run(["channels", sample.path, "--format", "json"])
        let fromStdin = try CLIRunner.run(["channels", "-", "--format", "json"], stdin: try Data(contentsOf: sample))
        #expect(fromStdin.status == 0)
        #expect(fromStdin.stdout == fromFile.stdout)
        #expect(!fromStdin.stdout.isEmpty)
        let table = try CLIRunner.run(["channels", "-"], stdin: try Data(contentsOf: sample))
        #expect(table.stdout.split(separator: "\n").last?.contains("workspace export (zip)") == true)
    }

    @Test func dayFileOnStandardInputIsOneConversation() throws {
        let day = #"[{"type":"message","user":"U0ANA","text":"checkout is throwing 502s","ts":"1721050500.000100"}]"#
        let result = try CLIRunner.run(["channels", "-"], stdin: Data(day.utf8))
        #expect(result.status == 0)
        #expect(row(result, 1) == ["public", "stdin", "stdin", "1", "0", "2024-07-15", "2024-07-15"])
        #expect(line(result, 2).contains("day file"))
    }

    @Test func tsKeyedFileOnStandardInputUsesTheUsersOption() throws {
        let sample = TestPaths.sampleExports.appendingPathComponent("dashboard-outage")
        let keyed = sample.appendingPathComponent("messages-by-ts.json")
        try #require(FileManager.default.fileExists(atPath: keyed.path))
        let result = try CLIRunner.run(
            ["channels", "-", "--users", sample.appendingPathComponent("export/users.json").path], stdin: try Data(contentsOf: keyed))
        #expect(result.status == 0)
        #expect(row(result, 1).dropFirst(3).prefix(2) == ["96", "4"])
        #expect(line(result, 2).contains("ts-keyed messages"))
    }

    // MARK: - Failures: exit codes and one-line messages

    @Test func missingInputExits66NamingThePath() throws {
        let path = TestPaths.packageRoot.appendingPathComponent("no-such-export.zip").path
        let result = try CLIRunner.run(["channels", path])
        #expect(result.status == 66)
        #expect(result.stdout.isEmpty)
        #expect(errorLines(result) == ["postmortem: error: \(path): no such file or folder"])
    }

    @Test func emptyStandardInputExits66() throws {
        let result = try CLIRunner.run(["channels", "-"], stdin: Data())
        #expect(result.status == 66)
        #expect(errorLines(result) == ["postmortem: error: -: standard input is empty"])
    }

    @Test func truncatedJSONExits65WithFileLineAndColumn() throws {
        let root = slackFixture("truncated-json")
        let result = try CLIRunner.run(["channels", root])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(errorLines(result) == ["postmortem: error: \(root)/incident/2024-07-15.json: not valid JSON: line 11, column 9: unexpected end of data inside an object"])
    }

    @Test func truncatedJSONOnStandardInputExits65NamingDash() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: slackFixture("truncated-json/incident/2024-07-15.json")))
        let result = try CLIRunner.run(["channels", "-"], stdin: data)
        #expect(result.status == 65)
        #expect(errorLines(result) == ["postmortem: error: -: not valid JSON: line 11, column 9: unexpected end of data inside an object"])
    }

    @Test(arguments: [
        ("wrong-top-level-type", "/incident/2024-07-15.json: expected an array of messages, found string"),
        ("empty-file", "/incident/2024-07-15.json: not valid JSON: line 1, column 1: the file is empty"),
        ("users-json-wrong-type", "/users.json: expected an array, found object"),
        ("not-an-export", ": not a Slack export: no channels.json, users.json, day files (YYYY-MM-DD.json) or slackdump files found"),
        ("truncated-gzip-chunk", "/C0INC0001.json.gz: damaged archive: the gzip data is truncated"),
    ])
    func badDataExits65WithOneLineNamingTheFile(_ fixture: String, _ message: String) throws {
        let root = slackFixture(fixture)
        let result = try CLIRunner.run(["channels", root])
        #expect(result.status == 65)
        #expect(errorLines(result) == ["postmortem: error: \(root)\(message)"])
    }

    @Test func deepNestingExits65() throws {
        let folder = try TestPaths.temporaryFolder("deep-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("deep.json")
        try Data((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8).write(to: file)
        let result = try CLIRunner.run(["channels", file.path])
        #expect(result.status == 65)
        #expect(errorLines(result) == ["postmortem: error: \(file.path): not valid JSON: line 1, column 513: nesting deeper than 512 levels"])
    }

    @Test func damagedZipExits65NamingTheZip() throws {
        let sample = try #require(sampleZip())
        let folder = try TestPaths.temporaryFolder("cut-zip-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        let zip = folder.appendingPathComponent("export.zip")
        let data = try Data(contentsOf: sample)
        try data.prefix(data.count - 30).write(to: zip)  // cuts into the central directory and its end record
        let result = try CLIRunner.run(["channels", zip.path])
        #expect(result.status == 65)
        let lines = errorLines(result)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("postmortem: error: \(zip.path): damaged archive: ") == true)
    }

    @Test func malformedMessageIsAWarningAndTheRestIsListed() throws {
        let root = slackFixture("message-without-ts")
        let result = try CLIRunner.run(["channels", root])
        #expect(result.status == 0)
        #expect(result.stderr.split(separator: "\n").map(String.init) == [
            #"postmortem: warning: \#(root)/incident/2024-07-15.json: message 1: no "ts"; skipped"#,
            "postmortem: note: skipped 1 malformed message record(s)",
        ])
        #expect(row(result, 1).dropFirst(3).first == "2")
        let quiet = try CLIRunner.run(["channels", root, "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty)
    }

    @Test func oddlyNamedDayFileIsAWarning() throws {
        let root = slackFixture("day-file-named-oddly")
        let result = try CLIRunner.run(["channels", root])
        #expect(result.status == 0)
        #expect(result.stderr.split(separator: "\n").map(String.init) == [
            "postmortem: warning: \(root)/incident/2024-7-16.json: not named like a day file (YYYY-MM-DD.json); skipped",
            "postmortem: note: skipped 1 file(s)",
        ])
    }

    @Test(arguments: [
        ["--bogus"],
        ["--format", "xml"],
        ["--from", "yesterday"],
        ["--to", "soon"],
        ["--from", "2024-07-16", "--to", "2024-07-15"],
        ["--timezone", "Mars/Olympus_Mons"],
        ["--max-depth", "0"],
    ])
    func badInvocationExits64(_ flags: [String]) throws {
        let export = try TwoChannelExport()
        defer { export.remove() }
        let result = try CLIRunner.run(["channels", export.path] + flags)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }

    @Test func badTimeNamesTheFlagInOneLine() throws {
        let export = try TwoChannelExport()
        defer { export.remove() }
        let result = try CLIRunner.run(["channels", export.path, "--from", "yesterday"])
        #expect(result.status == 64)
        #expect(errorLines(result) == ["postmortem: error: --from 'yesterday' is not a time; use e.g. 2024-07-15T09:30, 2024-07-15T13:30:00Z or a ts"])
        let reversed = try CLIRunner.run(["channels", export.path, "--from", "2024-07-16", "--to", "2024-07-15"])
        #expect(errorLines(reversed) == ["postmortem: error: --from must be before --to"])
    }

    @Test func missingExportArgumentExits64() throws {
        let result = try CLIRunner.run(["channels"])
        #expect(result.status == 64)
    }
}

// MARK: - Helpers

/// A workspace export in a temporary folder: `incident` (a thread, one reply after midnight UTC)
/// and `random` (one message), optionally a listed channel with no messages.
struct TwoChannelExport {
    let folder: URL
    var path: String { folder.path }

    init(withEmptyChannel: Bool = false) throws {
        folder = try TestPaths.temporaryFolder("channels-cli").appendingPathComponent("export")
        var channels = #"{"id": "C0INC0001", "name": "incident"}, {"id": "C0RND0001", "name": "random"}"#
        if withEmptyChannel { channels += #", {"id": "C0QUI0001", "name": "quiet"}"# }
        try write("channels.json", "[\(channels)]")
        try write("users.json", #"[{"id": "U0ANA", "name": "ana", "tz": "Europe/Berlin"}, {"id": "U0BEN", "name": "ben", "tz": "Europe/Berlin"}]"#)
        try write("incident/2024-07-15.json", """
            [
              {"type": "message", "user": "U0ANA", "text": "checkout is throwing 502s", "ts": "1721050500.000100", "thread_ts": "1721050500.000100", "reply_count": 2},
              {"type": "message", "user": "U0BEN", "text": "looking", "ts": "1721050560.000200", "thread_ts": "1721050500.000100"},
              {"type": "message", "user": "U0ANA", "text": "rolled back", "ts": "1721050620.000300"},
              {"type": "message", "user": "U0BEN", "text": "errors gone since 00:30", "ts": "1721090292.171103", "thread_ts": "1721050500.000100"}
            ]
            """)
        try write("random/2024-07-12.json", #"[{"type": "message", "user": "U0ANA", "text": "lunch?", "ts": "1720785600.000100"}]"#)
    }

    private func write(_ relative: String, _ text: String) throws {
        let url = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
}

/// A fixture of the SlackExport tests (`Tests/SlackExportTests/Fixtures/<relative>`).
func slackFixture(_ relative: String) -> String {
    TestPaths.packageRoot.appendingPathComponent("Tests/SlackExportTests/Fixtures/" + relative).path
}

/// The first sample export that ships as a zip.
func sampleZip() -> URL? {
    let root = TestPaths.sampleExports
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
    return names.map { root.appendingPathComponent($0).appendingPathComponent("export.zip") }
        .first { FileManager.default.fileExists(atPath: $0.path) }
}

/// The cells of a table row (columns are separated by two or more spaces; no cell holds two).
func cells(_ line: String) -> [String] {
    line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}

/// Line `index` of standard output ("" when there is none).
func line(_ result: CLIResult, _ index: Int) -> String {
    let lines = result.stdout.split(separator: "\n").map(String.init)
    return index < lines.count ? lines[index] : ""
}

/// The cells of table row `index` of standard output (the header is row 0).
func row(_ result: CLIResult, _ index: Int) -> [String] { cells(line(result, index)) }

/// Standard error's non-empty lines.
func errorLines(_ result: CLIResult) -> [String] {
    result.stderr.split(separator: "\n").map(String.init)
}
