import Foundation
import PostmortemTestSupport
import Testing

/// Never lose or corrupt: the export is never written to, `-o` never overwrites without `--force`,
/// an interrupted run leaves no partial output, and hostile inputs end in one line and a sysexits code.
@Suite struct SafetyCommandTests {
    /// Every file under `root` (hidden ones included) with a digest of its bytes and its mode.
    static func snapshot(_ root: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: root.path) else { return [:] }
        for case let relative as String in walker {
            let path = root.appendingPathComponent(relative).path
            let attributes = try fm.attributesOfItem(atPath: path)
            var entry = "\(attributes[.type] ?? "") \(attributes[.posixPermissions] ?? "") \(attributes[.modificationDate] ?? "")"
            if attributes[.type] as? FileAttributeType == .typeRegular {
                entry += " " + digest(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            }
            result[relative] = entry
        }
        return result
    }

    /// FNV-1a, 64 bits: enough to notice any change to a file.
    static func digest(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes {
            hash ^= UInt64(b)
            hash = hash &* 0x100_0000_01B3
        }
        return String(hash, radix: 16)
    }

    // MARK: - The export is read-only

    @Test func noCommandChangesAnyFileOfTheExport() throws {
        let sample = TestPaths.sampleExports.appendingPathComponent("dashboard-outage")
        let before = try Self.snapshot(sample)
        #expect(before.count > 3)
        let out = try TestPaths.temporaryFolder("readonly")
        defer { try? FileManager.default.removeItem(at: out) }
        let folder = sample.appendingPathComponent("export").path
        let zip = sample.appendingPathComponent("export.zip").path
        let runs: [[String]] = [
            ["channels", folder], ["analyze", folder], ["analyze", zip, "-o", out.appendingPathComponent("a.json").path],
            ["report", zip, "-o", out.appendingPathComponent("r.md").path], ["report", folder, "--format", "html"],
            ["report", folder, "--redact", "--anonymize", "-o", out.appendingPathComponent("r.html").path],
            ["timeline", folder, "--all"], ["metrics", zip, "--format", "json"], ["explain", folder],
        ]
        for args in runs {
            let result = try CLIRunner.run(args + ["-q"])
            #expect(result.status == 0, "\(args): \(result.stderr)")
        }
        #expect(try Self.snapshot(sample) == before)
    }

