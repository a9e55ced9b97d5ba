/// What the reader skipped or repaired: nothing is dropped without being counted here.
public struct LoadReport: Sendable, Equatable {
    /// Individual findings, in the order met.
    public var warnings: [LoadWarning] = []
    /// Messages whose record was malformed (no usable `ts`, not an object) and was skipped.
    public var skippedMalformed = 0
    /// Deleted messages and tombstones dropped (`tombstone`, `message_deleted`, hidden records).
    public var droppedDeleted = 0
    /// Second copies of a message (same conversation and `ts`) that were merged away.
    public var mergedDuplicates = 0
    /// Files that were skipped (odd names, unreadable entries), as counted warnings.
    public var skippedFiles = 0
    /// Files read.
    public var filesRead = 0
    /// Bytes read (uncompressed).
    public var bytesRead = 0

    /// Creates an empty report.
    public init() {}

    /// Records a warning.
    public mutating func warn(_ file: String, _ message: String) {
        warnings.append(LoadWarning(file: file, message: message))
    }

    /// Adds another report's counts and warnings to this one.
    public mutating func absorb(_ other: LoadReport) {
        warnings += other.warnings
        skippedMalformed += other.skippedMalformed
        droppedDeleted += other.droppedDeleted
        mergedDuplicates += other.mergedDuplicates
        skippedFiles += other.skippedFiles
        filesRead += other.filesRead
        bytesRead += other.bytesRead
    }

    /// One-line summaries of the counts that are not zero, for standard error.
    public var summaryLines: [String] {
        var lines: [String] = []
        if skippedMalformed > 0 { lines.append("skipped \(skippedMalformed) malformed message record(s)") }
        if skippedFiles > 0 { lines.append("skipped \(skippedFiles) file(s)") }
        if droppedDeleted > 0 { lines.append("dropped \(droppedDeleted) deleted message(s) and tombstone(s)") }
        if mergedDuplicates > 0 { lines.append("merged \(mergedDuplicates) duplicate copies of messages") }
        return lines
    }
}

/// One finding of the reader: which file, and what.
public struct LoadWarning: Sendable, Equatable, CustomStringConvertible {
    /// The file (and zip entry) concerned.
    public var file: String
    /// What was wrong and what the reader did.
    public var message: String

    /// "file: message" on one line (control characters in either are shown escaped).
    public var description: String { "\(file): \(message)".escapingControlCharacters }
}
