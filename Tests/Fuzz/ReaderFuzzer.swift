// libFuzzer target for the export reader's single-file path: JSON parsing, shape detection and
// record decoding of one file's bytes (zips are read in memory, gzip is inflated), exactly as
// `postmortem … -` reads standard input.
//
// Compiled by Scripts/fuzz.sh together with the SlackExport sources (one module), so the
// reader's internals need no `import`. Not part of any SwiftPM target.

/// The limits the fuzzer runs under: the defaults, except a smaller per-file and total size so a
/// lying zip header cannot make libFuzzer report its own malloc limit instead of our error.
let fuzzLimits = ReadLimits(maxFileBytes: 64 << 20, maxTotalBytes: 256 << 20)

@_cdecl("LLVMFuzzerTestOneInput")
public func readerFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let reader = ExportReader(limits: fuzzLimits)
    do {
        let workspace = try reader.read(bytes: bytes, name: "fuzz-input", selecting: .all)
        for warning in workspace.report.warnings where warning.description.contains("\n") {
            fatalError("warning spans lines: \(warning.description)")
        }
        // Touch what the analysis touches next: names, plain text, ordering.
        let names = workspace.names
        for conversation in workspace.conversations {
            var previous: SlackTimestamp?
            for message in conversation.messages {
                if let previous, message.ts < previous { fatalError("messages out of ts order") }
                previous = message.ts
                _ = workspace.authorName(of: message)
                _ = message.text.plainText(names: names)
            }
        }
    } catch {
        // Every failure must be a one-line error naming the input.
        let text = error.localizedDescription
        if text.contains("\n") { fatalError("error message spans lines: \(text)") }
        if !text.hasPrefix(error.file.escapingControlCharacters) { fatalError("error message does not name the file: \(text)") }
    }
    return 0
}
