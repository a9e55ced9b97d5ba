import Foundation
import SlackExport

extension Analysis {
    /// The schema name written into every analysis document.
    public static let schema = "postmortem.analysis/v1"

    /// The analysis as the documented JSON (`Schemas/analysis.schema.json`): times in UTC ISO 8601,
    /// every item pointing at its message's `ts`.
    public func jsonNode() -> JSONNode {
        @Sendable func iso(_ d: Date) -> JSONNode { .string(TimeFormatter.isoUTC(d)) }
        var milestoneObject: [(String, JSONNode)] = []
        for kind in MilestoneKind.allCases {
            guard let m = milestones[kind] else {
                milestoneObject.append((kind.rawValue, .null))
                continue
            }
            milestoneObject.append((kind.rawValue, .object([
                ("time", iso(m.time)), ("ts", .string(m.ts?.raw)), ("source", .string(m.source.rawValue)),
                ("confidence", .double(m.confidence)), ("evidence", .string(m.evidence)),
            ])))
        }
        let metricsObject: JSONNode = .object([
            ("time_to_detect_s", .int(metrics.timeToDetect)),
            ("time_to_acknowledge_s", .int(metrics.timeToAcknowledge)),
            ("time_to_identify_s", .int(metrics.timeToIdentify)),
            ("time_to_mitigate_s", .int(metrics.timeToMitigate)),
            ("time_to_resolve_s", .int(metrics.timeToResolve)),
            ("impact_duration_s", .int(metrics.impactDuration)),
            ("messages", .int(metrics.messageCount)),
            ("participants", .int(metrics.participantCount)),
            ("hypotheses_raised", .int(metrics.hypothesesRaised)),
            ("hypotheses_ruled_out", .int(metrics.hypothesesRuledOut)),
            ("escalations", .int(metrics.escalationCount)),
            ("longest_silence_s", .int(metrics.longestSilence)),
            ("longest_silence_after_ts", .string(metrics.longestSilenceAfterTS?.raw)),
            ("time_on_ruled_out_hypotheses_s", .int(metrics.timeOnRuledOutHypotheses)),
        ])
        return .object([
            ("schema", .string(Self.schema)),
            ("channel", .object([("id", .string(channel.id)), ("name", .string(channel.name))])),
            ("timezone", .string(timeZone)),
            ("title", .string(header.title)),
            ("severity", .string(header.severity)),
            ("status", .string(header.status)),
            ("summary", .string(header.summary)),
            ("summary_is_draft", .bool(header.summaryIsDraft)),
            ("impact", .string(header.impact)),
            ("services", .array(header.services.map { .string($0) })),
            ("tags", .array(header.tags.map { .string($0) })),
            ("milestones", .object(milestoneObject)),
            ("metrics", metricsObject),
            ("timeline", .elements(timeline.count) { [timeline] i in
                let e = timeline[i]
                return .object([
                    ("ts", .string(e.ts.raw)), ("time", iso(e.ts.date)), ("user", .string(e.userID)), ("name", .string(e.name)),
                    ("kinds", .array(e.kinds.map { .string($0.rawValue) })),
                    ("milestones", .array(e.milestones.map { .string($0.rawValue) })),
                    ("text", .string(e.text)),
                ])
            }),
            ("escalations", .array(escalations.map { e in
                .object([
                    ("ts", .string(e.ts.raw)), ("time", iso(e.ts.date)), ("user", .string(e.userID)), ("name", .string(e.name)),
                    ("to", .string(e.to)), ("text", .string(e.text)),
                ])
            })),
            ("hypotheses", .array(hypotheses.map { h in
                .object([
                    ("ts", .string(h.ts.raw)), ("time", iso(h.ts.date)), ("user", .string(h.userID)), ("name", .string(h.name)),
                    ("text", .string(h.text)), ("outcome", .string(h.outcome.rawValue)), ("outcome_ts", .string(h.outcomeTS?.raw)),
                    ("outcome_text", .string(h.outcomeText)),
                ])
            })),
            ("action_items", .array(actionItems.map { a in
                .object([
                    ("ts", .string(a.ts?.raw)), ("time", a.ts.map { iso($0.date) } ?? .null), ("text", .string(a.text)),
                    ("owner", .string(a.owner)), ("source", .string(a.fromCorrections ? "override" : "inferred")),
                ])
            })),
            ("participants", .array(participants.map { p in
                .object([
                    ("id", .string(p.id)), ("name", .string(p.name)), ("title", .string(p.title)), ("role", .string(p.role.rawValue)),
                    ("role_source", .string(p.roleFromCorrections ? "override" : "inferred")),
                    ("first_ts", .string(p.firstTS.raw)), ("messages", .int(p.messageCount)),
                ])
            })),
            ("warnings", .array(warnings.map { .string($0) })),
        ])
    }
}
