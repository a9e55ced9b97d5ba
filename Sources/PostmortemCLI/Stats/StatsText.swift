import Foundation
import IncidentAnalysis

/// The terminal table and CSV of `postmortem stats`.
enum StatsText {
    /// The table: one block of five metric rows for all incidents, then one per group.
    static func table(_ stats: IncidentStatistics) -> String {
        let resolved = stats.overall.incidents - stats.overall.open
        var out = "\(stats.overall.incidents) incident(s): \(resolved) resolved, \(stats.overall.open) open "
        out += "(open ones are counted but left out of the durations)\n"
        out += "median and p90 by \(Percentile.methodDescription)\n\n"
        var rows = [[stats.grouping?.rawValue.uppercased() ?? "GROUP", "INCIDENTS", "OPEN", "METRIC", "N", "MEDIAN", "P90", "MIN", "MAX"]]
        let blocks = [stats.overall] + stats.groups
        var separators: Set<Int> = []
        for (b, group) in blocks.enumerated() {
            if b > 0 { separators.insert(rows.count) }
            for (i, (metric, s)) in group.summaries.enumerated() {
                rows.append([
                    i == 0 ? group.key : "", i == 0 ? String(group.incidents) : "", i == 0 ? String(group.open) : "",
                    metric.shortLabel, String(s.count), IncidentStatistics.humanDuration(s.median),
                    IncidentStatistics.humanDuration(s.p90), IncidentStatistics.humanDuration(s.min.map(Double.init)),
                    IncidentStatistics.humanDuration(s.max.map(Double.init)),
                ])
            }
        }
        let rightAligned: Set<Int> = [1, 2, 4]
        let widths = (0..<rows[0].count).map { col in rows.map { $0[col].count }.max() ?? 0 }
        for (r, row) in rows.enumerated() {
            if separators.contains(r) { out += "\n" }
            let cells = row.enumerated().map { col, cell in
                let pad = String(repeating: " ", count: widths[col] - cell.count)
                return rightAligned.contains(col) ? pad + cell : cell + pad
            }
            out += cells.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        return out
    }

    /// CSV: one row per group and metric; the overall group is `all,all`. Seconds, with up to two
    /// decimals where a median or percentile falls between two values.
    static func csv(_ stats: IncidentStatistics) -> String {
        var out = "group_by,group,incidents,open,metric,count,median_s,p90_s,min_s,max_s\n"
        let blocks = [("all", stats.overall)] + stats.groups.map { (stats.grouping?.rawValue ?? "", $0) }
        for (by, group) in blocks {
            for (metric, s) in group.summaries {
                let cells = [
                    by, group.key, String(group.incidents), String(group.open), metric.jsonKey, String(s.count),
                    number(s.median), number(s.p90), s.min.map(String.init) ?? "", s.max.map(String.init) ?? "",
                ]
                out += cells.map(CSV.field).joined(separator: ",") + "\n"
            }
        }
        return out
    }

    /// `120`, `264.5`, `90.25`; empty for none.
    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var s = String(format: "%.2f", value)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
