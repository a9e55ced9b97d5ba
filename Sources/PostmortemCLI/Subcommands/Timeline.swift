import ArgumentParser
import Foundation
import IncidentAnalysis
import SlackExport

extension PostmortemCommand {
    /// Prints the key-event timeline for a terminal.
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeline",
            abstract: "Print the key-event timeline: local times, who, what kind, and the text cut to the terminal's width.",
            discussion: """
                Colour on a terminal; none when piped or when NO_COLOR is set. Milestones are marked.

                Example:
                  postmortem timeline SampleExports/dashboard-outage/export.zip
                  postmortem timeline export.zip --channel inc-42 --all | less -R
                """
        )

        @OptionGroup var export: ExportOptions
        @OptionGroup var analysis: AnalysisOptions

        @Flag(help: "Show every message, not only key events.")
        var all = false

        @Option(help: ArgumentHelp("Line width (default: the terminal's, else 100).", valueName: "columns"))
        var width: Int?

        func run() throws {
            try reportingFailures {
                let (result, loaded) = try analysis.analyze(export)
                let color = Console.stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
                let columns = width ?? Self.terminalWidth() ?? 100
                try Console.out(Self.render(result, loaded: loaded, all: all, color: color, width: max(40, columns)))
            }
        }

        static func terminalWidth() -> Int? {
            if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c > 0 { return c }
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
            return nil
        }

        static func render(_ a: Analysis, loaded: LoadedConversation, all: Bool, color: Bool, width: Int) -> String {
            let f = TimeFormatter(zone: loaded.zone)
            func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
            var out = paint("#\(a.channel.name) — \(a.header.title)", "1") + "\n"
            if let first = loaded.conversation.messages.first {
                out += "times in \(loaded.zone.displayName) (\(f.zoneAbbreviation(first.ts.date)))\n"
            }
            let events: [(SlackTimestamp, String, [String], [MilestoneKind], String)]
            if all {
                let byTS = Dictionary(a.timeline.map { ($0.ts.raw, $0) }, uniquingKeysWith: { x, _ in x })
                events = loaded.conversation.messages.map { m in
                    let e = byTS[m.ts.raw]
                    return (m.ts, loaded.workspace.authorName(of: m), e?.kinds.map(\.rawValue) ?? [m.kind == .standard ? "" : m.kind.name],
                            e?.milestones ?? [], m.text.plainText(names: loaded.workspace.names))
                }
            } else {
                events = a.timeline.map { ($0.ts, $0.name, $0.kinds.map(\.rawValue), $0.milestones, $0.text) }
            }
            var lastDay = ""
            for (ts, name, kinds, marks, text) in events {
                let day = f.day(ts.date)
                if day != lastDay {
                    out += paint("── \(f.longDay(ts.date))", "2") + "\n"
                    lastDay = day
                }
                let kind = kinds.filter { !$0.isEmpty }.prefix(2).joined(separator: ",")
                var line = "\(f.clock(ts.date))  \(name.padding(toLength: 14, withPad: " ", startingAt: 0))  \(kind.padding(toLength: 22, withPad: " ", startingAt: 0))  "
                let flat = text.replacingOccurrences(of: "\n", with: " ")
                let room = max(10, width - line.count)
                line += flat.count > room ? String(flat.prefix(room - 1)) + "…" : flat
                if !marks.isEmpty {
                    out += paint("        ▶ " + marks.map { $0.rawValue.uppercased() }.joined(separator: ", "), "1;33") + "\n"
                }
                let code = kinds.contains("escalation") ? "35" : kinds.contains("hypothesis") ? "36" : kinds.contains("mitigation") || kinds.contains("resolution") ? "32" : kinds.contains("alert") ? "31" : "0"
                out += (code == "0" ? line : paint(line, code)) + "\n"
            }
            return out
        }
    }

    /// Prints the built-in analysis rules, to start a team's own file.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "Print the built-in analysis rules (YAML): bots, pin emoji, phrase lists and weights.",
            discussion: """
                Save them, edit, and pass the file with --rules (it extends the built-in lists; add \
                --replace-rules to use it alone).

                Example:
                  postmortem rules > team-rules.yml
                  postmortem analyze export.zip --rules team-rules.yml
                """
        )

        func run() throws {
            try reportingFailures { try Console.out(RuleSet.builtInText) }
        }
    }
}
