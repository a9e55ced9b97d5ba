import CZlibShim
import Foundation

/// Random access to the bytes of a zip: a file descriptor (read with `pread`) or data in memory.
final class ZipBytes: @unchecked Sendable {
    // Immutable after init; pread needs no shared file offset, so reads from several threads are safe.
    private let fd: Int32
    private let data: Data?
    /// The archive's size in bytes.
    let size: UInt64

    /// Opens `path` for reading; nil when it cannot be opened.
    init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            return nil
        }
        self.fd = fd
        self.data = nil
        self.size = UInt64(max(0, info.st_size))
    }

    init(data: Data) {
        self.fd = -1
        self.data = data
        self.size = UInt64(data.count)
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Up to `count` bytes at `offset`; fewer at the end of the archive, none past it.
    func read(at offset: UInt64, count: Int) -> [UInt8] {
        guard offset < size, count > 0 else { return [] }
        let n = Int(min(UInt64(count), size - offset))
        if let data {
            let start = data.startIndex + Int(offset)
            return [UInt8](data[start..<(start + n)])
        }
        var buffer = [UInt8](repeating: 0, count: n)
        var filled = 0
        while filled < n {
            let got = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + filled, n - filled, off_t(offset) + off_t(filled)) }
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { break }
            filled += got
        }
        return filled == n ? buffer : Array(buffer[0..<filled])
    }
}

/// One central-directory record: how an entry is stored and where its local header is.
struct ZipEntryRecord: Sendable, Equatable {
    var flags: UInt16
    var method: UInt16
    var crc: UInt32
    var compressedSize: UInt64
    var uncompressedSize: UInt64
    var localHeaderOffset: UInt64
}

/// Reads a zip's entries with bounds of our own.
///
/// ZIPFoundation lists the entries, but its inflate loop never ends when an entry's deflate data
/// stops before the end of its stream (it keeps reading nothing at end of file); fuzzing found this
/// as a hang. Entries are therefore unpacked here with zlib: the input is bounded by the entry's
/// compressed size, every step consumes input or produces output, and a stream that runs out is
/// reported as truncated.
enum ZipEntryReader {
    private static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    private static func u32(_ b: [UInt8], _ i: Int) -> UInt32 { UInt32(u16(b, i)) | UInt32(u16(b, i + 2)) << 16 }
    private static func u64(_ b: [UInt8], _ i: Int) -> UInt64 { UInt64(u32(b, i)) | UInt64(u32(b, i + 4)) << 32 }

