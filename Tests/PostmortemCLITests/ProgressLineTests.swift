import Foundation
import PostmortemTestSupport
import SlackExport
import Testing

@testable import PostmortemCLI

/// The progress line: what it says, and that it stays away from pipes, `--quiet` and CI logs.
@Suite struct ProgressLineTests {
    @Test func saysFilesMegabytesAndRate() {
        let p = ReadProgress(filesDone: 120, filesTotal: 365, bytesRead: 47_395_635)
        #expect(ProgressLine.describe(p, elapsed: 2) == "postmortem: reading 120/365 files, 45.2 MB, 22.6 MB/s")
    }

    @Test func noneWhenQuietOrUnderCI() {
        #expect(ProgressLine.forTerminal(quiet: true, environment: [:]) == nil)
        #expect(ProgressLine.forTerminal(quiet: false, environment: ["CI": "true"]) == nil)
    }

    @Test func nothingButResultsWhenStandardErrorIsAPipe() throws {
        let export = TestPaths.sampleExports.appendingPathComponent("dashboard-outage/export").path
        // Without CI in the environment, only the terminal check keeps the line away.
        let result = try CLIRunner.run(["analyze", export], unsetting: ["CI"])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("reading"))
        #expect(!result.stderr.contains("\u{1B}"))
    }
}
