import Foundation
import SlackExport

/// The analysis of one incident conversation: what happened, when, and the evidence for each claim.
///
/// Every item points at the message (`ts`) that carries it, so a reader can check each claim.
public struct Analysis: Sendable, Equatable {
    /// The conversation analysed.
    public var channel: ChannelRef
    /// The IANA zone times are shown in.
    public var timeZone: String
    /// Title, severity, status, summary and impact (from corrections, or drafted).
    public var header: IncidentHeader
    /// The milestones found or given.
    public var milestones: Milestones
    /// Durations between milestones and counts.
    public var metrics: IncidentMetrics
    /// Messages that carry incident events, in order.
    public var timeline: [TimelineEvent]
    /// Escalations, in order.
    public var escalations: [Escalation]
    /// Hypotheses raised and what became of them, in order raised.
    public var hypotheses: [Hypothesis]
    /// Follow-up action items agreed.
    public var actionItems: [ActionItem]
    /// Who took part, in order of first message.
    public var participants: [Participant]
    /// Problems found in the analysis itself (milestones out of order, etc.).
    public var warnings: [String]

    /// Creates an analysis.
    public init(
        channel: ChannelRef, timeZone: String, header: IncidentHeader, milestones: Milestones, metrics: IncidentMetrics,
        timeline: [TimelineEvent], escalations: [Escalation], hypotheses: [Hypothesis], actionItems: [ActionItem],
        participants: [Participant], warnings: [String]
    ) {
        self.channel = channel
        self.timeZone = timeZone
        self.header = header
        self.milestones = milestones
        self.metrics = metrics
        self.timeline = timeline
        self.escalations = escalations
        self.hypotheses = hypotheses
        self.actionItems = actionItems
        self.participants = participants
        self.warnings = warnings
    }
}

/// A conversation's id and name.
public struct ChannelRef: Sendable, Equatable {
    public var id: String
    public var name: String
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// What a human says about the incident, or what the analysis drafted.
public struct IncidentHeader: Sendable, Equatable {
    /// A short title.
    public var title: String
    /// Severity as the team names it (`SEV1`, `P1`), if known.
    public var severity: String?
    /// `resolved`, `mitigated` or `ongoing`, from the milestones reached.
    public var status: String
    /// A summary paragraph; `summaryIsDraft` says whether a human wrote it.
    public var summary: String
    /// True when the summary was drafted by the tool and should be edited.
    public var summaryIsDraft: Bool
    /// The impact, as given by a human (nil when unknown).
    public var impact: String?
    /// Services affected (from corrections).
    public var services: [String]
    /// Tags (from corrections).
    public var tags: [String]

    public init(
        title: String, severity: String? = nil, status: String, summary: String, summaryIsDraft: Bool,
        impact: String? = nil, services: [String] = [], tags: [String] = []
    ) {
        self.title = title
        self.severity = severity
        self.status = status
        self.summary = summary
        self.summaryIsDraft = summaryIsDraft
        self.impact = impact
        self.services = services
        self.tags = tags
    }
}

/// The named moments of an incident.
public enum MilestoneKind: String, Sendable, Equatable, CaseIterable, Codable {
    case impactStart = "impact_start"
    case detected
    case acknowledged
    case escalated
    case rootCauseIdentified = "root_cause_identified"
    case mitigated
    case resolved
}

/// Where a milestone came from.
public enum MilestoneSource: String, Sendable, Equatable, Codable {
    /// Inferred from message signals.
    case inferred
    /// Read from what a message says ("errors began 14:02").
    case text
    /// Given by a human (config file or flag).
    case override
}

/// One milestone: its time, its evidence message and how sure the analysis is.
public struct Milestone: Sendable, Equatable {
    /// The instant.
    public var time: Date
    /// The evidence message's `ts` (nil for a time given without a message).
    public var ts: SlackTimestamp?
    /// How it was found.
    public var source: MilestoneSource
    /// 0…1.
    public var confidence: Double
    /// A short excerpt of the evidence.
    public var evidence: String

    public init(time: Date, ts: SlackTimestamp?, source: MilestoneSource, confidence: Double, evidence: String) {
        self.time = time
        self.ts = ts
        self.source = source
        self.confidence = confidence
        self.evidence = evidence
    }
}

/// All milestones, any of which may be missing.
public struct Milestones: Sendable, Equatable {
    private var values: [MilestoneKind: Milestone] = [:]

    public init() {}

    /// The milestone of a kind.
    public subscript(kind: MilestoneKind) -> Milestone? {
        get { values[kind] }
        set { values[kind] = newValue }
    }
}

/// Durations (seconds) and counts that feed retrospectives.
public struct IncidentMetrics: Sendable, Equatable {
    /// detected − impact_start.
    public var timeToDetect: Int?
    /// acknowledged − detected.
    public var timeToAcknowledge: Int?
    /// root_cause_identified − detected.
    public var timeToIdentify: Int?
    /// mitigated − detected.
    public var timeToMitigate: Int?
    /// resolved − detected.
    public var timeToResolve: Int?
    /// mitigated − impact_start.
    public var impactDuration: Int?
    /// Messages in the analysed window (channel events excluded).
    public var messageCount: Int
    /// People who posted (bots excluded).
    public var participantCount: Int
    /// Hypotheses raised.
    public var hypothesesRaised: Int
    /// Hypotheses ruled out.
    public var hypothesesRuledOut: Int
    /// Escalations.
    public var escalationCount: Int
    /// The longest gap between consecutive messages between detection and resolution (seconds).
    public var longestSilence: Int?
    /// Where the longest silence began (`ts` of the message before it).
    public var longestSilenceAfterTS: SlackTimestamp?
    /// Seconds spent on hypotheses later ruled out (raised → ruled out, overlaps counted once).
    public var timeOnRuledOutHypotheses: Int

