import Foundation
import PostmortemTestSupport
import SlackExport
import Testing

/// Reads every real export in `../shared/slack-fixtures` in place (nothing is copied into the project).
///
/// The expected figures were counted independently from the fixture JSON with a Python script
/// (messages = records with a valid `ts`, less tombstones, one per `ts`; replies = `thread_ts != ts`;
/// parents = `thread_ts == ts`, `reply_count > 0`, legacy `replies[]`, or referenced by a reply),
/// following `shared/docs/slack-export-format.md`; they were not taken from the reader's output.
@Suite(.enabled(if: TestPaths.sharedFixtures != nil, "Conformance tests skipped: ../shared/slack-fixtures not found"))
struct ConformanceTests {
    let reader = ExportReader()

    // MARK: - slack-export-viewer: a real 2016 export (folder and zip)

    @Test(arguments: ["slack-export-viewer/testarchive", "slack-export-viewer/testarchive.zip"])
    func slackExportViewer2016Export(_ relative: String) throws {
        let ws = try reader.read(shared(relative))
        #expect(ws.shape == (relative.hasSuffix(".zip") ? .workspaceZip : .workspaceFolder))
        #expect(ws.conversations.map(Figures.init) == [
            Figures("enrique", "C0JGLMMNX", .publicChannel, messages: 102, parents: 0, replies: 0),
            Figures("traveling-sailor", "C0JL6CGQ2", .publicChannel, messages: 56, parents: 0, replies: 0),
        ])
        #expect(ws.users.count == 4)
        #expect(ws.report.warnings.isEmpty)
        #expect(ws.report.summaryLines.isEmpty)

        let enrique = try ws.conversation(named: "enrique")
        let sailor = try ws.conversation(named: "traveling-sailor")
        #expect(kindCounts(enrique) == ["bot_message": 66, "message": 30, "join": 4, "bot_add": 2])
        #expect(kindCounts(sailor) == ["bot_message": 28, "message": 19, "join": 4, "file_share": 4, "bot_add": 1])
        #expect(enrique.messages.filter { $0.kind == .botMessage }.allSatisfy { $0.isBot })

        // Names: display name from users.json, else real name (heroeshannibal's display name is empty).
        #expect(try author(of: "1452837352.000006", in: enrique, ws) == "hamza")
        #expect(try author(of: "1458228721.000002", in: enrique, ws) == "heroeshannibal")
        #expect(try author(of: "1452845865.000008", in: enrique, ws) == "abilinski")
        #expect(try author(of: "1459052866.000012", in: sailor, ws) == "doubledeez")

        // The one edit, the one reaction (a custom emoji), the legacy single `file` objects.
        let edited = ws.conversations.flatMap(\.messages).filter(\.isEdited)
        #expect(edited.map(\.ts.raw) == ["1458972985.000010"])
        #expect(edited.first?.editedTS?.raw == "1458981134.000000")
        #expect(try #require(enrique.message("1459154014.000018")).reactions == [Reaction(name: "botman", count: 1, userIDs: ["U0BMYT2FL"])])
        #expect(try #require(sailor.message("1459052866.000012")).fileNames == ["100 cities"])
        #expect(try #require(sailor.message("1459106048.000018")).fileNames == ["10 cities"])
        #expect(try #require(sailor.message("1459155174.000025")).fileNames == ["cities1000"])
    }

    @Test func slackExportViewerTimesComeFromTsNotFileNames() throws {
        let ws = try reader.read(shared("slack-export-viewer/testarchive"))
        let pacific = TimeFormatter(zone: try #require(TimeZone(identifier: "America/Los_Angeles")))
        let utcDays = TimeFormatter(zone: utc)
        // Messages per day file, counted from the files: grouping by ts in Pacific time gives them back.
        let files: [String: [String: Int]] = [
            "enrique": ["2016-01-14": 6, "2016-01-15": 6, "2016-01-16": 2, "2016-02-07": 20, "2016-02-08": 9,
                        "2016-03-17": 12, "2016-03-25": 10, "2016-03-26": 18, "2016-03-28": 19],
            "traveling-sailor": ["2016-01-16": 5, "2016-02-07": 3, "2016-02-08": 14, "2016-03-25": 9,
                                 "2016-03-26": 14, "2016-03-27": 8, "2016-03-28": 2, "2016-03-29": 1],
        ]
        for c in ws.conversations {
            let byPacificDay = Dictionary(grouping: c.messages) { pacific.day($0.ts.date) }.mapValues(\.count)
            #expect(byPacificDay == files[c.info.name], "\(c.info.name)")
        }
        let all = ws.conversations.flatMap(\.messages)
        #expect(all.filter { utcDays.day($0.ts.date) != pacific.day($0.ts.date) }.count == 94)
        // The first message sits in enrique/2016-01-14.json but was posted on 15 January, UTC.
        let first = try #require(try ws.conversation(named: "enrique").messages.first)
        #expect(first.ts.raw == "1452837318.000002")
        #expect(TimeFormatter.isoUTC(first.ts.date) == "2016-01-15T05:55:18Z")
    }

    // MARK: - Zips read exactly like their folders

    @Test(arguments: [
        ("slack-export-viewer/testarchive", "slack-export-viewer/testarchive.zip"),
        ("langchain-community/slack_export", "langchain-community/slack_export.zip"),
        ("slackdump/internal/fixtures/assets/source_export_dir", "slackdump/internal/fixtures/assets/source_export.zip"),
    ])
    func zipReadsExactlyLikeItsFolder(_ folder: String, _ zip: String) throws {
        let a = try reader.read(shared(folder))
        let b = try reader.read(shared(zip))
        #expect(b.conversations == a.conversations)
        #expect(b.users == a.users)
        #expect(b.report.droppedDeleted == a.report.droppedDeleted)
        #expect(b.report.mergedDuplicates == a.report.mergedDuplicates)
    }

    // MARK: - langchain: a small real 2023 export with a channel that has no folder

    @Test(arguments: ["langchain-community/slack_export", "langchain-community/slack_export.zip"])
    func langchain2023Export(_ relative: String) throws {
        let ws = try reader.read(shared(relative))
        #expect(ws.conversations.map(Figures.init) == [
            Figures("example-channel", "C0535BV3C6P", .publicChannel, messages: 2, parents: 0, replies: 0),
            Figures("general", "C05019B47SB", .publicChannel, messages: 2, parents: 0, replies: 0),
            Figures("lang-chat", "C05095PUQEA", .publicChannel, messages: 0, parents: 0, replies: 0),
            Figures("random", "C050FR57M8S", .publicChannel, messages: 1, parents: 0, replies: 0),
        ])
        let langChat = try ws.conversation(named: "lang-chat")
        #expect(langChat.info.memberIDs.count == 10)
        #expect(langChat.span == nil)
        let general = try ws.conversation(named: "general")
        #expect(general.info.purpose?.hasPrefix("This is the one channel that Art always include everyone.") == true)
        let hello = try #require(general.message("1681413317.397479"))
        #expect(hello.text.plainText() == "Hello, world!")
        // U0500003428 is not in users.json; the embedded user_profile names him (empty display name).
        #expect(ws.authorName(of: hello) == "Example User")
        #expect(try ws.conversation(named: "example-channel").messages.first?.kind == .join)
        #expect(ws.report.summaryLines.isEmpty)
    }

    // MARK: - slackdump: its Slack-format export, metadata-only export, dumps, converter, chunks

    @Test(arguments: ["slackdump/internal/fixtures/assets/source_export_dir", "slackdump/internal/fixtures/assets/source_export.zip"])
    func slackdumpExport(_ relative: String) throws {
        let ws = try reader.read(shared(relative))
        #expect(ws.conversations.map(Figures.init) == [Figures("B75B4C7", "CO69735E8A", .publicChannel, messages: 15, parents: 2, replies: 4)])
        #expect(ws.report.droppedDeleted == 1)
        #expect(ws.report.mergedDuplicates == 0)
        #expect(ws.report.skippedMalformed == 0)
        let c = try #require(ws.conversations.first)
        #expect(c.replies(to: ts("1736478630.905399")).map(\.ts.raw) == ["1736554746.482349", "1736554783.040199"])
        #expect(c.replies(to: ts("1736554801.872639")).map(\.ts.raw) == ["1736554819.539739"])
        // The tombstone parent is dropped; its reply stays as an orphan.
        #expect(c.message("1736554828.343759") == nil)
        #expect(try #require(c.message("1736554838.911679")).parentTS?.raw == "1736554828.343759")
        // users.json: empty display name falls back to the real name.
        #expect(try author(of: "1736478514.897649", in: c, ws) == "WgO268Xc0KtFylJ")
        #expect(try author(of: "1736554746.482349", in: c, ws) == "YTX35tuC1zyFhKZL")
        // A bot user listed in users.json is named from there, not from bot_profile.
        let bot = try #require(c.message("1737160363.583369"))
        #expect(ws.authorName(of: bot) == "GioT4")
        #expect(bot.isBot)
        #expect(bot.editedTS?.raw == "1737160371.000000")
    }

    @Test func slackdumpMetadataOnlyExport() throws {
        let ws = try reader.read(shared("slackdump/internal/fixtures/assets/export"))
        #expect(ws.conversations.map { "\($0.info.kind.rawValue) \($0.info.name)" } == [
            "public general", "public slackdump-discussions",
            "group_dm mpdm-smith--john.s--jane.d-1", "group_dm mpdm-smith--seymore.a--jane.d-1",
            "dm DGSP8D83S", "dm DGTHCM3T5", "dm DGUHYUMAT", "dm DGUHYUNK1",
            "dm DGUUZSFFH", "dm DHPM76ZAL", "dm DKJQ93AHG", "dm DNC8S27U5",
        ])
        #expect(ws.conversations.allSatisfy { $0.messages.isEmpty })
        let dms = ws.conversations.filter { $0.info.kind == .directMessage }
        #expect(dms.allSatisfy { $0.info.id == $0.info.name })
        #expect(try ws.conversation(named: "DGSP8D83S").info.memberIDs == ["UGTRHT2SH", "UGTRHT2SH"])  // self-DM
        #expect(try ws.conversation(named: "DGUHYUMAT").info.memberIDs == ["USLACKBOT", "UGTRHT2SH"])
        #expect(try ws.conversation(named: "mpdm-smith--seymore.a--jane.d-1").info.id == "GJPBBJKE0")
        #expect(try ws.conversation(named: "general").info.memberIDs.isEmpty)  // "members": null

        #expect(ws.users.count == 8)
        #expect(ws.users.name(for: "UGTRHT2SH") == "cs")
        #expect(ws.users.name(for: "UFCFJSRA8") == "John Doe")
        #expect(ws.users["UGTLW32F4"]?.isDeleted == true)
        #expect(ws.users.name(for: "UGTLW32F4") == "Seymore Arsehole")
        #expect(ws.users["UNEERHWJJ"]?.isBot == true)
        #expect(ws.users.name(for: "UNEERHWJJ") == "Jira")
        #expect(ws.users["USLACKBOT"]?.isBot == true)

        #expect(pickError { try ws.conversation(named: nil) } == .noMessages(source: ws.source))
    }

    @Test(arguments: ["slackdump/internal/fixtures/assets/CHY5HUESG.json", "slackdump/internal/fixtures/assets/source_dump.zip"])
    func slackdumpDumpWithNestedReplies(_ relative: String) throws {
        let ws = try reader.read(shared(relative))
        #expect(ws.shape == .slackdumpDump)
        let c = try #require(ws.conversations.first)
        #expect(ws.conversations.count == 1)
        #expect(c.info.name == "everyone")
        #expect(c.info.id == "CHY5HUESG")
        #expect(c.info.kind == .publicChannel)
        #expect(ws.report.droppedDeleted == 1)
        #expect(c.replies(to: ts("1736478630.905399")).map(\.ts.raw) == ["1736554746.482349", "1736554783.040199"])
        #expect(c.replies(to: ts("1736554801.872639")).map(\.ts.raw) == ["1736554819.539739"])
        #expect(c.messages.filter(\.isThreadParent).map(\.ts.raw) == ["1736478630.905399", "1736554801.872639"])
        let polly = try #require(c.message("1737160363.583369"))
        #expect(polly.isBot)
        #expect(ws.authorName(of: polly) == "Polly")
        #expect(try #require(c.message("1737714849.675319")).text.plainText() == "Hello <MARQUEE> frenchesco's old friend")
        do {
            #expect(Figures(c) == Figures("everyone", "CHY5HUESG", .publicChannel, messages: 15, parents: 2, replies: 4))
            #expect(c.message("1736554838.911679")?.parentTS?.raw == "1736554828.343759")
        }
    }

    @Test func slackdumpSampleDump() throws {
        let ws = try reader.read(shared("slackdump/contrib/sample.json"))
        #expect(ws.conversations.map(Figures.init) == [Figures("everything", "CHM82GF99", .publicChannel, messages: 10, parents: 1, replies: 3)])
        let c = try #require(ws.conversations.first)
        #expect(c.replies(to: ts("1577694990.000400")).map(\.ts.raw) == ["1638784588.000100", "1638784627.000300", "1648633700.407619"])
        let redash = try #require(c.message("1564023445.000100"))
        #expect(redash.isBot)
        #expect(ws.authorName(of: redash) == "Redash Monitor")
        #expect(ws.report.summaryLines.isEmpty)
    }

    @Test func slackdumpConverterChannelAndThreadFiles() throws {
        let ws = try reader.read(shared("slackdump/internal/fixtures/assets/converter"))
        #expect(ws.shape == .slackdumpDump)
        #expect(ws.conversations.map(Figures.init) == [Figures("chan1", "chan1", .publicChannel, messages: 4, parents: 1, replies: 2)])
        let c = try #require(ws.conversations.first)
        #expect(c.replies(to: ts("1736478630.905399")).map(\.ts.raw) == ["1736554746.482349", "1736554783.040199"])
        #expect(try #require(c.message("1736554746.482349")).text.plainText() == "A message from a deactivated account")
    }

    @Test func slackdumpChunkFile() throws {
        let ws = try reader.read(shared("slackdump/internal/fixtures/assets/chunks.jsonl.gz"))
        #expect(ws.shape == .slackdumpChunks)
        #expect(ws.conversations.map(Figures.init) == [Figures("059602", "CO73D19AAE17", .privateChannel, messages: 909, parents: 60, replies: 365)])
        // 972 message records: every thread chunk repeats its parent (60) and 3 broadcasts are in history and thread.
        #expect(ws.report.mergedDuplicates == 63)
        #expect(ws.report.droppedDeleted == 0)
        #expect(ws.report.skippedMalformed == 0)
        let c = try #require(ws.conversations.first)
        #expect(kindCounts(c) == ["message": 844, "join": 54, "leave": 4, "thread_broadcast": 3, "me_message": 2, "bot_message": 1, "topic": 1])
        #expect(c.messages.filter { $0.kind == .threadBroadcast }.map { $0.parentTS?.raw ?? "-" } == ["1617088875.004200", "1644956954.429389", "1674024422.432859"])
        #expect(c.topLevel.count == 909 - 365 + 3)
        #expect(c.replies(to: ts("1617228907.024800")).count == 29)
        #expect(c.messages.filter(\.isEdited).count == 32)
        #expect(c.messages.filter { !$0.reactions.isEmpty }.count == 219)
        #expect(c.span?.lowerBound.raw == "1616741689.000200")
        #expect(c.span?.upperBound.raw == "1684308473.247529")
    }

    @Test func slackdumpChunkArchiveFolder() throws {
        let ws = try reader.read(shared("slackdump/internal/fixtures/assets/source_archive"))
        #expect(ws.shape == .slackdumpChunks)
        #expect(ws.conversations.map(Figures.init) == [Figures("B75B4C7", "CO69735E8A", .publicChannel, messages: 15, parents: 2, replies: 4)])
        // The tombstone is in history and repeated as its thread's parent; so is the other parent.
        #expect(ws.report.droppedDeleted == 2)
        #expect(ws.report.mergedDuplicates == 2)
        #expect(ws.users.count >= 10)
        let c = try #require(ws.conversations.first)
        #expect(try author(of: "1736478514.897649", in: c, ws) == "WgO268Xc0KtFylJ")
    }

    @Test func slackdumpExportAndChunkArchiveHoldTheSameMessages() throws {
        let export = try #require(try reader.read(shared("slackdump/internal/fixtures/assets/source_export_dir")).conversations.first)
        let archive = try #require(try reader.read(shared("slackdump/internal/fixtures/assets/source_archive")).conversations.first)
        #expect(archive.messages.map(\.ts) == export.messages.map(\.ts))
        #expect(archive.messages.map(\.parentTS) == export.messages.map(\.parentTS))
        #expect(archive.messages.map(\.kind) == export.messages.map(\.kind))
    }

    // MARK: - java-slack-sdk: every-field API samples

    @Test(arguments: ["conversations.history", "conversations.replies"])
    func everyFieldAPISampleDoesNotChoke(_ method: String) throws {
        let file = try shared("java-slack-sdk/json-logs/samples/api/\(method).json")
        let ws = try reader.read(file)
        #expect(ws.shape == .apiResponse)
        let c = try #require(ws.conversations.first)
        #expect(c.messages.map(\.ts.raw) == ["0000000000.000000"])
        #expect(c.messages.first?.authorID == "U00000000")
        #expect(c.messages.first?.isThreadParent == true)
        #expect(ws.report.skippedMalformed == 0)

        let withUsers = try ExportReader(usersFile: shared("java-slack-sdk/json-logs/samples/api/users.list.json")).read(file)
        #expect(withUsers.users["U00000000"] != nil)
    }

    // MARK: - zulip: 2017/2018 export pieces, single messages, a hand-made broadcast thread

    @Test func zulipImporterExport() throws {
        let ws = try reader.read(shared("zulip/test_slack_importer"))
        #expect(ws.shape == .workspaceFolder)
        #expect(ws.conversations.map(Figures.init) == [Figures("random", "random", .publicChannel, messages: 13, parents: 0, replies: 0)])
        let c = try #require(ws.conversations.first)
        #expect(kindCounts(c) == ["message": 8, "join": 4, "file_share": 1])
        #expect(try author(of: "1516454537.000093", in: c, ws) == "Steve")
        #expect(try author(of: "1516468219.000018", in: c, ws) == "Rhea")
        #expect(try author(of: "1498401071.279035", in: c, ws) == "k._")
        #expect(ws.users.name(for: "U8X25EBAB") == "汉语 हिन्दी")  // \uXXXX escapes in users.json
        #expect(ws.users["U8W3QFGQ5"]?.timeZone == "Asia/Kolkata")
        #expect(try #require(c.message("1516468505.000010")).text.plainText() == "@everyone")
    }

    @Test(arguments: [
        ("message_with_emojis", "1772029104.463999"),
        ("message_with_user_mentions", "1772112471.400529"),
        ("message_with_unknown_rich_text_block", "1772029070.889249"),
        ("message_with_varying_block_types", "1776874317.427959"),
        ("message_with_variety_files_and_rich_text", "1772636065.551219"),
    ])
    func zulipSingleMessage(_ name: String, _ expectedTS: String) throws {
        let ws = try reader.read(shared("zulip/exported_messages_fixtures/\(name).json"))
        #expect(ws.shape == .singleMessage)
        let c = try #require(ws.conversations.first)
        #expect(c.info.name == name)
        #expect(c.messages.map(\.ts.raw) == [expectedTS])
        let m = try #require(c.messages.first)
        #expect(m.authorID == "U06NU4E26M9")
        #expect(!m.text.isEmpty)
        if name == "message_with_variety_files_and_rich_text" {
            #expect(m.fileNames == ["Weekly Sync", "channels.json"])
        } else {
            #expect(ws.authorName(of: m) == "Peter")  // user_profile: empty display name, real name Peter
        }
    }

    @Test func zulipThreadWithBroadcastReplyIsNotDoubled() throws {
        let ws = try reader.read(shared("zulip/exported_messages_fixtures/thread_with_broadcast_reply.json"))
        #expect(ws.shape == .dayFile)
        let c = try #require(ws.conversations.first)
        #expect(Figures(c) == Figures("thread_with_broadcast_reply", "thread_with_broadcast_reply", .publicChannel, messages: 3, parents: 1, replies: 2))
        #expect(c.replies(to: ts("1434139102.000002")).map(\.ts.raw) == ["1434139103.000002", "1434139104.000002"])
        #expect(c.topLevel.map(\.ts.raw) == ["1434139102.000002", "1434139104.000002"])
        #expect(c.message("1434139104.000002")?.kind == .threadBroadcast)
        #expect(ws.report.mergedDuplicates == 0)
    }

    // MARK: - Everything else in the tree

    @Test func everyFixtureFileReadsOrFailsWithOneLineNamingIt() throws {
        let root = try #require(TestPaths.sharedFixtures)
        var mustRead = 0
        for relative in try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted() {
            let path = root.appendingPathComponent(relative).path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let name = (relative as NSString).lastPathComponent
            // Day files, zips and gzip chunk files are Slack data in a shape the reader promises to read.
            let isSlackData = name.wholeMatch(of: /\d{4}-\d{2}-\d{2}\.json/) != nil || name.hasSuffix(".zip") || name.hasSuffix(".gz")
            if isSlackData { mustRead += 1 }
            do {
                _ = try reader.read(path)
            } catch {
                #expect(!isSlackData, "\(relative) could not be read: \(error.localizedDescription)")
                let text = error.localizedDescription
                #expect(text.hasPrefix(path + ":"), "\(text)")
                #expect(!text.contains("\n"), "\(text)")
            }
        }
        #expect(mustRead == 26 + 4 + 4)  // day files, zips, gzip chunk files in the tree
    }
}

