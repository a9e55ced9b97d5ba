import Foundation

/// A document's destination named by `-o`: written atomically, or straight through to a device.
///
/// A regular file is written to a temporary file in the same folder, flushed to disk and then
/// linked (or, with `--force`, renamed) into place, so readers never see half a document and a
/// failed write leaves nothing behind. A character device, FIFO or socket (`/dev/stdout`, a named
/// pipe) cannot be renamed over and is written to directly. Every failure ends the run at once with
/// a message and exit code 73 (cannot create) or 74 (I/O error); nothing is retried except `EINTR`.
struct OutputFile {
    /// The path as the user gave it.
    let path: String
    /// Whether an existing regular file may be replaced.
    let force: Bool

    /// What is at the path now.
    enum Target {
        /// Nothing: a new file will be created.
        case absent
        /// A regular file (possibly through a symlink) at this real path.
        case regular(realPath: String, mode: mode_t)
        /// A device, FIFO or socket: written straight through.
        case stream
    }

    /// Checks that the output can be created, before any slow work: the folder exists, and an
    /// existing file is only replaced with `--force`.
    ///
    /// From here on an interruption (SIGINT, SIGTERM, SIGHUP) ends the run with 130/143/129 and
    /// removes any temporary file being written (see ``InterruptCleanup``).
    @discardableResult
    func preflight() throws(CLIError) -> Target {
        guard !path.isEmpty else { throw CLIError("-o needs a file name", code: .usage) }
        InterruptCleanup.install()
        var st = stat()
        if stat(path, &st) == 0 {
            switch st.st_mode & S_IFMT {
            case S_IFCHR, S_IFIFO, S_IFSOCK:
                return .stream
            case S_IFDIR:
                throw CLIError("cannot write \(path): it is a folder", code: .cannotCreate)
            case S_IFREG:
                guard force else { throw CLIError("\(path) already exists; use --force to overwrite it", code: .cannotCreate) }
                let real = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { _ in
                    URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                } ?? path
                return .regular(realPath: real, mode: st.st_mode & 0o7777)
            default:
                throw CLIError("cannot write \(path): not a regular file, device or pipe", code: .cannotCreate)
            }
        }
        let statError = errno
        var lst = stat()
        if lstat(path, &lst) == 0 {
            // A symlink pointing nowhere: replacing it silently would surprise; creating through it
            // would write somewhere unexpected.
            throw CLIError("cannot write \(path): it is a broken symbolic link", code: .cannotCreate)
        }
        guard statError == ENOENT else {
            throw CLIError("cannot write \(path): \(Self.describe(statError))", code: .cannotCreate)
        }
        let folder = Self.folder(of: path)
        var dst = stat()
        guard stat(folder, &dst) == 0 else {
            throw CLIError("cannot create \(path): folder \(folder) does not exist", code: .cannotCreate)
        }
        guard dst.st_mode & S_IFMT == S_IFDIR else {
            throw CLIError("cannot create \(path): \(folder) is not a folder", code: .cannotCreate)
        }
        guard access(folder, W_OK) == 0 else {
            throw CLIError("cannot create \(path): folder \(folder) is not writable (\(Self.describe(errno)))", code: .cannotCreate)
        }
        return .absent
    }

    /// Writes `text`, replacing the file only as a whole.
    func write(_ text: String) throws(CLIError) {
        try write(bytes: Array(text.utf8))
    }

    /// Writes `bytes`, replacing the file only as a whole.
    func write(bytes: [UInt8]) throws(CLIError) {
        try write { emit in try emit(bytes) }
    }

    /// Writes what `produce` hands to `emit`, piece by piece, still replacing the file only as a
    /// whole: a big output is never held in memory at once.
    func write(streaming produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void) throws(CLIError) {
        switch try preflight() {
        case .stream:
            try writeStraightThrough(produce)
        case .absent:
            try writeAtomically(produce, to: path, replacing: false, mode: nil)
        case .regular(let realPath, let mode):
            try writeAtomically(produce, to: realPath, replacing: true, mode: mode)
        }
    }

    private func writeStraightThrough(_ produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void) throws(CLIError) {
        let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw CLIError("cannot open \(path): \(Self.describe(errno))", code: .cannotCreate) }
        do {
            try Console.write(streaming: produce, to: fd, name: path)
        } catch {
            close(fd)
            throw error
        }
        if close(fd) != 0, errno != EINTR {
            throw CLIError("cannot write to \(path): \(Self.describe(errno))", code: .ioError)
        }
    }

    private func writeAtomically(
        _ produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void, to target: String, replacing: Bool, mode: mode_t?
    ) throws(CLIError) {
        let folder = Self.folder(of: target)
        let base = URL(fileURLWithPath: target).lastPathComponent
        var temporary = ""
        var fd: Int32 = -1
        for attempt in 0..<100 {
            temporary = (folder == "." ? "" : folder + "/") + ".\(base).\(getpid()).\(attempt).tmp"
            // Tracked before it exists, so no interruption can fall between creating and tracking it.
            InterruptCleanup.track(temporary)
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 || errno != EEXIST { break }
        }
        defer { InterruptCleanup.clear() }
        guard fd >= 0 else {
            let e = errno
            let code: CLIError.Code = [ENOSPC, EDQUOT, EIO].contains(e) ? .ioError : .cannotCreate
            throw CLIError("cannot create \(path): \(Self.describe(e))", code: code)
        }
        func fail(_ message: String, _ code: CLIError.Code) -> CLIError {
            close(fd)
            unlink(temporary)
            return CLIError(message, code: code)
        }
        do {
            try Console.write(streaming: produce, to: fd, name: path)
        } catch {
            throw fail(error.message, .ioError)
        }
        if let delay = ProcessInfo.processInfo.environment["POSTMORTEM_TEST_WRITE_DELAY_MS"].flatMap(UInt32.init) {
            // For the interruption tests only: hold the half-done write open long enough to signal it.
            usleep(delay * 1000)
        }
        if let mode { _ = fchmod(fd, mode) }
        if fsync(fd) != 0, errno != EINVAL, errno != EROFS {
            throw fail("cannot write \(path): \(Self.describe(errno))", .ioError)
        }
        if close(fd) != 0 {
            let e = errno
            unlink(temporary)
            throw CLIError("cannot write \(path): \(Self.describe(e))", code: .ioError)
        }
        if replacing {
            guard rename(temporary, target) == 0 else {
                let e = errno
                unlink(temporary)
                throw CLIError("cannot replace \(path): \(Self.describe(e))", code: e == EACCES || e == EPERM || e == EROFS ? .cannotCreate : .ioError)
            }
            return
        }
        // link() refuses to replace a file that appeared meanwhile; rename() would not.
        if link(temporary, target) == 0 {
            unlink(temporary)
            return
        }
        let e = errno
        if e == EEXIST {
            unlink(temporary)
            throw CLIError("\(path) already exists; use --force to overwrite it", code: .cannotCreate)
        }
        // Some file systems have no hard links: fall back to rename after checking again.
        var st = stat()
        if [EPERM, ENOTSUP, EOPNOTSUPP, EXDEV, EMLINK, ENOSYS].contains(e), lstat(target, &st) != 0, rename(temporary, target) == 0 {
            return
        }
        unlink(temporary)
        throw CLIError("cannot create \(path): \(Self.describe(e))", code: .cannotCreate)
    }

    /// The folder of a path (`.` for a bare file name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}
