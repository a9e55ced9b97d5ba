import Foundation
import IncidentAnalysis
import SlackExport

/// The incident as an inline SVG chart: a time axis in the incident's zone, one lane per event
/// kind, milestone markers, the detect / mitigate / resolve phases and hypotheses as bars from
/// raised to settled, coloured by outcome.
///
/// Labels never overlap: milestone labels are stacked in rows (a label's marker line only passes
/// rows below it, and labels are placed so no line crosses another label), hypothesis bars and
/// their labels are packed into rows, and text widths are estimated generously by ``TextMeasure``.
/// The chart carries its own `<style>` (light and dark), so it is self-contained wherever it is
/// pasted. Output is a pure function of the analysis and the zone.
struct TimelineChart {
    /// The `<svg>` element.
    let svg: String
    /// What the chart shows and leaves out, in a sentence or two.
    let caption: String

    // Layout constants (pixels in the viewBox).
    static let width = 960.0
    static let left = 118.0
    static let right = 16.0
    static let fontSize = 11.0
    static let labelRowHeight = 16.0
    static let laneHeight = 22.0
    static let hypothesisRowHeight = 20.0
    static let gap = 6.0

    init(analysis: Analysis, display: DisplayFormatting) {
        var layout = ChartLayout(analysis: analysis, display: display)
        svg = layout.render()
        caption = layout.caption
    }
}

/// Packs spans into rows: each goes to the first row where it overlaps no other (with a small gap).
///
/// Each row keeps the extent of its spans, so a span clear of that extent is placed without looking
/// at the row's spans: a year-long channel has thousands of hypotheses, and comparing each with every
/// placed one was cubic.
private struct RowPacker {
    private var rows: [(low: Double, high: Double, spans: [(Double, Double)])] = []

    /// The number of rows used.
    var count: Int { rows.count }

    /// Places a span and returns its row.
    mutating func place(start: Double, end: Double) -> Int {
        for i in rows.indices where Self.fits(start, end, in: rows[i]) {
            rows[i].low = min(rows[i].low, start)
            rows[i].high = max(rows[i].high, end)
            rows[i].spans.append((start, end))
            return i
        }
        rows.append((start, end, [(start, end)]))
        return rows.count - 1
    }

    private static func fits(_ start: Double, _ end: Double, in row: (low: Double, high: Double, spans: [(Double, Double)])) -> Bool {
        end + 6 <= row.low || row.high + 6 <= start || !row.spans.contains { $0.0 < end + 6 && start < $0.1 + 6 }
    }
}

/// One label or bar occupying a horizontal span in a row.
private struct Placed {
    var start: Double
    var end: Double
    var row: Int
    /// The x of the marker line that hangs below this label, if any.
    var line: Double?
}

private struct ChartLayout {
    let analysis: Analysis
    let display: DisplayFormatting
    var caption = ""

    private typealias C = TimelineChart

    init(analysis: Analysis, display: DisplayFormatting) {
        self.analysis = analysis
        self.display = display
    }

    private var plotLeft: Double { C.left }
    private var plotRight: Double { C.width - C.right }

