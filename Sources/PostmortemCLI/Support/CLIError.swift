import Foundation
import SlackExport

/// A failure the command line reports: one line for standard error and a sysexits code.
public struct CLIError: Error, Sendable, Equatable {
    /// The sysexits exit codes the tool uses.
    public enum Code: Int32, Sendable {
        /// Bad invocation.
        case usage = 64
        /// Malformed input data.
        case dataError = 65
        /// Input missing or unreadable.
        case noInput = 66
        /// Output cannot be created.
        case cannotCreate = 73
        /// I/O error while writing.
        case ioError = 74
        /// Internal software error (a bug).
        case software = 70
    }

    /// The one-line message.
    public var message: String
    /// The exit code.
    public var code: Code

    /// Creates an error.
    public init(_ message: String, code: Code) {
        self.message = message
        self.code = code
    }

    /// Maps any error of the libraries to a message and code.
    public static func from(_ error: any Error) -> CLIError {
        switch error {
        case let e as CLIError:
            return e
        case let e as ExportError:
            let code: Code = e.isUsageError ? .usage : (e.isMissingInput ? .noInput : .dataError)
            return CLIError(e.localizedDescription, code: code)
        case let e as any LocalizedError:
            return CLIError(e.errorDescription ?? String(describing: e), code: .dataError)
        default:
            return CLIError(String(describing: error), code: .software)
        }
    }
}

extension CLIError: LocalizedError {
    public var errorDescription: String? { message }
}
