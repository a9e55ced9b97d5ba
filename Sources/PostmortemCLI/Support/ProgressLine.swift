import Foundation
import SlackExport

/// A one-line, self-overwriting progress report on standard error while a large export is read.
///
/// Shown only when standard error is a terminal, without `--quiet`, and not under CI; it appears
/// once a read has taken half a second (small exports never show it) and is cleared when done.
/// Under CI, standard error is usually a log file, where carriage returns make a mess.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let start = Date()
    private var lastDraw: Date?
    private var drawn = false

    /// A progress line when the run is interactive, else nil.
    static func forTerminal(quiet: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> ProgressLine? {
        guard !quiet, environment["CI"] == nil, Console.stderrIsTerminal else { return nil }
        return ProgressLine()
    }

    /// Redraws the line for `progress`, at most ten times a second.
    func update(_ progress: ReadProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        guard elapsed >= 0.5 else { return }
        if let last = lastDraw, now.timeIntervalSince(last) < 0.1, progress.filesDone < progress.filesTotal { return }
        lastDraw = now
        drawn = true
        Self.draw("\r\u{1B}[2K" + Self.describe(progress, elapsed: elapsed))
    }

    /// Shows a fixed status now (a step whose progress is not counted).
    func show(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        drawn = true
        Self.draw("\r\u{1B}[2K" + text)
    }

    /// Removes the line, so warnings and results start on a clean line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { Self.draw("\r\u{1B}[2K") }
        drawn = false
    }

    /// "reading: 120/365 files, 45.2 MB, 98.1 MB/s"
    static func describe(_ p: ReadProgress, elapsed: TimeInterval) -> String {
        let mb = Double(p.bytesRead) / 1_048_576
        let rate = elapsed > 0 ? mb / elapsed : 0
        return "postmortem: reading \(p.filesDone)/\(p.filesTotal) files, "
            + String(format: "%.1f MB, %.1f MB/s", mb, rate)
    }

    private static func draw(_ text: String) {
        try? Console.write(Array(text.utf8), to: STDERR_FILENO, name: "standard error")
    }
}