    mutating func render() -> String {
        let keyEvents = analysis.timeline.filter { e in !e.kinds.isEmpty && !e.kinds.allSatisfy { $0 == .noise } }
        var core: [Date] = MilestoneKind.allCases.compactMap { analysis.milestones[$0]?.time }
        for h in analysis.hypotheses {
            core.append(h.ts.date)
            if let o = h.outcomeTS { core.append(o.date) }
        }
        if core.isEmpty { core = keyEvents.map(\.ts.date) }
        let zoneNote = "Times in \(display.zone.displayName) (\(DisplayFormatting.abbreviation(of: display.zone, at: core.min() ?? Date(timeIntervalSince1970: 0))))."
        guard let minDate = core.min(), let maxDate = core.max() else {
            caption = "No events to chart."
            return Self.emptyChart()
        }
        var t0 = minDate.timeIntervalSince1970
        var t1 = maxDate.timeIntervalSince1970
        if t1 - t0 < 600 {
            let mid = (t0 + t1) / 2
            t0 = mid - 300
            t1 = mid + 300
        }
        let pad = max(60, (t1 - t0) * 0.03)
        t0 -= pad
        t1 += pad
        let (plotLeft, plotRight) = (self.plotLeft, self.plotRight)
        let (from, to) = (t0, t1)
        let x: (Date) -> Double = { d in
            plotLeft + (d.timeIntervalSince1970 - from) / (to - from) * (plotRight - plotLeft)
        }

        let drawn = keyEvents.filter { e in
            let t = e.ts.date.timeIntervalSince1970
            return t >= t0 && t <= t1
        }
        let before = keyEvents.filter { $0.ts.date.timeIntervalSince1970 < t0 }.count
        let after = keyEvents.filter { $0.ts.date.timeIntervalSince1970 > t1 }.count

        var body: [String] = []
        var y = 8.0

        // 1. Milestone labels, stacked so no label and no marker line cross.
        let milestones: [(MilestoneKind, Milestone)] = MilestoneKind.allCases.compactMap { k in analysis.milestones[k].map { (k, $0) } }
            .enumerated().sorted { $0.element.1.time != $1.element.1.time ? $0.element.1.time < $1.element.1.time : $0.offset < $1.offset }
            .map(\.element)
        var placedLabels: [Placed] = []
        var milestoneTexts: [(MilestoneKind, String, Placed, Bool)] = []
        for (kind, m) in milestones {
            let mx = x(m.time)
            let text = "\(kind.shortLabel) \(display.shortTime(m.time))"
            let w = TextMeasure.width(text, size: C.fontSize)
            let flip = mx + 3 + w > plotRight
            let span = flip ? (mx - 3 - w, mx - 3) : (mx + 3, mx + 3 + w)
            let row = Self.rowForLabel(start: span.0, end: span.1, line: mx, placed: placedLabels)
            let p = Placed(start: span.0, end: span.1, row: row, line: mx)
            placedLabels.append(p)
            milestoneTexts.append((kind, text, p, flip))
        }
        let labelRows = (placedLabels.map(\.row).max() ?? -1) + 1
        let labelTop = y
        y += Double(labelRows) * C.labelRowHeight + (labelRows > 0 ? 4 : 0)
        let plotTop = y

        // 2. Phases: detect, mitigate, resolve.
        let phases: [(String, String, MilestoneKind, MilestoneKind)] = [
            ("Detect", "detect", .impactStart, .detected),
            ("Mitigate", "mitigate", .detected, .mitigated),
            ("Resolve", "resolve", .mitigated, .resolved),
        ]
        var phaseParts: [String] = []
        var phaseNotes: [String] = []
        for (label, css, from, to) in phases {
            guard let a = analysis.milestones[from]?.time, let b = analysis.milestones[to]?.time, b >= a else { continue }
            let xa = x(a)
            let xb = max(x(b), xa + 2)
            phaseParts.append(
                "<rect class=\"tc-phase tc-phase-\(css)\" x=\"\(Self.n(xa))\" y=\"\(Self.n(y))\" width=\"\(Self.n(xb - xa))\" height=\"18\" rx=\"3\"><title>\(Self.escape("\(label): \(display.time(a)) → \(display.time(b)) (\(DisplayFormatting.duration(Int(b.timeIntervalSince(a)))))"))</title></rect>"
            )
            let inside = "\(label) \(DisplayFormatting.duration(Int(b.timeIntervalSince(a))))"
            if TextMeasure.width(inside, size: C.fontSize) + 10 <= xb - xa {
                phaseParts.append("<text class=\"tc-phase-label\" x=\"\(Self.n(xa + 4))\" y=\"\(Self.n(y + 13))\">\(Self.escape(inside))</text>")
            } else if TextMeasure.width(label, size: C.fontSize) + 10 <= xb - xa {
                phaseParts.append("<text class=\"tc-phase-label\" x=\"\(Self.n(xa + 4))\" y=\"\(Self.n(y + 13))\">\(Self.escape(label))</text>")
            }
            phaseNotes.append("\(label.lowercased()) \(DisplayFormatting.duration(Int(b.timeIntervalSince(a))))")
        }
        if !phaseParts.isEmpty {
            body.append("<text class=\"tc-lane-label\" x=\"\(Self.n(plotLeft - 8))\" y=\"\(Self.n(y + 13))\" text-anchor=\"end\">Phases</text>")
            body.append(contentsOf: phaseParts)
            y += 18 + C.gap
        }

        // 3. One lane per event kind.
        let kinds = EventKind.allCases.filter { k in k != .noise && drawn.contains { $0.kinds.first(where: { $0 != .noise }) == k } }
        for (i, kind) in kinds.enumerated() {
            let mid = y + C.laneHeight / 2
            body.append(
                "<rect class=\"tc-lane\(i % 2 == 0 ? "" : " tc-lane-alt")\" x=\"\(Self.n(plotLeft))\" y=\"\(Self.n(y))\" width=\"\(Self.n(plotRight - plotLeft))\" height=\"\(Self.n(C.laneHeight))\"/>"
            )
            body.append("<text class=\"tc-lane-label\" x=\"\(Self.n(plotLeft - 8))\" y=\"\(Self.n(mid + 4))\" text-anchor=\"end\">\(Self.escape(kind.label))</text>")
            for e in drawn where e.kinds.first(where: { $0 != .noise }) == kind {
                let tip = "\(display.time(e.ts.date)) \(e.name): \(TextSanitizing.excerpt(e.text, limit: 120))"
                body.append(
                    "<circle class=\"tc-event tc-kind-\(kind.cssName)\" cx=\"\(Self.n(x(e.ts.date)))\" cy=\"\(Self.n(mid))\" r=\"4.5\"><title>\(Self.escape(tip))</title></circle>"
                )
            }
            y += C.laneHeight
        }
        if !kinds.isEmpty { y += C.gap }

        // 4. Hypotheses as bars, packed into rows with their labels.
        var hypothesisRows = RowPacker()
        var hypothesisParts: [(Placed, String)] = []
        let hypothesisTop = y
        for (i, h) in analysis.hypotheses.enumerated() {
            let xa = x(h.ts.date)
            let xb = max(h.outcomeTS.map { x($0.date) } ?? plotRight, xa + 3)
            let labelText = "H\(i + 1) \(TextSanitizing.excerpt(h.text, limit: 34)) (\(TextSanitizing.excerpt(h.name, limit: 20)))"
            let w = TextMeasure.width(labelText, size: C.fontSize)
            var label = labelText
            var labelStart: Double
            var inside = false
            if xb + 4 + w <= plotRight {
                labelStart = xb + 4
            } else if xa - 4 - w >= plotLeft {
                labelStart = xa - 4 - w
            } else if xb - xa >= w + 8 {
                labelStart = xa + 4
                inside = true
            } else {
                // Too long for either side: shorten it to the room right of the bar, else left.
                let rightRoom = plotRight - xb - 4
                let leftRoom = xa - 4 - plotLeft
                if rightRoom >= leftRoom {
                    label = TextMeasure.fit(labelText, width: rightRoom, size: C.fontSize)
                    labelStart = xb + 4
                } else {
                    label = TextMeasure.fit(labelText, width: leftRoom, size: C.fontSize)
                    labelStart = xa - 4 - TextMeasure.width(label, size: C.fontSize)
                }
            }
            let labelEnd = labelStart + TextMeasure.width(label, size: C.fontSize)
            let start = min(xa, labelStart)
            let end = max(xb, labelEnd)
            let row = hypothesisRows.place(start: start, end: end)
            let p = Placed(start: start, end: end, row: row, line: nil)
            let rowY = hypothesisTop + Double(row) * C.hypothesisRowHeight
            let settled = h.outcomeTS.map { " → \(display.time($0.date))" } ?? " → never settled"
            let tip = "H\(i + 1) \(h.outcome.label): \(TextSanitizing.excerpt(h.text, limit: 160)) (\(h.name), \(display.time(h.ts.date))\(settled))"
            var part =
                "<rect class=\"tc-hyp tc-hyp-\(h.outcome.cssName)\" x=\"\(Self.n(xa))\" y=\"\(Self.n(rowY + 3))\" width=\"\(Self.n(xb - xa))\" height=\"12\" rx=\"2\"><title>\(Self.escape(tip))</title></rect>"
            if !label.isEmpty {
                part +=
                    "<text class=\"tc-hyp-label\(inside ? " tc-on-bar" : "")\" x=\"\(Self.n(labelStart))\" y=\"\(Self.n(rowY + 13))\">\(Self.escape(label))</text>"
            }
            hypothesisParts.append((p, part))
        }
        let hypothesisRowCount = hypothesisRows.count
        if hypothesisRowCount > 0 {
            body.append(
                "<text class=\"tc-lane-label\" x=\"\(Self.n(plotLeft - 8))\" y=\"\(Self.n(hypothesisTop + 13))\" text-anchor=\"end\">Hypotheses</text>")
            body.append(contentsOf: hypothesisParts.map(\.1))
            y += Double(hypothesisRowCount) * C.hypothesisRowHeight + C.gap
        }
        let plotBottom = max(y, plotTop + 24)
        y = plotBottom

        // Milestone markers: lines from their label row down to the axis, then the labels.
        var markerParts: [String] = []
        for (kind, text, p, flip) in milestoneTexts {
            guard let mx = p.line else { continue }
            let rowY = labelTop + Double(p.row) * C.labelRowHeight
            markerParts.append(
                "<line class=\"tc-marker tc-ms-\(kind.cssName)\" x1=\"\(Self.n(mx))\" y1=\"\(Self.n(rowY + 2))\" x2=\"\(Self.n(mx))\" y2=\"\(Self.n(plotBottom))\"/>")
            markerParts.append(
                "<text class=\"tc-ms-label\" x=\"\(Self.n(flip ? p.end : p.start))\" y=\"\(Self.n(rowY + 12))\"\(flip ? " text-anchor=\"end\"" : "")>\(Self.escape(text))</text>"
            )
        }

