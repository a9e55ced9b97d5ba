import Foundation

/// The outcome of running the real `postmortem` binary.
public struct CLIResult: Sendable {
    /// The exit status.
    public var status: Int32
    /// Everything written to standard output.
    public var stdout: String
    /// Everything written to standard error.
    public var stderr: String
}

/// Runs the built `postmortem` executable as a user would, to check exit codes and streams.
public enum CLIRunner {
    /// Runs `postmortem` with `arguments`; `stdin` is fed to standard input, `stdoutPath` redirects
    /// standard output to a file or device (e.g. `/dev/full`); `unsetting` removes variables
    /// inherited from the test run (such as `CI`).
    public static func run(
        _ arguments: [String], stdin: Data? = nil, stdoutPath: String? = nil,
        environment: [String: String] = [:], unsetting: [String] = [], currentDirectory: URL? = nil
    ) throws -> CLIResult {
        let process = Process()
        process.executableURL = TestPaths.executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        for k in unsetting { env[k] = nil }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let outPipe = Pipe()
        let errPipe = Pipe()
        var outHandle: FileHandle?
        if let stdoutPath {
            outHandle = FileHandle(forWritingAtPath: stdoutPath)
            process.standardOutput = outHandle
        } else {
            process.standardOutput = outPipe
        }
        process.standardError = errPipe
        let inPipe = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : inPipe
        try process.run()
        if let stdin {
            try inPipe.fileHandleForWriting.write(contentsOf: stdin)
            try inPipe.fileHandleForWriting.close()
        }
        // Drain both pipes concurrently so a chatty child cannot block on a full pipe.
        let outBox = DataBox()
        let group = DispatchGroup()
        if stdoutPath == nil {
            group.enter()
            DispatchQueue.global().async {
                outBox.data = outPipe.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
        }
        let errData = errPipe.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        try outHandle?.close()
        return CLIResult(
            status: process.terminationStatus,
            stdout: String(decoding: outBox.data, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

private final class DataBox: @unchecked Sendable {
    var data = Data()
}
