import Foundation
import IncidentAnalysis
import Testing

@testable import PostmortemRendering

/// The chart's labels do not overlap one another, and marker lines do not cross labels, for
/// every sample (measured with the same approximate text widths the layout uses).
@Suite struct TimelineChartTests {
    struct Box: CustomStringConvertible {
        var text: String
        var minX, maxX, minY, maxY: Double
        var description: String { "'\(text)' [\(Int(minX))…\(Int(maxX)), \(Int(minY))…\(Int(maxY))]" }
        func overlaps(_ o: Box) -> Bool { minX < o.maxX && o.minX < maxX && minY < o.maxY && o.minY < maxY }
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let r = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[r.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Boxes of every `<text>` in the chart.
    static func textBoxes(_ svg: String) -> [Box] {
        var boxes: [Box] = []
        var rest = Substring(svg)
        while let open = rest.range(of: "<text ") {
            guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">"),
                let close = rest.range(of: "</text>", range: tagEnd..<rest.endIndex)
            else { break }
            let tag = String(rest[open.lowerBound...tagEnd])
            let text = unescape(String(rest[rest.index(after: tagEnd)..<close.lowerBound]))
            rest = rest[close.upperBound...]
            guard let x = attribute("x", in: tag).flatMap(Double.init), let y = attribute("y", in: tag).flatMap(Double.init) else { continue }
            let width = TextMeasure.width(text, size: 11)
            let anchor = attribute("text-anchor", in: tag) ?? "start"
            let minX = anchor == "end" ? x - width : (anchor == "middle" ? x - width / 2 : x)
            boxes.append(Box(text: text, minX: minX, maxX: minX + width, minY: y - 9, maxY: y + 2))
        }
        return boxes
    }

    /// Milestone marker lines: x and vertical extent.
    static func markerLines(_ svg: String) -> [(x: Double, y1: Double, y2: Double)] {
        svg.components(separatedBy: "<line ").dropFirst().compactMap { part in
            let tag = "<line " + (part.components(separatedBy: "/>").first ?? "")
            guard tag.contains("tc-marker"), let x = attribute("x1", in: tag).flatMap(Double.init),
                let y1 = attribute("y1", in: tag).flatMap(Double.init), let y2 = attribute("y2", in: tag).flatMap(Double.init)
            else { return nil }
            return (x, y1, y2)
        }
    }

    static func chart(_ sample: String) throws -> String {
        let export = try Samples.load(sample)
        let display = DisplayFormatting(zone: export.zone, reference: export.analysis.milestones[.detected]?.time)
        return TimelineChart(analysis: export.analysis, display: display).svg
    }

    @Test(arguments: Samples.names)
    func labelsDoNotOverlap(sample: String) throws {
        let boxes = Self.textBoxes(try Self.chart(sample))
        #expect(boxes.count > 5)
        var overlapping: [String] = []
        for i in boxes.indices {
            for j in boxes.indices where j > i && boxes[i].overlaps(boxes[j]) {
                overlapping.append("\(boxes[i]) × \(boxes[j])")
            }
        }
        #expect(overlapping.isEmpty, "\(overlapping)")
    }

    @Test(arguments: Samples.names)
    func labelsStayInsideTheChart(sample: String) throws {
        let svg = try Self.chart(sample)
        let width = TimelineChart.width
        for box in Self.textBoxes(svg) {
            #expect(box.minX >= 0 && box.maxX <= width, "\(box) leaves the chart")
        }
    }

    @Test(arguments: Samples.names)
    func markerLinesCrossNoMilestoneLabel(sample: String) throws {
        let svg = try Self.chart(sample)
        let labels = Self.textBoxes(svg).filter { box in
            svg.contains("class=\"tc-ms-label\"") && MilestoneKind.allCases.contains { box.text.hasPrefix($0.shortLabel + " ") }
        }
        for line in Self.markerLines(svg) {
            for label in labels where line.x > label.minX && line.x < label.maxX && line.y1 < label.maxY && label.minY < line.y2 {
                Issue.record("marker at x=\(line.x) crosses \(label)")
            }
        }
    }

    @Test func crowdedMilestonesAreStackedNotOverlapped() throws {
        // Seven milestones within three minutes: every label must still get its own space.
        var analysis = try Samples.load(Samples.names[0]).analysis
        analysis.hypotheses = []
        analysis.timeline = []
        let base = Date(timeIntervalSince1970: 1_721_050_000)
        for (i, kind) in MilestoneKind.allCases.enumerated() {
            analysis.milestones[kind] = Milestone(time: base.addingTimeInterval(Double(i) * 25), ts: nil, source: .override, confidence: 1, evidence: "")
        }
        let svg = TimelineChart(analysis: analysis, display: DisplayFormatting(zone: TimeZone(identifier: "UTC")!, reference: base)).svg
        let boxes = Self.textBoxes(svg)
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                #expect(!boxes[i].overlaps(boxes[j]), "\(boxes[i]) × \(boxes[j])")
            }
        }
    }

    @Test func longSpansGetDayTicksThatDoNotOverlap() throws {
        var analysis = try Samples.load(Samples.names[0]).analysis
        let detected = try #require(analysis.milestones[.detected]?.time ?? analysis.timeline.first?.ts.date)
        analysis.milestones[.resolved] = Milestone(
            time: detected.addingTimeInterval(200 * 86_400), ts: nil, source: .override, confidence: 1, evidence: "")
        let svg = TimelineChart(analysis: analysis, display: DisplayFormatting(zone: TimeZone(identifier: "UTC")!, reference: detected)).svg
        let ticks = Self.textBoxes(svg).filter { $0.minY > 100 && $0.text.contains(" ") && !$0.text.contains(":") }
        #expect(ticks.count >= 3)
        for i in ticks.indices {
            for j in ticks.indices where j > i {
                #expect(!ticks[i].overlaps(ticks[j]), "\(ticks[i]) × \(ticks[j])")
            }
        }
    }

    @Test func anEmptyAnalysisGivesAPlaceholderChart() {
        let analysis = Analysis(
            channel: ChannelRef(id: "C1", name: "x"), timeZone: "UTC",
            header: IncidentHeader(title: "t", status: "ongoing", summary: "", summaryIsDraft: true), milestones: Milestones(),
            metrics: IncidentMetrics(), timeline: [], escalations: [], hypotheses: [], actionItems: [], participants: [], warnings: [])
        let chart = TimelineChart(analysis: analysis, display: DisplayFormatting(zone: TimeZone(identifier: "UTC")!, reference: nil))
        #expect(chart.svg.contains("No events to chart."))
        #expect(chart.caption == "No events to chart.")
    }
}
