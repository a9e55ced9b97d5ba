import Foundation
import SlackExport

extension IncidentStatistics {
    /// The schema name written into every statistics document.
    public static let schema = "postmortem.stats/v1"

    /// The statistics as JSON: the method, the overall group, the groups, and one entry per
    /// incident. Durations are seconds; a median or percentile that falls between two values may
    /// have a fraction (written with two decimals).
    public func jsonNode() -> JSONNode {
        func seconds(_ value: Double?) -> JSONNode {
            guard let value else { return .null }
            return value == value.rounded() && abs(value) < 1e15 ? .int(Int(value)) : .double(value)
        }
        func group(_ g: Group) -> JSONNode {
            .object([
                ("key", .string(g.key)), ("incidents", .int(g.incidents)), ("open", .int(g.open)),
                ("metrics", .object(g.summaries.map { metric, s in
                    (metric.jsonKey, .object([
                        ("count", .int(s.count)), ("median", seconds(s.median)), ("p90", seconds(s.p90)),
                        ("min", .int(s.min)), ("max", .int(s.max)),
                    ]))
                })),
            ])
        }
        return .object([
            ("schema", .string(Self.schema)),
            ("percentile_method", .string(Percentile.methodDescription)),
            ("open_incidents", .string("counted in incidents and open, left out of every duration figure")),
            ("group_by", .string(grouping?.rawValue)),
            ("overall", group(overall)),
            ("groups", .array(groups.map(group))),
            ("incidents", .array(records.map { r in
                var fields: [(String, JSONNode)] = [
                    ("source", .string(r.source)), ("title", .string(r.title)), ("channel", .string(r.channel)),
                    ("severity", .string(r.severity)), ("services", .array(r.services.map { .string($0) })),
                    ("tags", .array(r.tags.map { .string($0) })), ("month", .string(r.month)),
                    ("detected", r.detected.map { .string(TimeFormatter.isoUTC($0)) } ?? .null),
                    ("resolved", r.resolved.map { .string(TimeFormatter.isoUTC($0)) } ?? .null),
                    ("open", .bool(r.isOpen)),
                ]
                for metric in DurationMetric.allCases { fields.append((metric.jsonKey, .int(r.durations[metric]))) }
                return .object(fields)
            })),
        ])
    }
}
