import CZlibShim

/// Unpacks gzip data (one or more members) with a bound on the output size.
///
/// A truncated or corrupt stream is an error, never a loop: every step either consumes input,
/// produces output, or stops.
func gunzip(_ input: [UInt8], limit: Int, file: String) throws(ExportError) -> [UInt8] {
    var output: [UInt8] = []
    var stream = z_stream()
    // 15 window bits + 32: let zlib parse the gzip (or zlib) header itself.
    guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
        throw .badArchive(file: file, detail: "zlib could not start")
    }
    defer { inflateEnd(&stream) }
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var consumed = 0
    var failure: ExportError?
    input.withUnsafeBufferPointer { inBuf in
        guard let base = inBuf.baseAddress else { return }
        while consumed < inBuf.count {
            stream.next_in = UnsafeMutablePointer(mutating: base + consumed)
            let available = inBuf.count - consumed
            stream.avail_in = UInt32(min(available, Int(UInt32.max)))
            var status: Int32 = Z_OK
            repeat {
                let produced: Int = buffer.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = UInt32(outBuf.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return outBuf.count - Int(stream.avail_out)
                }
                if status != Z_OK && status != Z_STREAM_END && !(status == Z_BUF_ERROR && produced > 0) {
                    failure = .badArchive(file: file, detail: status == Z_BUF_ERROR ? "the gzip data is truncated" : "the gzip data is corrupt")
                    return
                }
                if output.count + produced > limit {
                    failure = .limitExceeded(
                        file: file, detail: "unpacks to more than the \(formatBytes(limit)) limit per file (raise it with --max-file-size)")
                    return
                }
                output.append(contentsOf: buffer[0..<produced])
                if produced == 0 && status != Z_STREAM_END && stream.avail_in == 0 { break }
            } while status != Z_STREAM_END && (stream.avail_out == 0 || stream.avail_in > 0)
            let used = available - Int(stream.avail_in)
            consumed += used
            if status == Z_STREAM_END {
                // Another member may follow (concatenated gzip files); trailing zero padding is ignored.
                if input[consumed...].allSatisfy({ $0 == 0 }) { return }
                inflateReset(&stream)
            } else if used == 0 || consumed >= inBuf.count {
                failure = .badArchive(file: file, detail: "the gzip data is truncated")
                return
            }
        }
    }
    if let failure { throw failure }
    return output
}
