import Foundation
import PostmortemTestSupport
import SlackExport
import Testing

/// Every input the fuzzers (`Scripts/fuzz.sh`) found crashing, leaking or breaking an invariant,
/// replayed through the same entry points: `Fixtures/fuzz-regressions/reader/` through the reader
/// (as standard input and as a file), `Fixtures/fuzz-regressions/mrkdwn/` through the mrkdwn parser
/// and the renderers. The file name says what it broke.
@Suite struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [String] {
        let folder = fixture("fuzz-regressions/" + target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test(arguments: inputs("reader"))
    func readerInputReadsOrFailsWithOneLineNamingIt(_ name: String) throws {
        let path = fixture("fuzz-regressions/reader/" + name)
        let bytes = try fixtureBytes("fuzz-regressions/reader/" + name)
        for (label, read) in [("stdin", { try ExportReader().read(bytes: bytes, name: "-") }), ("file", { try ExportReader().read(path) })] {
            do {
                _ = try read()
            } catch let error as ExportError {
                #expect(!error.localizedDescription.contains("\n"), "\(label): \(error.localizedDescription)")
                #expect(error.localizedDescription.hasPrefix(label == "stdin" ? "-" : path), "\(label): \(error.localizedDescription)")
            }
        }
    }

    @Test(arguments: inputs("mrkdwn"))
    func mrkdwnInputParsesAndRenders(_ name: String) throws {
        let text = String(decoding: try fixtureBytes("fuzz-regressions/mrkdwn/" + name), as: UTF8.self)
        let rich = MrkdwnParser.parse(text)
        _ = rich.plainText()
        _ = rich.markdown()
        #expect(!rich.markdownInline().contains("\n"))
        _ = rich.html()
    }

    @Test func theCrashingInputsAreKept() {
        // What the reader's fuzzer found: a trap in ZIPFoundation's in-memory archive, a leak when it
        // gave up on a zip, an endless inflate loop on a deflate stream that ends early, and an error
        // message that quoted a JSON key with a line break in it.
        #expect(
            Set(Self.inputs("reader")).isSuperset(of: [
                "zip-offset-past-the-end-of-stdin-data.zip", "zip-rejected-by-zipfoundation-leaked-in-memory.zip",
                "zip-entry-whose-deflate-data-ends-early-hung.zip", "json-key-with-a-newline-made-a-two-line-error.json",
            ]))
    }
}
