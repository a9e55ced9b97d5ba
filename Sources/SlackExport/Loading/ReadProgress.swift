import Foundation

/// How far a read has got: message files decoded out of those planned, and their bytes.
public struct ReadProgress: Sendable, Equatable {
    /// Message files decoded so far.
    public var filesDone: Int
    /// Message files the read will decode.
    public var filesTotal: Int
    /// Bytes of the decoded files (after decompression).
    public var bytesRead: Int

    /// Creates a progress value.
    public init(filesDone: Int, filesTotal: Int, bytesRead: Int) {
        self.filesDone = filesDone
        self.filesTotal = filesTotal
        self.bytesRead = bytesRead
    }
}

/// Counts decoded files from the parallel decoders and hands each new total to the observer.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var state: ReadProgress
    private let observer: @Sendable (ReadProgress) -> Void

    init(total: Int, observer: @escaping @Sendable (ReadProgress) -> Void) {
        state = ReadProgress(filesDone: 0, filesTotal: total, bytesRead: 0)
        self.observer = observer
    }

    func add(bytes: Int) {
        lock.lock()
        state.filesDone += 1
        state.bytesRead += bytes
        let now = state
        lock.unlock()
        observer(now)
    }
}
