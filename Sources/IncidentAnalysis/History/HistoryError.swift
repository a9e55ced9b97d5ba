import Foundation

/// An analysis document that cannot be read into the history.
public enum HistoryError: Error, Sendable, Equatable, LocalizedError {
    /// The file is not a readable `postmortem.analysis/v1` document.
    case invalid(path: String, detail: String)

    public var errorDescription: String? {
        switch self {
        case .invalid(let path, let detail): return "\(path): \(detail)"
        }
    }
}
