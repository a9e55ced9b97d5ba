import Foundation
import PostmortemTestSupport
import Testing

/// `postmortem incidents` and `--incident N` on the other commands, run as a user runs them.
@Suite struct IncidentScopeCommandTests {
    static let export = TestPaths.sampleExports.appendingPathComponent("incidents-channel/export").path
    /// The incidents' first and last messages, as the sample's NOTES.md lists them.
    static let starts = ["1725973924.771861", "1726153407.278473", "1726454833.312716", "1726682529.949400"]
    static let ends = ["1725975670.066121", "1726155605.959496", "1726494495.648475", "1726683482.471516"]

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func incidentsTableListsTheSplit() throws {
        let result = try CLIRunner.run(["incidents", Self.export, "--channel", "incidents"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 6, "\(result.stdout)")
        #expect(Array(lines[0].split(separator: " ").prefix(4).map(String.init)) == ["#", "START", "END", "MESSAGES"])
        #expect(lines[1].hasPrefix("1  2024-09-10 08:12  2024-09-10 08:41        12  alert"))
        #expect(lines[3].contains("2024-09-15 21:47  2024-09-16 08:48        14  alert"))
        #expect(lines[4].contains("no      [FIRING:1] DiskUsageHigh"))
        #expect(lines[5] == "4 incident(s) in #incidents: 44 of 58 message(s); the other 14 are chatter. Times in America/Chicago (CDT).")
    }

    @Test func incidentsJSONCarriesEveryField() throws {
        let result = try CLIRunner.run(["incidents", Self.export, "--channel", "incidents", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try Self.json(result.stdout) as? [[String: Any]])
        #expect(rows.map { $0["number"] as? Int } == [1, 2, 3, 4])
        #expect(rows.map { $0["messages"] as? Int } == [12, 12, 14, 6])
        #expect(rows.map { $0["start_ts"] as? String } == Self.starts)
        #expect(rows.map { $0["end_ts"] as? String } == Self.ends)
        #expect(rows.map { $0["opened_by"] as? String } == ["alert", "report", "alert", "alert"])
        #expect(rows.map { $0["closed"] as? Bool } == [true, true, true, false])
        #expect(rows.first?["start"] as? String == "2024-09-10T13:12:04Z")
        #expect(rows.last?["closed_ts"] is NSNull)
        #expect(Set(rows.first?.keys.map { $0 } ?? []) == ["number", "start", "end", "start_ts", "end_ts", "title", "opened_by", "closed", "closed_ts", "messages"])
    }

    @Test(arguments: 1...4)
    func analyzeIsScopedToIncident(number: Int) throws {
        let result = try CLIRunner.run(["analyze", Self.export, "--channel", "incidents", "--incident", String(number), "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        let analysis = try #require(try Self.json(result.stdout) as? [String: Any])
        let milestones = try #require(analysis["milestones"] as? [String: Any])
        let detected = try #require(milestones["detected"] as? [String: Any])
        // Each incident is detected by the message that opened it.
        #expect(detected["ts"] as? String == Self.starts[number - 1])
        // Nothing outside the incident reaches the analysis.
        let timeline = try #require(analysis["timeline"] as? [[String: Any]])
        for event in timeline {
            let ts = try #require(event["ts"] as? String)
            #expect(Double(ts)! >= Double(Self.starts[number - 1])! && Double(ts)! <= Double(Self.ends[number - 1])!, "\(ts) outside incident \(number)")
        }
        let resolved = milestones["resolved"]
        #expect((resolved is NSNull) == (number == 4), "only incident 4 is still open")
    }

    @Test func metricsTimelineExplainAndReportTakeIncident() throws {
        let metrics = try CLIRunner.run(["metrics", Self.export, "--incident", "3", "--no-header", "-q"])
        #expect(metrics.status == 0, "\(metrics.stderr)")
        #expect(metrics.stdout.contains(",2024-09-16T02:47:13Z,"), "detected at the PagerDuty alert: \(metrics.stdout)")
        #expect(metrics.stdout.split(separator: "\n").count == 1)

        let timeline = try CLIRunner.run(["timeline", Self.export, "--incident", "2", "--all", "-q", "--width", "200"])
        #expect(timeline.status == 0, "\(timeline.stderr)")
        #expect(timeline.stdout.contains("label printing is failing"))
        #expect(!timeline.stdout.contains("TrackingApi5xxRate"))
        #expect(!timeline.stdout.contains("pg 16 upgrade plan"))

        let explain = try CLIRunner.run(["explain", Self.export, "--incident", "4", "-q"])
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(explain.stdout.contains("DiskUsageHigh"))
        #expect(!explain.stdout.contains("tacos"))

        let report = try CLIRunner.run(["report", Self.export, "--incident", "1", "-q"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("TrackingApi5xxRate"))
        #expect(!report.stdout.contains("DiskUsageHigh"))
    }

    @Test func incidentOutOfRangeIsAUsageErrorNamingHowManyThereAre() throws {
        for command in ["analyze", "metrics", "timeline", "report", "incidents"] {
            let result = try CLIRunner.run([command, Self.export, "--channel", "incidents", "--incident", "5"])
            #expect(result.status == 64, "\(command): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "postmortem: error: --incident 5: #incidents holds 4 incidents (--incident 1 to 4); list them with `postmortem incidents`\n", "\(command)")
        }
        let zero = try CLIRunner.run(["analyze", Self.export, "--incident", "0"])
        #expect(zero.status == 64)
        #expect(zero.stderr.contains("--incident must be 1 or more"))
    }

    @Test func windowIsCutBeforeTheSplit() throws {
        // 12 to 17 September in the channel's zone (America/Chicago): incidents 2 and 3 only.
        let result = try CLIRunner.run(["incidents", Self.export, "--from", "2024-09-12", "--to", "2024-09-17", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try Self.json(result.stdout) as? [[String: Any]])
        #expect(rows.map { $0["start_ts"] as? String } == [Self.starts[1], Self.starts[2]])
        #expect(rows.map { $0["number"] as? Int } == [1, 2])
        let scoped = try CLIRunner.run(["analyze", Self.export, "--from", "2024-09-12", "--to", "2024-09-17", "--incident", "2", "-q"])
        let analysis = try #require(try Self.json(scoped.stdout) as? [String: Any])
        let detected = (analysis["milestones"] as? [String: Any])?["detected"] as? [String: Any]
        #expect(detected?["ts"] as? String == Self.starts[2])
    }
}
