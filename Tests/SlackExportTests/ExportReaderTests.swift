import Foundation
import PostmortemTestSupport
import SlackExport
import Testing

/// The reader's behaviour on small exports written by the tests: every input shape, threads,
/// edits, joins, broadcasts, names, time windows, and the sample exports in every shape they ship in.
@Suite struct ExportReaderTests {
    let reader = ExportReader()

    // MARK: - Shapes

    @Test(arguments: ShapeInput.allCases)
    func everyShapeReadsTheSameMessages(_ input: ShapeInput) throws {
        let scratch = try Scratch("shape")
        defer { scratch.remove() }
        let workspace = try input.read(with: reader, in: scratch)

        #expect(workspace.shape == input.expectedShape)
        #expect(workspace.conversations.count == 1)
        let conversation = try #require(workspace.conversations.first)
        #expect(conversation.info.name == input.expectedName)
        let expected = input == .singleMessage ? Array(ThreeMessages.summary.prefix(1)) : ThreeMessages.summary
        #expect(summary(conversation) == expected)
        if input != .singleMessage {
            #expect(conversation.replies(to: ts("1721050500.000100")).map(\.ts.raw) == ["1721050560.000200"])
        }
    }

    @Test func apiResponseTakesItsChannelIDAndPutsNewestFirstInOrder() throws {
        let ws = try reader.read(bytes: bytes(ThreeMessages.apiResponse), name: "history.json")
        let c = try #require(ws.conversations.first)
        #expect(c.info.id == "C0INC0001")
        #expect(c.messages.map(\.ts.raw) == ThreeMessages.allTS)
    }

    @Test func apiErrorResponseIsAnErrorNamingTheFile() throws {
        let error = try #require(readError { try reader.read(bytes: bytes(#"{"ok": false, "error": "channel_not_found"}"#), name: "history.json") })
        #expect(error == .apiError(file: "history.json", error: "channel_not_found"))
        #expect(error.localizedDescription == "history.json: the Slack API response reports an error: channel_not_found")
    }

    @Test func chunkParentRepeatedInItsThreadIsMergedAndCounted() throws {
        let ws = try reader.read(bytes: bytes(ThreeMessages.chunks), name: "C0INC0001.jsonl")
        let c = try #require(ws.conversations.first)
        #expect(c.info.kind == .privateChannel)
        #expect(c.info.id == "C0INC0001")
        #expect(ws.report.mergedDuplicates == 1)
        #expect(c.messages.count == 3)
    }

    @Test func zipWithAWrapperFolderFindsTheExportRoot() throws {
        let entries = ThreeMessages.workspaceFiles.map { ("acme-export-2024-07-16/" + $0.path, bytes($0.text)) }
        let ws = try reader.read(bytes: TinyZip.archive(entries), name: "acme.zip")
        #expect(ws.shape == .workspaceZip)
        #expect(ws.conversations.map(\.info.id) == ["C0INC0001"])
        #expect(ws.users.count == 2)
    }

    // MARK: - Threads, broadcasts, edits, joins

    @Test func repliesJoinTheirParentAcrossDayFiles() throws {
        let ws = try ThreadDays.read(with: reader)
        let c = try #require(ws.conversations.first)
        #expect(c.replies(to: ts(ThreadDays.parent)).map(\.ts.raw) == [ThreadDays.reply1, ThreadDays.broadcast, ThreadDays.nextDayReply])
        #expect(try #require(c.message(ThreadDays.parent)).isThreadParent)
        #expect(try #require(c.message(ThreadDays.nextDayReply)).parentTS == ts(ThreadDays.parent))
    }

    @Test func aMessageIsAParentWhenRepliesPointAtItEvenWithoutThreadFields() throws {
        let ws = try ThreadDays.read(with: reader)
        let c = try #require(ws.conversations.first)
        let bare = try #require(c.message(ThreadDays.bareParent))
        #expect(bare.isThreadParent)
        #expect(c.replies(to: bare.ts).map(\.ts.raw) == [ThreadDays.bareParentReply])
    }

    @Test func orphanRepliesAreKept() throws {
        let ws = try ThreadDays.read(with: reader)
        let c = try #require(ws.conversations.first)
        let orphan = try #require(c.message(ThreadDays.orphan))
        #expect(orphan.isReply)
        #expect(orphan.parentTS?.raw == "1720000000.000100")
        #expect(c.message("1720000000.000100") == nil)
    }

    @Test func tombstoneIsDroppedAndCountedButItsReplyStays() throws {
        let ws = try ThreadDays.read(with: reader)
        let c = try #require(ws.conversations.first)
        #expect(c.message(ThreadDays.tombstone) == nil)
        #expect(ws.report.droppedDeleted == 1)
        #expect(try #require(c.message(ThreadDays.tombstoneReply)).parentTS == ts(ThreadDays.tombstone))
    }

