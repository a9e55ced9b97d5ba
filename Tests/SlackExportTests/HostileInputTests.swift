import Foundation
import PostmortemTestSupport
import SlackExport
import Testing

/// The hostile-input corpus beyond ``BadInputTests``: each input is named for what it breaks, and
/// each test states the documented outcome — one error naming the file, or a warning and the rest
/// read. Never a crash, a hang or unbounded memory.
///
/// Small inputs are fixtures in `Fixtures/<what-it-breaks>/`; big, binary or file-system ones
/// (a 20 MB message, zip and gzip bombs, symbolic-link loops, pipes) are made here in a temporary
/// folder, with limits lowered through ``ReadLimits`` where that proves the same thing faster.
@Suite struct HostileInputTests {
    let reader = ExportReader()

    // MARK: - Timestamps

    @Test(arguments: [
        ("ts-too-large", #"message 1: invalid "ts" "99999999999999999999.000200"; skipped"#),
        ("ts-negative", #"message 1: invalid "ts" "-1721050560.000200"; skipped"#),
    ])
    func unusableTimestampIsSkippedWithAWarning(_ name: String, _ warning: String) throws {
        let root = fixture(name)
        let ws = try reader.read(root)
        #expect(ws.report.warnings.map(\.description) == [root + "/incident/2024-07-15.json: " + warning])
        #expect(ws.report.skippedMalformed == 1)
        #expect(ws.conversations.first?.messages.map(\.ts.raw) == ["1721050500.000100", "1721050620.000300"])
    }

    @Test func timestampOfTheWrongTypeIsSkippedWithAWarningEach() throws {
        let root = fixture("ts-of-the-wrong-type")
        let ws = try reader.read(root)
        let file = root + "/incident/2024-07-15.json: "
        #expect(
            ws.report.warnings.map(\.description) == [
                file + #"message 1: no "ts"; skipped"#, file + #"message 2: no "ts"; skipped"#,
                file + #"message 3: no "ts"; skipped"#, file + #"message 4: invalid "ts" ""; skipped"#,
            ])
        #expect(ws.report.skippedMalformed == 4)
        #expect(ws.conversations.first?.messages.count == 2)
    }

    @Test func duplicateTimestampKeepsOneMessageAndCountsTheMerge() throws {
        // A ts is a message's identity in its channel: a second record with it is a copy, merged and counted.
        let ws = try reader.read(fixture("ts-duplicated"))
        let messages = try #require(ws.conversations.first?.messages)
        #expect(messages.map(\.ts.raw) == ["1721050500.000100", "1721050560.000200", "1721050620.000300"])
        #expect(ws.report.mergedDuplicates == 1)
        #expect(ws.report.summaryLines == ["merged 1 duplicate copies of messages"])
    }

    @Test func messagesOutOfOrderAreSortedByTimestamp() throws {
        let ws = try reader.read(fixture("messages-out-of-order"))
        #expect(ws.conversations.first?.messages.map(\.ts.raw) == ["1721050500.000100", "1721050560.000200", "1721050620.000300"])
        #expect(ws.report.warnings.isEmpty)
    }

    @Test func threadsThatReplyToEachOtherDoNotLoop() throws {
        let ws = try reader.read(fixture("thread-cycle"))
        let messages = try #require(ws.conversations.first?.messages)
        #expect(messages.count == 3)
        // Each names the other as parent; both are kept, the self-rooted one is a parent of nothing.
        #expect(messages.map { $0.parentTS?.raw } == ["1721050560.000200", "1721050500.000100", nil])
    }

    @Test func dayFileNamedForAnImpossibleDateIsReadByItsTimestamps() throws {
        // Times come from ts, never from the file name, so a name like 2024-13-45 changes nothing.
        let ws = try reader.read(fixture("day-file-named-for-an-impossible-date"))
        #expect(ws.conversations.first?.messages.map(\.ts.raw) == ["1721050500.000100", "1721050620.000300"])
    }

    // MARK: - Wrong types for every field the reader uses

    /// A message whose one field has a type Slack never writes there: the field is treated as
    /// absent and the message kept; nothing crashes.
    @Test(arguments: WrongType.all)
    func fieldOfTheWrongTypeIsIgnoredAndTheMessageKept(_ input: WrongType) throws {
        let scratch = try Scratch("wrong-type")
        defer { scratch.remove() }
        let record = #"{"type": "message", "user": "U0INC0002", "text": "looking at the LB", "ts": "1721050560.000200", "\#(input.field)": \#(input.json)}"#
        let ws = try reader.read(scratch.write("incident/2024-07-15.json", "[" + record + "]"))
        let message = try #require(ws.conversations.first?.messages.first, "the message of \(input.testDescription) was lost")
        #expect(ws.report.skippedMalformed == 0)
        input.check(message)
    }

    struct WrongType: Sendable, CustomTestStringConvertible {
        let field: String
        let json: String
        let expectation: @Sendable (Message) -> Bool
        var testDescription: String { "\(field)-as-\(json.prefix(12))" }

        func check(_ message: Message, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(expectation(message), "\(testDescription): \(message)", sourceLocation: sourceLocation)
        }

        static let all: [WrongType] = [
            // A number where text belongs is read as its digits (ids and text come both ways in dialects).
            WrongType(field: "text", json: "42") { $0.text.plainText() == "42" },
            WrongType(field: "text", json: #"{"a": 1}"#) { $0.text.isEmpty },
            WrongType(field: "user", json: #"{"id": "U0INC0002"}"#) { $0.authorID == nil },
            WrongType(field: "user", json: "[1, 2]") { $0.authorID == nil },
            WrongType(field: "reactions", json: #""eyes""#) { $0.reactions.isEmpty },
            // A number is read as its digits, as for every string field; the junk around it is dropped.
            WrongType(field: "reactions", json: #"[{"name": 5, "count": "x", "users": "U1"}, 7, null]"#) { $0.reactions.map(\.name) == ["5"] },
            WrongType(field: "attachments", json: #"{"title": "Triggered"}"#) { $0.text.plainText() == "looking at the LB" },
            WrongType(field: "attachments", json: #"[{"title": {"x": 1}, "fields": "none", "text": 5}, "x"]"#) { $0.text.plainText().hasPrefix("looking at the LB") },
            WrongType(field: "blocks", json: #""rich_text""#) { $0.text.plainText() == "looking at the LB" },
            WrongType(field: "blocks", json: #"[{"type": "rich_text", "elements": "oops"}, 3]"#) { $0.text.plainText() == "looking at the LB" },
            WrongType(field: "thread_ts", json: "true") { $0.parentTS == nil && !$0.isThreadParent },
            WrongType(field: "thread_ts", json: #""not a ts""#) { $0.parentTS == nil },
            WrongType(field: "edited", json: #"["U0INC0002"]"#) { !$0.isEdited },
            WrongType(field: "files", json: "3") { $0.fileNames.isEmpty },
            WrongType(field: "files", json: #"[{"name": ["x"]}, "file.txt"]"#) { $0.fileNames.isEmpty },
            WrongType(field: "subtype", json: "7") { $0.kind == .other("7") },
            WrongType(field: "subtype", json: "[]") { $0.kind == .standard },
            WrongType(field: "user_profile", json: #""Ana""#) { $0.authorID == "U0INC0002" && $0.authorNameHint == nil },
            WrongType(field: "bot_profile", json: "[]") { !$0.isBot },
            WrongType(field: "reply_count", json: #""many""#) { !$0.isThreadParent },
            WrongType(field: "replies", json: #"{"user": "U0INC0003"}"#) { !$0.isThreadParent },
            WrongType(field: "pinned_to", json: #""C0INC0001""#) { !$0.isPinned },
            WrongType(field: "type", json: "null") { $0.ts.raw == "1721050560.000200" },
        ]
    }

    // MARK: - Encodings and bytes

    @Test(arguments: [
        ("nul-byte-in-string", "line 3, column 55: control character byte 0x0 inside a string"),
        ("invalid-utf8-between-tokens", "line 2, column 106: unexpected character byte 0xFF"),
        ("utf16-encoded-file", "line 1, column 1: unexpected character byte 0xFF"),
        ("whitespace-only-file", "line 4, column 1: the file is empty"),
        ("trailing-garbage", "line 5, column 1: unexpected content after the JSON value"),
    ])
    func undecodableBytesAreOneErrorWithLineAndColumn(_ name: String, _ detail: String) throws {
        let root = fixture(name)
        let error = try #require(readError { try reader.read(root) })
        #expect(error == .malformedJSON(file: root + "/incident/2024-07-15.json", detail: detail))
        #expect(!error.localizedDescription.contains("\n"))
    }

    @Test func escapedNulAndControlCharactersNeverReachAnOutputFormat() throws {
        let ws = try reader.read(fixture("escaped-nul-in-text"))
        let message = try #require(ws.conversations.first?.message("1721050560.000200"))
        for rendered in [message.text.plainText(), message.text.markdown(), message.text.html()] {
            #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, "\(rendered.debugDescription)")
        }
    }

    @Test func loneSurrogateEscapeIsReplacedWithAWarning() throws {
        let root = fixture("lone-surrogate-escape")
        let ws = try reader.read(root)
        #expect(ws.report.warnings.map(\.description) == [root + "/incident/2024-07-15.json: holds bytes that are not valid UTF-8; they were replaced with U+FFFD"])
        #expect(ws.conversations.first?.message("1721050560.000200")?.text.plainText() == "broken \u{FFFD} emoji")
    }

    @Test func lineBreaksQuotedFromTheInputKeepErrorsAndWarningsOnOneLine() throws {
        let scratch = try Scratch("line-breaks")
        defer { scratch.remove() }
        let badKey = try scratch.write("bad-key.json", "[{\"ts\\nlater\" 1}]")
        let error = try #require(readError { try reader.read(badKey) })
        #expect(error.localizedDescription == badKey + #": not valid JSON: line 1, column 15: expected ':' after key "ts\nlater""#)
        let badTS = try scratch.write("incident/2024-07-15.json", #"[{"type": "message", "text": "x", "ts": "17210\n50500"}]"#)
        let ws = try reader.read(scratch.path("incident"))
        #expect(ws.report.warnings.map(\.description) == [badTS + #": message 0: invalid "ts" "17210\n50500"; skipped"#])
    }

    @Test func binaryFileIsNotJSON() throws {
        let file = fixture("binary-file-as-export/export.json")
        let error = try #require(readError { try reader.read(file) })
        #expect(error == .malformedJSON(file: file, detail: "line 1, column 1: unexpected character byte 0x89"))
    }

    @Test func nullDayFileIsTheWrongShape() throws {
        let root = fixture("null-day-file")
        let error = try #require(readError { try reader.read(root) })
        #expect(error == .unexpectedContent(file: root + "/incident/2024-07-15.json", detail: "expected an array of messages, found null"))
    }

    // MARK: - Metadata

    @Test func missingUsersJSONIsAWarningAndNamesComeFromMessages() throws {
        let root = fixture("users-json-missing")
        let ws = try reader.read(root)
        #expect(ws.report.warnings.map(\.description) == [root + "/users.json: missing; names come from the messages themselves (give one with --users)"])
        #expect(ws.conversations.first?.messages.count == 2)
    }

    @Test func truncatedUsersJSONIsAnErrorNamingIt() throws {
        let root = fixture("users-json-truncated")
        let error = try #require(readError { try reader.read(root) })
        #expect(error == .malformedJSON(file: root + "/users.json", detail: "line 1, column 49: unterminated string"))
    }

    @Test func usersJSONEntriesWithoutIDsAreSkippedWithWarnings() throws {
        let root = fixture("users-json-entries-malformed")
        let ws = try reader.read(root)
        #expect(ws.report.warnings.map(\.message) == (1...3).map { "entry \($0) is not a user (no \"id\"); skipped" })
        #expect(ws.users["U0INC0001"]?.handle == "ana")
        #expect(ws.users["17"]?.handle == "numeric id")
        #expect(ws.conversations.first?.messages.count == 2)
    }

    @Test func channelsJSONOfTheWrongTypeIsRejected() throws {
        let root = fixture("channels-json-wrong-type")
        let error = try #require(readError { try reader.read(root) })
        #expect(error == .unexpectedContent(file: root + "/channels.json", detail: "expected an array, found string"))
    }

    @Test func usersFileThatIsAFolderIsUnreadable() throws {
        // Tests run as root, so permission bits cannot make a file unreadable; a folder where a file
        // is expected is the portable "cannot be read".
        let folder = fixture("users-json-missing")
        let error = try #require(readError { try ExportReader(usersFile: folder).read(fixture("users-json-missing")) })
        #expect(error == .unreadable(folder, reason: "is a folder"))
        #expect(error.isMissingInput)
    }

    @Test func usersJSONThatIsAFolderCountsAsMissing() throws {
        let scratch = try Scratch("users-folder")
        defer { scratch.remove() }
        try scratch.write("export/channels.json", #"[{"id": "C0INC0001", "name": "incident"}]"#)
        try scratch.write("export/users.json/readme.txt", "not a users file")
        try scratch.write("export/incident/2024-07-15.json", ThreeMessages.dayFile)
        let ws = try reader.read(scratch.path("export"))
        #expect(ws.report.warnings.map(\.message) == ["missing; names come from the messages themselves (give one with --users)"])
        #expect(ws.conversations.first?.messages.count == 3)
    }

    // MARK: - Other shapes

    @Test func apiResponseThatIsNotOKIsAnError() throws {
        let file = fixture("api-response-not-ok/history.json")
        let error = try #require(readError { try reader.read(file) })
        #expect(error == .apiError(file: file, error: "not_in_channel"))
    }

    @Test func tsKeyedObjectOfNonMessagesKeepsTheMessagesAndWarnsForTheRest() throws {
        let file = fixture("ts-keyed-object-of-non-messages/messages-by-ts.json")
        let ws = try reader.read(file)
        #expect(ws.report.skippedMalformed == 2)
        #expect(ws.conversations.first?.messages.map(\.ts.raw) == ["1721050620.000300"])
    }

    @Test func slackdumpChunksOfTheWrongShapeAreRejectedWhole() throws {
        let file = fixture("slackdump-chunk-of-the-wrong-shape/C0INC0001.jsonl")
        let error = try #require(readError { try reader.read(file) })
        #expect(error == .unexpectedContent(file: file, detail: "holds 4 JSON values that are neither Slack API pages nor slackdump chunks"))
    }

    @Test func emptyFolderIsNotAnExport() throws {
        let scratch = try Scratch("empty")
        defer { scratch.remove() }
        let error = try #require(readError { try reader.read(scratch.root.path) })
        guard case .notAnExport = error else {
            Issue.record("expected not-an-export, got \(error)")
            return
        }
    }

    // MARK: - Size

    @Test func twentyMegabyteMessageIsCutToTheMessageLimitWithAWarning() throws {
        let scratch = try Scratch("huge-message")
        defer { scratch.remove() }
        let text = String(repeating: "checkout is down ", count: 20 << 20 / 17)
        let file = try scratch.write(
            "incident/2024-07-15.json",
            "[" + ThreeMessages.m1 + #", {"type": "message", "user": "U0BEN", "text": ""# + text + #"", "ts": "1721050560.000200"}]"#)
        // The default 1 MiB per message: the text is cut, the rest read.
        let ws = try reader.read(scratch.path("incident"))
        let message = try #require(ws.conversations.first?.message("1721050560.000200"))
        #expect(message.text.plainText().utf8.count <= 1 << 20)
        #expect(message.text.plainText().hasPrefix("checkout is down checkout"))
        #expect(ws.report.warnings.map(\.description) == [file + ": message 1: text of 19 MiB cut to its first 1 MiB (raise it with --max-message-size)"])
        // A per-file limit below the file's size refuses it before parsing.
        let error = try #require(readError { try ExportReader(limits: ReadLimits(maxFileBytes: 8 << 20)).read(scratch.path("incident")) })
        #expect(error == .limitExceeded(file: file, detail: "larger than the 8 MiB limit per file (raise it with --max-file-size)"))
    }

    @Test func tooManyFilesHitTheEntryLimit() throws {
        let scratch = try Scratch("many-files")
        defer { scratch.remove() }
        for day in 10...15 { try scratch.write("incident/2024-07-\(day).json", "[]") }
        let error = try #require(readError { try ExportReader(limits: ReadLimits(maxEntries: 3)).read(scratch.path("incident")) })
        #expect(error == .limitExceeded(file: scratch.path("incident"), detail: "more than 3 files (raise it with --max-entries)"))
    }

    @Test func deepMrkdwnNestingAndDeepBlocksDoNotExhaustTheStack() throws {
        // 100,000 nested style markers and rich-text lists nested to just under the JSON depth limit.
        let styles = String(repeating: "*_~", count: 100_000) + "deep" + String(repeating: "~_*", count: 100_000)
        let text = MrkdwnParser.parse(styles)
        #expect(text.plainText().contains("deep"))
        _ = text.html()
        _ = text.markdown()
        var list = #"{"type": "rich_text_section", "elements": [{"type": "text", "text": "bottom"}]}"#
        for _ in 0..<240 { list = #"{"type": "rich_text_list", "style": "bullet", "elements": ["# + list + "]}" }
        let scratch = try Scratch("deep-blocks")
        defer { scratch.remove() }
        let record = #"[{"type": "message", "user": "U0ANA", "ts": "1721050500.000100", "blocks": [{"type": "rich_text", "elements": ["# + list + "]}]}]"
        let ws = try reader.read(scratch.write("incident/2024-07-15.json", record))
        #expect(ws.conversations.first?.messages.count == 1)
    }

    // MARK: - Archives

    /// A zip bomb: one entry of 1 GiB of zeros in about a megabyte.
    static let bomb = HostileArchives.deflatedZeros(matches: (1 << 30) / 258 + 1)

    @Test func zipBombIsStoppedByItsDeclaredSize() throws {
        let scratch = try Scratch("bomb-declared")
        defer { scratch.remove() }
        #expect(Self.bomb.count < 1_100_000)
        let zip = try scratch.write("export.zip", HostileArchives.zip(name: "incident/2024-07-15.json", deflated: Self.bomb, declaredSize: 1 << 30 + 1))
        let limits = ReadLimits(maxFileBytes: 64 << 20)
        let error = try #require(readError { try ExportReader(limits: limits).read(zip) })
        #expect(error == .limitExceeded(file: zip + ":incident/2024-07-15.json", detail: "unpacks to 1 GiB, over the 64 MiB limit per file (raise it with --max-file-size)"))
    }

    @Test func zipBombThatLiesAboutItsSizeIsStoppedWhileInflating() throws {
        let scratch = try Scratch("bomb-lying")
        defer { scratch.remove() }
        // It claims 100 bytes and unpacks to a gigabyte: the bytes are counted as they come.
        let zip = try scratch.write("export.zip", HostileArchives.zip(name: "incident/2024-07-15.json", deflated: Self.bomb, declaredSize: 100))
        let error = try #require(readError { try ExportReader(limits: ReadLimits(maxFileBytes: 4 << 20)).read(zip) })
        #expect(error == .limitExceeded(file: zip + ":incident/2024-07-15.json", detail: "unpacks to more than the 4 MiB limit per file (raise it with --max-file-size)"))
        // The total over all entries is counted the same way.
        let total = try #require(readError { try ExportReader(limits: ReadLimits(maxFileBytes: 64 << 20, maxTotalBytes: 2 << 20)).read(zip) })
        #expect(total == .limitExceeded(file: zip, detail: "unpacks to more than the 2 MiB total limit (raise it with --max-total-size)"))
    }

    @Test func gzipBombIsStoppedWhileInflating() throws {
        let scratch = try Scratch("gzip-bomb")
        defer { scratch.remove() }
        let file = try scratch.write("C0INC0001.jsonl.gz", HostileArchives.gzip(Self.bomb))
        let error = try #require(readError { try ExportReader(limits: ReadLimits(maxFileBytes: 4 << 20)).read(file) })
        #expect(error == .limitExceeded(file: file, detail: "unpacks to more than the 4 MiB limit per file (raise it with --max-file-size)"))
    }

    @Test func zipEntriesNamedOutsideTheArchiveAreSkippedWithWarningsAndNothingIsWritten() throws {
        let scratch = try Scratch("zip-slip")
        defer { scratch.remove() }
        let day = bytes(ThreeMessages.dayFile)
        let zip = try scratch.write(
            "inner/export.zip",
            TinyZip.archive([
                ("channels.json", bytes(ThreeMessages.channelsJSON)), ("incident/2024-07-15.json", day),
                ("../escaped/2024-07-16.json", day), ("incident/../../2024-07-17.json", day), ("/etc/2024-07-18.json", day),
            ]))
        let before = try FileManager.default.subpathsOfDirectory(atPath: scratch.root.path).sorted()
        let ws = try reader.read(zip)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: scratch.root.path).sorted() == before)
        #expect(ws.conversations.flatMap(\.messages).count == 3)
        #expect(ws.report.skippedFiles == 3)
        #expect(ws.report.warnings.map(\.description).sorted() == [
            zip + #":../escaped/2024-07-16.json: an entry name that climbs out of the archive (".." or an absolute path); skipped"#,
            zip + #":/etc/2024-07-18.json: an entry name that climbs out of the archive (".." or an absolute path); skipped"#,
            zip + #":incident/../../2024-07-17.json: an entry name that climbs out of the archive (".." or an absolute path); skipped"#,
            zip + ":users.json: missing; names come from the messages themselves (give one with --users)",
        ])
    }

    @Test func truncatedZipIsRefusedAtOnceWithoutScanningItWhole() throws {
        let scratch = try Scratch("truncated-zip")
        defer { scratch.remove() }
        // A download cut short: the local headers are there, the central directory is not.
        var data = try goodZip()
        let directory = try #require(CentralDirectory(data))
        data = Array(data[..<directory.offset]) + [UInt8](repeating: 0, count: 20 << 20)
        let path = try scratch.write("export.zip", data)
        let start = Date()
        let error = try #require(readError { try reader.read(path) })
        #expect(error == .badArchive(file: path, detail: "the zip's central directory cannot be read (no end record: the file is truncated)"))
        #expect(Date().timeIntervalSince(start) < 2, "ZIPFoundation scans a file without an end record byte by byte")
        let fromStandardInput = try #require(readError { try reader.read(bytes: data, name: "-") })
        #expect(fromStandardInput == .badArchive(file: "-", detail: "the zip's central directory cannot be read (no end record: the file is truncated)"))
    }

    @Test func zipWithoutSlackFilesIsNotAnExport() throws {
        let scratch = try Scratch("zip-not-export")
        defer { scratch.remove() }
        let zip = try scratch.write("photos.zip", TinyZip.archive([("holiday.jpg", [0xFF, 0xD8, 0xFF]), ("notes.txt", bytes("hi"))]))
        let error = try #require(readError { try reader.read(zip) })
        #expect(error == .notAnExport(zip, detail: "no channels.json, users.json, day files (YYYY-MM-DD.json) or slackdump files found"))
    }

    @Test func zipOverTheEntryLimitIsRefused() throws {
        let scratch = try Scratch("zip-entries")
        defer { scratch.remove() }
        let zip = try scratch.write("export.zip", TinyZip.archive((10...15).map { ("incident/2024-07-\($0).json", bytes("[]")) }))
        let error = try #require(readError { try ExportReader(limits: ReadLimits(maxEntries: 3)).read(zip) })
        #expect(error == .limitExceeded(file: zip, detail: "more than 3 entries (raise it with --max-entries)"))
    }

    // MARK: - The file system

    @Test func symbolicLinkLoopsInsideAnExportAreSkippedWithWarnings() throws {
        let scratch = try Scratch("link-loop")
        defer { scratch.remove() }
        try scratch.write("export/channels.json", ThreeMessages.channelsJSON)
        try scratch.write("export/incident/2024-07-15.json", ThreeMessages.dayFile)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: scratch.path("export/incident/2024-07-16.json"), withDestinationPath: "2024-07-16.json")
        try fm.createSymbolicLink(atPath: scratch.path("export/incident/2024-07-17.json"), withDestinationPath: "no-such-file.json")
        try fm.createSymbolicLink(atPath: scratch.path("export/incident/again"), withDestinationPath: "..")
        let ws = try reader.read(scratch.path("export"))
        #expect(ws.conversations.first?.messages.count == 3)
        let root = scratch.path("export") + "/"
        #expect(ws.report.warnings.map(\.description).sorted() == [
            root + "incident/2024-07-16.json: a symbolic link loop; skipped",
            root + "incident/2024-07-17.json: a symbolic link to nothing; skipped",
            root + "incident/again: a symbolic link to a folder; not followed",
            root + "users.json: missing; names come from the messages themselves (give one with --users)",
        ])
    }

    @Test func exportPathThatIsASymbolicLinkLoopIsUnreadable() throws {
        let scratch = try Scratch("path-loop")
        defer { scratch.remove() }
        let path = scratch.path("export.zip")
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "export.zip")
        let error = try #require(readError { try reader.read(path) })
        #expect(error == .unreadable(path, reason: "a symbolic link loop"))
        #expect(error.isMissingInput)
    }

    @Test func namedPipeWithNoWriterIsUnreadableNotAHang() throws {
        // Opening a FIFO nobody writes to blocks forever with a plain open(); the reader must not.
        let scratch = try Scratch("fifo")
        defer { scratch.remove() }
        let path = scratch.path("export.json")
        #expect(mkfifo(path, 0o644) == 0)
        let error = try #require(readError { try reader.read(path) })
        #expect(error == .unreadable(path, reason: "a named pipe with nothing written to it"))
        #expect(error.isMissingInput)
    }

    @Test func namedPipeInsideAnExportIsSkippedWithAWarning() throws {
        let scratch = try Scratch("fifo-inside")
        defer { scratch.remove() }
        try scratch.write("incident/2024-07-15.json", ThreeMessages.dayFile)
        #expect(mkfifo(scratch.path("incident/2024-07-16.json"), 0o644) == 0)
        let ws = try reader.read(scratch.path("incident"))
        #expect(ws.conversations.first?.messages.count == 3)
        #expect(ws.report.warnings.map(\.description) == [scratch.path("incident") + "/2024-07-16.json: not a regular file (a named pipe); skipped"])
    }

    @Test func namedPipeWithAWriterIsRead() throws {
        // `postmortem report <(zcat day.json.gz)` hands the reader a pipe: it must still be read.
        let scratch = try Scratch("fifo-writer")
        defer { scratch.remove() }
        let path = scratch.path("incident.json")
        #expect(mkfifo(path, 0o644) == 0)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: path) {
                try? handle.write(contentsOf: Data(ThreeMessages.dayFile.utf8))
                try? handle.close()
            }
        }
        writer.start()
        let ws = try reader.read(path)
        #expect(ws.conversations.first?.messages.count == 3)
    }
}