    public init(
        timeToDetect: Int? = nil, timeToAcknowledge: Int? = nil, timeToIdentify: Int? = nil, timeToMitigate: Int? = nil,
        timeToResolve: Int? = nil, impactDuration: Int? = nil, messageCount: Int = 0, participantCount: Int = 0,
        hypothesesRaised: Int = 0, hypothesesRuledOut: Int = 0, escalationCount: Int = 0, longestSilence: Int? = nil,
        longestSilenceAfterTS: SlackTimestamp? = nil, timeOnRuledOutHypotheses: Int = 0
    ) {
        self.timeToDetect = timeToDetect
        self.timeToAcknowledge = timeToAcknowledge
        self.timeToIdentify = timeToIdentify
        self.timeToMitigate = timeToMitigate
        self.timeToResolve = timeToResolve
        self.impactDuration = impactDuration
        self.messageCount = messageCount
        self.participantCount = participantCount
        self.hypothesesRaised = hypothesesRaised
        self.hypothesesRuledOut = hypothesesRuledOut
        self.escalationCount = escalationCount
        self.longestSilence = longestSilence
        self.longestSilenceAfterTS = longestSilenceAfterTS
        self.timeOnRuledOutHypotheses = timeOnRuledOutHypotheses
    }
}

/// The kinds of event a message may carry.
public enum EventKind: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    case alert
    case symptom
    case escalation
    case hypothesis
    case finding
    case action
    case mitigation
    case resolution
    case rootCause = "root_cause"
    case statusUpdate = "status_update"
    case followUp = "follow_up"
    case noise
}

/// A message on the key-event timeline.
public struct TimelineEvent: Sendable, Equatable {
    public var ts: SlackTimestamp
    /// Author id (bot id for bots).
    public var userID: String
    /// Author display name.
    public var name: String
    /// Event kinds, strongest first.
    public var kinds: [EventKind]
    /// Plain text of the message.
    public var text: String
    /// The message itself, for rendering rich text.
    public var message: Message
    /// Milestones this message is evidence for.
    public var milestones: [MilestoneKind]

    public init(ts: SlackTimestamp, userID: String, name: String, kinds: [EventKind], text: String, message: Message, milestones: [MilestoneKind]) {
        self.ts = ts
        self.userID = userID
        self.name = name
        self.kinds = kinds
        self.text = text
        self.message = message
        self.milestones = milestones
    }
}

/// An escalation: paging, a broadcast, pulling in a team, raising severity.
public struct Escalation: Sendable, Equatable {
    public var ts: SlackTimestamp
    public var userID: String
    public var name: String
    /// Who or what was escalated to, as far as the message says.
    public var to: String
    public var text: String

    public init(ts: SlackTimestamp, userID: String, name: String, to: String, text: String) {
        self.ts = ts
        self.userID = userID
        self.name = name
        self.to = to
        self.text = text
    }
}

/// What became of a hypothesis.
public enum HypothesisOutcome: String, Sendable, Equatable, Codable {
    case ruledOut = "ruled_out"
    case confirmed
    case unresolved
}

/// A hypothesis about the cause, who raised it, and the message that settled it.
public struct Hypothesis: Sendable, Equatable {
    public var ts: SlackTimestamp
    public var userID: String
    public var name: String
    /// The hypothesis as written (the sentence that carries it).
    public var text: String
    public var outcome: HypothesisOutcome
    /// The message that ruled it out or confirmed it.
    public var outcomeTS: SlackTimestamp?
    /// The settling message's text.
    public var outcomeText: String?
    /// Who settled it.
    public var outcomeName: String?

    public init(
        ts: SlackTimestamp, userID: String, name: String, text: String, outcome: HypothesisOutcome,
        outcomeTS: SlackTimestamp? = nil, outcomeText: String? = nil, outcomeName: String? = nil
    ) {
        self.ts = ts
        self.userID = userID
        self.name = name
        self.text = text
        self.outcome = outcome
        self.outcomeTS = outcomeTS
        self.outcomeText = outcomeText
        self.outcomeName = outcomeName
    }
}

/// A follow-up agreed during or after the incident.
public struct ActionItem: Sendable, Equatable {
    /// The message that carries it (nil for items added by corrections).
    public var ts: SlackTimestamp?
    public var text: String
    /// The owner's name when one is named.
    public var owner: String?
    /// True when a human added it through corrections.
    public var fromCorrections: Bool

    public init(ts: SlackTimestamp?, text: String, owner: String?, fromCorrections: Bool = false) {
        self.ts = ts
        self.text = text
        self.owner = owner
        self.fromCorrections = fromCorrections
    }
}

/// The part someone played.
public enum ParticipantRole: String, Sendable, Equatable, Codable {
    case incidentCommander = "incident_commander"
    case responder
    case stakeholder
    case bot
}

/// Someone who posted in the incident.
public struct Participant: Sendable, Equatable {
    public var id: String
    public var name: String
    public var title: String?
    public var role: ParticipantRole
    /// True when a human set the role.
    public var roleFromCorrections: Bool
    public var firstTS: SlackTimestamp
    public var messageCount: Int

    public init(id: String, name: String, title: String?, role: ParticipantRole, roleFromCorrections: Bool = false, firstTS: SlackTimestamp, messageCount: Int) {
        self.id = id
        self.name = name
        self.title = title
        self.role = role
        self.roleFromCorrections = roleFromCorrections
        self.firstTS = firstTS
        self.messageCount = messageCount
    }
}
