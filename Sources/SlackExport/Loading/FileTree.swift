import Foundation
import ZIPFoundation

/// A read-only view of the files of an export, wherever they live (folder or zip).
protocol FileTree: Sendable {
    /// Relative paths of the regular files, `/`-separated, sorted.
    var paths: [String] { get }
    /// The bytes of one file, within the limits.
    func read(_ path: String) throws(ExportError) -> [UInt8]
    /// How to name a file in messages: `export.zip:general/2024-07-15.json` or a full path.
    func displayName(_ path: String) -> String
    /// Entries left out of `paths` and why (links that lead nowhere, pipes, devices), to report.
    var skipped: [(path: String, reason: String)] { get }
}

extension FileTree {
    var skipped: [(path: String, reason: String)] { [] }
}

/// Opens a file for reading without blocking (a FIFO with no writer must not hang) and stats it;
/// the caller closes the descriptor.
private func openWithoutBlocking(_ path: String, display: String) throws(ExportError) -> (Int32, stat) {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
    guard fd >= 0 else {
        let code = errno
        if code == ENOENT { throw .notFound(display) }
        throw .unreadable(display, reason: String(cString: strerror(code)))
    }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
        let reason = String(cString: strerror(errno))
        close(fd)
        throw .unreadable(display, reason: reason)
    }
    return (fd, info)
}

/// Reads a whole file, refusing more than `limit` bytes.
///
/// Opened without blocking, so a named pipe that nothing writes to is an error after five seconds
/// rather than a hang; a pipe that has a writer (`<(zcat export.json.gz)`) is read to its end.
func readFile(atPath path: String, display: String, limit: Int) throws(ExportError) -> [UInt8] {
    let (fd, info) = try openWithoutBlocking(path, display: display)
    defer { close(fd) }
    let type = info.st_mode & S_IFMT
    if type == S_IFDIR { throw .unreadable(display, reason: "is a folder") }
    if type == S_IFREG && Int64(info.st_size) > Int64(limit) {
        throw .limitExceeded(file: display, detail: "larger than the \(formatBytes(limit)) limit per file (raise it with --max-file-size)")
    }
    // Reads block from here on: a pipe's writer may be slower than we are.
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    var bytes: [UInt8] = []
    if type == S_IFREG { bytes.reserveCapacity(Int(info.st_size)) }
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    var waitedForWriter = false
    // Read in chunks so a limit is enforced on devices and pipes whose size is unknown.
    while true {
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 {
            if errno == EINTR { continue }
            throw .unreadable(display, reason: String(cString: strerror(errno)))
        }
        if n == 0 {
            // A writer blocked in open() until we opened may not have connected yet, or may be slow to
            // produce its first bytes (`<(zcat big.json.gz)`, a loaded machine): give it five seconds.
            if type == S_IFIFO && bytes.isEmpty && !waitedForWriter {
                waitedForWriter = true
                var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                if poll(&p, 1, 5000) > 0 { continue }
            }
            break
        }
        if bytes.count + n > limit {
            throw .limitExceeded(file: display, detail: "larger than the \(formatBytes(limit)) limit per file (raise it with --max-file-size)")
        }
        bytes.append(contentsOf: buffer[0..<n])
    }
    if type == S_IFIFO && bytes.isEmpty {
        throw .unreadable(display, reason: "a named pipe with nothing written to it")
    }
    return bytes
}

/// The first `count` bytes of a regular file (fewer when it is shorter); nothing for pipes and
/// devices, whose bytes cannot be read twice.
func readPrefix(atPath path: String, display: String, count: Int) throws(ExportError) -> [UInt8] {
    let (fd, info) = try openWithoutBlocking(path, display: display)
    defer { close(fd) }
    guard info.st_mode & S_IFMT == S_IFREG else { return [] }
    var buffer = [UInt8](repeating: 0, count: count)
    var filled = 0
    while filled < count {
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, count - filled) }
        if n < 0 {
            if errno == EINTR { continue }
            throw .unreadable(display, reason: String(cString: strerror(errno)))
        }
        if n == 0 { break }
        filled += n
    }
    return Array(buffer[0..<filled])
}