    /// The central-directory records in order (the order ZIPFoundation lists entries in), or nil
    /// when the directory cannot be walked. At most `limit` records are read.
    static func records(in bytes: ZipBytes, limit: Int) -> [ZipEntryRecord]? {
        // The end record: the last signature with room for its 22 bytes, within the last 64 KiB.
        let tailStart = bytes.size > 65_557 ? bytes.size - 65_557 : 0
        let tail = bytes.read(at: tailStart, count: Int(bytes.size - tailStart))
        guard tail.count >= 22 else { return nil }
        guard let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: {
            tail[$0] == 0x50 && tail[$0 + 1] == 0x4B && tail[$0 + 2] == 5 && tail[$0 + 3] == 6
        }) else { return nil }
        var count = UInt64(u16(tail, end + 10))
        var offset = UInt64(u32(tail, end + 16))
        let endOffset = tailStart + UInt64(end)
        if count == 0xFFFF || offset == 0xFFFF_FFFF, endOffset >= 20 {
            // ZIP64: a locator just before the end record points at the ZIP64 end record.
            let locator = bytes.read(at: endOffset - 20, count: 20)
            if locator.count == 20, u32(locator, 0) == 0x0706_4B50 {
                let record = bytes.read(at: u64(locator, 8), count: 56)
                guard record.count == 56, u32(record, 0) == 0x0606_4B50 else { return nil }
                count = u64(record, 32)
                offset = u64(record, 48)
            }
        }
        var records: [ZipEntryRecord] = []
        var position = offset
        while UInt64(records.count) < count && records.count < limit {
            let header = bytes.read(at: position, count: 46)
            guard header.count == 46, u32(header, 0) == 0x0201_4B50 else { return nil }
            let nameLength = Int(u16(header, 28))
            let extraLength = Int(u16(header, 30))
            let commentLength = Int(u16(header, 32))
            var record = ZipEntryRecord(
                flags: u16(header, 8), method: u16(header, 10), crc: u32(header, 16),
                compressedSize: UInt64(u32(header, 20)), uncompressedSize: UInt64(u32(header, 24)),
                localHeaderOffset: UInt64(u32(header, 42)))
            if record.compressedSize == 0xFFFF_FFFF || record.uncompressedSize == 0xFFFF_FFFF || record.localHeaderOffset == 0xFFFF_FFFF {
                let extra = bytes.read(at: position + 46 + UInt64(nameLength), count: extraLength)
                applyZIP64(extra, to: &record)
            }
            records.append(record)
            position += 46 + UInt64(nameLength + extraLength + commentLength)
        }
        return records
    }

    /// Replaces 32-bit placeholders with the values of the ZIP64 extra field (id 1), in its order.
    private static func applyZIP64(_ extra: [UInt8], to record: inout ZipEntryRecord) {
        var i = 0
        while i + 4 <= extra.count {
            let id = u16(extra, i)
            let length = Int(u16(extra, i + 2))
            let body = i + 4
            guard body + length <= extra.count else { return }
            if id == 1 {
                var j = body
                func next() -> UInt64? {
                    guard j + 8 <= body + length else { return nil }
                    defer { j += 8 }
                    return u64(extra, j)
                }
                if record.uncompressedSize == 0xFFFF_FFFF, let v = next() { record.uncompressedSize = v }
                if record.compressedSize == 0xFFFF_FFFF, let v = next() { record.compressedSize = v }
                if record.localHeaderOffset == 0xFFFF_FFFF, let v = next() { record.localHeaderOffset = v }
                return
            }
            i = body + length
        }
    }

    /// Unpacks one entry, handing its bytes to `consume` in chunks; the checksum is verified.
    static func extract(
        _ record: ZipEntryRecord, from bytes: ZipBytes, display: String, consume: ([UInt8]) throws(ExportError) -> Void
    ) throws(ExportError) {
        if record.flags & 1 != 0 { throw .badArchive(file: display, detail: "the entry is encrypted") }
        let local = bytes.read(at: record.localHeaderOffset, count: 30)
        guard local.count == 30, u32(local, 0) == 0x0403_4B50 else {
            throw .badArchive(file: display, detail: "the entry's local header is missing or damaged")
        }
        let dataOffset = record.localHeaderOffset + 30 + UInt64(u16(local, 26)) + UInt64(u16(local, 28))
        var crc = crc32(0, nil, 0)
        func checked(_ chunk: [UInt8]) throws(ExportError) {
            crc = chunk.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
            try consume(chunk)
        }
        switch record.method {
        case 0:
            var offset = dataOffset
            var remaining = record.compressedSize
            while remaining > 0 {
                let chunk = bytes.read(at: offset, count: Int(min(remaining, 1 << 16)))
                guard !chunk.isEmpty else { throw .badArchive(file: display, detail: "the entry's data is truncated") }
                try checked(chunk)
                offset += UInt64(chunk.count)
                remaining -= UInt64(chunk.count)
            }
        case 8:
            try inflate(from: bytes, at: dataOffset, compressedSize: record.compressedSize, display: display, consume: checked)
        default:
            throw .badArchive(file: display, detail: "the entry uses compression method \(record.method), which is not supported")
        }
        if UInt32(crc) != record.crc {
            throw .badArchive(file: display, detail: "the entry's checksum does not match its data")
        }
    }

    /// Raw inflate of `compressedSize` bytes at `offset`: every step consumes input or produces output.
    private static func inflate(
        from bytes: ZipBytes, at start: UInt64, compressedSize: UInt64, display: String,
        consume: ([UInt8]) throws(ExportError) -> Void
    ) throws(ExportError) {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .badArchive(file: display, detail: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: 1 << 16)
        var offset = start
        var remaining = compressedSize
        var finished = false
        while !finished {
            let input = remaining > 0 ? bytes.read(at: offset, count: Int(min(remaining, 1 << 16))) : []
            guard !input.isEmpty else { throw .badArchive(file: display, detail: "the entry's data is truncated") }
            offset += UInt64(input.count)
            remaining -= UInt64(input.count)
            var failure: ExportError?
            input.withUnsafeBufferPointer { inBuf in
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
                stream.avail_in = uInt(inBuf.count)
                while true {
                    var status: Int32 = Z_OK
                    let produced = output.withUnsafeMutableBufferPointer { outBuf -> Int in
                        stream.next_out = outBuf.baseAddress
                        stream.avail_out = uInt(outBuf.count)
                        status = CZlibShim.inflate(&stream, Z_NO_FLUSH)
                        return outBuf.count - Int(stream.avail_out)
                    }
                    if status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR {
                        failure = .badArchive(file: display, detail: "the entry's compressed data is corrupt")
                        return
                    }
                    if produced > 0 {
                        do throws(ExportError) {
                            try consume(Array(output[0..<produced]))
                        } catch {
                            failure = error
                            return
                        }
                    }
                    if status == Z_STREAM_END {
                        finished = true
                        return
                    }
                    // Out of input (or no progress possible): read the next chunk.
                    if stream.avail_in == 0 && stream.avail_out > 0 { return }
                    if produced == 0 && status == Z_BUF_ERROR {
                        if stream.avail_in > 0 { failure = .badArchive(file: display, detail: "the entry's compressed data is corrupt") }
                        return
                    }
                }
            }
            if let failure { throw failure }
        }
    }
}
