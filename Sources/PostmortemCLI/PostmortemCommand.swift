import ArgumentParser

/// The `postmortem` command and its subcommands.
public struct PostmortemCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "postmortem",
        abstract: "Turn the Slack channel where an incident was fought into a postmortem.",
        discussion: """
            Works offline from a Slack export: a workspace export (zip or folder), one channel's folder \
            or day file, a Slack API response, or slackdump's files. The shape is detected by itself.

            Example:
              postmortem channels SampleExports/dashboard-outage/export.zip
            """,
        version: PostmortemVersion.current,
        subcommands: [Channels.self, Analyze.self, Timeline.self, Metrics.self, Explain.self, Evaluate.self, Rules.self, Report.self, Templates.self, Incidents.self, Stats.self]
    )

    public init() {}
}

/// The tool's version, printed by `--version` and written into documents.
public enum PostmortemVersion {
    /// The current version.
    public static let current = "0.1.0"
}

/// Runs a command body, turning any failure into a one-line message and a sysexits code.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        let failure = CLIError.from(error)
        Console.err("postmortem: error: \(failure.message)")
        throw ExitCode(failure.code.rawValue)
    }
}