/// "1.5 MB"-style sizes for messages.
func formatBytes(_ n: Int) -> String {
    if n >= 1 << 30 { return "\(n >> 30) GiB" }
    if n >= 1 << 20 { return "\(n >> 20) MiB" }
    if n >= 1 << 10 { return "\(n >> 10) KiB" }
    return "\(n) bytes"
}

/// The files under a folder. Symbolic links to folders are not followed (no loops); links to files are.
struct DirectoryTree: FileTree {
    let root: String
    let paths: [String]
    let limits: ReadLimits
    let skipped: [(path: String, reason: String)]

    init(root: String, limits: ReadLimits) throws(ExportError) {
        self.root = root
        self.limits = limits
        var found: [String] = []
        var skipped: [(path: String, reason: String)] = []
        try Self.walk(root: root, relative: "", depth: 0, limits: limits, into: &found, skipped: &skipped)
        self.paths = found.sorted()
        self.skipped = skipped
    }

    private static func walk(
        root: String, relative: String, depth: Int, limits: ReadLimits, into found: inout [String],
        skipped: inout [(path: String, reason: String)]
    ) throws(ExportError) {
        // Real exports are two levels deep (slackdump adds a third); deeper trees are not exports.
        guard depth <= 4 else { return }
        let folder = relative.isEmpty ? root : root + "/" + relative
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .unreadable(folder, reason: "the folder cannot be listed")
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let rel = relative.isEmpty ? name : relative + "/" + name
            let full = root + "/" + rel
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR {
                try walk(root: root, relative: rel, depth: depth + 1, limits: limits, into: &found, skipped: &skipped)
            } else if type == S_IFREG || type == S_IFLNK {
                if type == S_IFLNK {
                    var target = stat()
                    // A dangling link or a link to a folder is left out; stat() fails on a link loop.
                    guard stat(full, &target) == 0 else {
                        let why = errno == ELOOP ? "a symbolic link loop" : "a symbolic link to nothing"
                        skipped.append((rel, why + "; skipped"))
                        continue
                    }
                    guard (target.st_mode & S_IFMT) == S_IFREG else {
                        let what = (target.st_mode & S_IFMT) == S_IFDIR ? "a symbolic link to a folder; not followed" : "a symbolic link to something that is not a file; skipped"
                        skipped.append((rel, what))
                        continue
                    }
                }
                found.append(rel)
                if found.count > limits.maxEntries {
                    throw .limitExceeded(file: root, detail: "more than \(limits.maxEntries) files (raise it with --max-entries)")
                }
            } else {
                // Pipes, devices and sockets are never opened: a pipe nobody writes to would hang the read.
                skipped.append((rel, "not a regular file (\(type == S_IFIFO ? "a named pipe" : type == S_IFSOCK ? "a socket" : "a device")); skipped"))
            }
        }
    }

    func read(_ path: String) throws(ExportError) -> [UInt8] {
        try readFile(atPath: root + "/" + path, display: displayName(path), limit: limits.maxFileBytes)
    }

    func displayName(_ path: String) -> String { root.hasSuffix("/") ? root + path : root + "/" + path }
}

/// The entries of a zip archive, read in place without extracting anything to disk.
final class ZipTree: FileTree, @unchecked Sendable {
    // ZIPFoundation's Archive lists the entries (and decodes their names); the bytes are read
    // through `ZipBytes` with `pread`, so entries may be unpacked from several threads at once.
    private let archive: Archive
    private let bytes: ZipBytes
    private let entriesByPath: [String: (entry: Entry, record: ZipEntryRecord)]
    let paths: [String]
    let name: String
    let limits: ReadLimits
    private let lock = NSLock()
    private var totalRead = 0
    let skipped: [(path: String, reason: String)]