    @Test func broadcastIsReadOnceAndShownInChannelAndThread() throws {
        let ws = try ThreadDays.read(with: reader)
        let c = try #require(ws.conversations.first)
        #expect(c.messages.filter { $0.ts.raw == ThreadDays.broadcast }.count == 1)
        let broadcast = try #require(c.message(ThreadDays.broadcast))
        #expect(broadcast.kind == .threadBroadcast)
        #expect(c.topLevel.map(\.ts.raw).contains(ThreadDays.broadcast))
        #expect(!c.topLevel.map(\.ts.raw).contains(ThreadDays.reply1))
        // The `root` copy of the parent inside the broadcast is not a second message.
        #expect(c.messages.filter { $0.ts.raw == ThreadDays.parent }.count == 1)
        #expect(c.messages.count == ThreadDays.expectedCount)
    }

    @Test func broadcastSeenInHistoryAndInItsThreadIsMergedKeepingItsKind() throws {
        let parent = #"{"type":"message","user":"U0ANA","text":"deploy failed","ts":"1721050500.000100","thread_ts":"1721050500.000100","reply_count":1}"#
        let inThread = #"{"type":"message","user":"U0BEN","text":"fixed","ts":"1721050560.000200","thread_ts":"1721050500.000100"}"#
        let inHistory = #"{"type":"message","subtype":"thread_broadcast","user":"U0BEN","text":"fixed","ts":"1721050560.000200","thread_ts":"1721050500.000100"}"#
        let dump = #"{"channel_id":"C0INC0001","name":"incident","messages":[\#(parent),\#(inHistory)]}"#
            .replacingOccurrences(of: #""reply_count":1}"#, with: #""reply_count":1,"slackdump_thread_replies":[\#(inThread)]}"#)
        let ws = try reader.read(bytes: bytes(dump), name: "C0INC0001.json")
        let c = try #require(ws.conversations.first)
        #expect(c.messages.map(\.ts.raw) == ["1721050500.000100", "1721050560.000200"])
        #expect(c.messages.last?.kind == .threadBroadcast)
        #expect(ws.report.mergedDuplicates == 1)
    }

    @Test func editsKeepTheLastEditTime() throws {
        let ws = try ThreadDays.read(with: reader)
        let c = try #require(ws.conversations.first)
        let edited = try #require(c.message(ThreadDays.edited))
        #expect(edited.isEdited)
        #expect(edited.editedTS?.raw == "1721051000.000000")
        #expect(try #require(c.message(ThreadDays.reply1)).isEdited == false)
    }

    @Test func aMessageCopiedIntoTwoDayFilesIsMergedKeepingTheLaterEdit() throws {
        let ws = try ThreadDays.read(with: reader)
        let c = try #require(ws.conversations.first)
        let copy = try #require(c.message(ThreadDays.copied))
        #expect(copy.text.plainText() == "ETA 30 min (edited twice)")
        #expect(copy.editedTS?.raw == "1721060000.000000")
        #expect(ws.report.mergedDuplicates == 1)
    }

    @Test func joinsAreChannelEventsByTheJoiner() throws {
        let ws = try ThreadDays.read(with: reader)
        let c = try #require(ws.conversations.first)
        let join = try #require(c.message(ThreadDays.join))
        #expect(join.kind == .join)
        #expect(join.kind.isChannelEvent)
        #expect(join.authorID == "U0CAL")
        #expect(ws.authorName(of: join) == "cal")
    }

    @Test func reactionsKeepTheirAuthoritativeCount() throws {
        let ws = try ThreadDays.read(with: reader)
        let c = try #require(ws.conversations.first)
        let m = try #require(c.message(ThreadDays.parent))
        #expect(m.reactions == [Reaction(name: "eyes", count: 5, userIDs: ["U0BEN", "U0CAL"])])
    }

    // MARK: - Names

    @Test(arguments: [
        ("1721050001.000001", "ana"),  // display name
        ("1721050002.000002", "Ben Okafor"),  // empty display name: real name
        ("1721050003.000003", "cal"),  // no display or real name: handle
        ("1721050004.000004", "Dee Leted"),  // deactivated account keeps its name
        ("1721050005.000005", "ext"),  // not in users.json: the message's user_profile
        ("1721050006.000006", "PagerDuty"),  // legacy bot_message: bot id -> users.json profile.bot_id
        ("1721050008.000008", "Incident Bot"),  // app message: bot_profile.name
        ("1721050009.000009", "U0GHOST"),  // unknown everywhere: the id
    ])
    func authorNamesResolveInTheDocumentedOrder(_ ts: String, _ name: String) throws {
        let ws = try NamesExport.read(with: reader)
        let message = try #require(ws.conversations.first?.message(ts))
        #expect(ws.authorName(of: message) == name)
    }

    @Test func aMonitorsAttachmentColourIsKeptAndALinkPreviewsIsNot() throws {
        let scratch = try Scratch("colour")
        defer { scratch.remove() }
        try scratch.write("export/channels.json", #"[{"id": "C0INC0001", "name": "incident"}]"#)
        try scratch.write("export/users.json", "[]")
        try scratch.write(
            "export/incident/2024-07-15.json",
            #"""
            [
              {"type": "message", "subtype": "bot_message", "bot_id": "B0MON", "text": "", "ts": "1721050001.000001",
               "attachments": [{"from_url": "https://status.example.com", "title": "Status", "color": "#439FE0"},
                               {"title": "Plausibilität wieder im Normbereich", "color": "good"}]},
              {"type": "message", "user": "U0ANA", "text": "https://status.example.com", "ts": "1721050002.000002",
               "attachments": [{"from_url": "https://status.example.com", "title": "Status", "color": "#D63232"}]}
            ]
            """#)
        let c = try #require(try reader.read(scratch.path("export")).conversations.first)
        #expect(try #require(c.message("1721050001.000001")).attachmentColor == "good")
        #expect(try #require(c.message("1721050002.000002")).attachmentColor == nil)
    }

    @Test func usernameOverrideOfALegacyBotMessageIsTheNameShown() throws {
        // Format doc, "Author resolution order": user -> users.json; else user_profile; else
        // bot_profile.name; else username; else bot_id -> users.json. A legacy webhook's
        // `username` is the name people saw, before any lookup of its bot id.
        let ws = try NamesExport.read(with: reader)
        let message = try #require(ws.conversations.first?.message("1721050007.000007"))
        do {
            #expect(ws.authorName(of: message) == "deploy-hook")
        }
    }

    @Test func usersFileResolvesNamesForShapesWithoutOne() throws {
        let scratch = try Scratch("users")
        defer { scratch.remove() }
        let users = try scratch.write("users.json", NamesExport.usersJSON)
        let day = try scratch.write("incident/2024-07-15.json", NamesExport.dayFile)
        let withUsers = try ExportReader(usersFile: users).read(day)
        let message = try #require(withUsers.conversations.first?.message("1721050002.000002"))
        #expect(withUsers.authorName(of: message) == "Ben Okafor")
        let without = try reader.read(day)
        #expect(without.authorName(of: message) == "U0BEN")
    }

    // MARK: - Times and windows

    @Test func timeComesFromTsNotFromTheDayFileName() throws {
        let ws = try ThreadDays.read(with: reader)
        let c = try #require(ws.conversations.first)
        // Stored in 2024-07-16.json, posted 2024-07-15T23:59:59Z (a Pacific-bucketed day file).
        let early = try #require(c.message(ThreadDays.pacificBucketed))
        #expect(early.ts.date == Date(timeIntervalSince1970: 1_721_087_999.5))
        #expect(TimeFormatter(zone: utc).day(early.ts.date) == "2024-07-15")
        // Stored in 2024-07-15.json, posted 2024-07-16T00:38:12Z.
        let late = try #require(c.message(ThreadDays.nextDayReply))
        #expect(TimeFormatter.isoUTC(late.ts.date) == "2024-07-16T00:38:12Z")
        #expect(c.span?.upperBound.raw == ThreadDays.nextDayReply)
    }

    @Test func restrictedKeepsFromInclusiveAndToExclusive() throws {
        let ws = try ThreadDays.read(with: reader)
        let c = try #require(ws.conversations.first)
        let window = c.restricted(from: ts(ThreadDays.parent), to: ts(ThreadDays.broadcast))
        #expect(window.messages.map(\.ts.raw) == [ThreadDays.parent, ThreadDays.reply1])
        #expect(c.restricted(from: nil, to: nil).messages == c.messages)
        #expect(c.restricted(from: ts(ThreadDays.nextDayReply), to: nil).messages.map(\.ts.raw) == [ThreadDays.nextDayReply])
    }

    @Test(arguments: [
        ("2024-07-15T13:35:00Z", "America/New_York", 1_721_050_500.0),
        ("2024-07-15T09:35:00-04:00", "UTC", 1_721_050_500.0),
        ("2024-07-15T09:35", "America/New_York", 1_721_050_500.0),
        ("2024-07-15 09:35:00", "America/New_York", 1_721_050_500.0),
        ("2024-07-15", "America/New_York", 1_721_016_000.0),
        ("2024-07-15", "UTC", 1_721_001_600.0),
        ("1721050500.000100", "Asia/Kolkata", 1_721_050_500.0001),
    ])
    func commandLineTimesAreReadInTheGivenZone(_ text: String, _ zone: String, _ epoch: Double) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        let instant = try #require(TimeParsing.instant(text, zone: timeZone))
        #expect(abs(instant.timeIntervalSince1970 - epoch) < 0.000_001)
    }

    @Test func nonsenseTimesAreRejected() throws {
        let zone = try #require(TimeZone(identifier: "UTC"))
        for text in ["yesterday", "2024-13-40", "9:35", ""] {
            #expect(TimeParsing.instant(text, zone: zone) == nil, "\(text)")
        }
    }

    @Test func timestampsOrderByInstantAndKeepTheirExactText() throws {
        let a = try #require(SlackTimestamp("1721050500.9"))
        let b = try #require(SlackTimestamp("1721050500.10"))
        #expect(b < a)
        #expect(a.raw == "1721050500.9")
        #expect(SlackTimestamp("1452837318.000002")?.micros == 2)
        #expect(SlackTimestamp("1452837318")?.seconds == 1_452_837_318)
        for bad in ["", "abc", "1.2.3", "-5", "1721050500.", " 1721050500.000100", "99999999999999999999"] {
            #expect(SlackTimestamp(bad) == nil, "\(bad)")
        }
    }

    // MARK: - Choosing a conversation

    @Test func oneConversationIsChosenByNameIdOrHashName() throws {
        let ws = try TwoChannels.read(with: reader)
        #expect(try ws.conversation(named: "incident").info.id == "C0INC0001")
        #expect(try ws.conversation(named: "C0RND0001").info.name == "random")
        #expect(try ws.conversation(named: "#Incident").info.id == "C0INC0001")
        let selected = try TwoChannels.read(with: reader, selecting: .one("#random"))
        #expect(selected.conversations.map(\.info.name) == ["random"])
    }

    @Test func unknownOrAmbiguousConversationIsAUsageError() throws {
        let ws = try TwoChannels.read(with: reader)
        let notFound = try #require(pickError { try ws.conversation(named: "nope") })
        #expect(notFound == .conversationNotFound("nope", available: ["incident", "random"], source: ws.source))
        #expect(notFound.isUsageError)
        #expect(notFound.localizedDescription == "\(ws.source): no conversation named 'nope'; it has: incident, random")
        let ambiguous = try #require(pickError { try ws.conversation(named: nil) })
        #expect(ambiguous == .conversationAmbiguous(["incident", "random"], source: ws.source))
        #expect(ambiguous.isUsageError)
        let readAmbiguous = try #require(readError { try TwoChannels.read(with: reader, selecting: .one(nil)) })
        #expect(readAmbiguous.isUsageError)
    }

    // MARK: - Sample exports

    @Test(arguments: SampleExport.all)
    func sampleReadsTheSameMessagesInEveryShape(_ sample: SampleExport) throws {
        let folder = try reader.read(sample.folder.appendingPathComponent("export").path)
        #expect(folder.shape == .workspaceFolder)
        #expect(folder.report.skippedMalformed == 0 && folder.report.skippedFiles == 0)
        #expect(!folder.conversations.isEmpty)

        if let zip = sample.zip {
            let zipped = try reader.read(zip.path)
            #expect(zipped.shape == .workspaceZip)
            #expect(zipped.conversations == folder.conversations)
            #expect(zipped.users == folder.users)
        }
        if case let (tsKeyed, channel)? = sample.tsKeyed {
            let users = sample.folder.appendingPathComponent("export/users.json").path
            let keyed = try ExportReader(usersFile: users).read(tsKeyed.path)
            #expect(keyed.shape == .tsKeyedObject)
            let original = try folder.conversation(named: channel)
            let copy = try #require(keyed.conversations.first)
            #expect(copy.messages.map(\.ts) == original.messages.map(\.ts))
            #expect(copy.messages.map(\.text) == original.messages.map(\.text))
            #expect(copy.messages.map(\.authorID) == original.messages.map(\.authorID))
            #expect(copy.messages.map { keyed.authorName(of: $0) } == original.messages.map { folder.authorName(of: $0) })
            #expect(copy.messages.filter(\.isThreadParent).map(\.ts) == original.messages.filter(\.isThreadParent).map(\.ts))
        }
    }

    @Test(arguments: SampleExport.all)
    func sampleAuthorsResolveToNamesNotIDs(_ sample: SampleExport) throws {
        var shapes = [try reader.read(sample.folder.appendingPathComponent("export").path)]
        if let zip = sample.zip { shapes.append(try reader.read(zip.path)) }
        if case let (tsKeyed, _)? = sample.tsKeyed {
            shapes.append(try ExportReader(usersFile: sample.folder.appendingPathComponent("export/users.json").path).read(tsKeyed.path))
        }
        for ws in shapes {
            let messages = ws.conversations.flatMap(\.messages)
            #expect(!messages.isEmpty)
            let raw = messages.filter { looksLikeAnID(ws.authorName(of: $0)) }
            #expect(raw.isEmpty, "\(ws.shape.rawValue): \(raw.prefix(5).map { "\($0.ts.raw) by \(ws.authorName(of: $0))" })")
        }
    }
}

// MARK: - Inputs written by the tests

/// Three messages (a post, a reply to it, a later post) in every input shape the reader knows.
enum ThreeMessages {
    static let m1 = #"{"type":"message","user":"U0ANA","text":"checkout is throwing 502s","ts":"1721050500.000100","thread_ts":"1721050500.000100","reply_count":1}"#
    static let m2 = #"{"type":"message","user":"U0BEN","text":"looking","ts":"1721050560.000200","thread_ts":"1721050500.000100"}"#
    static let m3 = #"{"type":"message","user":"U0ANA","text":"rolled back","ts":"1721050620.000300"}"#
    static let allTS = ["1721050500.000100", "1721050560.000200", "1721050620.000300"]
    static let summary = [
        "1721050500.000100 U0ANA checkout is throwing 502s",
        "1721050560.000200 U0BEN looking",
        "1721050620.000300 U0ANA rolled back",
    ]

    static let dayFile = "[\n\(m1),\n\(m2),\n\(m3)\n]\n"
    static let tsKeyed = """
        {
          "1721050620.000300": {"type": "message", "user_id": "U0ANA", "text": "rolled back"},
          "1721050500.000100": {"type": "message", "user_id": "U0ANA", "text": "checkout is throwing 502s", "ts": "1721050500.000100", "thread_ts": "1721050500.000100"},
          "1721050560.000200": {"type": "message", "user_id": "U0BEN", "text": "looking", "thread_ts": "1721050500.000100"}
        }
        """
    static let apiResponse = #"{"ok": true, "channel": "C0INC0001", "messages": [\#(m3), \#(m2), \#(m1)], "has_more": false}"#
    static let apiPages = "{\"ok\": true, \"messages\": [\(m3)]}\n{\"ok\": true, \"messages\": [\(m2), \(m1)]}\n"
    static let dump = #"{"channel_id": "C0INC0001", "name": "incident", "messages": [\#(m1.dropLast()), "slackdump_thread_replies": [\#(m2)]}, \#(m3)]}"#
    static let chunks = """
        {"t": 5, "ts": 1721050700000000000, "id": "C0INC0001", "ci": {"id": "C0INC0001", "name": "incident", "is_private": true}}
        {"t": 0, "ts": 1721050700000000001, "id": "C0INC0001", "n": 2, "m": [\(m3), \(m1)]}
        {"t": 1, "ts": 1721050700000000002, "id": "C0INC0001", "n": 1, "r": "1721050500.000100", "p": \(m1), "m": [\(m2)]}
        """
    static let channelsJSON = #"[{"id": "C0INC0001", "name": "incident", "created": "1721050000", "members": ["U0ANA", "U0BEN"]}]"#
    static let usersJSON = #"[{"id": "U0ANA", "name": "ana", "profile": {"display_name": "ana"}}, {"id": "U0BEN", "name": "ben", "profile": {"real_name": "Ben Okafor"}}]"#
    static let workspaceFiles: [(path: String, text: String)] = [
        ("channels.json", channelsJSON), ("users.json", usersJSON), ("incident/2024-07-15.json", dayFile),
    ]
}

/// The ways the three messages are handed to the reader.
enum ShapeInput: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case dayFile, tsKeyed, apiResponse, apiPages, slackdumpDump, slackdumpChunks, singleMessage
    case workspaceFolder, workspaceZip, conversationFolder, conversationZip

    var testDescription: String { rawValue }

    var expectedShape: ExportShape {
        switch self {
        case .dayFile: .dayFile
        case .tsKeyed: .tsKeyedObject
        case .apiResponse, .apiPages: .apiResponse
        case .slackdumpDump: .slackdumpDump
        case .slackdumpChunks: .slackdumpChunks
        case .singleMessage: .singleMessage
        case .workspaceFolder: .workspaceFolder
        case .workspaceZip: .workspaceZip
        case .conversationFolder, .conversationZip: .conversationFolder
        }
    }

    var expectedName: String {
        switch self {
        case .tsKeyed: "messages-by-ts"
        case .apiResponse, .apiPages: "history"
        case .singleMessage: "message"
        default: "incident"
        }
    }

    func read(with reader: ExportReader, in scratch: Scratch) throws -> Workspace {
        switch self {
        case .dayFile: return try reader.read(scratch.write("incident/2024-07-15.json", ThreeMessages.dayFile))
        case .tsKeyed: return try reader.read(scratch.write("messages-by-ts.json", ThreeMessages.tsKeyed))
        case .apiResponse: return try reader.read(scratch.write("history.json", ThreeMessages.apiResponse))
        case .apiPages: return try reader.read(scratch.write("history.json", ThreeMessages.apiPages))
        case .slackdumpDump: return try reader.read(scratch.write("C0INC0001.json", ThreeMessages.dump))
        case .slackdumpChunks: return try reader.read(scratch.write("incident.jsonl", ThreeMessages.chunks))
        case .singleMessage: return try reader.read(scratch.write("message.json", ThreeMessages.m1))
        case .workspaceFolder:
            for file in ThreeMessages.workspaceFiles { try scratch.write("export/" + file.path, file.text) }
            return try reader.read(scratch.path("export"))
        case .workspaceZip:
            let zip = TinyZip.archive(ThreeMessages.workspaceFiles.map { ($0.path, bytes($0.text)) })
            return try reader.read(scratch.write("export.zip", zip))
        case .conversationFolder:
            try scratch.write("incident/2024-07-15.json", ThreeMessages.dayFile)
            return try reader.read(scratch.path("incident"))
        case .conversationZip:
            let zip = TinyZip.archive([("2024-07-15.json", bytes(ThreeMessages.dayFile))])
            return try reader.read(scratch.write("incident.zip", zip))
        }
    }
}

/// A workspace export over two day files exercising threads, broadcasts, edits, joins and deletions.
enum ThreadDays {
    static let parent = "1721050500.000100"
    static let reply1 = "1721050560.000200"
    static let broadcast = "1721050620.000300"
    static let join = "1721050680.000400"
    static let edited = "1721050700.000500"
    static let orphan = "1721050760.000600"
    static let bareParent = "1721050800.000700"
    static let tombstone = "1721050860.000800"
    static let tombstoneReply = "1721050900.000900"
    static let copied = "1721051000.001000"
    static let nextDayReply = "1721090292.171103"
    static let pacificBucketed = "1721087999.500000"
    static let bareParentReply = "1721088000.000100"
    /// Every record above except the tombstone, once each.
    static let expectedCount = 12

    static let day15 = """
        [
          {"type": "message", "user": "U0ANA", "text": "checkout is throwing 502s", "ts": "\(parent)", "thread_ts": "\(parent)",
           "reply_count": 3, "replies": [{"user": "U0BEN", "ts": "\(reply1)"}, {"user": "U0ANA", "ts": "\(broadcast)"}],
           "reactions": [{"name": "eyes", "count": 5, "users": ["U0BEN", "U0CAL"]}]},
          {"type": "message", "user": "U0BEN", "text": "looking", "ts": "\(reply1)", "thread_ts": "\(parent)", "parent_user_id": "U0ANA"},
          {"type": "message", "subtype": "thread_broadcast", "user": "U0ANA", "text": "rolled back, errors gone", "ts": "\(broadcast)",
           "thread_ts": "\(parent)", "root": {"type": "message", "user": "U0ANA", "text": "checkout is throwing 502s", "ts": "\(parent)", "thread_ts": "\(parent)"}},
          {"type": "message", "subtype": "channel_join", "user": "U0CAL", "inviter": "U0ANA", "text": "<@U0CAL> has joined the channel", "ts": "\(join)"},
          {"type": "message", "user": "U0CAL", "text": "what changed?", "ts": "\(edited)", "edited": {"user": "U0CAL", "ts": "1721051000.000000"}},
          {"type": "message", "user": "U0BEN", "text": "replying to a thread from last week", "ts": "\(orphan)", "thread_ts": "1720000000.000100"},
          {"type": "message", "user": "U0BEN", "text": "is the CDN ok?", "ts": "\(bareParent)"},
          {"type": "message", "subtype": "tombstone", "user": "USLACKBOT", "text": "This message was deleted.", "hidden": true,
           "ts": "\(tombstone)", "thread_ts": "\(tombstone)", "reply_count": 1},
          {"type": "message", "user": "U0CAL", "text": "answering a deleted question", "ts": "\(tombstoneReply)", "thread_ts": "\(tombstone)"},
          {"type": "message", "user": "U0ANA", "text": "ETA 30 min (edited once)", "ts": "\(copied)", "edited": {"user": "U0ANA", "ts": "1721055000.000000"}},
          {"type": "message", "user": "U0BEN", "text": "posted after midnight UTC", "ts": "\(nextDayReply)", "thread_ts": "\(parent)"}
        ]
        """
    static let day16 = """
        [
          {"type": "message", "user": "U0ANA", "text": "posted just before midnight UTC", "ts": "\(pacificBucketed)"},
          {"type": "message", "user": "U0CAL", "text": "yes, CDN is fine", "ts": "\(bareParentReply)", "thread_ts": "\(bareParent)"},
          {"type": "message", "user": "U0ANA", "text": "ETA 30 min (edited twice)", "ts": "\(copied)", "edited": {"user": "U0ANA", "ts": "1721060000.000000"}}
        ]
        """

    static func read(with reader: ExportReader) throws -> Workspace {
        let scratch = try Scratch("threads")
        defer { scratch.remove() }
        try scratch.write("export/channels.json", #"[{"id": "C0INC0001", "name": "incident"}]"#)
        try scratch.write("export/users.json", #"[{"id": "U0CAL", "name": "cal", "profile": {"display_name": "", "real_name": ""}}]"#)
        try scratch.write("export/incident/2024-07-15.json", day15)
        try scratch.write("export/incident/2024-07-16.json", day16)
        return try reader.read(scratch.path("export"))
    }
}

/// A workspace whose authors exercise every step of the name resolution order.
enum NamesExport {
    static let usersJSON = """
        [
          {"id": "U0ANA", "name": "ana.lima", "real_name": "Ana Lima", "profile": {"display_name": "ana", "real_name": "Ana Lima"}},
          {"id": "U0BEN", "name": "ben", "real_name": "Ben Okafor", "profile": {"display_name": "", "real_name": "Ben Okafor"}},
          {"id": "U0CAL", "name": "cal", "profile": {"display_name": "", "real_name": ""}},
          {"id": "U0DEL", "name": "dee", "deleted": true, "profile": {"display_name": "", "real_name": "Dee Leted"}},
          {"id": "U0PAGER", "name": "pagerduty", "is_bot": true, "profile": {"real_name": "PagerDuty", "bot_id": "B0PAGER"}},
          {"id": "U0HOOK", "name": "incoming-webhook", "is_bot": true, "profile": {"real_name": "incoming-webhook", "bot_id": "B0HOOK"}}
        ]
        """
    static let dayFile = """
        [
          {"type": "message", "user": "U0ANA", "text": "one", "ts": "1721050001.000001"},
          {"type": "message", "user": "U0BEN", "text": "two", "ts": "1721050002.000002"},
          {"type": "message", "user": "U0CAL", "text": "three", "ts": "1721050003.000003"},
          {"type": "message", "user": "U0DEL", "text": "four", "ts": "1721050004.000004"},
          {"type": "message", "user": "U0EXT", "text": "five", "ts": "1721050005.000005",
           "user_profile": {"real_name": "Ext Ernal", "display_name": "ext", "name": "ext.ernal"}},
          {"type": "message", "subtype": "bot_message", "bot_id": "B0PAGER", "text": "", "ts": "1721050006.000006",
           "attachments": [{"fallback": "Triggered: checkout 5xx", "title": "Triggered: checkout 5xx"}]},
          {"type": "message", "subtype": "bot_message", "bot_id": "B0HOOK", "username": "deploy-hook", "text": "deployed v2", "ts": "1721050007.000007"},
          {"type": "message", "user": "U0APPBOT", "bot_id": "B0APP", "text": "SEV2 declared", "ts": "1721050008.000008",
           "bot_profile": {"id": "B0APP", "name": "Incident Bot", "app_id": "A0APP"}},
          {"type": "message", "user": "U0GHOST", "text": "nine", "ts": "1721050009.000009"}
        ]
        """

    static func read(with reader: ExportReader) throws -> Workspace {
        let scratch = try Scratch("names")
        defer { scratch.remove() }
        try scratch.write("export/channels.json", #"[{"id": "C0INC0001", "name": "incident"}]"#)
        try scratch.write("export/users.json", usersJSON)
        try scratch.write("export/incident/2024-07-15.json", dayFile)
        return try reader.read(scratch.path("export"))
    }
}

/// A workspace with two channels that both have messages.
enum TwoChannels {
    static func read(with reader: ExportReader, selecting selection: ConversationSelection = .all) throws -> Workspace {
        let scratch = try Scratch("two")
        defer { scratch.remove() }
        try scratch.write("export/channels.json", #"[{"id": "C0INC0001", "name": "incident"}, {"id": "C0RND0001", "name": "random"}]"#)
        try scratch.write("export/users.json", "[]")
        try scratch.write("export/incident/2024-07-15.json", ThreeMessages.dayFile)
        try scratch.write("export/random/2024-07-12.json", #"[{"type": "message", "user": "U0ANA", "text": "lunch?", "ts": "1720785600.000100"}]"#)
        return try reader.read(scratch.path("export"), selecting: selection)
    }
}

/// One case folder of `SampleExports/` and the shapes it ships in.
struct SampleExport: Sendable, CustomTestStringConvertible {
    let folder: URL
    var testDescription: String { folder.lastPathComponent }

    /// Every `SampleExports/<case>/` with an `export/` folder.
    static var all: [SampleExport] {
        let root = TestPaths.sampleExports
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") }.map { SampleExport(folder: root.appendingPathComponent($0)) }
            .filter { FileManager.default.fileExists(atPath: $0.folder.appendingPathComponent("export").path) }
    }

    var zip: URL? { existing("export.zip") }

    /// `messages-by-ts.json` and the channel it holds (named by `ts-keyed.channel`).
    var tsKeyed: (URL, String)? {
        guard let file = existing("messages-by-ts.json"), let marker = existing("ts-keyed.channel"),
            let channel = try? String(contentsOf: marker, encoding: .utf8)
        else { return nil }
        return (file, channel.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private func existing(_ name: String) -> URL? {
        let url = folder.appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}

// MARK: - Helpers shared by the SlackExport suites

/// A fresh temporary folder that tests write small exports into.
struct Scratch {
    let root: URL

    init(_ label: String) throws { root = try TestPaths.temporaryFolder(label) }

    /// The full path of `relative` inside the folder.
    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Writes text (UTF-8) to `relative`, creating folders; returns the full path.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String { try write(relative, bytes(text)) }

    /// Writes bytes to `relative`, creating folders; returns the full path.
    @discardableResult
    func write(_ relative: String, _ data: [UInt8]) throws -> String {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(data).write(to: url)
        return url.path
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// A minimal zip writer (stored entries, no compression) so tests build archives without tools.
enum TinyZip {
    static func archive(_ entries: [(String, [UInt8])]) -> [UInt8] {
        var out = ByteWriter()
        var central = ByteWriter()
        for (name, data) in entries {
            let nameBytes = Array(name.utf8)
            let crc = crc32(data)
            let offset = UInt32(out.bytes.count)
            out.u32(0x0403_4B50)
            out.u16(20); out.u16(0); out.u16(0); out.u16(0); out.u16(0x21)  // version, flags, stored, time, date
            out.u32(crc); out.u32(UInt32(data.count)); out.u32(UInt32(data.count))
            out.u16(UInt16(nameBytes.count)); out.u16(0)
            out.bytes += nameBytes + data
            central.u32(0x0201_4B50)
            central.u16(0x031E); central.u16(20); central.u16(0); central.u16(0); central.u16(0); central.u16(0x21)
            central.u32(crc); central.u32(UInt32(data.count)); central.u32(UInt32(data.count))
            central.u16(UInt16(nameBytes.count)); central.u16(0); central.u16(0); central.u16(0); central.u16(0)
            central.u32(0o100644 << 16); central.u32(offset)
            central.bytes += nameBytes
        }
        let centralOffset = UInt32(out.bytes.count)
        out.bytes += central.bytes
        out.u32(0x0605_4B50)
        out.u16(0); out.u16(0); out.u16(UInt16(entries.count)); out.u16(UInt16(entries.count))
        out.u32(UInt32(central.bytes.count)); out.u32(centralOffset); out.u16(0)
        return out.bytes
    }

    private struct ByteWriter {
        var bytes: [UInt8] = []
        mutating func u16(_ v: UInt16) { bytes += [UInt8(v & 0xFF), UInt8(v >> 8)] }
        mutating func u32(_ v: UInt32) { for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((v >> UInt32(shift)) & 0xFF)) } }
    }

    private static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}

func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

func ts(_ raw: String) -> SlackTimestamp { SlackTimestamp(raw)! }

let utc = TimeZone(identifier: "UTC")!

/// "ts author text" per message, for comparing what different shapes read.
func summary(_ conversation: Conversation) -> [String] {
    conversation.messages.map { "\($0.ts.raw) \($0.authorID ?? "-") \($0.text.plainText())" }
}

/// A Slack id shown where a name belongs (`U0BMQB6JE`, `W10000009`, `B05QPG4A1RT`).
func looksLikeAnID(_ name: String) -> Bool {
    name.wholeMatch(of: /[UWB][A-Z0-9]{6,}/) != nil
}

/// The `ExportError` a read throws, or nil when it succeeds (any other error is recorded as an issue).
func readError(_ body: () throws -> Workspace, sourceLocation: SourceLocation = #_sourceLocation) -> ExportError? {
    caught(sourceLocation: sourceLocation) { _ = try body() }
}

/// The `ExportError` choosing a conversation throws, or nil.
func pickError(_ body: () throws -> Conversation, sourceLocation: SourceLocation = #_sourceLocation) -> ExportError? {
    caught(sourceLocation: sourceLocation) { _ = try body() }
}

private func caught(sourceLocation: SourceLocation, _ body: () throws -> Void) -> ExportError? {
    do {
        try body()
        return nil
    } catch let error as ExportError {
        return error
    } catch {
        Issue.record("expected an ExportError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// The progress hook a CLI draws its progress line from.
@Suite struct ReadProgressTests {
    final class Recorder: @unchecked Sendable {
        let lock = NSLock()
        var seen: [ReadProgress] = []
        func add(_ p: ReadProgress) { lock.lock(); seen.append(p); lock.unlock() }
    }

    @Test func everyDayFileIsCountedOnceWithItsBytes() throws {
        let folder = TestPaths.sampleExports.appendingPathComponent("dashboard-outage/export")
        let channel = folder.appendingPathComponent("goldkern-support")
        let days = try FileManager.default.contentsOfDirectory(atPath: channel.path).filter { $0.hasSuffix(".json") }
        let sizes = try days.map { try Data(contentsOf: channel.appendingPathComponent($0)).count }
        let recorder = Recorder()
        var reader = ExportReader()
        reader.progress = { recorder.add($0) }
        _ = try reader.read(folder.path, selecting: .one(nil))

        #expect(recorder.seen.count == days.count)
        #expect(Set(recorder.seen.map(\.filesDone)) == Set(1...days.count))
        let last = try #require(recorder.seen.max { $0.filesDone < $1.filesDone })
        #expect(last == ReadProgress(filesDone: days.count, filesTotal: days.count, bytesRead: sizes.reduce(0, +)))
    }

    @Test func aReaderWithoutAnObserverReadsTheSame() throws {
        let folder = TestPaths.sampleExports.appendingPathComponent("dashboard-outage/export").path
        var observed = ExportReader()
        observed.progress = { _ in }
        let a = try ExportReader().read(folder, selecting: .one(nil))
        let b = try observed.read(folder, selecting: .one(nil))
        #expect(a.conversations.map(\.messages.count) == b.conversations.map(\.messages.count))
    }
}

extension Conversation {
    /// The message with this exact `ts`, or nil.
    func message(_ ts: String) -> Message? { messages.first { $0.ts.raw == ts } }
}