        // 5. The axis, ticks on whole local minutes/hours.
        var axis: [String] = []
        axis.append("<line class=\"tc-axis\" x1=\"\(Self.n(plotLeft))\" y1=\"\(Self.n(plotBottom))\" x2=\"\(Self.n(plotRight))\" y2=\"\(Self.n(plotBottom))\"/>")
        let maxTicks = (plotRight - plotLeft) / 90
        let stepMinutes = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 10080].first { step in
            (t1 - t0) / Double(step * 60) <= maxTicks
        } ?? Int(((t1 - t0) / maxTicks / 86_400).rounded(.up)) * 1440
        let step = Double(stepMinutes * 60)
        let offset = Double(display.zone.secondsFromGMT(for: Date(timeIntervalSince1970: t0)))
        var tick = ((t0 + offset) / step).rounded(.up) * step - offset
        var lastDay = display.day(Date(timeIntervalSince1970: t0))
        let firstDay = display.referenceDay
        var tickCount = 0
        while tick <= t1, tickCount < 60 {
            let d = Date(timeIntervalSince1970: tick)
            let tx = x(d)
            let day = display.day(d)
            let label =
                stepMinutes >= 1440
                ? display.shortDay(d)
                : (day != lastDay || (tickCount == 0 && day != firstDay)) ? "\(display.shortDay(d)) \(display.clock(d))" : display.clock(d)
            lastDay = day
            let half = TextMeasure.width(label, size: C.fontSize) / 2
            if tx - half < plotLeft - 6 || tx + half > C.width - 2 {
                // Too close to an edge for its label (the zone name sits left of the axis).
                tick += step
                tickCount += 1
                continue
            }
            axis.append("<line class=\"tc-grid\" x1=\"\(Self.n(tx))\" y1=\"\(Self.n(plotTop))\" x2=\"\(Self.n(tx))\" y2=\"\(Self.n(plotBottom + 4))\"/>")
            axis.append("<text class=\"tc-tick\" x=\"\(Self.n(tx))\" y=\"\(Self.n(plotBottom + 16))\" text-anchor=\"middle\">\(Self.escape(label))</text>")
            tick += step
            tickCount += 1
        }
        let zoneLabel = DisplayFormatting.abbreviation(of: display.zone, at: Date(timeIntervalSince1970: t0))
        axis.append("<text class=\"tc-lane-label\" x=\"\(Self.n(plotLeft - 8))\" y=\"\(Self.n(plotBottom + 16))\" text-anchor=\"end\">\(Self.escape(zoneLabel))</text>")
        y = plotBottom + 28

        // 6. Legend, wrapped to the width.
        var legend: [(String, String)] = []
        if phaseParts.contains(where: { $0.contains("tc-phase-detect") }) { legend.append(("tc-phase tc-phase-detect", "Detect: impact → detected")) }
        if phaseParts.contains(where: { $0.contains("tc-phase-mitigate") }) { legend.append(("tc-phase tc-phase-mitigate", "Mitigate: detected → mitigated")) }
        if phaseParts.contains(where: { $0.contains("tc-phase-resolve") }) { legend.append(("tc-phase tc-phase-resolve", "Resolve: mitigated → resolved")) }
        for outcome in [HypothesisOutcome.confirmed, .ruledOut, .unresolved] where analysis.hypotheses.contains(where: { $0.outcome == outcome }) {
            legend.append(("tc-hyp tc-hyp-\(outcome.cssName)", "Hypothesis \(outcome.label)"))
        }
        var legendParts: [String] = []
        var lx = plotLeft
        for (css, text) in legend {
            let w = 16 + TextMeasure.width(text, size: C.fontSize) + 18
            if lx + w > plotRight, lx > plotLeft {
                lx = plotLeft
                y += 18
            }
            legendParts.append("<rect class=\"\(css)\" x=\"\(Self.n(lx))\" y=\"\(Self.n(y))\" width=\"12\" height=\"12\" rx=\"2\"/>")
            legendParts.append("<text class=\"tc-legend\" x=\"\(Self.n(lx + 16))\" y=\"\(Self.n(y + 10))\">\(Self.escape(text))</text>")
            lx += w
        }
        if !legendParts.isEmpty { y += 20 }
        let height = y + 4

        var notes = [zoneNote]
        if !phaseNotes.isEmpty { notes.append("Phases: " + phaseNotes.joined(separator: ", ") + ".") }
        if before > 0 { notes.append("\(before) earlier key event\(before == 1 ? " is" : "s are") listed in the timeline but not drawn.") }
        if after > 0 { notes.append("\(after) later key event\(after == 1 ? " is" : "s are") listed in the timeline but not drawn.") }
        caption = notes.joined(separator: " ")

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline-chart\" viewBox=\"0 0 \(Self.n(C.width)) \(Self.n(height))\" width=\"\(Self.n(C.width))\" height=\"\(Self.n(height))\" role=\"img\" aria-labelledby=\"timeline-chart-title\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"\(Self.n(C.fontSize))\">\n"
        out += "<title id=\"timeline-chart-title\">\(Self.escape("Incident timeline. " + caption))</title>\n"
        out += "<style>\(Self.style)</style>\n"
        for part in axis.prefix(1) { out += part + "\n" }
        for part in axis.dropFirst() where part.contains("tc-grid") { out += part + "\n" }
        for part in body { out += part + "\n" }
        for part in markerParts { out += part + "\n" }
        for part in axis.dropFirst() where !part.contains("tc-grid") { out += part + "\n" }
        for part in legendParts { out += part + "\n" }
        out += "</svg>"
        return out
    }

    /// The first row (top = 0) where a label fits: no overlap in its row, its marker line crosses
    /// no label below it, and no marker line from a label above crosses it.
    ///
    /// The three conditions cannot always all hold (a label flipped left of its marker near the
    /// right edge may cover earlier markers); then the first row where labels do not overlap and
    /// this label's line crosses nothing is used, which always exists, so placement terminates.
    static func rowForLabel(start: Double, end: Double, line: Double, placed: [Placed]) -> Int {
        func clashes(_ row: Int, strict: Bool) -> Bool {
            placed.contains { p in
                if p.row == row && p.start < end + 8 && start < p.end + 8 { return true }
                // This label's line runs down through the rows below it.
                if p.row > row && line >= p.start - 3 && line <= p.end + 3 { return true }
                // A line from a label above runs through this row.
                if strict, p.row < row, let pl = p.line, pl >= start - 3 && pl <= end + 3 { return true }
                return false
            }
        }
        let limit = placed.count + 1
        if let row = (0...limit).first(where: { !clashes($0, strict: true) }) { return row }
        var row = 0
        while clashes(row, strict: false) { row += 1 }
        return row
    }


    static func emptyChart() -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline-chart\" viewBox=\"0 0 960 40\" width=\"960\" height=\"40\" role=\"img\" aria-labelledby=\"timeline-chart-title\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n<title id=\"timeline-chart-title\">No events to chart</title>\n<text x=\"480\" y=\"24\" text-anchor=\"middle\" fill=\"#888888\">No events to chart.</text>\n</svg>"
    }

    /// A coordinate with one decimal, the same on every machine.
    static func n(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        if r == r.rounded() { return String(Int(r)) }
        return String(format: "%.1f", r)
    }

    /// Text escaped for XML content and attributes; control characters removed.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in TextSanitizing.singleLine(s) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// The chart's own styles, light and dark; no `<` or `&`, so it is valid XML text.
    static let style = """
        .tc-lane{fill:#f3f4f6}.tc-lane-alt{fill:#e9ebef}\
        .tc-lane-label,.tc-tick,.tc-legend,.tc-ms-label,.tc-hyp-label{fill:#374151}\
        .tc-phase-label{fill:#111827}\
        .tc-ms-label,.tc-hyp-label{paint-order:stroke;stroke:#ffffff;stroke-width:3px;stroke-linejoin:round}\
        .tc-on-bar{stroke:none}\
        .tc-axis{stroke:#6b7280;stroke-width:1}.tc-grid{stroke:#d1d5db;stroke-width:1}\
        .tc-marker{stroke:#4b5563;stroke-width:1;stroke-dasharray:3 3}\
        .tc-ms-impact-start{stroke:#b91c1c}.tc-ms-resolved{stroke:#15803d}\
        .tc-phase-detect{fill:#fca5a5}.tc-phase-mitigate{fill:#fcd34d}.tc-phase-resolve{fill:#86efac}\
        .tc-event{stroke:#ffffff;stroke-width:1}\
        .tc-kind-alert{fill:#dc2626}.tc-kind-symptom{fill:#ea580c}.tc-kind-escalation{fill:#9333ea}\
        .tc-kind-hypothesis{fill:#2563eb}.tc-kind-finding{fill:#0891b2}.tc-kind-action{fill:#4f46e5}\
        .tc-kind-mitigation{fill:#ca8a04}.tc-kind-resolution{fill:#16a34a}.tc-kind-root-cause{fill:#be123c}\
        .tc-kind-status-update{fill:#64748b}.tc-kind-follow-up{fill:#0d9488}\
        .tc-hyp-confirmed{fill:#16a34a}.tc-hyp-ruled-out{fill:#9ca3af}\
        .tc-hyp-unresolved{fill:#f59e0b;fill-opacity:.55}\
        .tc-on-bar{fill:#ffffff}\
        @media (prefers-color-scheme:dark){\
        .tc-lane{fill:#1f2937}.tc-lane-alt{fill:#273244}\
        .tc-lane-label,.tc-tick,.tc-legend,.tc-ms-label,.tc-hyp-label{fill:#d1d5db}\
        .tc-phase-label{fill:#111827}\
        .tc-axis{stroke:#9ca3af}.tc-grid{stroke:#374151}.tc-marker{stroke:#9ca3af}\
        .tc-event{stroke:#111827}.tc-hyp-ruled-out{fill:#6b7280}\
        .tc-ms-label,.tc-hyp-label{stroke:#0d1117}.tc-on-bar{stroke:none}}\
        @media print{.tc-lane{fill:#f3f4f6}.tc-lane-alt{fill:#e9ebef}\
        .tc-lane-label,.tc-tick,.tc-legend,.tc-ms-label,.tc-hyp-label{fill:#111827}\
        .tc-ms-label,.tc-hyp-label{stroke:#ffffff}.tc-on-bar{stroke:none}}
        """
}
