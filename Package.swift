// swift-tools-version: 6.2
import PackageDescription

let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "postmortem",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "postmortem", targets: ["postmortem"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(name: "CZlibShim", providers: [.apt(["zlib1g-dev"])]),
        // Reading: every shape of Slack export -> conversations of messages.
        .target(
            name: "SlackExport",
            dependencies: ["CZlibShim", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strict
        ),
        // Analysis: messages -> events, milestones, hypotheses, metrics.
        .target(
            name: "IncidentAnalysis",
            dependencies: ["SlackExport", .product(name: "Yams", package: "Yams")],
            exclude: ["Rules/default-rules.yml", "Output/analysis.schema.json"],
            swiftSettings: strict
        ),
        // Rendering: analysis -> Markdown / HTML documents from Mustache templates.
        .target(
            name: "PostmortemRendering",
            dependencies: ["IncidentAnalysis", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: strict
        ),
        // The command-line layer: flags -> options values -> library calls; exit codes.
        .target(
            name: "PostmortemCLI",
            dependencies: [
                "SlackExport", "IncidentAnalysis", "PostmortemRendering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "postmortem", dependencies: ["PostmortemCLI"], swiftSettings: strict),
        .target(
            name: "PostmortemTestSupport",
            dependencies: ["SlackExport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SlackExportTests",
            dependencies: ["SlackExport", "PostmortemTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "IncidentAnalysisTests",
            dependencies: ["IncidentAnalysis", "SlackExport", "PostmortemTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "PostmortemRenderingTests",
            dependencies: ["PostmortemRendering", "IncidentAnalysis", "SlackExport", "PostmortemTestSupport"],
            exclude: ["Snapshots"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "PostmortemCLITests",
            dependencies: ["PostmortemCLI", "PostmortemTestSupport", "postmortem"],
            swiftSettings: strict
        ),
        // Retrospectives: incidents inside one channel, statistics across incidents.
        .testTarget(
            name: "IncidentHistoryTests",
            dependencies: ["IncidentAnalysis", "SlackExport", "PostmortemCLI", "PostmortemTestSupport", "postmortem"],
            swiftSettings: strict
        ),
    ]
)
