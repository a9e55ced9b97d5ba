import Foundation
import PostmortemTestSupport
import SlackExport
import Testing

/// Malformed input: every broken file is one error naming the file (and zip entry) and what is
/// wrong, with line and column for bad JSON; a broken message inside a good file is a counted warning.
///
/// Fixtures live in `Fixtures/<what-it-breaks>/`; large or binary breakage is made in the test.
@Suite struct BadInputTests {
    let reader = ExportReader()

    // MARK: - Whole files that cannot be read

    @Test func truncatedJSONNamesTheFileLineAndColumn() throws {
        let root = fixture("truncated-json")
        let error = try #require(readError { try reader.read(root) })
        // The file ends after `"user": "U0INC0002",` and the next line's indent: line 11, column 9.
        #expect(error == .malformedJSON(file: root + "/incident/2024-07-15.json", detail: "line 11, column 9: unexpected end of data inside an object"))
        #expect(error.localizedDescription == root + "/incident/2024-07-15.json: not valid JSON: line 11, column 9: unexpected end of data inside an object")
        #expect(!error.isUsageError && !error.isMissingInput)
    }

    @Test func truncatedJSONInsideAZipNamesTheZipAndTheEntry() throws {
        let scratch = try Scratch("bad-zip-entry")
        defer { scratch.remove() }
        let day = try fixtureBytes("truncated-json/incident/2024-07-15.json")
        let channels = bytes(#"[{"id": "C0INC0001", "name": "incident"}]"#)
        let zip = try scratch.write("export.zip", TinyZip.archive([("channels.json", channels), ("incident/2024-07-15.json", day)]))
        let error = try #require(readError { try reader.read(zip) })
        #expect(error == .malformedJSON(file: zip + ":incident/2024-07-15.json", detail: "line 11, column 9: unexpected end of data inside an object"))
    }

    @Test func truncatedJSONOnStandardInputIsNamedAsGiven() throws {
        let error = try #require(readError { try reader.read(bytes: fixtureBytes("truncated-json/incident/2024-07-15.json"), name: "-") })
        #expect(error == .malformedJSON(file: "-", detail: "line 11, column 9: unexpected end of data inside an object"))
    }

    @Test func dayFileOfTheWrongTopLevelTypeIsRejected() throws {
        let root = fixture("wrong-top-level-type")
        let file = root + "/incident/2024-07-15.json"
        let inFolder = try #require(readError { try reader.read(root) })
        #expect(inFolder == .unexpectedContent(file: file, detail: "expected an array of messages, found string"))
        let alone = try #require(readError { try reader.read(file) })
        #expect(alone == .unexpectedContent(file: file, detail: "expected a JSON array or object, found string"))
        #expect(alone.localizedDescription == file + ": expected a JSON array or object, found string")
    }

    @Test func emptyFileIsAnErrorAtLineOneColumnOne() throws {
        let root = fixture("empty-file")
        let error = try #require(readError { try reader.read(root) })
        #expect(error == .malformedJSON(file: root + "/incident/2024-07-15.json", detail: "line 1, column 1: the file is empty"))
    }

    @Test func emptyArrayIsAConversationWithoutMessages() throws {
        let ws = try reader.read(fixture("empty-array"))
        #expect(ws.shape == .conversationFolder)
        #expect(ws.conversations.map(\.info.name) == ["incident"])
        #expect(ws.conversations.first?.messages.isEmpty == true)
        #expect(ws.report.warnings.isEmpty)
        #expect(ws.report.summaryLines.isEmpty)
    }

    @Test func deepNestingIsRefusedAtTheDepthLimitWithoutCrashing() throws {
        let scratch = try Scratch("deep")
        defer { scratch.remove() }
        let levels = 10_000
        let file = try scratch.write("incident/2024-07-15.json", String(repeating: "[", count: levels) + String(repeating: "]", count: levels))
        let error = try #require(readError { try reader.read(scratch.path("incident")) })
        #expect(error == .malformedJSON(file: file, detail: "line 1, column 513: nesting deeper than 512 levels"))
        let objects = try scratch.write("deep-objects.json", String(repeating: #"{"a":"#, count: levels) + "1" + String(repeating: "}", count: levels))
        let objectError = try #require(readError { try reader.read(objects) })
        #expect(objectError == .malformedJSON(file: objects, detail: "line 1, column \(512 * 5 + 1): nesting deeper than 512 levels"))
    }

    @Test func usersJSONOfTheWrongTypeIsRejected() throws {
        let root = fixture("users-json-wrong-type")
        let error = try #require(readError { try reader.read(root) })
        #expect(error == .unexpectedContent(file: root + "/users.json", detail: "expected an array, found object"))
    }

    @Test func folderWithoutSlackFilesIsNotAnExport() throws {
        let root = fixture("not-an-export")
        let error = try #require(readError { try reader.read(root) })
        #expect(error == .notAnExport(root, detail: "no channels.json, users.json, day files (YYYY-MM-DD.json) or slackdump files found"))
        #expect(error.localizedDescription.hasPrefix(root + ": not a Slack export: "))
    }

    @Test func missingPathIsMissingInput() throws {
        let path = TestPaths.packageRoot.appendingPathComponent("Tests/SlackExportTests/Fixtures/no-such-export.zip").path
        let error = try #require(readError { try reader.read(path) })
        #expect(error == .notFound(path))
        #expect(error.isMissingInput)
        #expect(error.localizedDescription == path + ": no such file or folder")
    }

    @Test func missingUsersFileIsMissingInput() throws {
        let path = fixture("no-such-users.json")
        let error = try #require(readError { try ExportReader(usersFile: path).read(fixture("empty-array")) })
        #expect(error == .notFound(path))
    }

    @Test func truncatedGzipChunkFileIsADamagedArchive() throws {
        let root = fixture("truncated-gzip-chunk")
        let file = root + "/C0INC0001.json.gz"
        let inFolder = try #require(readError { try reader.read(root) })
        #expect(inFolder == .badArchive(file: file, detail: "the gzip data is truncated"))
        let alone = try #require(readError { try reader.read(file) })
        #expect(alone == .badArchive(file: file, detail: "the gzip data is truncated"))
        #expect(alone.localizedDescription == file + ": damaged archive: the gzip data is truncated")
    }

    // MARK: - Damaged zips (made from a good zip in the test)

    @Test func zipCutShortInItsCentralDirectoryIsADamagedArchive() throws {
        let scratch = try Scratch("cut-zip")
        defer { scratch.remove() }
        let good = try goodZip()
        let directory = try #require(CentralDirectory(good))
        let path = try scratch.write("export.zip", Array(good[..<(directory.offset + directory.size / 2)]))
        let error = try #require(readError { try reader.read(path) })
        guard case .badArchive(let file, let detail) = error else {
            Issue.record("expected a damaged-archive error, got \(error)")
            return
        }
        #expect(file == path)
        #expect(detail.hasPrefix("the zip's central directory cannot be read"))
        #expect(!error.localizedDescription.contains("\n"))
    }

    @Test func zipWithACorruptCentralDirectoryRecordIsADamagedArchive() throws {
        let scratch = try Scratch("corrupt-zip")
        defer { scratch.remove() }
        var zip = try goodZip()
        let directory = try #require(CentralDirectory(zip))
        zip.replaceSubrange(directory.offset..<(directory.offset + 4), with: bytes("XXXX"))
        let path = try scratch.write("export.zip", zip)
        let error = readError { try reader.read(path) }
        do {
            guard case .badArchive(let file, _)? = error else {
                Issue.record("expected a damaged-archive error, got \(String(describing: error))")
                return
            }
            #expect(file == path)
        }
    }

    @Test func zipWhoseCentralDirectoryIsCorruptHalfwayIsNotReadInPart() throws {
        let scratch = try Scratch("half-zip")
        defer { scratch.remove() }
        var zip = try goodZip()
        let directory = try #require(CentralDirectory(zip))
        #expect(directory.entries > 2)
        let middle = directory.offset + directory.size / 2
        zip.replaceSubrange(middle..<(middle + 40), with: [UInt8](repeating: 0xFF, count: 40))
        let path = try scratch.write("export.zip", zip)
        let error = readError { try reader.read(path) }
        do {
            guard case .badArchive? = error else {
                Issue.record("expected a damaged-archive error, got \(String(describing: error))")
                return
            }
        }
    }

    // MARK: - Bad records inside good files: skipped, warned and counted

    @Test(arguments: [
        ("message-without-ts", #"message 1: no "ts"; skipped"#),
        ("message-with-non-numeric-ts", #"message 1: invalid "ts" "yesterday 9:35"; skipped"#),
        ("message-not-an-object", "message 1: expected a message object, found number; skipped"),
    ])
    func malformedMessageIsSkippedWithAWarningNamingFileAndIndex(_ name: String, _ warning: String) throws {
        let root = fixture(name)
        let ws = try reader.read(root)
        let file = root + "/incident/2024-07-15.json"
        #expect(ws.report.warnings.map(\.description) == [file + ": " + warning])
        #expect(ws.report.warnings.first?.file == file)
        #expect(ws.report.skippedMalformed == 1)
        #expect(ws.report.summaryLines == ["skipped 1 malformed message record(s)"])
        #expect(ws.conversations.first?.messages.map(\.ts.raw) == ["1721050500.000100", "1721050620.000300"])
    }

    @Test func malformedMessageInAZipNamesTheEntry() throws {
        let scratch = try Scratch("zip-warning")
        defer { scratch.remove() }
        let day = try fixtureBytes("message-without-ts/incident/2024-07-15.json")
        let zip = try scratch.write("incident.zip", TinyZip.archive([("incident/2024-07-15.json", day)]))
        let ws = try reader.read(zip)
        #expect(ws.report.warnings.map(\.description) == [zip + #":incident/2024-07-15.json: message 1: no "ts"; skipped"#])
    }

    @Test func invalidUTF8IsReplacedWithAWarningAndTheRestIsRead() throws {
        let root = fixture("invalid-utf8-in-string")
        let ws = try reader.read(root)
        let file = root + "/incident/2024-07-15.json"
        #expect(ws.report.warnings.map(\.description) == [file + ": holds bytes that are not valid UTF-8; they were replaced with U+FFFD"])
        #expect(ws.report.skippedMalformed == 0)
        let messages = try #require(ws.conversations.first?.messages)
        #expect(messages.map { $0.text.plainText() } == ["checkout is throwing 502s", "caf\u{FFFD} is down", "rolled back, errors gone"])
    }

    @Test func byteOrderMarkIsSkippedWithAWarning() throws {
        let root = fixture("byte-order-mark")
        let ws = try reader.read(root)
        #expect(ws.report.warnings.map(\.description) == [root + "/incident/2024-07-15.json: starts with a byte-order mark; ignored"])
        #expect(ws.conversations.first?.messages.count == 3)
    }

    @Test func dayFileNamedOddlyIsSkippedWithACountedWarning() throws {
        let root = fixture("day-file-named-oddly")
        let ws = try reader.read(root)
        #expect(ws.report.warnings.map(\.description) == [root + "/incident/2024-7-16.json: not named like a day file (YYYY-MM-DD.json); skipped"])
        #expect(ws.report.skippedFiles == 1)
        #expect(ws.report.summaryLines == ["skipped 1 file(s)"])
        #expect(ws.conversations.first?.messages.map(\.ts.raw) == ["1721050500.000100", "1721050560.000200"])
        #expect(ws.authorName(of: try #require(ws.conversations.first?.message("1721050560.000200"))) == "Ben Okafor")
    }

    @Test func dayFileBesideUsersJSONIsReadOrCountedNeverLostSilently() throws {
        // One channel's folder with users.json copied into it (to resolve names).
        let scratch = try Scratch("root-day-file")
        defer { scratch.remove() }
        try scratch.write("incident/users.json", #"[{"id": "U0ANA", "name": "ana"}]"#)
        try scratch.write("incident/2024-07-15.json", ThreeMessages.dayFile)
        let ws = try reader.read(scratch.path("incident"))
        do {
            #expect(ws.conversations.flatMap(\.messages).count == 3 || ws.report.skippedFiles == 1)
        }
    }

    @Test func everyErrorIsOneLine() throws {
        let errors: [ExportError] = [
            .notFound("a"), .unreadable("a", reason: "b"), .malformedJSON(file: "a", detail: "b"),
            .unexpectedContent(file: "a", detail: "b"), .notAnExport("a", detail: "b"), .badArchive(file: "a", detail: "b"),
            .limitExceeded(file: "a", detail: "b"), .conversationNotFound("x", available: ["a", "b"], source: "s"),
            .conversationAmbiguous(["a", "b"], source: "s"), .noMessages(source: "s"), .apiError(file: "a", error: "b"),
        ]
        for error in errors {
            let text = error.localizedDescription
            #expect(!text.contains("\n"), "\(error)")
            #expect(text.hasPrefix(error.file + ": "), "\(text)")
        }
    }
}

// MARK: - Helpers

/// A fixture folder or file under `Tests/SlackExportTests/Fixtures/`.
func fixture(_ relative: String) -> String {
    TestPaths.packageRoot.appendingPathComponent("Tests/SlackExportTests/Fixtures/" + relative).path
}

func fixtureBytes(_ relative: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: fixture(relative))))
}

/// A valid zip to damage: a sample export's own zip when one ships, else one made here.
func goodZip() throws -> [UInt8] {
    if let sample = SampleExport.all.compactMap(\.zip).first { return Array(try Data(contentsOf: sample)) }
    var entries: [(String, [UInt8])] = ThreeMessages.workspaceFiles.map { ($0.path, bytes($0.text)) }
    for day in 16...20 { entries.append(("incident/2024-07-\(day).json", bytes(ThreeMessages.dayFile))) }
    return TinyZip.archive(entries)
}

/// Where a zip's central directory lies, from its end-of-central-directory record.
struct CentralDirectory {
    let offset: Int
    let size: Int
    let entries: Int

    init?(_ zip: [UInt8]) {
        guard zip.count >= 22 else { return nil }
        guard let end = stride(from: zip.count - 22, through: 0, by: -1).first(where: {
            zip[$0] == 0x50 && zip[$0 + 1] == 0x4B && zip[$0 + 2] == 5 && zip[$0 + 3] == 6
        }) else { return nil }
        func u16(_ at: Int) -> Int { Int(zip[at]) | Int(zip[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        entries = u16(end + 10)
        size = u32(end + 12)
        offset = u32(end + 16)
    }
}
