import Foundation
import IncidentAnalysis
import PostmortemTestSupport
import Testing

@testable import PostmortemCLI

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The outputs of `postmortem stats`: CSV and JSON shape, the table, the HTML page as XML, and
/// the command end to end. FoundationXML is not thread-safe on Linux, hence `.serialized`.
@Suite(.serialized) struct StatsOutputTests {
    let bySeverity = IncidentStatistics(records: HistoryFixtures.records, grouping: .severity)

    // MARK: - CSV, JSON, table

    @Test func csvHasOneRowPerGroupAndMetric() {
        let lines = StatsText.csv(bySeverity).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "group_by,group,incidents,open,metric,count,median_s,p90_s,min_s,max_s")
        // header + 5 metrics × (all, SEV1, SEV2) + the empty string after the final newline
        #expect(lines.count == 1 + 5 * 3 + 1)
        #expect(lines.last == "")
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 10 })
        #expect(lines[1] == "all,all,5,1,time_to_detect_s,3,120,264,60,300")
        #expect(lines[2] == "all,all,5,1,time_to_acknowledge_s,4,67.5,447,30,600")
        #expect(lines[5] == "all,all,5,1,time_to_resolve_s,4,2400,6120,900,7200")
        #expect(lines.contains("severity,SEV1,3,1,time_to_resolve_s,2,2400,3360,1200,3600"))
        #expect(lines.contains("severity,SEV2,2,0,time_to_detect_s,1,300,300,300,300"))
        #expect(lines.contains("severity,SEV1,3,1,time_to_identify_s,1,600,600,600,600"))
    }

    @Test func csvLeavesEmptyCellsForMetricsNobodyHad() {
        let records = HistoryFixtures.records.filter { $0.severity == "SEV2" }.map { r -> IncidentRecord in
            var r = r
            r.durations[.timeToIdentify] = nil
            return r
        }
        let csv = StatsText.csv(IncidentStatistics(records: records))
        #expect(csv.contains("all,all,2,0,time_to_identify_s,0,,,,\n"))
    }

    @Test func jsonShape() throws {
        let text = bySeverity.jsonNode().rendered()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["schema"] as? String == "postmortem.stats/v1")
        #expect(root["group_by"] as? String == "severity")
        #expect((root["percentile_method"] as? String)?.hasPrefix("linear interpolation between closest ranks") == true)
        let overall = try #require(root["overall"] as? [String: Any])
        #expect(overall["incidents"] as? Int == 5)
        #expect(overall["open"] as? Int == 1)
        let metrics = try #require(overall["metrics"] as? [String: [String: Any]])
        #expect(Set(metrics.keys) == ["time_to_detect_s", "time_to_acknowledge_s", "time_to_identify_s", "time_to_mitigate_s", "time_to_resolve_s"])
        let detect = try #require(metrics["time_to_detect_s"])
        #expect(detect["count"] as? Int == 3)
        #expect(detect["median"] as? Int == 120)
        #expect(detect["p90"] as? Int == 264)
        #expect(detect["min"] as? Int == 60)
        #expect(detect["max"] as? Int == 300)
        #expect((metrics["time_to_acknowledge_s"]?["median"] as? NSNumber)?.doubleValue == 67.5)
        let groups = try #require(root["groups"] as? [[String: Any]])
        #expect(groups.map { $0["key"] as? String } == ["SEV1", "SEV2"])
        let incidents = try #require(root["incidents"] as? [[String: Any]])
        #expect(incidents.count == 5)
        #expect(incidents.map { $0["open"] as? Bool } == [false, false, false, false, true])
        #expect(incidents[2]["month"] as? String == "2024-08")
        #expect(incidents[4]["resolved"] is NSNull)
        #expect(incidents[1]["time_to_identify_s"] is NSNull)
        #expect(incidents[0]["time_to_resolve_s"] as? Int == 1200)
    }

    @Test func tableShowsCountsAndHumanDurations() {
        let table = StatsText.table(bySeverity)
        #expect(table.hasPrefix("5 incident(s): 4 resolved, 1 open (open ones are counted but left out of the durations)\n"))
        #expect(table.contains("linear interpolation between closest ranks"))
        let rows = table.split(separator: "\n").map(String.init)
        let header = rows.first { $0.hasPrefix("SEVERITY") }
        #expect(header?.split(separator: " ").map(String.init) == ["SEVERITY", "INCIDENTS", "OPEN", "METRIC", "N", "MEDIAN", "P90", "MIN", "MAX"])
        // detect: median 120 s, p90 264 s, min 60 s, max 300 s
        #expect(rows.contains { $0.hasPrefix("all") && $0.contains("detect") && $0.contains("2 min") && $0.contains("4 min 24 s") && $0.contains("1 min") && $0.hasSuffix("5 min") })
        #expect(rows.contains { $0.hasPrefix("SEV1") && $0.contains(" 3 ") && $0.contains(" 1 ") })
    }

    // MARK: - HTML

    @Test func htmlPageIsWellFormedXHTMLWithCharts() {
        for grouping in [nil, IncidentStatistics.Grouping.month, .severity, .service, .tag] {
            let html = StatsPage.render(IncidentStatistics(records: HistoryFixtures.records, grouping: grouping), generator: "postmortem test")
            let (recorder, problems) = XMLInspector.inspect(html)
            #expect(problems.isEmpty, "\(String(describing: grouping)): \(problems.prefix(10))")
            #expect(recorder.elements.first == "html")
            #expect(recorder.elements.filter { $0 == "svg" }.count == 3, "distribution, incidents per month, median per month")
            #expect(!recorder.elements.contains { ["script", "iframe", "object", "embed", "img", "link", "foreignObject"].contains($0) })
            #expect(!recorder.attributeNames.contains { $0.hasPrefix("on") || $0 == "style" || $0 == "href" || $0 == "src" })
        }
    }

    @Test func hostileTextIsEscapedAndThePageStillParses() {
        var records = HistoryFixtures.records
        records[0].title = "<script>alert('t')</script> & ]]> \u{0}\u{7}\u{1B}[31m\u{85}"
        records[0].severity = "SEV1\" onclick=\"alert(1)"
        records[0].services = ["<b>svc</b>", "javascript:alert(1)"]
        records[0].tags = ["a&b", "<!--"]
        records[1].source = "/tmp/<x>.json"
        for grouping in IncidentStatistics.Grouping.allCases {
            let html = StatsPage.render(IncidentStatistics(records: records, grouping: grouping), generator: "postmortem <test>")
            let (recorder, problems) = XMLInspector.inspect(html)
            #expect(problems.isEmpty, "\(grouping): \(problems.prefix(10))")
            #expect(!html.lowercased().contains("<script"))
            #expect(!recorder.attributeNames.contains { $0.hasPrefix("on") })
            #expect(html.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; ]]&gt;"))
            #expect(!html.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) })
        }
    }

    @Test func htmlWithoutDetectionsOrResolvedIncidentsSaysSo() {
        let open = HistoryFixtures.records.filter(\.isOpen)
        let html = StatsPage.render(IncidentStatistics(records: open), generator: "t")
        #expect(XMLInspector.inspect(html).1.isEmpty)
        #expect(html.contains("No resolved incident has these durations."))
    }

    // MARK: - The command

    @Test func statsCommandReadsFoldersOfAnalyses() throws {
        let folder = try HistoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try CLIRunner.run(["stats", folder.path, "--by", "severity", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout == StatsText.csv(IncidentStatistics(records: HistoryFixtures.records, grouping: .severity)))

        let json = try CLIRunner.run(["stats", folder.path, "--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let sources = (root["incidents"] as? [[String: Any]])?.compactMap { $0["source"] as? String } ?? []
        // Path order: the three at the top, then nested/D.json and nested/E.json; settings.json is not an analysis.
        #expect(sources.map { ($0 as NSString).lastPathComponent } == ["A.json", "B.json", "C.json", "D.json", "E.json"])

        // Files named one by one give the same figures as their folder.
        let files = ["A.json", "B.json", "C.json", "nested/D.json", "nested/E.json"].map { folder.appendingPathComponent($0).path }
        let table = try CLIRunner.run(["stats"] + files)
        #expect(table.status == 0)
        #expect(table.stdout == StatsText.table(IncidentStatistics(records: HistoryFixtures.records.map { r in
            var r = r
            r.source = files.first { $0.hasSuffix("/" + r.source) } ?? r.source
            return r
        })))
    }

    @Test func statsCommandWritesHTMLAtomicallyAndRefusesToOverwrite() throws {
        let folder = try HistoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("stats.html").path
        let first = try CLIRunner.run(["stats", folder.path, "-o", out])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.isEmpty)
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(XMLInspector.inspect(html).1.isEmpty)
        let again = try CLIRunner.run(["stats", folder.path, "-o", out])
        #expect(again.status == 73)
        #expect(again.stderr.contains("already exists; use --force"))
        let forced = try CLIRunner.run(["stats", folder.path, "-o", out, "--force", "--format", "csv"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("group_by,"))
        // No temporary files are left beside it.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func statsCommandFailures() throws {
        let missing = try CLIRunner.run(["stats", "/nonexistent/history"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "postmortem: error: /nonexistent/history: no such file or folder\n")

        let folder = try HistoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("future.json")
        try "{\"schema\": \"postmortem.analysis/v9\"}".write(to: bad, atomically: false, encoding: .utf8)
        let result = try CLIRunner.run(["stats", folder.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("future.json: schema \"postmortem.analysis/v9\" is not supported"))

        let usage = try CLIRunner.run(["stats", folder.path, "--by", "weekday"])
        #expect(usage.status == 64)
    }

    @Test func statsCommandAnalysesExportsOnTheFly() throws {
        let export = TestPaths.sampleExports.appendingPathComponent("incidents-channel/export").path
        let split = try CLIRunner.run(["stats", export, "--split", "--format", "json", "-q"])
        #expect(split.status == 0, "\(split.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(split.stdout.utf8)) as? [String: Any])
        let overall = try #require(root["overall"] as? [String: Any])
        #expect(overall["incidents"] as? Int == 4)
        #expect(overall["open"] as? Int == 1)
        let sources = (root["incidents"] as? [[String: Any]])?.compactMap { $0["source"] as? String } ?? []
        #expect(sources.map { $0.hasSuffix("#incidents/incident-\(sources.firstIndex(of: $0)! + 1)") } == [true, true, true, true])

        let whole = try CLIRunner.run(["stats", export, "--format", "json", "-q"])
        let wholeRoot = try #require(try JSONSerialization.jsonObject(with: Data(whole.stdout.utf8)) as? [String: Any])
        #expect((wholeRoot["overall"] as? [String: Any])?["incidents"] as? Int == 1, "one incident per channel without --split")
    }

    @Test func sampleHistoryHasTwentyIncidentsOneOpen() throws {
        let history = TestPaths.sampleExports.appendingPathComponent("history").path
        let result = try CLIRunner.run(["stats", history, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let overall = try #require(root["overall"] as? [String: Any])
        #expect(overall["incidents"] as? Int == 20)
        #expect(overall["open"] as? Int == 1)
    }
}