// MARK: - Helpers

/// The figures of one conversation that the conformance tests compare.
struct Figures: Equatable, CustomStringConvertible {
    var name: String
    var id: String
    var kind: ConversationKind
    var messages: Int
    var parents: Int
    var replies: Int

    init(_ name: String, _ id: String, _ kind: ConversationKind, messages: Int, parents: Int, replies: Int) {
        self.name = name
        self.id = id
        self.kind = kind
        self.messages = messages
        self.parents = parents
        self.replies = replies
    }

    init(_ c: Conversation) {
        self.init(
            c.info.name, c.info.id, c.info.kind, messages: c.messages.count,
            parents: c.messages.filter(\.isThreadParent).count, replies: c.messages.filter(\.isReply).count)
    }

    var description: String { "\(kind.rawValue) \(name) (\(id)): \(messages) messages, \(parents) parents, \(replies) replies" }
}

/// A path inside `../shared/slack-fixtures`.
func shared(_ relative: String) throws -> String {
    try #require(TestPaths.sharedFixtures).appendingPathComponent(relative).path
}

/// How many messages of each kind a conversation holds, by the kind's short name.
func kindCounts(_ c: Conversation) -> [String: Int] {
    Dictionary(grouping: c.messages, by: \.kind.name).mapValues(\.count)
}

/// The author name shown for the message with `ts`.
func author(of ts: String, in c: Conversation, _ ws: Workspace) throws -> String {
    ws.authorName(of: try #require(c.message(ts)))
}
