import Foundation

/// Golden-file comparison: the expected text lives in a file beside the test.
///
/// A missing file, or `RECORD_SNAPSHOTS=1`, writes the file and reports a failure, so recording
/// is never silent; otherwise the text must match exactly and the first differing line is shown.
public enum Snapshot {
    /// Compares `actual` with the snapshot file; returns nil when equal, else a failure description.
    public static func verify(_ actual: String, file: URL) -> String? {
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        let existing = try? String(contentsOf: file, encoding: .utf8)
        if record || existing == nil {
            try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: false, encoding: .utf8)
            return "recorded snapshot \(file.lastPathComponent); run the tests again without RECORD_SNAPSHOTS"
        }
        guard let expected = existing, expected != actual else { return nil }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, e.count) {
            let al = i < a.count ? String(a[i]) : "<end>"
            let el = i < e.count ? String(e[i]) : "<end>"
            if al != el {
                return "snapshot \(file.lastPathComponent) differs at line \(i + 1):\n  expected: \(el)\n  actual:   \(al)\n(RECORD_SNAPSHOTS=1 swift test re-records)"
            }
        }
        return "snapshot \(file.lastPathComponent) differs"
    }
}