    init(archive: Archive, bytes: ZipBytes, name: String, limits: ReadLimits, declaredEntries: Int?) throws(ExportError) {
        self.archive = archive
        self.bytes = bytes
        self.name = name
        self.limits = limits
        // The central directory read by us, record for record in the order ZIPFoundation lists them.
        guard let records = ZipEntryReader.records(in: bytes, limit: limits.maxEntries + 1) else {
            throw .badArchive(file: name, detail: "the zip's central directory cannot be read")
        }
        var byPath: [String: (entry: Entry, record: ZipEntryRecord)] = [:]
        var skipped: [(path: String, reason: String)] = []
        var count = 0
        var listed = 0
        for entry in archive {
            listed += 1
            guard listed <= records.count else {
                throw .badArchive(file: name, detail: "the zip's central directory cannot be read")
            }
            let record = records[listed - 1]
            guard entry.type == .file else { continue }
            count += 1
            if count > limits.maxEntries {
                throw .limitExceeded(file: name, detail: "more than \(limits.maxEntries) entries (raise it with --max-entries)")
            }
            // Entry names are only keys here: nothing is written, so `../` cannot escape anywhere;
            // such names are still no part of an export Slack made, and are reported, not guessed at.
            let path = entry.path
            if path.hasPrefix("__MACOSX/") || path.split(separator: "/").last?.hasPrefix("._") == true { continue }
            if path.hasPrefix("/") || path.hasPrefix("\\") || path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..") {
                if skipped.count < 1000 { skipped.append((path, "an entry name that climbs out of the archive (\"..\" or an absolute path); skipped")) }
                continue
            }
            byPath[path] = (entry, record)
        }
        // ZIPFoundation stops quietly at a damaged central-directory record; the end record says
        // how many there should be, so a shortfall is damage, not a smaller export.
        if let expected = declaredEntries, listed < expected {
            throw .badArchive(file: name, detail: "the central directory lists \(expected) entries but only \(listed) can be read")
        }
        self.entriesByPath = byPath
        self.paths = byPath.keys.sorted()
        self.skipped = skipped
    }

    /// The entry count declared in the end-of-central-directory record (nil for ZIP64 or when not found).
    static func declaredEntryCount(inTail tail: [UInt8]) -> Int? {
        guard tail.count >= 22 else { return nil }
        var i = tail.count - 22
        while i >= 0 {
            if tail[i] == 0x50 && tail[i + 1] == 0x4B && tail[i + 2] == 0x05 && tail[i + 3] == 0x06 {
                let total = Int(tail[i + 10]) | Int(tail[i + 11]) << 8
                return total == 0xFFFF ? nil : total
            }
            i -= 1
        }
        return nil
    }

    /// The last 64 KiB + 22 bytes of a file, where the end record lives.
    static func tail(ofFile path: String) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd() else { return [] }
        let length = min(size, 65_557)
        try? handle.seek(toOffset: size - length)
        return (try? handle.read(upToCount: Int(length))).map { [UInt8]($0) } ?? []
    }

    /// Refuses a zip without an end-of-central-directory record where the format puts it (the last
    /// 64 KiB): a truncated download. ZIPFoundation would otherwise search the whole file for it
    /// byte by byte (seconds per 50 MB) and, for in-memory data, leak the buffer when it gives up.
    static func requireEndRecord(inTail tail: [UInt8], name: String) throws(ExportError) {
        guard tail.count >= 22 else {
            throw .badArchive(file: name, detail: "the zip's central directory cannot be read (the file is too short to be a zip)")
        }
        for i in stride(from: tail.count - 22, through: 0, by: -1)
        where tail[i] == 0x50 && tail[i + 1] == 0x4B && tail[i + 2] == 0x05 && tail[i + 3] == 0x06 {
            return
        }
        throw .badArchive(file: name, detail: "the zip's central directory cannot be read (no end record: the file is truncated)")
    }

    static func open(path: String, limits: ReadLimits) throws(ExportError) -> ZipTree {
        let tail = tail(ofFile: path)
        try requireEndRecord(inTail: tail, name: path)
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .badArchive(file: path, detail: "the zip's central directory cannot be read (\(error))")
        }
        guard let bytes = ZipBytes(path: path) else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
        return try ZipTree(archive: archive, bytes: bytes, name: path, limits: limits, declaredEntries: declaredEntryCount(inTail: tail))
    }

    static func open(data: Data, name: String, limits: ReadLimits) throws(ExportError) -> ZipTree {
        let tail = [UInt8](data.suffix(65_557))
        try requireEndRecord(inTail: tail, name: name)
        let archive: Archive
        var bytes = ZipBytes(data: data)
        do {
            // ZIPFoundation's in-memory archive traps when an offset in the zip points past the end
            // of the data (found by fuzzing); a real file just reads short. Keep the bytes in an
            // unlinked temporary file where the system allows it.
            if let url = Self.unlinkedCopy(of: data) {
                defer { Self.closeUnlinkedCopy(url) }
                archive = try Archive(url: url, accessMode: .read)
                if let fromFile = ZipBytes(path: url.path) { bytes = fromFile }
            } else {
                archive = try Archive(data: data, accessMode: .read)
            }
        } catch {
            throw .badArchive(file: name, detail: "the zip's central directory cannot be read (\(error))")
        }
        return try ZipTree(archive: archive, bytes: bytes, name: name, limits: limits, declaredEntries: declaredEntryCount(inTail: tail))
    }

    /// Writes `data` to a temporary file that is unlinked at once and returns a `/proc/self/fd`
    /// URL to open it by; nil where that is not possible (no /proc, no space).
    ///
    /// The file never has a name anyone else can see for more than an instant, and its space is
    /// freed when the archive closes it.
    static func unlinkedCopy(of data: Data) -> URL? {
        #if os(Linux)
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("postmortem-zip-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        unlink(template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        let written = data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        let path = "/proc/self/fd/\(fd)"
        guard written, access(path, R_OK) == 0 else {
            close(fd)
            return nil
        }
        return URL(fileURLWithPath: path)
        #else
        return nil
        #endif
    }

    /// Closes the descriptor behind a URL from ``unlinkedCopy(of:)`` (the archive keeps its own).
    static func closeUnlinkedCopy(_ url: URL) {
        if let fd = Int32(url.lastPathComponent) { close(fd) }
    }

    func read(_ path: String) throws(ExportError) -> [UInt8] {
        let display = displayName(path)
        guard let (entry, record) = entriesByPath[path] else { throw .notFound(display) }
        // Check the claimed size first, then count real bytes: a zip bomb may lie about its size.
        let declared = max(entry.uncompressedSize, record.uncompressedSize)
        if declared > UInt64(limits.maxFileBytes) {
            throw .limitExceeded(
                file: display,
                detail: "unpacks to \(formatBytes(Int(clamping: declared))), over the \(formatBytes(limits.maxFileBytes)) limit per file (raise it with --max-file-size)")
        }
        let totalExceeded = ExportError.limitExceeded(
            file: name, detail: "unpacks to more than the \(formatBytes(limits.maxTotalBytes)) total limit (raise it with --max-total-size)")
        lock.lock()
        let room = limits.maxTotalBytes - totalRead
        lock.unlock()
        if declared > UInt64(max(room, 0)) { throw totalExceeded }
        var bytes: [UInt8] = []
        // The declared size may be a lie: reserve no more than a large day file needs.
        bytes.reserveCapacity(min(Int(clamping: declared), 16 << 20))
        let fileLimit = limits.maxFileBytes
        let totalLimit = limits.maxTotalBytes
        try ZipEntryReader.extract(record, from: self.bytes, display: display) { chunk throws(ExportError) in
            if bytes.count + chunk.count > fileLimit {
                throw .limitExceeded(
                    file: display, detail: "unpacks to more than the \(formatBytes(fileLimit)) limit per file (raise it with --max-file-size)")
            }
            // Counted as it comes, over all entries (and all threads).
            lock.lock()
            totalRead += chunk.count
            let total = totalRead
            lock.unlock()
            if total > totalLimit { throw totalExceeded }
            bytes.append(contentsOf: chunk)
        }
        return bytes
    }

    func displayName(_ path: String) -> String { name + ":" + path }
}