    @Test func analyzeOutputIsNotOverwrittenWithoutForce() throws {
        let out = try TestPaths.temporaryFolder("analyze-force")
        defer { try? FileManager.default.removeItem(at: out) }
        let target = out.appendingPathComponent("analysis.json")
        try Data("{}\n".utf8).write(to: target)
        let export = TestPaths.sampleExports.appendingPathComponent("dashboard-outage/export").path
        let refused = try CLIRunner.run(["analyze", export, "-q", "-o", target.path])
        #expect(refused.status == 73)
        #expect(refused.stderr == "postmortem: error: \(target.path) already exists; use --force to overwrite it\n")
        #expect(try String(contentsOf: target, encoding: .utf8) == "{}\n")
        let forced = try CLIRunner.run(["analyze", export, "-q", "-o", target.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8).contains("\"milestones\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["analysis.json"])
    }

    // MARK: - Interruption

    /// Starts `postmortem` with standard input held open (so `-` waits) and returns the process.
    static func start(_ arguments: [String], environment: [String: String] = [:], stdin: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = TestPaths.executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardInput = stdin ?? FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits up to `seconds` for `condition`.
    static func eventually(_ seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    @Test(arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
    func signalWhileWritingRemovesTheTemporaryFileAndExits(_ signal: Int32, _ status: Int32) throws {
        let out = try TestPaths.temporaryFolder("interrupt-write")
        defer { try? FileManager.default.removeItem(at: out) }
        let export = TestPaths.sampleExports.appendingPathComponent("dashboard-outage/export.zip").path
        // The test hook holds the run after the temporary file is written, before it is linked into place.
        let process = try Self.start(
            ["report", export, "-q", "-o", out.appendingPathComponent("report.md").path],
            environment: ["POSTMORTEM_TEST_WRITE_DELAY_MS": "20000"])
        let files = { (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? [] }
        let sawTemporary = Self.eventually(20) { files().contains { $0.hasPrefix(".report.md.") && $0.hasSuffix(".tmp") } }
        #expect(sawTemporary, "the temporary file never appeared: \(files())")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == status)
        #expect(files() == [], "an interrupted run leaves nothing behind")
    }

    @Test func signalDuringASlowRunLeavesNoOutput() throws {
        let out = try TestPaths.temporaryFolder("interrupt-slow")
        defer { try? FileManager.default.removeItem(at: out) }
        // A slow run: the export comes from a pipe whose writer has sent a large export and not finished.
        let stdin = Pipe()
        let process = try Self.start(["report", "-", "-q", "-o", out.appendingPathComponent("report.md").path], stdin: stdin)
        var big = "["
        for i in 0..<50_000 {
            big += #"{"type": "message", "user": "U\#(i % 7)", "text": "checkout 502s, looking at the load balancer \#(i)", "ts": "\#(1_721_050_000 + i).000100"},"#
        }
        try stdin.fileHandleForWriting.write(contentsOf: Data(big.utf8))
        usleep(200_000)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        try? stdin.fileHandleForWriting.close()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 143)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [])
    }

    // MARK: - Hostile inputs end in one line and a sysexits code

    static let fixtures = TestPaths.packageRoot.appendingPathComponent("Tests/SlackExportTests/Fixtures")

    @Test(arguments: [
        ("truncated-json", Int32(65)), ("utf16-encoded-file", 65), ("nul-byte-in-string", 65), ("users-json-truncated", 65),
        ("channels-json-wrong-type", 65), ("not-an-export", 65), ("binary-file-as-export/export.json", 65),
        ("api-response-not-ok/history.json", 65), ("no-such-export", 66),
    ])
    func hostileExportEndsWithOneLineAndItsCode(_ name: String, _ status: Int32) throws {
        let path = Self.fixtures.appendingPathComponent(name).path
        let result = try CLIRunner.run(["analyze", path])
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("postmortem: error: " + path), "\(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func hostileMessagesAreWarningsAndTheRestIsAnalysed() throws {
        for name in ["ts-too-large", "ts-of-the-wrong-type", "lone-surrogate-escape", "users-json-missing", "ts-duplicated"] {
            let result = try CLIRunner.run(["analyze", Self.fixtures.appendingPathComponent(name).path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stdout.contains("\"milestones\""), "\(name)")
            #expect(result.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("postmortem: warning: ") || $0.hasPrefix("postmortem: note: ") }, "\(name): \(result.stderr)")
            #expect(!result.stderr.isEmpty, "\(name): nothing is skipped silently")
        }
    }

    @Test func pipeWithNoWriterIsUnreadableAndLimitsAreFlags() throws {
        let scratch = try TestPaths.temporaryFolder("cli-fifo")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let fifo = scratch.appendingPathComponent("export.json").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let result = try CLIRunner.run(["analyze", fifo])
        #expect(result.status == 66)
        #expect(result.stderr == "postmortem: error: \(fifo): cannot be read: a named pipe with nothing written to it\n")
        // A limit exceeded is bad data (65) and names the flag that raises it.
        let big = Self.fixtures.appendingPathComponent("truncated-json").path
        let limited = try CLIRunner.run(["analyze", big, "--max-depth", "1"])
        #expect(limited.status == 65)
        #expect(limited.stderr.contains("nesting deeper than 1 levels"), "\(limited.stderr)")
        let bad = try CLIRunner.run(["analyze", big, "--max-message-size", "0"])
        #expect(bad.status == 64)
    }
}
