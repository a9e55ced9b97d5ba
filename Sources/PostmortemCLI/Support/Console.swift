import Foundation

/// Writes to standard output and standard error, reporting failures instead of ignoring them.
///
/// `print` drops write errors; a postmortem that silently lost its end to a full disk is worse
/// than none, so every write is checked and a failure ends the run (exit 74), never retried.
public enum Console {
    /// Writes `text` to standard output, throwing when the write fails (disk full, closed pipe).
    public static func out(_ text: String) throws(CLIError) {
        try write(Array(text.utf8), to: STDOUT_FILENO, name: "standard output")
    }

    /// Writes a line to standard error; failures there cannot be reported anywhere and are ignored.
    public static func err(_ line: String) {
        try? write(Array((line + "\n").utf8), to: STDERR_FILENO, name: "standard error")
    }

    /// Writes all bytes to a descriptor; EINTR is the only condition retried, as POSIX requires.
    public static func write(_ bytes: [UInt8], to fd: Int32, name: String) throws(CLIError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { buf in
                #if canImport(Glibc)
                Glibc.write(fd, buf.baseAddress, buf.count)
                #else
                Darwin.write(fd, buf.baseAddress, buf.count)
                #endif
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw CLIError("cannot write to \(name): \(String(cString: strerror(errno)))", code: .ioError)
            }
            offset += n
        }
    }

    /// Writes what `produce` hands to `emit`, piece by piece, to `fd`; any failure becomes one
    /// CLIError naming `name`.
    public static func write(
        streaming produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void, to fd: Int32, name: String
    ) throws(CLIError) {
        do {
            try produce { bytes in try write(bytes, to: fd, name: name) }
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError("cannot write to \(name): \(error)", code: .ioError)
        }
    }

    /// Ends a successful run now, while the analysis is still in scope: releasing a year-long
    /// channel's millions of objects one by one took a tenth of the run, and the system reclaims
    /// them at once. Only for the end of a command, after every output is written and closed.
    public static func exitAfterSuccess() -> Never {
        exit(EXIT_SUCCESS)
    }

    /// True when standard output is a terminal (for colour and layout).
    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
    /// True when standard error is a terminal (for progress lines).
    public static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
