import Foundation
import PostmortemTestSupport
import Testing

/// `postmortem report` and `postmortem templates` run as a user runs them: the real binary, its
/// exit codes, its messages, and what it leaves on disk.
@Suite struct ReportCommandTests {
    /// A small incident export in a temporary folder.
    struct IncidentExport {
        let root: URL
        var path: String { root.appendingPathComponent("export").path }

        init() throws {
            root = try TestPaths.temporaryFolder("report-cli")
            try write("export/channels.json", #"[{"id": "C0INC0001", "name": "incident"}]"#)
            try write(
                "export/users.json",
                #"[{"id": "U0ANA", "name": "ana", "real_name": "Ana", "tz": "Europe/Berlin"}, {"id": "U0BEN", "name": "ben", "real_name": "Ben", "tz": "Europe/Berlin"}]"#
            )
            try write(
                "export/incident/2024-07-15.json",
                """
                [
                  {"type": "message", "user": "U0ANA", "text": "checkout is throwing 502s | since 13:30", "ts": "1721050500.000100", "thread_ts": "1721050500.000100", "reply_count": 1},
                  {"type": "message", "user": "U0BEN", "text": "looking. #hypothesis is it the deploy?", "ts": "1721050560.000200", "thread_ts": "1721050500.000100"},
                  {"type": "message", "user": "U0ANA", "text": "rolled back, errors gone. mitigated", "ts": "1721051100.000300"},
                  {"type": "message", "user": "U0BEN", "text": "resolved. #action add a canary for the deploy", "ts": "1721052000.000400"}
                ]
                """)
        }

        func write(_ relative: String, _ text: String) throws {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// Files in a folder, hidden ones (temporary files) included.
    func contents(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    // MARK: - Standard output

    @Test func markdownGoesToStandardOutputByDefault() throws {
        let export = try IncidentExport()
        defer { export.remove() }
        let result = try CLIRunner.run(["report", export.path, "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Postmortem: "))
        #expect(result.stdout.contains("## Appendix: full log"))
        #expect(result.stderr.isEmpty)
    }

    @Test func standardOutputOnAFullDiskEndsWithExit74AndAClearMessage() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let export = try IncidentExport()
        defer { export.remove() }
        let result = try CLIRunner.run(["report", export.path, "-q"], stdoutPath: "/dev/full")
        #expect(result.status == 74)
        #expect(result.stderr == "postmortem: error: cannot write to standard output: No space left on device\n")
    }

    @Test func analyzeWritesItsJSONInPiecesAndFailsCleanlyOnAFullDisk() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let export = try IncidentExport()
        defer { export.remove() }
        let piped = try CLIRunner.run(["analyze", export.path, "-q"], stdoutPath: "/dev/full")
        #expect(piped.status == 74)
        #expect(piped.stderr == "postmortem: error: cannot write to standard output: No space left on device\n")
        let named = try CLIRunner.run(["analyze", export.path, "-q", "-o", "/dev/full"])
        #expect(named.status == 74)
        #expect(named.stderr == "postmortem: error: cannot write to /dev/full: No space left on device\n")
    }

    @Test func outputNamingADeviceIsWrittenStraightThrough() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let export = try IncidentExport()
        defer { export.remove() }
        // A device cannot be renamed over: the write goes to it, and its failure is an I/O error.
        let result = try CLIRunner.run(["report", export.path, "-q", "-o", "/dev/full"])
        #expect(result.status == 74)
        #expect(result.stderr == "postmortem: error: cannot write to /dev/full: No space left on device\n")
        let null = try CLIRunner.run(["report", export.path, "-q", "-o", "/dev/null"])
        #expect(null.status == 0, "\(null.stderr)")
    }

