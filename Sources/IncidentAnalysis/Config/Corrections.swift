import Foundation
import SlackExport
import Yams

/// Human corrections to an analysis, from `postmortem.yml` or `--config`, and from flags.
///
/// Corrections win over inference and are marked as such in the output.
public struct Corrections: Sendable, Equatable, Decodable {
    /// The incident's title.
    public var title: String?
    /// Severity as the team names it.
    public var severity: String?
    /// A summary written by a human (replaces the drafted one).
    public var summary: String?
    /// The impact in words.
    public var impact: String?
    /// Services affected (for `stats --by service`).
    public var services: [String]?
    /// Tags (for `stats --by tag`).
    public var tags: [String]?
    /// Milestones given as a time (ISO 8601 or local, in the incident's zone) or a message `ts`.
    public var milestones: [String: String]?
    /// Messages (by `ts`) the analysis must ignore.
    public var ignore: [String]?
    /// Extra action items.
    public var actionItems: [ActionItemCorrection]?
    /// Roles by user id or name: `incident_commander`, `responder`, `stakeholder`, `bot`.
    public var roles: [String: String]?

    /// An action item added by hand.
    public struct ActionItemCorrection: Sendable, Equatable, Decodable {
        public var text: String
        public var owner: String?
    }

    enum CodingKeys: String, CodingKey {
        case title, severity, summary, impact, services, tags, milestones, ignore, roles
        case actionItems = "action_items"
    }

    /// No corrections.
    public init() {}

    /// Reads corrections from YAML text; `file` names the source in errors.
    public static func parse(yaml: String, file: String) throws(CorrectionsError) -> Corrections {
        if yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return Corrections() }
        do {
            var c = try YAMLDecoder().decode(Corrections.self, from: yaml)
            try c.validate(file: file)
            c.ignore = c.ignore?.map { $0.trimmingCharacters(in: .whitespaces) }
            return c
        } catch let e as CorrectionsError {
            throw e
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw .invalid(file: file, detail: "\(Self.path(context.codingPath)): \(context.debugDescription)")
        } catch let DecodingError.dataCorrupted(context) {
            throw .invalid(file: file, detail: "\(Self.path(context.codingPath)) \(context.debugDescription)")
        } catch let error as YamlError {
            throw .invalid(file: file, detail: String(describing: error).replacingOccurrences(of: "\n", with: " "))
        } catch {
            throw .invalid(file: file, detail: String(describing: error).replacingOccurrences(of: "\n", with: " "))
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "top level" : keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    private func validate(file: String) throws(CorrectionsError) {
        for key in (milestones ?? [:]).keys where MilestoneKind(rawValue: key) == nil {
            throw .invalid(file: file, detail: "milestones.\(key): unknown milestone; use one of \(MilestoneKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        for (who, role) in roles ?? [:] where ParticipantRole(rawValue: role) == nil {
            throw .invalid(file: file, detail: "roles.\(who): unknown role '\(role)'; use incident_commander, responder, stakeholder or bot")
        }
    }

    /// Applies `other` on top of this (flags over the config file).
    public mutating func overlay(_ other: Corrections) {
        title = other.title ?? title
        severity = other.severity ?? severity
        summary = other.summary ?? summary
        impact = other.impact ?? impact
        services = other.services ?? services
        tags = other.tags ?? tags
        if let m = other.milestones { milestones = (milestones ?? [:]).merging(m) { $1 } }
        if let i = other.ignore { ignore = (ignore ?? []) + i }
        if let a = other.actionItems { actionItems = (actionItems ?? []) + a }
        if let r = other.roles { roles = (roles ?? [:]).merging(r) { $1 } }
    }
}

/// A corrections file that cannot be used.
public enum CorrectionsError: Error, Sendable, Equatable, LocalizedError {
    case invalid(file: String, detail: String)

    public var errorDescription: String? {
        switch self {
        case .invalid(let file, let detail): return "\(file): \(detail)"
        }
    }
}
