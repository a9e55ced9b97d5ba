import Foundation

/// Locations tests read from: the package's own folders and the shared fixtures beside it.
public enum TestPaths {
    /// The package root, found from this file's path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `SampleExports/`.
    public static var sampleExports: URL { packageRoot.appendingPathComponent("SampleExports") }

    /// `Templates/`.
    public static var templates: URL { packageRoot.appendingPathComponent("Templates") }

    /// `Tests/LabelledCases/`.
    public static var labelledCases: URL { packageRoot.appendingPathComponent("Tests/LabelledCases") }

    /// `../shared/slack-fixtures`, read in place, never copied; nil when it is not there.
    public static var sharedFixtures: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/slack-fixtures")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The built `postmortem` executable, beside the test bundle.
    public static var executable: URL {
        var dir = Bundle.main.bundleURL
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            dir = bundle.bundleURL.deletingLastPathComponent()
        }
        let candidate = dir.appendingPathComponent("postmortem")
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        return packageRoot.appendingPathComponent(".build/debug/postmortem")
    }

    /// A new empty temporary folder.
    public static func temporaryFolder(_ label: String = "test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("postmortem-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