    @Test func outputToAFIFOIsWrittenStraightThrough() throws {
        let export = try IncidentExport()
        defer { export.remove() }
        let fifo = export.root.appendingPathComponent("pipe.md")
        try #require(mkfifo(fifo.path, 0o600) == 0)
        let reader = FIFOReader(path: fifo.path)
        let result = try CLIRunner.run(["report", export.path, "-q", "-o", fifo.path])
        let received = reader.wait()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(received.hasPrefix("# Postmortem: "))
        var st = stat()
        #expect(lstat(fifo.path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO, "the FIFO is still a FIFO")
    }

    // MARK: - Output files

    @Test func outputIntoAMissingFolderEndsWithExit73AndLeavesNothing() throws {
        let export = try IncidentExport()
        defer { export.remove() }
        let target = export.root.appendingPathComponent("missing/report.md")
        let result = try CLIRunner.run(["report", export.path, "-q", "-o", target.path])
        #expect(result.status == 73)
        #expect(result.stderr == "postmortem: error: cannot create \(target.path): folder \(export.root.appendingPathComponent("missing").path) does not exist\n")
        #expect(!FileManager.default.fileExists(atPath: target.deletingLastPathComponent().path))
        #expect(contents(export.root) == ["export"])
    }

    @Test func existingFileIsNotOverwrittenWithoutForce() throws {
        let export = try IncidentExport()
        defer { export.remove() }
        let target = export.root.appendingPathComponent("report.md")
        try Data("keep me\n".utf8).write(to: target)
        let result = try CLIRunner.run(["report", export.path, "-q", "-o", target.path])
        #expect(result.status == 73)
        #expect(result.stderr == "postmortem: error: \(target.path) already exists; use --force to overwrite it\n")
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me\n")
        #expect(contents(export.root) == ["export", "report.md"], "no temporary file is left")

        let forced = try CLIRunner.run(["report", export.path, "-q", "-o", target.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("# Postmortem: "))
        #expect(contents(export.root) == ["export", "report.md"])
    }

    @Test func htmlExtensionPicksHTML() throws {
        let export = try IncidentExport()
        defer { export.remove() }
        let target = export.root.appendingPathComponent("x.html")
        let result = try CLIRunner.run(["report", export.path, "-o", target.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("postmortem: wrote \(target.path) (html)"))
        let html = try String(contentsOf: target, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(contents(export.root) == ["export", "x.html"])
    }

    @Test func formatFlagWinsAndMarkdownExtensionPicksMarkdown() throws {
        let export = try IncidentExport()
        defer { export.remove() }
        let md = export.root.appendingPathComponent("a.md")
        #expect(try CLIRunner.run(["report", export.path, "-q", "-o", md.path]).status == 0)
        #expect(try String(contentsOf: md, encoding: .utf8).hasPrefix("# Postmortem: "))
        let html = try CLIRunner.run(["report", export.path, "-q", "--format", "html"])
        #expect(html.status == 0)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func workspaceURLMakesSlackPermalinks() throws {
        let export = try IncidentExport()
        defer { export.remove() }
        let result = try CLIRunner.run(["report", export.path, "-q", "--workspace-url", "acme.slack.com"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("(https://acme.slack.com/archives/C0INC0001/p1721050500000100)"))
        #expect(result.stdout.contains("https://acme.slack.com/archives/C0INC0001/p1721050560000200?thread_ts=1721050500.000100&cid=C0INC0001"))
        let bad = try CLIRunner.run(["report", export.path, "--workspace-url", "javascript:alert(1)"])
        #expect(bad.status == 64)
    }

    @Test func templatesChosenByNameOrPathAndBadOnesExplained() throws {
        let export = try IncidentExport()
        defer { export.remove() }
        let sre = try CLIRunner.run(["report", export.path, "-q", "--template", "google-sre"])
        #expect(sre.status == 0, "\(sre.stderr)")
        #expect(sre.stdout.contains("## Lessons Learned"))

        let unknown = try CLIRunner.run(["report", export.path, "-q", "--template", "fancy"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("postmortem: error: no built-in template 'fancy'; built-in templates: html/default, markdown/default, markdown/google-sre"))

        let missing = try CLIRunner.run(["report", export.path, "-q", "--template", "nope/mine.mustache"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "postmortem: error: nope/mine.mustache: no such template file\n")

        let custom = export.root.appendingPathComponent("mine.mustache")
        try Data("# {{title}}\n{{#hypotheses}}{{numbr}}{{/hypotheses}}\n".utf8).write(to: custom)
        let broken = try CLIRunner.run(["report", export.path, "-q", "--template", custom.path])
        #expect(broken.status == 65)
        #expect(broken.stderr == "postmortem: error: \(custom.path):2: unknown key 'numbr' (see Templates/README.md for the keys)\n")

        try Data("{{% CONTENT_TYPE: TEXT}}\n# {{title}} & {{statusLabel}}\n".utf8).write(to: custom)
        let fine = try CLIRunner.run(["report", export.path, "-q", "--template", custom.path])
        #expect(fine.status == 0, "\(fine.stderr)")
        #expect(fine.stdout.hasPrefix("# ") && fine.stdout.contains(" & "))
    }

    @Test func documentDoesNotDependOnTheHostTimeZone() throws {
        let export = try IncidentExport()
        defer { export.remove() }
        let a = try CLIRunner.run(["report", export.path, "-q"], environment: ["TZ": "Pacific/Kiritimati"])
        let b = try CLIRunner.run(["report", export.path, "-q"], environment: ["TZ": "America/Los_Angeles"])
        #expect(a.status == 0 && b.status == 0)
        #expect(a.stdout == b.stdout)
    }

    // MARK: - templates

    @Test func templatesListNamesEveryBuiltIn() throws {
        let result = try CLIRunner.run(["templates", "list"])
        #expect(result.status == 0)
        let names = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().prefix { !$0.isEmpty }.map { String($0.split(separator: " ")[0]) }
        #expect(names == ["html/default", "markdown/default", "markdown/google-sre"])
        #expect(result.stdout.contains("partials/markdown-log"))
    }

    @Test func templatesExportWritesEditableCopiesThatRender() throws {
        let export = try IncidentExport()
        defer { export.remove() }
        let dir = export.root.appendingPathComponent("my-templates")
        let result = try CLIRunner.run(["templates", "export", dir.path])
        #expect(result.status == 0, "\(result.stderr)")
        for file in ["README.md", "markdown/default.mustache", "markdown/google-sre.mustache", "html/default.mustache", "partials/markdown-log.mustache"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(file).path), "\(file)")
        }
        // Again without --force: refused, nothing changed.
        let again = try CLIRunner.run(["templates", "export", dir.path])
        #expect(again.status == 73)
        #expect(again.stderr.contains("already holds"))
        #expect(try CLIRunner.run(["templates", "export", dir.path, "--force"]).status == 0)

        // An edited partial is picked up by the exported template.
        try Data("{{% CONTENT_TYPE: TEXT}}\nCUSTOM NOTES\n".utf8).write(to: dir.appendingPathComponent("partials/markdown-summary.mustache"))
        let custom = try CLIRunner.run(["report", export.path, "-q", "--template", dir.appendingPathComponent("markdown/default.mustache").path])
        #expect(custom.status == 0, "\(custom.stderr)")
        #expect(custom.stdout.contains("## Summary\n\nCUSTOM NOTES\n"))
        let builtIn = try CLIRunner.run(["report", export.path, "-q"])
        #expect(!builtIn.stdout.contains("CUSTOM NOTES"))
    }
}

/// Reads a FIFO to its end on a background thread (opening it blocks until a writer appears).
final class FIFOReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(path: String) {
        DispatchQueue.global().async {
            if let handle = FileHandle(forReadingAtPath: path) {
                self.data = handle.readDataToEndOfFile()
                try? handle.close()
            }
            self.done.signal()
        }
    }

    func wait() -> String {
        _ = done.wait(timeout: .now() + 30)
        return String(decoding: data, as: UTF8.self)
    }
}
