import Foundation
import IncidentAnalysis

/// The HTML page of `postmortem stats`: one self-contained XHTML document with inline CSS and
/// inline SVG charts (distribution per metric, trend per month); no scripts, nothing fetched.
///
/// Every piece of text from the analyses (titles, severities, services, tags, paths) is escaped,
/// and characters XML cannot carry are replaced, so the page parses as XML whatever the input held.
enum StatsPage {
    /// Colours of the five metrics, in ``DurationMetric`` order; readable on light and dark.
    static let colors = ["#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1"]

    static func render(_ stats: IncidentStatistics, generator: String) -> String {
        var body = ""
        let resolved = stats.overall.incidents - stats.overall.open
        body += "<header>\n<h1>Incident statistics</h1>\n"
        var lede = "\(stats.overall.incidents) incidents: \(resolved) resolved, \(stats.overall.open) open."
        let months = stats.records.compactMap(\.month).sorted()
        if let first = months.first, let last = months.last {
            lede += first == last ? " Detected in \(first) (UTC)." : " Detected from \(first) to \(last) (UTC)."
        }
        lede += " Open incidents are counted but left out of every duration."
        body += "<p class=\"lede\">\(escape(lede))</p>\n</header>\n"

        body += "<section>\n<h2>All incidents</h2>\n" + summaryTable(stats.overall) + "</section>\n"
        body += "<section>\n<h2>Distribution per metric</h2>\n"
        body += "<p class=\"note\">Each dot is one resolved incident; the solid mark is the median, the dashed one the 90th percentile. "
        body += "The scale is logarithmic above a minute, so a day-long incident does not hide the rest.</p>\n"
        body += distributionChart(stats) + "</section>\n"
        body += "<section>\n<h2>Trend per month</h2>\n"
        body += trendCharts(stats) + "</section>\n"
        if let grouping = stats.grouping {
            body += "<section>\n<h2>By \(escape(grouping.rawValue))</h2>\n" + groupTable(stats) + "</section>\n"
        }
        body += "<section>\n<h2>Incidents</h2>\n" + incidentTable(stats) + "</section>\n"
        body += "<footer><p>Durations are measured from detection (time to detect: from impact start). "
        body += "Median and p90 by \(escape(Percentile.methodDescription)). Made by \(escape(generator)).</p></footer>\n"

        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta name="generator" content="\(escape(generator))" />
            <title>Incident statistics</title>
            <style>
            \(css)
            </style>
            </head>
            <body>
            <main>
            \(body)</main>
            </body>
            </html>

            """
    }

    // MARK: - Tables

    static func summaryTable(_ group: IncidentStatistics.Group) -> String {
        var out = "<table>\n<thead><tr><th>metric</th><th class=\"num\">n</th><th class=\"num\">median</th>"
        out += "<th class=\"num\">p90</th><th class=\"num\">min</th><th class=\"num\">max</th></tr></thead>\n<tbody>\n"
        for (index, (metric, s)) in group.summaries.enumerated() {
            out += "<tr><td><span class=\"swatch m\(index)\"></span>\(escape(label(metric)))</td>"
            out += "<td class=\"num\">\(s.count)</td><td class=\"num\">\(escape(IncidentStatistics.humanDuration(s.median)))</td>"
            out += "<td class=\"num\">\(escape(IncidentStatistics.humanDuration(s.p90)))</td>"
            out += "<td class=\"num\">\(escape(IncidentStatistics.humanDuration(s.min.map(Double.init))))</td>"
            out += "<td class=\"num\">\(escape(IncidentStatistics.humanDuration(s.max.map(Double.init))))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    static func groupTable(_ stats: IncidentStatistics) -> String {
        var out = "<table>\n<thead><tr><th>\(escape(stats.grouping?.rawValue ?? "group"))</th><th class=\"num\">incidents</th><th class=\"num\">open</th>"
        for metric in DurationMetric.allCases { out += "<th class=\"num\">\(escape(metric.shortLabel))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for group in stats.groups {
            out += "<tr><td>\(escape(group.key))</td><td class=\"num\">\(group.incidents)</td><td class=\"num\">\(group.open)</td>"
            for (_, s) in group.summaries {
                guard s.count > 0 else {
                    out += "<td class=\"num\">-</td>"
                    continue
                }
                out += "<td class=\"num\">\(escape(IncidentStatistics.humanDuration(s.median)))"
                out += "<br /><span class=\"sub\">p90 \(escape(IncidentStatistics.humanDuration(s.p90))) · n \(s.count)</span></td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n<p class=\"note\">Each cell: the median, then the 90th percentile and how many resolved incidents had the duration.</p>\n"
        return out
    }

    static func incidentTable(_ stats: IncidentStatistics) -> String {
        var out = "<table class=\"incidents\">\n<thead><tr><th>month</th><th>incident</th><th>severity</th><th>services · tags</th>"
        for metric in DurationMetric.allCases { out += "<th class=\"num\">\(escape(metric.shortLabel))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        let ordered = stats.records.enumerated().sorted { a, b in
            let (ma, mb) = (a.element.detected ?? .distantFuture, b.element.detected ?? .distantFuture)
            return ma != mb ? ma < mb : a.offset < b.offset
        }.map(\.element)
        for r in ordered {
            out += "<tr\(r.isOpen ? " class=\"open\"" : "")><td>\(escape(r.month ?? IncidentStatistics.noneKey))</td>"
            out += "<td>\(escape(r.title.isEmpty ? r.channel : r.title))"
            if r.isOpen { out += " <span class=\"badge\">open</span>" }
            let file = (r.source as NSString).lastPathComponent
            out += "<br /><span class=\"source\" title=\"\(escape(r.source))\">\(escape(file))</span></td>"
            out += "<td>\(escape(r.severity ?? ""))</td><td>\(escape(r.services.joined(separator: ", ")))"
            if !r.tags.isEmpty { out += "<br /><span class=\"sub\">\(escape(r.tags.joined(separator: ", ")))</span>" }
            out += "</td>"
            for metric in DurationMetric.allCases {
                out += "<td class=\"num\">\(escape(r.durations[metric].map { IncidentStatistics.humanDuration($0) } ?? "-"))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    // MARK: - Charts

    /// Position on a logarithmic-above-a-minute scale: log10(1 + seconds / 60).
    static func scaled(_ seconds: Double) -> Double { log10(1 + max(0, seconds) / 60) }

    static let ticks: [Int] = [0, 60, 600, 3600, 6 * 3600, 86400, 7 * 86400, 30 * 86400, 365 * 86400]

    /// The ticks up to (and the first one past) `maximum`.
    static func ticks(upTo maximum: Double) -> [Int] {
        var result: [Int] = []
        for t in ticks {
            result.append(t)
            if Double(t) >= maximum { break }
        }
        return result
    }

    static func distributionChart(_ stats: IncidentStatistics) -> String {
        let closed = stats.records.filter { !$0.isOpen }
        let values = closed.flatMap { r in DurationMetric.allCases.compactMap { r.durations[$0] } }
        guard !values.isEmpty else { return "<p class=\"note\">No resolved incident has these durations.</p>\n" }
        let axisTicks = ticks(upTo: Double(max(values.max() ?? 0, 3600)))
        let domain = scaled(Double(axisTicks.last ?? 3600))
        let (width, left, right, rowHeight, top) = (760.0, 150.0, 24.0, 46.0, 12.0)
        let height = top + rowHeight * Double(DurationMetric.allCases.count) + 34
        func x(_ seconds: Double) -> Double { left + (width - left - right) * scaled(seconds) / domain }
        var svg = svgOpen(width: width, height: height, label: "Distribution of each duration over the resolved incidents")
        for t in axisTicks {
            let px = x(Double(t))
            svg += "<line class=\"grid\" x1=\"\(f(px))\" y1=\"\(f(top))\" x2=\"\(f(px))\" y2=\"\(f(height - 28))\" />\n"
            svg += "<text class=\"tick\" x=\"\(f(px))\" y=\"\(f(height - 12))\" text-anchor=\"middle\">\(escape(IncidentStatistics.humanDuration(t)))</text>\n"
        }
        for (row, metric) in DurationMetric.allCases.enumerated() {
            let mid = top + rowHeight * (Double(row) + 0.5)
            let summary = stats.overall.summary(metric)
            svg += "<text class=\"label\" x=\"\(f(left - 10))\" y=\"\(f(mid + 4))\" text-anchor=\"end\">\(escape(label(metric)))</text>\n"
            svg += "<line class=\"row\" x1=\"\(f(left))\" y1=\"\(f(mid))\" x2=\"\(f(width - right))\" y2=\"\(f(mid))\" />\n"
            let points = closed.compactMap { r in r.durations[metric].map { (r, $0) } }.sorted { $0.1 < $1.1 }
            for (i, (record, seconds)) in points.enumerated() {
                let dy = Double(i % 3 - 1) * 7
                svg += "<circle cx=\"\(f(x(Double(seconds))))\" cy=\"\(f(mid + dy))\" r=\"4.5\" fill=\"\(colors[row])\" fill-opacity=\"0.8\">"
                svg += "<title>\(escape("\(record.title.isEmpty ? record.channel : record.title): \(IncidentStatistics.humanDuration(seconds))"))</title></circle>\n"
            }
            if let median = summary.median {
                svg += "<line class=\"median\" x1=\"\(f(x(median)))\" y1=\"\(f(mid - 16))\" x2=\"\(f(x(median)))\" y2=\"\(f(mid + 16))\">"
                svg += "<title>\(escape("median \(IncidentStatistics.humanDuration(median))"))</title></line>\n"
            }
            if let p90 = summary.p90 {
                svg += "<line class=\"p90\" x1=\"\(f(x(p90)))\" y1=\"\(f(mid - 16))\" x2=\"\(f(x(p90)))\" y2=\"\(f(mid + 16))\">"
                svg += "<title>\(escape("p90 \(IncidentStatistics.humanDuration(p90))"))</title></line>\n"
            }
        }
        return svg + "</svg>\n"
    }

    static func trendCharts(_ stats: IncidentStatistics) -> String {
        let months = stats.monthRange
        guard !months.isEmpty else { return "<p class=\"note\">No incident has a detection time.</p>\n" }
        var byMonth: [String: [IncidentRecord]] = [:]
        for r in stats.records { if let m = r.month { byMonth[m, default: []].append(r) } }
        let (width, left, right, top, bottom) = (760.0, 64.0, 24.0, 16.0, 40.0)
        let plot = width - left - right
        let step = plot / Double(months.count)
        let labelEvery = max(1, Int((Double(months.count) / 12).rounded(.up)))
        func cx(_ i: Int) -> Double { left + step * (Double(i) + 0.5) }
        func monthLabels(y: Double) -> String {
            var out = ""
            for (i, m) in months.enumerated() where i % labelEvery == 0 {
                out += "<text class=\"tick\" x=\"\(f(cx(i)))\" y=\"\(f(y))\" text-anchor=\"middle\">\(escape(m))</text>\n"
            }
            return out
        }

        // Incidents per month, open ones stacked on top.
        var out = "<h3>Incidents per month</h3>\n"
        let counts = months.map { m in (byMonth[m]?.filter { !$0.isOpen }.count ?? 0, byMonth[m]?.filter(\.isOpen).count ?? 0) }
        let maxCount = max(1, counts.map { $0.0 + $0.1 }.max() ?? 1)
        let barsHeight = 150.0
        var bars = svgOpen(width: width, height: top + barsHeight + bottom, label: "Incidents per month, resolved and open")
        let barWidth = min(44, step * 0.7)
        let unit = barsHeight / Double(maxCount)
        for n in 0...maxCount where maxCount <= 10 || n % Int((Double(maxCount) / 5).rounded(.up)) == 0 {
            let y = top + barsHeight - unit * Double(n)
            bars += "<line class=\"grid\" x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - right))\" y2=\"\(f(y))\" />\n"
            bars += "<text class=\"tick\" x=\"\(f(left - 8))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(n)</text>\n"
        }
        for (i, (closed, open)) in counts.enumerated() {
            let x0 = cx(i) - barWidth / 2
            let closedHeight = unit * Double(closed)
            let openHeight = unit * Double(open)
            let base = top + barsHeight
            if closed > 0 {
                bars += "<rect class=\"closed\" x=\"\(f(x0))\" y=\"\(f(base - closedHeight))\" width=\"\(f(barWidth))\" height=\"\(f(closedHeight))\">"
                bars += "<title>\(escape("\(months[i]): \(closed) resolved"))</title></rect>\n"
            }
            if open > 0 {
                bars += "<rect class=\"openbar\" x=\"\(f(x0))\" y=\"\(f(base - closedHeight - openHeight))\" width=\"\(f(barWidth))\" height=\"\(f(openHeight))\">"
                bars += "<title>\(escape("\(months[i]): \(open) open"))</title></rect>\n"
            }
        }
        bars += monthLabels(y: top + barsHeight + 20)
        bars += "<rect class=\"closed\" x=\"\(f(width - right - 150))\" y=\"\(f(top + barsHeight + 28))\" width=\"10\" height=\"10\" />"
        bars += "<text class=\"tick\" x=\"\(f(width - right - 136))\" y=\"\(f(top + barsHeight + 37))\">resolved</text>\n"
        bars += "<rect class=\"openbar\" x=\"\(f(width - right - 70))\" y=\"\(f(top + barsHeight + 28))\" width=\"10\" height=\"10\" />"
        bars += "<text class=\"tick\" x=\"\(f(width - right - 56))\" y=\"\(f(top + barsHeight + 37))\">open</text>\n"
        out += bars + "</svg>\n"

        // Median of each metric per month, resolved incidents only.
        out += "<h3>Median per month</h3>\n"
        var medians: [[Double?]] = []
        for metric in DurationMetric.allCases {
            medians.append(months.map { m in
                DurationSummary((byMonth[m] ?? []).filter { !$0.isOpen }.compactMap { $0.durations[metric] }).median
            })
        }
        let all = medians.flatMap { $0.compactMap { $0 } }
        guard !all.isEmpty else { return out + "<p class=\"note\">No resolved incident has these durations.</p>\n" }
        let axisTicks = ticks(upTo: max(all.max() ?? 0, 3600))
        let domain = scaled(Double(axisTicks.last ?? 3600))
        let lineHeight = 180.0
        func y(_ seconds: Double) -> Double { top + lineHeight - lineHeight * scaled(seconds) / domain }
        var lines = svgOpen(width: width, height: top + lineHeight + bottom + 16, label: "Median of each duration per month of detection")
        for t in axisTicks {
            lines += "<line class=\"grid\" x1=\"\(f(left))\" y1=\"\(f(y(Double(t))))\" x2=\"\(f(width - right))\" y2=\"\(f(y(Double(t))))\" />\n"
            lines += "<text class=\"tick\" x=\"\(f(left - 8))\" y=\"\(f(y(Double(t)) + 4))\" text-anchor=\"end\">\(escape(IncidentStatistics.humanDuration(t)))</text>\n"
        }
        for (row, metric) in DurationMetric.allCases.enumerated() {
            var segment: [String] = []
            func flush() {
                if segment.count > 1 {
                    lines += "<polyline fill=\"none\" stroke=\"\(colors[row])\" stroke-width=\"2\" points=\"\(segment.joined(separator: " "))\" />\n"
                }
                segment = []
            }
            for (i, value) in medians[row].enumerated() {
                guard let value else {
                    flush()
                    continue
                }
                segment.append("\(f(cx(i))),\(f(y(value)))")
                lines += "<circle cx=\"\(f(cx(i)))\" cy=\"\(f(y(value)))\" r=\"3.5\" fill=\"\(colors[row])\">"
                lines += "<title>\(escape("\(months[i]) \(label(metric)): median \(IncidentStatistics.humanDuration(value))"))</title></circle>\n"
            }
            flush()
        }
        lines += monthLabels(y: top + lineHeight + 20)
        var legendX = left
        for (row, metric) in DurationMetric.allCases.enumerated() {
            lines += "<rect x=\"\(f(legendX))\" y=\"\(f(top + lineHeight + 30))\" width=\"10\" height=\"10\" fill=\"\(colors[row])\" />"
            lines += "<text class=\"tick\" x=\"\(f(legendX + 14))\" y=\"\(f(top + lineHeight + 39))\">\(escape(metric.shortLabel))</text>\n"
            legendX += 112
        }
        out += lines + "</svg>\n"
        return out
    }

    static func svgOpen(width: Double, height: Double, label: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" role=\"img\" aria-label=\"\(escape(label))\">\n<title>\(escape(label))</title>\n"
    }

    // MARK: - Text

    static func label(_ metric: DurationMetric) -> String {
        switch metric {
        case .timeToDetect: return "time to detect"
        case .timeToAcknowledge: return "time to acknowledge"
        case .timeToIdentify: return "time to identify"
        case .timeToMitigate: return "time to mitigate"
        case .timeToResolve: return "time to resolve"
        }
    }

    /// A coordinate with one decimal.
    static func f(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Text for XHTML element content and attribute values: markup characters escaped; control
    /// characters other than tab and line breaks (C0, DEL, C1), U+FFFE and U+FFFF replaced with U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                let v = scalar.value
                let allowed =
                    v == 0x9 || v == 0xA || v == 0xD || (0x20...0x7E).contains(v) || (0xA0...0xD7FF).contains(v)
                    || (0xE000...0xFFFD).contains(v) || v >= 0x10000
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    static let css = """
        :root { color-scheme: light dark; --fg: #1d1f23; --muted: #5c6370; --bg: #ffffff; --line: #d8dbe0; --panel: #f5f6f8; --open: #c9a227; --closed: #4e79a7; }
        @media (prefers-color-scheme: dark) { :root { --fg: #e6e8eb; --muted: #a0a7b4; --bg: #16181c; --line: #3a3f47; --panel: #1f2227; } }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        main { max-width: 980px; margin: 0 auto; padding: 24px; }
        h1 { margin: 0 0 4px; font-size: 1.7em; }
        h2 { margin: 28px 0 8px; font-size: 1.2em; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        h3 { margin: 16px 0 4px; font-size: 1em; color: var(--muted); }
        .lede { color: var(--muted); margin: 0; }
        .note, footer { color: var(--muted); font-size: 0.88em; }
        table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: var(--panel); font-weight: 600; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .m0 { background: #4e79a7; } .m1 { background: #f28e2b; } .m2 { background: #e15759; } .m3 { background: #59a14f; } .m4 { background: #b07aa1; }
        .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 6px; border-radius: 2px; }
        .source, .sub { color: var(--muted); font-size: 0.85em; }
        table.incidents { font-size: 0.86em; }
        table.incidents td:first-child { white-space: nowrap; }
        .badge { font-size: 0.78em; padding: 0 6px; border-radius: 8px; background: var(--open); color: #1d1f23; }
        tr.open td { background: color-mix(in srgb, var(--open) 10%, transparent); }
        svg.chart { max-width: 100%; height: auto; display: block; }
        svg .grid { stroke: var(--line); stroke-width: 1; }
        svg .row { stroke: var(--line); stroke-width: 1; stroke-dasharray: 2 3; }
        svg .tick { fill: var(--muted); font-size: 11px; }
        svg .label { fill: var(--fg); font-size: 12px; }
        svg .median { stroke: var(--fg); stroke-width: 2.5; }
        svg .p90 { stroke: var(--fg); stroke-width: 1.5; stroke-dasharray: 4 3; }
        svg .closed { fill: var(--closed); }
        svg .openbar { fill: var(--open); }
        @media print { main { max-width: none; padding: 0; } h2 { break-after: avoid; } svg.chart, tr { break-inside: avoid; } }
        """
}
