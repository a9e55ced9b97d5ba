import ArgumentParser
import Foundation
import IncidentAnalysis
import SlackExport

extension PostmortemCommand {
    /// Prints one row of metrics per incident, for spreadsheets and retrospectives.
    struct Metrics: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "metrics",
            abstract: "Print the incident's metrics (seconds) as CSV or JSON, one row per incident.",
            discussion: """
                Columns: channel, title, severity, status, the milestones' UTC times, then time_to_detect_s, \
                time_to_acknowledge_s, time_to_identify_s, time_to_mitigate_s, time_to_resolve_s, \
                impact_duration_s and the counts. Empty cells mean the milestone was not reached.

                Example:
                  postmortem metrics SampleExports/dashboard-outage/export.zip --format csv >> incidents.csv
                """
        )

        @OptionGroup var export: ExportOptions
        @OptionGroup var analysis: AnalysisOptions

        @Option(help: "Output format: csv or json.")
        var format: Format = .csv

        @Flag(name: .customLong("no-header"), help: "Leave out the CSV header line (for appending).")
        var noHeader = false

        enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

        func run() throws {
            try reportingFailures {
                let (result, _) = try analysis.analyze(export)
                let row = Self.row(result)
                switch format {
                case .csv:
                    var out = noHeader ? "" : row.map { CSV.field($0.0) }.joined(separator: ",") + "\n"
                    out += row.map { CSV.field($0.1) }.joined(separator: ",") + "\n"
                    try Console.out(out)
                case .json:
                    try Console.out(JSONNode.object(row.map { ($0.0, $0.1.isEmpty ? .null : (Int($0.1).map { .int($0) } ?? .string($0.1))) }).rendered())
                }
                Console.exitAfterSuccess()
            }
        }

        static func row(_ a: Analysis) -> [(String, String)] {
            func t(_ k: MilestoneKind) -> String { a.milestones[k].map { TimeFormatter.isoUTC($0.time) } ?? "" }
            func n(_ v: Int?) -> String { v.map(String.init) ?? "" }
            let m = a.metrics
            return [
                ("channel", a.channel.name), ("title", a.header.title), ("severity", a.header.severity ?? ""), ("status", a.header.status),
                ("impact_start", t(.impactStart)), ("detected", t(.detected)), ("acknowledged", t(.acknowledged)),
                ("escalated", t(.escalated)), ("root_cause_identified", t(.rootCauseIdentified)), ("mitigated", t(.mitigated)),
                ("resolved", t(.resolved)),
                ("time_to_detect_s", n(m.timeToDetect)), ("time_to_acknowledge_s", n(m.timeToAcknowledge)),
                ("time_to_identify_s", n(m.timeToIdentify)), ("time_to_mitigate_s", n(m.timeToMitigate)),
                ("time_to_resolve_s", n(m.timeToResolve)), ("impact_duration_s", n(m.impactDuration)),
                ("messages", n(m.messageCount)), ("participants", n(m.participantCount)),
                ("hypotheses_raised", n(m.hypothesesRaised)), ("hypotheses_ruled_out", n(m.hypothesesRuledOut)),
                ("escalations", n(m.escalationCount)), ("longest_silence_s", n(m.longestSilence)),
                ("time_on_ruled_out_hypotheses_s", n(m.timeOnRuledOutHypotheses)),
            ]
        }
    }
}

/// RFC 4180 fields: quoted when they hold a comma, quote or line break; formula-like text defused.
enum CSV {
    static func field(_ s: String) -> String {
        var v = s
        // A cell starting with = + - @ runs as a formula in spreadsheets; a leading quote keeps it text.
        if let f = v.first, "=+-@".contains(f), Int(v) == nil { v = "'" + v }
        if v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }
}
