import Foundation
import IncidentAnalysis

/// A small fixed history whose figures are worked out by hand in the tests.
///
/// | incident | severity | services | tags             | detected (UTC)   | detect | ack | identify | mitigate | resolve |
/// |----------|----------|----------|------------------|------------------|--------|-----|----------|----------|---------|
/// | A        | SEV1     | api      | deploy           | 2024-07-03 10:00 | 60     | 30  | 600      | 900      | 1200    |
/// | B        | SEV1     | api, db  | deploy, database | 2024-07-20 08:00 | 120    | 90  | -        | 1800     | 3600    |
/// | C        | SEV2     | db       | database         | 2024-08-01 02:30 | 300    | 45  | 1500     | 2400     | 7200    |
/// | D        | SEV2     | -        | -                | 2024-08-15 12:00 | -      | 600 | 300      | 600      | 900     |
/// | E (open) | SEV1     | api      | deploy           | 2024-08-20 09:00 | 30     | 20  | -        | 100      | -       |
///
/// C was detected on 31 July in America/Chicago but on 1 August in UTC, which the month uses.
enum HistoryFixtures {
    static func date(_ iso: String) -> Date {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.date(from: iso)!
    }

    static func record(
        _ name: String, severity: String?, services: [String], tags: [String], detected: String, open: Bool = false,
        _ values: [Int?]
    ) -> IncidentRecord {
        var durations: [DurationMetric: Int] = [:]
        for (metric, value) in zip(DurationMetric.allCases, values) { durations[metric] = value }
        let detectedDate = date(detected)
        let resolved = open ? nil : values[4].map { detectedDate.addingTimeInterval(TimeInterval($0)) }
        return IncidentRecord(
            source: "\(name).json", title: "Incident \(name)", channel: "inc-\(name.lowercased())", severity: severity,
            services: services, tags: tags, detected: detectedDate, resolved: resolved, durations: durations)
    }

    static let records: [IncidentRecord] = [
        record("A", severity: "SEV1", services: ["api"], tags: ["deploy"], detected: "2024-07-03T10:00:00Z", [60, 30, 600, 900, 1200]),
        record("B", severity: "SEV1", services: ["api", "db"], tags: ["deploy", "database"], detected: "2024-07-20T08:00:00Z", [120, 90, nil, 1800, 3600]),
        record("C", severity: "SEV2", services: ["db"], tags: ["database"], detected: "2024-08-01T02:30:00Z", [300, 45, 1500, 2400, 7200]),
        record("D", severity: "SEV2", services: [], tags: [], detected: "2024-08-15T12:00:00Z", [nil, 600, 300, 600, 900]),
        record("E", severity: "SEV1", services: ["api"], tags: ["deploy"], detected: "2024-08-20T09:00:00Z", open: true, [30, 20, nil, 100, nil]),
    ]

    /// A minimal `postmortem.analysis/v1` document with what statistics read.
    static func analysisDocument(_ r: IncidentRecord) -> String {
        func milestone(_ d: Date?) -> String {
            guard let d else { return "null" }
            let f = ISO8601DateFormatter()
            f.formatOptions = [.withInternetDateTime]
            return "{\"time\": \"\(f.string(from: d))\", \"ts\": null, \"source\": \"override\", \"confidence\": 1, \"evidence\": \"\"}"
        }
        func string(_ s: String?) -> String {
            JSONNode.string(s).rendered().trimmingCharacters(in: .newlines)
        }
        let metrics = DurationMetric.allCases.map { "\"\($0.jsonKey)\": \(r.durations[$0].map(String.init) ?? "null")" }.joined(separator: ", ")
        return """
            {
              "schema": "postmortem.analysis/v1",
              "channel": {"id": "C1", "name": \(string(r.channel))},
              "timezone": "UTC",
              "title": \(string(r.title)),
              "severity": \(string(r.severity)),
              "status": "\(r.isOpen ? "ongoing" : "resolved")",
              "services": [\(r.services.map { string($0) }.joined(separator: ", "))],
              "tags": [\(r.tags.map { string($0) }.joined(separator: ", "))],
              "milestones": {"impact_start": null, "detected": \(milestone(r.detected)), "acknowledged": null, "escalated": null,
                             "root_cause_identified": null, "mitigated": null, "resolved": \(milestone(r.resolved))},
              "metrics": {\(metrics), "impact_duration_s": null, "messages": 3, "participants": 2, "hypotheses_raised": 0,
                          "hypotheses_ruled_out": 0, "escalations": 0, "longest_silence_s": null, "longest_silence_after_ts": null,
                          "time_on_ruled_out_hypotheses_s": 0},
              "timeline": [], "escalations": [], "hypotheses": [], "action_items": [], "participants": [], "warnings": []
            }

            """
    }

    /// A temporary folder holding the fixture's analyses (named `A.json` …), a README and a JSON
    /// file that is not an analysis.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postmortem-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("nested"), withIntermediateDirectories: true)
        for (i, r) in records.enumerated() {
            let sub = i < 3 ? folder : folder.appendingPathComponent("nested")
            let name = r.source
            try analysisDocument(r).write(to: sub.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        try "# history\n".write(to: folder.appendingPathComponent("README.md"), atomically: false, encoding: .utf8)
        try "{\"not\": \"an analysis\"}\n".write(to: folder.appendingPathComponent("settings.json"), atomically: false, encoding: .utf8)
        return folder
    }
}
