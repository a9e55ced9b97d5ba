import Foundation

/// Duration statistics over many incidents, overall and per group.
///
/// Incidents still open (no resolved milestone) are counted but left out of every duration
/// figure, so an incident that is still running cannot pull the medians down.
public struct IncidentStatistics: Sendable, Equatable {
    /// How incidents can be grouped.
    public enum Grouping: String, Sendable, Equatable, CaseIterable {
        /// By the month of detection in UTC (`2024-07`).
        case month
        /// By severity as the team names it.
        case severity
        /// By service; an incident with several services counts in each.
        case service
        /// By tag; an incident with several tags counts in each.
        case tag
    }

    /// The key of the group of incidents that have no month, severity, service or tag.
    public static let noneKey = "(none)"

    /// One group's figures.
    public struct Group: Sendable, Equatable {
        /// The group's key (`all` for the overall group).
        public var key: String
        /// Incidents in the group, open ones included.
        public var incidents: Int
        /// Incidents in the group still open (no resolved milestone).
        public var open: Int
        /// One summary per metric, in ``DurationMetric`` order; only resolved incidents count.
        public var summaries: [(DurationMetric, DurationSummary)]

        /// Computes the figures of `records`.
        public init(key: String, records: [IncidentRecord]) {
            self.key = key
            incidents = records.count
            open = records.filter(\.isOpen).count
            let closed = records.filter { !$0.isOpen }
            summaries = DurationMetric.allCases.map { metric in
                (metric, DurationSummary(closed.compactMap { $0.durations[metric] }))
            }
        }

        /// The summary of one metric.
        public func summary(_ metric: DurationMetric) -> DurationSummary {
            summaries.first { $0.0 == metric }?.1 ?? DurationSummary([])
        }

        public static func == (a: Group, b: Group) -> Bool {
            a.key == b.key && a.incidents == b.incidents && a.open == b.open
                && a.summaries.map(\.0) == b.summaries.map(\.0) && a.summaries.map(\.1) == b.summaries.map(\.1)
        }
    }

    /// The incidents, in the order given.
    public var records: [IncidentRecord]
    /// The grouping asked for, if any.
    public var grouping: Grouping?
    /// All incidents together.
    public var overall: Group
    /// One group per key of `grouping`, in key order with ``noneKey`` last; empty without a grouping.
    public var groups: [Group]

    /// Computes the statistics of `records`, grouped by `grouping` when given.
    public init(records: [IncidentRecord], grouping: Grouping? = nil) {
        self.records = records
        self.grouping = grouping
        overall = Group(key: "all", records: records)
        guard let grouping else {
            groups = []
            return
        }
        var members: [String: [IncidentRecord]] = [:]
        for record in records {
            for key in Self.keys(of: record, by: grouping) { members[key, default: []].append(record) }
        }
        let keys = members.keys.sorted { a, b in
            if (a == Self.noneKey) != (b == Self.noneKey) { return b == Self.noneKey }
            return a.localizedStandardCompare(b) == .orderedAscending
        }
        groups = keys.map { Group(key: $0, records: members[$0] ?? []) }
    }

    /// The keys a record is filed under.
    public static func keys(of record: IncidentRecord, by grouping: Grouping) -> [String] {
        let keys: [String]
        switch grouping {
        case .month: keys = record.month.map { [$0] } ?? []
        case .severity: keys = record.severity.map { [$0] } ?? []
        case .service: keys = Array(Set(record.services)).sorted()
        case .tag: keys = Array(Set(record.tags)).sorted()
        }
        let cleaned = keys.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return cleaned.isEmpty ? [noneKey] : cleaned
    }

    /// Every month from the first to the last month of detection, gaps included (for trends).
    public var monthRange: [String] {
        let months = records.compactMap(\.month).sorted()
        guard let first = months.first, let last = months.last else { return [] }
        func parts(_ m: String) -> (Int, Int) {
            let p = m.split(separator: "-").compactMap { Int($0) }
            return p.count == 2 ? (p[0], p[1]) : (0, 1)
        }
        var (y, m) = parts(first)
        let end = parts(last)
        var result: [String] = []
        while (y, m) <= end, result.count < 1200 {
            result.append(String(format: "%04d-%02d", y, m))
            m += 1
            if m > 12 { (y, m) = (y + 1, 1) }
        }
        return result
    }

    /// A duration for people, as the documents write it: `42 s`, `7 min 5 s`, `24 min`,
    /// `1 h 24 min`, `2 d 3 h`. Under ten minutes seconds are kept; above, whole minutes.
    public static func humanDuration(_ seconds: Int) -> String {
        if seconds < 0 { return "−" + humanDuration(-seconds) }
        if seconds < 60 { return "\(seconds) s" }
        let minutes = seconds / 60
        if minutes < 10 {
            let s = seconds % 60
            return s == 0 ? "\(minutes) min" : "\(minutes) min \(s) s"
        }
        if minutes < 60 { return "\(minutes) min" }
        let hours = minutes / 60
        let m = minutes % 60
        if hours < 24 { return m == 0 ? "\(hours) h" : "\(hours) h \(m) min" }
        let days = hours / 24
        let h = hours % 24
        var parts = ["\(days) d"]
        if h > 0 { parts.append("\(h) h") }
        if m > 0 { parts.append("\(m) min") }
        return parts.joined(separator: " ")
    }

    /// ``humanDuration(_:)`` of a figure rounded to whole seconds; `-` for none.
    public static func humanDuration(_ seconds: Double?) -> String {
        guard let seconds else { return "-" }
        return humanDuration(Int(seconds.rounded()))
    }
}
