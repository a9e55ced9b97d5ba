import Foundation
import SlackExport

/// One incident as the history sees it: where it came from, how it is grouped, and its durations.
///
/// Read from an analysis document (`postmortem.analysis/v1`, the output of `postmortem analyze`)
/// or made from an ``Analysis`` directly.
public struct IncidentRecord: Sendable, Equatable {
    /// Where it was read: a file path, or an export path with `#channel` (and `/incident N`).
    public var source: String
    /// The incident's title.
    public var title: String
    /// The channel's name.
    public var channel: String
    /// Severity as the team names it, if known.
    public var severity: String?
    /// Services affected (from corrections).
    public var services: [String]
    /// Tags (from corrections).
    public var tags: [String]
    /// When it was detected, if it was.
    public var detected: Date?
    /// When it was resolved; nil for an incident still open.
    public var resolved: Date?
    /// The durations present, in seconds.
    public var durations: [DurationMetric: Int]

    /// Creates a record.
    public init(
        source: String, title: String, channel: String, severity: String? = nil, services: [String] = [], tags: [String] = [],
        detected: Date? = nil, resolved: Date? = nil, durations: [DurationMetric: Int] = [:]
    ) {
        self.source = source
        self.title = title
        self.channel = channel
        self.severity = severity
        self.services = services
        self.tags = tags
        self.detected = detected
        self.resolved = resolved
        self.durations = durations
    }

    /// A record of an analysis made in this run.
    public init(analysis: Analysis, source: String) {
        var durations: [DurationMetric: Int] = [:]
        for metric in DurationMetric.allCases { durations[metric] = metric.value(in: analysis.metrics) }
        self.init(
            source: source, title: analysis.header.title, channel: analysis.channel.name, severity: analysis.header.severity,
            services: analysis.header.services, tags: analysis.header.tags, detected: analysis.milestones[.detected]?.time,
            resolved: analysis.milestones[.resolved]?.time, durations: durations)
    }

    /// True when the incident has no resolved milestone: its durations are left out of statistics.
    public var isOpen: Bool { resolved == nil }

    /// The month of detection in UTC (`2024-07`), or nil when it was never detected.
    public var month: String? {
        guard let detected else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month], from: detected)
        guard let year = parts.year, let month = parts.month else { return nil }
        return String(format: "%04d-%02d", year, month)
    }
}

extension IncidentRecord {
    /// True when `bytes` look like an analysis document: a JSON object naming a
    /// `postmortem.analysis/…` schema near its start. Cheap; used to tell analyses from exports.
    public static func looksLikeAnalysis(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first(where: { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) }), first == UInt8(ascii: "{") else {
            return false
        }
        return String(decoding: bytes.prefix(4096), as: UTF8.self).contains("\"postmortem.analysis/")
    }

    /// Reads an analysis document (`postmortem.analysis/v1`).
    ///
    /// Only what statistics need is read: title, channel, severity, services, tags, the detected
    /// and resolved milestones' times and the five durations. A duration that is null stays absent.
    ///
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - source: the file's path, for messages and for the record.
    /// - Throws: ``HistoryError`` when the document is not JSON, names another schema, or a
    ///   field has the wrong type.
    public static func parse(analysisJSON bytes: [UInt8], source: String) throws(HistoryError) -> IncidentRecord {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes).0
        } catch {
            throw .invalid(path: source, detail: "not JSON: \(error.description)")
        }
        guard let root = value.object else { throw .invalid(path: source, detail: "expected an object, found \(value.typeName)") }
        guard let schema = root["schema"]?.string else { throw .invalid(path: source, detail: "no \"schema\": not an analysis document") }
        guard schema == Analysis.schema else {
            throw .invalid(path: source, detail: "schema \"\(schema)\" is not supported (expected \(Analysis.schema))")
        }
        func optionalString(_ key: String, in object: JSONObject, at path: String) throws(HistoryError) -> String? {
            switch object[key] {
            case nil, .null?: return nil
            case .string(let s)?: return s
            case let other?: throw .invalid(path: source, detail: "\(path): expected a string, found \(other.typeName)")
            }
        }
        func strings(_ key: String) throws(HistoryError) -> [String] {
            switch root[key] {
            case nil, .null?: return []
            case .array(let items)?:
                var result: [String] = []
                for (i, item) in items.enumerated() {
                    guard let s = item.string else { throw .invalid(path: source, detail: "\(key).\(i): expected a string, found \(item.typeName)") }
                    result.append(s)
                }
                return result
            case let other?: throw .invalid(path: source, detail: "\(key): expected an array, found \(other.typeName)")
            }
        }
        func milestoneTime(_ kind: MilestoneKind, in milestones: JSONObject?) throws(HistoryError) -> Date? {
            guard let milestones else { return nil }
            switch milestones[kind.rawValue] {
            case nil, .null?: return nil
            case .object(let m)?:
                guard let text = try optionalString("time", in: m, at: "milestones.\(kind.rawValue).time") else {
                    throw .invalid(path: source, detail: "milestones.\(kind.rawValue).time: missing")
                }
                guard let date = Self.isoDate(text) else {
                    throw .invalid(path: source, detail: "milestones.\(kind.rawValue).time: '\(text)' is not an ISO 8601 time")
                }
                return date
            case let other?: throw .invalid(path: source, detail: "milestones.\(kind.rawValue): expected an object or null, found \(other.typeName)")
            }
        }
        guard let metrics = root.object("metrics") else { throw .invalid(path: source, detail: "metrics: missing or not an object") }
        guard case .object(let milestones)? = root["milestones"] else {
            throw .invalid(path: source, detail: "milestones: missing or not an object")
        }
        var durations: [DurationMetric: Int] = [:]
        for metric in DurationMetric.allCases {
            switch metrics[metric.jsonKey] {
            case nil, .null?: continue
            case .number(let lexeme)?:
                guard let seconds = Int(lexeme) ?? Double(lexeme).flatMap({ $0.isFinite && abs($0) < 1e15 ? Int($0.rounded()) : nil }) else {
                    throw .invalid(path: source, detail: "metrics.\(metric.jsonKey): '\(lexeme)' is not a number of seconds")
                }
                durations[metric] = seconds
            case let other?: throw .invalid(path: source, detail: "metrics.\(metric.jsonKey): expected a number or null, found \(other.typeName)")
            }
        }
        let channel = root.object("channel")
        return IncidentRecord(
            source: source, title: try optionalString("title", in: root, at: "title") ?? "",
            channel: channel.flatMap { $0.string("name") } ?? "", severity: try optionalString("severity", in: root, at: "severity"),
            services: try strings("services"), tags: try strings("tags"),
            detected: try milestoneTime(.detected, in: milestones), resolved: try milestoneTime(.resolved, in: milestones),
            durations: durations)
    }

    static func isoDate(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        if let d = f.date(from: text) { return d }
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.date(from: text)
    }
}
