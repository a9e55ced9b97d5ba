import ArgumentParser
import Foundation
import IncidentAnalysis
import SlackExport

extension PostmortemCommand {
    /// Scores the analysis against labelled incidents.
    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate",
            abstract: "Score the analysis against labelled incidents (truth.json beside each export).",
            discussion: """
                DIR is one labelled case (a folder with truth.json and export/ or export.zip) or a folder \
                of such cases. Per milestone the table shows "=" when the labelled message was found, \
                else the time error (or "miss" / "extra"); per item kind, precision and recall of the \
                labelled messages. An impact start labelled "outside" is given to the analysis, as a \
                user would with --impact-start.

                Example:
                  postmortem evaluate Tests/LabelledCases
                  postmortem evaluate SampleExports --format json
                """
        )

        @Argument(help: ArgumentHelp("A labelled case, or a folder of them.", valueName: "dir"))
        var directories: [String]

        @Option(help: ArgumentHelp("A rules file (YAML) that extends the built-in rules.", valueName: "file"))
        var rules: String?

        @Option(help: "Output format: table or json.")
        var format: Format = .table

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

        func run() throws {
            try reportingFailures {
                let ruleSet = try RulesOptions.ruleSet(file: rules)
                var cases: [URL] = []
                for dir in directories { cases += try Self.findCases(URL(fileURLWithPath: dir)) }
                if cases.isEmpty { throw EvaluationError.noCases(directories.joined(separator: ", ")) }
                // Cases are scored on all cores, one to a task; the results keep the cases' order.
                let results: [Result<Scorecard, CLIError>] = ParallelMap.map(cases, chunk: 1) { _, url in
                    do { return .success(try Self.evaluate(url, rules: ruleSet)) } catch { return .failure(CLIError.from(error)) }
                }
                // One unreadable case is reported and the others still scored; the run then fails.
                var cards: [Scorecard] = []
                var failures: [CLIError] = []
                for (url, result) in zip(cases, results) {
                    switch result {
                    case .success(let card): cards.append(card)
                    case .failure(let failure):
                        Console.err("postmortem: error: \(url.lastPathComponent): \(failure.message)")
                        failures.append(failure)
                    }
                }
                if !cards.isEmpty {
                    switch format {
                    case .table: try Console.out(Self.table(cards))
                    case .json: try Console.out(Self.json(cards).rendered())
                    }
                }
                if let first = failures.first {
                    throw CLIError("\(failures.count) of \(cases.count) case(s) could not be evaluated; first: \(first.message)", code: first.code)
                }
            }
        }

        static func findCases(_ url: URL) throws -> [URL] {
            let fm = FileManager.default
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue else {
                throw CLIError("\(url.path): no such folder", code: .noInput)
            }
            if fm.fileExists(atPath: url.appendingPathComponent("truth.json").path) { return [url] }
            let children = (try? fm.contentsOfDirectory(atPath: url.path)) ?? []
            return children.sorted().map { url.appendingPathComponent($0) }.filter {
                fm.fileExists(atPath: $0.appendingPathComponent("truth.json").path)
            }
        }

        static func evaluate(_ caseURL: URL, rules: RuleSet) throws -> Scorecard {
            let truth = try LabelledIncident.load(caseURL.appendingPathComponent("truth.json"))
            let folder = caseURL.appendingPathComponent("export")
            let zip = caseURL.appendingPathComponent("export.zip")
            let exportPath = FileManager.default.fileExists(atPath: folder.path) ? folder.path : zip.path
            let workspace = try ExportReader().read(exportPath, selecting: .all)
            // A channel renamed since it was labelled: then the export's only conversation will do.
            let conversation = try (try? workspace.conversation(named: truth.channel)) ?? workspace.conversation(named: nil)
            let zone = truth.timezone.flatMap(TimeZone.init(identifier:))
                ?? workspace.prevailingTimeZone(in: conversation).flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
            var corrections = Corrections()
            if let start = truth.impactStart, start.source == "outside" {
                corrections.milestones = [MilestoneKind.impactStart.rawValue: start.time]
            }
            let analysis = IncidentAnalyzer(rules: rules, corrections: corrections).analyze(conversation, in: workspace, zone: zone)
            return Scorecard.score(analysis, against: truth, caseID: truth.caseID ?? caseURL.lastPathComponent)
        }

        static let milestoneColumns: [(MilestoneKind, String)] = [
            (.impactStart, "IMPACT"), (.detected, "DETECT"), (.acknowledged, "ACK"), (.rootCauseIdentified, "CAUSE"),
            (.mitigated, "MITIG"), (.resolved, "RESOLV"),
        ]

        static func cell(_ s: Scorecard.MilestoneScore) -> String {
            switch (s.expected, s.found) {
            case (false, false): return "-"
            case (true, false): return "miss"
            case (false, true): return "extra"
            case (true, true):
                if s.sameMessage { return "=" }
                return Self.duration(s.errorSeconds ?? 0)
            }
        }

        static func duration(_ seconds: Int) -> String {
            if seconds < 60 { return "\(seconds)s" }
            if seconds < 3600 { return "\(seconds / 60)m" }
            return String(format: "%.1fh", Double(seconds) / 3600)
        }

        static func pr(_ m: Scorecard.Matches) -> String {
            func pct(_ v: Double?) -> String { v.map { String(Int(($0 * 100).rounded())) } ?? "-" }
            return "\(pct(m.precision))/\(pct(m.recall))"
        }

        static func table(_ cards: [Scorecard]) -> String {
            var rows: [[String]] = [["CASE"] + milestoneColumns.map(\.1) + ["HYP P/R", "OUTCOME P/R", "ESC P/R", "ACTION P/R"]]
            for c in cards {
                let cells = milestoneColumns.map { col in cell(c.milestones.first { $0.kind == col.0 }!) }
                rows.append([c.caseID] + cells + [pr(c.hypotheses), pr(c.outcomes), pr(c.escalations), pr(c.actionItems)])
            }
            let total = Scorecard.total(cards)
            var summary: [String] = ["ALL (\(cards.count))"]
            for col in milestoneColumns {
                let scores = cards.compactMap { $0.milestones.first { $0.kind == col.0 } }.filter { $0.expected }
                let exact = scores.filter(\.sameMessage).count
                let within = scores.filter { ($0.errorSeconds ?? Int.max) <= 300 }.count
                summary.append(scores.isEmpty ? "-" : "\(max(exact, within))/\(scores.count)")
            }
            summary += [pr(total.hypotheses), pr(total.outcomes), pr(total.escalations), pr(total.actionItems)]
            rows.append(summary)
            let widths = (0..<rows[0].count).map { i in rows.map { $0[i].count }.max() ?? 0 }
            var out = rows.map { r in
                r.enumerated().map { i, s in i == r.count - 1 ? s : s.padding(toLength: widths[i], withPad: " ", startingAt: 0) }.joined(separator: "  ")
            }.joined(separator: "\n")
            out += "\n\nMilestones: \"=\" the labelled message, else the time error; ALL row: cases within 5 minutes / cases labelled.\n"
            out += "Items: precision/recall in percent over labelled messages (ts).\n"
            return out
        }

        static func json(_ cards: [Scorecard]) -> JSONNode {
            func matches(_ m: Scorecard.Matches) -> JSONNode {
                .object([
                    ("true_positives", .int(m.truePositives)), ("expected", .int(m.expected)), ("found", .int(m.found)),
                    ("precision", m.precision.map { .double($0) } ?? .null), ("recall", m.recall.map { .double($0) } ?? .null),
                ])
            }
            let total = Scorecard.total(cards)
            return .object([
                ("cases", .array(cards.map { c in
                    .object([
                        ("case", .string(c.caseID)),
                        ("milestones", .object(c.milestones.map { m in
                            (m.kind.rawValue, .object([
                                ("expected", .bool(m.expected)), ("found", .bool(m.found)), ("error_s", .int(m.errorSeconds)),
                                ("same_message", .bool(m.sameMessage)),
                            ]))
                        })),
                        ("hypotheses", matches(c.hypotheses)), ("outcomes", matches(c.outcomes)),
                        ("escalations", matches(c.escalations)), ("action_items", matches(c.actionItems)),
                    ])
                })),
                ("total", .object([
                    ("hypotheses", matches(total.hypotheses)), ("outcomes", matches(total.outcomes)),
                    ("escalations", matches(total.escalations)), ("action_items", matches(total.actionItems)),
                ])),
            ])
        }
    }
}
