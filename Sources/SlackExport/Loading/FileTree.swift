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
}

/// Reads a whole regular file, refusing files over `limit` bytes.
func readFile(atPath path: String, display: String, limit: Int) throws(ExportError) -> [UInt8] {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(display) }
    if isDirectory.boolValue { throw .unreadable(display, reason: "is a folder") }
    guard let handle = FileHandle(forReadingAtPath: path) else {
        throw .unreadable(display, reason: "permission denied or not a regular file")
    }
    defer { try? handle.close() }
    var bytes: [UInt8] = []
    do {
        // Read in chunks so a limit is enforced on devices and pipes whose size is unknown.
        while true {
            guard let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty else { break }
            if bytes.count + chunk.count > limit {
                throw ExportError.limitExceeded(
                    file: display, detail: "larger than the \(formatBytes(limit)) limit per file (raise it with --max-file-size)")
            }
            bytes.append(contentsOf: chunk)
        }
    } catch let error as ExportError {
        throw error
    } catch {
        throw .unreadable(display, reason: error.localizedDescription)
    }
    return bytes
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

    init(root: String, limits: ReadLimits) throws(ExportError) {
        self.root = root
        self.limits = limits
        var found: [String] = []
        try Self.walk(root: root, relative: "", depth: 0, limits: limits, into: &found)
        self.paths = found.sorted()
    }

    private static func walk(root: String, relative: String, depth: Int, limits: ReadLimits, into found: inout [String]) throws(ExportError) {
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
                try walk(root: root, relative: rel, depth: depth + 1, limits: limits, into: &found)
            } else if type == S_IFREG || type == S_IFLNK {
                if type == S_IFLNK {
                    var target = stat()
                    // A dangling link or a link to a folder is left out; stat() fails on a link loop.
                    guard stat(full, &target) == 0, (target.st_mode & S_IFMT) == S_IFREG else { continue }
                }
                found.append(rel)
                if found.count > limits.maxEntries {
                    throw .limitExceeded(file: root, detail: "more than \(limits.maxEntries) files (raise it with --max-entries)")
                }
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
    // ZIPFoundation's Archive is a class without Sendable; this tree is used from one thread at a time.
    private let archive: Archive
    private let entriesByPath: [String: Entry]
    let paths: [String]
    let name: String
    let limits: ReadLimits
    private let lock = NSLock()
    private let extractLock = NSLock()
    private var totalRead = 0

    init(archive: Archive, name: String, limits: ReadLimits, declaredEntries: Int?) throws(ExportError) {
        self.archive = archive
        self.name = name
        self.limits = limits
        var byPath: [String: Entry] = [:]
        var count = 0
        var listed = 0
        for entry in archive {
            listed += 1
            guard entry.type == .file else { continue }
            count += 1
            if count > limits.maxEntries {
                throw .limitExceeded(file: name, detail: "more than \(limits.maxEntries) entries (raise it with --max-entries)")
            }
            // Entry names are only keys here: nothing is written, so `../` cannot escape anywhere.
            let path = entry.path
            if path.hasPrefix("__MACOSX/") || path.split(separator: "/").last?.hasPrefix("._") == true { continue }
            byPath[path] = entry
        }
        // ZIPFoundation stops quietly at a damaged central-directory record; the end record says
        // how many there should be, so a shortfall is damage, not a smaller export.
        if let expected = declaredEntries, listed < expected {
            throw .badArchive(file: name, detail: "the central directory lists \(expected) entries but only \(listed) can be read")
        }
        self.entriesByPath = byPath
        self.paths = byPath.keys.sorted()
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

    static func open(path: String, limits: ReadLimits) throws(ExportError) -> ZipTree {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .badArchive(file: path, detail: "the zip's central directory cannot be read (\(error))")
        }
        return try ZipTree(archive: archive, name: path, limits: limits, declaredEntries: declaredEntryCount(inTail: tail(ofFile: path)))
    }

    static func open(data: Data, name: String, limits: ReadLimits) throws(ExportError) -> ZipTree {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .badArchive(file: name, detail: "the zip's central directory cannot be read (\(error))")
        }
        return try ZipTree(archive: archive, name: name, limits: limits, declaredEntries: declaredEntryCount(inTail: [UInt8](data.suffix(65_557))))
    }

    func read(_ path: String) throws(ExportError) -> [UInt8] {
        let display = displayName(path)
        guard let entry = entriesByPath[path] else { throw .notFound(display) }
        // Check the claimed size first, then count real bytes: a zip bomb may lie about its size.
        if entry.uncompressedSize > UInt64(limits.maxFileBytes) {
            throw .limitExceeded(
                file: display,
                detail: "unpacks to \(formatBytes(Int(clamping: entry.uncompressedSize))), over the \(formatBytes(limits.maxFileBytes)) limit per file (raise it with --max-file-size)")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        let fileLimit = limits.maxFileBytes
        // One archive handle: entries are unpacked one at a time, whatever thread asks.
        extractLock.lock()
        defer { extractLock.unlock() }
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                if bytes.count + chunk.count > fileLimit {
                    throw ExportError.limitExceeded(
                        file: display, detail: "unpacks to more than the \(formatBytes(fileLimit)) limit per file (raise it with --max-file-size)")
                }
                bytes.append(contentsOf: chunk)
            }
        } catch let error as ExportError {
            throw error
        } catch {
            throw .badArchive(file: display, detail: "the entry cannot be unpacked (\(error))")
        }
        lock.lock()
        totalRead += bytes.count
        let total = totalRead
        lock.unlock()
        if total > limits.maxTotalBytes {
            throw .limitExceeded(
                file: name, detail: "unpacks to more than the \(formatBytes(limits.maxTotalBytes)) total limit (raise it with --max-total-size)")
        }
        return bytes
    }

    func displayName(_ path: String) -> String { name + ":" + path }
}
