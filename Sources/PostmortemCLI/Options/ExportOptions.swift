import ArgumentParser
import Foundation
import IncidentAnalysis
import SlackExport

/// The flags every command that reads an export shares.
public struct ExportOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The export: a folder, a zip, a JSON or gzip file, or - for standard input.", valueName: "export"))
    public var export: String

    @Option(name: .long, help: ArgumentHelp("The channel or conversation to read, by name or id.", valueName: "name|id"))
    public var channel: String?

    @Option(name: .long, help: ArgumentHelp("Only messages at or after this time (ISO 8601, a local date-time, or a ts).", valueName: "time"))
    public var from: String?

    @Option(name: .long, help: ArgumentHelp("Only messages before this time (a bare date means its midnight).", valueName: "time"))
    public var to: String?

    @Option(name: .long, help: ArgumentHelp("Only incident N of a channel that holds several, as `postmortem incidents` numbers them.", valueName: "n"))
    public var incident: Int?

    @Option(name: .long, help: ArgumentHelp("Show times in this IANA time zone (default: the zone most participants have, else UTC).", valueName: "tz"))
    public var timezone: String?

    @Option(name: .long, help: ArgumentHelp("A users.json (or users.list response) to resolve names for exports without one.", valueName: "file"))
    public var users: String?

    @Option(name: .customLong("max-file-size"), help: ArgumentHelp("Largest file or zip entry read, in MiB.", valueName: "MiB"))
    public var maxFileSize: Int = 1024

    @Option(name: .customLong("max-total-size"), help: ArgumentHelp("Largest total unpacked from an archive, in MiB.", valueName: "MiB"))
    public var maxTotalSize: Int = 16384

    @Option(name: .customLong("max-depth"), help: ArgumentHelp("Deepest JSON nesting accepted.", valueName: "n"))
    public var maxDepth: Int = 512

    @Option(name: .customLong("max-entries"), help: ArgumentHelp("Most files or zip entries considered.", valueName: "n"))
    public var maxEntries: Int = 1_000_000

    @Option(name: .customLong("max-message-size"), help: ArgumentHelp("Longest message text kept, in MiB; longer text is cut with a warning.", valueName: "MiB"))
    public var maxMessageSize: Int = 1

    @Flag(name: .shortAndLong, help: "Print no warnings or progress on standard error.")
    public var quiet = false

    public init() {}

    public func validate() throws {
        if let incident, incident < 1 { throw ValidationError("--incident must be 1 or more (incidents are numbered from 1)") }
        if let timezone, TimeZone(identifier: timezone) == nil {
            throw ValidationError("unknown time zone '\(timezone)'; use an IANA name such as America/New_York or UTC")
        }
        for (name, value) in [("--max-file-size", maxFileSize), ("--max-total-size", maxTotalSize), ("--max-depth", maxDepth), ("--max-entries", maxEntries), ("--max-message-size", maxMessageSize)]
        where value <= 0 {
            throw ValidationError("\(name) must be positive")
        }
    }

    /// The read limits the flags describe.
    public var limits: ReadLimits {
        ReadLimits(
            maxFileBytes: maxFileSize.multipliedReportingOverflow(by: 1 << 20).overflow ? Int.max : maxFileSize << 20,
            maxTotalBytes: maxTotalSize.multipliedReportingOverflow(by: 1 << 20).overflow ? Int.max : maxTotalSize << 20,
            maxJSONDepth: maxDepth, maxEntries: maxEntries,
            maxMessageBytes: maxMessageSize.multipliedReportingOverflow(by: 1 << 20).overflow ? Int.max : maxMessageSize << 20)
    }

    /// Reads the export, choosing conversations as asked, each message decoded to `detail`.
    public func readWorkspace(selecting selection: ConversationSelection, detail: MessageDetail = .full) throws(CLIError) -> Workspace {
        var reader = ExportReader(limits: limits, usersFile: users)
        reader.detail = detail
        let progressLine = ProgressLine.forTerminal(quiet: quiet)
        if let line = progressLine { reader.progress = { line.update($0) } }
        defer { progressLine?.finish() }
        do {
            if export == "-" {
                let bytes = try readStandardInput(limit: limits.maxFileBytes)
                return try reader.read(bytes: bytes, name: "-", selecting: selection)
            }
            return try reader.read(export, selecting: selection)
        } catch let error as ExportError {
            throw CLIError.from(error)
        } catch {
            throw CLIError.from(error)
        }
    }

    /// Reads one conversation, narrowed to `--from`/`--to` and then to `--incident` (split with
    /// `rules`), with the zone to show it in.
    public func readConversation(splittingWith rules: RuleSet = .builtIn) throws(CLIError) -> LoadedConversation {
        let workspace = try readWorkspace(selecting: .one(channel))
        guard var conversation = workspace.conversations.first else {
            throw CLIError("\(export): the export holds no conversations", code: .dataError)
        }
        let zone = try displayZone(workspace: workspace, conversation: conversation)
        let (fromTS, toTS) = try window(zone: zone)
        if fromTS != nil || toTS != nil { conversation = conversation.restricted(from: fromTS, to: toTS) }
        if let incident { conversation = try Self.incident(incident, of: conversation, in: workspace, rules: rules).conversation }
        return LoadedConversation(workspace: workspace, conversation: conversation, zone: zone)
    }

    /// The zone named by `--timezone`, else the prevailing zone of the conversation's authors, else UTC.
    public func displayZone(workspace: Workspace, conversation: Conversation?) throws(CLIError) -> TimeZone {
        if let timezone {
            guard let zone = TimeZone(identifier: timezone) else { throw CLIError("unknown time zone '\(timezone)'", code: .usage) }
            return zone
        }
        if let conversation, let name = workspace.prevailingTimeZone(in: conversation), let zone = TimeZone(identifier: name) {
            return zone
        }
        return TimeZone(identifier: "UTC")!
    }

    /// The `--from`/`--to` window as timestamps, local times read in `zone`.
    public func window(zone: TimeZone) throws(CLIError) -> (SlackTimestamp?, SlackTimestamp?) {
        func parse(_ text: String?, flag: String) throws(CLIError) -> SlackTimestamp? {
            guard let text else { return nil }
            guard let date = TimeParsing.instant(text, zone: zone) else {
                throw CLIError("\(flag) '\(text)' is not a time; use e.g. 2024-07-15T09:30, 2024-07-15T13:30:00Z or a ts", code: .usage)
            }
            return TimeParsing.timestamp(date)
        }
        let f = try parse(from, flag: "--from")
        let t = try parse(to, flag: "--to")
        if let f, let t, !(f < t) { throw CLIError("--from must be before --to", code: .usage) }
        return (f, t)
    }

    /// Prints the reader's warnings and counts to standard error, unless `--quiet`.
    public func reportWarnings(_ report: LoadReport) {
        guard !quiet else { return }
        let shown = report.warnings.prefix(20)
        for w in shown { Console.err("postmortem: warning: \(w)") }
        if report.warnings.count > shown.count {
            Console.err("postmortem: warning: … and \(report.warnings.count - shown.count) more warnings")
        }
        for line in report.summaryLines { Console.err("postmortem: note: \(line)") }
    }
}

/// One conversation read from an export, with its workspace and display zone.
public struct LoadedConversation: Sendable {
    /// The whole workspace (users, report).
    public var workspace: Workspace
    /// The chosen conversation, narrowed to the requested window.
    public var conversation: Conversation
    /// The zone to show times in.
    public var zone: TimeZone
}

/// Reads standard input whole, refusing more than `limit` bytes.
func readStandardInput(limit: Int) throws(CLIError) -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        if n < 0 {
            if errno == EINTR { continue }
            throw CLIError("-: cannot read standard input: \(String(cString: strerror(errno)))", code: .noInput)
        }
        if n == 0 { break }
        if bytes.count + n > limit { throw CLIError("-: standard input is larger than the per-file limit (raise it with --max-file-size)", code: .dataError) }
        bytes.append(contentsOf: buffer[0..<n])
    }
    if bytes.isEmpty { throw CLIError("-: standard input is empty", code: .noInput) }
    return bytes
}
