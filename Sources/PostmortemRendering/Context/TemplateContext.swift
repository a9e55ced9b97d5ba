import Mustache

/// Everything a postmortem template can read: precomputed display values, nothing to compute.
///
/// swift-mustache reads values through `Mirror`, so only stored properties are visible; every
/// property here is a finished string, number, flag, optional or list. The property names are the
/// template API, documented in `Templates/README.md` and listed in ``schema``.
///
/// Text values are prepared for the output format. In a Markdown render, plain text is already
/// escaped for Markdown (safe in a table cell, on one line); in an HTML render it is raw text that
/// `{{…}}` escapes. `body` values are formatted message text: Markdown or HTML markup, written with
/// `{{{body}}}`. Every string has had control characters removed.
public struct TemplateContext: Sendable {
    // MARK: Document

    /// `markdown` or `html`.
    public var format: String
    /// True in a Markdown render.
    public var isMarkdown: Bool
    /// True in an HTML render.
    public var isHTML: Bool
    /// `postmortem 0.1.0`: the tool and its version (no date, so documents are reproducible).
    public var generatedBy: String

    // MARK: Header

    /// The incident's title.
    public var title: String
    /// Severity as the team names it (`SEV1`), absent when unknown.
    public var severity: OptionalText
    /// `resolved`, `mitigated` or `ongoing`.
    public var status: String
    /// `Resolved`.
    public var statusLabel: String
    /// `Monday, 15 July 2024`: the day the incident began, in its zone.
    public var date: String
    /// `2024-07-15`.
    public var isoDate: String
    /// When the incident began (impact start, else detection, else the first key event), with zone.
    public var startedAt: OptionalText
    /// When it ended (resolved, else mitigated), with zone.
    public var endedAt: OptionalText
    /// `America/New_York`.
    public var timeZone: String
    /// `EDT`.
    public var timeZoneAbbreviation: String
    /// `America/New_York (EDT)`.
    public var timeZoneLabel: String
    /// The channel's name, without `#`.
    public var channelName: String
    /// The channel's Slack id.
    public var channelID: String
    /// The channel in Slack, when `--workspace-url` is given.
    public var channelURL: OptionalText
    /// The summary paragraph.
    public var summary: String
    /// True when the tool drafted the summary and a person should rewrite it.
    public var summaryIsDraft: Bool
    /// The impact as a person described it, absent when nobody did.
    public var impact: OptionalText
    /// Affected services.
    public var services: [String]
    /// `checkout-api, fraud-service`, absent when none are known.
    public var servicesList: OptionalText
    /// Tags.
    public var tags: [String]
    /// `Maren Vogt`: the incident commanders, absent when nobody had the role.
    public var incidentCommanders: OptionalText

    // MARK: Metrics

    /// The durations, each absent when a milestone it needs is missing.
    public var durations: Durations
    /// The counts.
    public var counts: Counts
    /// Every metric with its definition, in a fixed order.
    public var metrics: [Metric]
    /// The metrics shown as cards at the top of the HTML report.
    public var metricCards: [Metric]

    // MARK: Milestones and events

    /// The milestones found, in incident order.
    public var milestones: [MilestoneItem]
    /// `Escalated, Root cause identified`: milestones not found, absent when all were.
    public var missingMilestones: OptionalText
    /// The key events: messages that carry incident events, noise left out.
    public var keyEvents: [Event]
    /// The whole conversation, top-level messages with their thread replies nested.
    public var log: [Event]
    /// Messages in the whole conversation (replies included).
    public var logMessageCount: Int

    // MARK: People

    /// Everyone who posted, in order of their first message.
    public var participants: [Person]

    // MARK: Investigation

    /// Hypotheses in the order raised.
    public var hypotheses: [HypothesisItem]
    /// True when the channel names a root cause: a confirmed hypothesis, a root-cause message or milestone.
    public var hasRootCause: Bool
    /// Messages that state the root cause.
    public var rootCauses: [Event]
    /// Findings: messages that report what was found along the way.
    public var contributingFactors: [Event]
    /// Mitigation and resolution messages.
    public var mitigations: [Event]
    /// Escalations in order.
    public var escalations: [EscalationItem]
    /// Follow-up action items.
    public var actionItems: [Action]

    // MARK: Lessons

    /// Evidence-seeded prompts for "what went well".
    public var wentWell: [Prompt]
    /// Evidence-seeded prompts for "what went badly".
    public var wentBadly: [Prompt]
    /// Prompts for "where we got lucky".
    public var gotLucky: [Prompt]

    // MARK: Notes and chart

    /// Problems the analysis found in itself (milestones out of order…).
    public var warnings: [String]
    /// The timeline chart as inline SVG markup (write it with `{{{chartSVG}}}`; HTML renders only).
    public var chartSVG: String
    /// A sentence describing what the chart shows and leaves out.
    public var chartCaption: String

    /// Durations between milestones, shown for people (`1 h 24 min`).
    public struct Durations: Sendable {
        public var timeToDetect: OptionalText
        public var timeToAcknowledge: OptionalText
        public var timeToIdentify: OptionalText
        public var timeToMitigate: OptionalText
        public var timeToResolve: OptionalText
        public var impactDuration: OptionalText
        public var longestSilence: OptionalText
        public var timeOnRuledOutHypotheses: OptionalText
    }

    /// Counts.
    public struct Counts: Sendable {
        public var messages: Int
        public var participants: Int
        public var hypothesesRaised: Int
        public var hypothesesRuledOut: Int
        public var escalations: Int
        public var actionItems: Int
        public var keyEvents: Int
    }

    /// One metric with its definition.
    public struct Metric: Sendable {
        public var key: String
        public var name: String
        public var value: String
        public var definition: String
        public var isAvailable: Bool
    }

    /// One milestone found.
    public struct MilestoneItem: Sendable {
        public var kind: String
        public var name: String
        public var time: String
        public var dateTime: String
        public var evidence: String
        public var author: OptionalText
        public var link: OptionalText
        public var source: String
        public var sourceLabel: String
        public var confidence: String
    }

    /// One message: on the key-event timeline, in the log, or quoted as a finding.
    public struct Event: Sendable {
        public var anchor: String
        public var link: String
        public var slackURL: OptionalText
        public var time: String
        public var dateTime: String
        public var author: String
        public var isBot: Bool
        public var kind: OptionalText
        public var kindKey: OptionalText
        public var kinds: OptionalText
        public var milestoneNames: OptionalText
        public var text: String
        public var body: String
        public var isReply: Bool
        public var isBroadcast: Bool
        public var isEdited: Bool
        public var isChannelEvent: Bool
        public var isKeyEvent: Bool
        public var files: OptionalText
        public var reactions: OptionalText
        public var replies: [Event]
    }

    /// Someone who took part.
    public struct Person: Sendable {
        public var name: String
        public var jobTitle: OptionalText
        public var role: String
        public var roleKey: String
        public var roleSetByHuman: Bool
        public var messages: Int
        public var firstMessage: String
        public var link: String
    }

    /// A hypothesis and what became of it.
    public struct HypothesisItem: Sendable {
        public var number: String
        public var text: String
        public var raisedBy: String
        public var raisedAt: String
        public var link: String
        public var outcome: String
        public var outcomeKey: String
        public var isRuledOut: Bool
        public var isConfirmed: Bool
        public var isUnresolved: Bool
        public var settledBy: OptionalText
        public var settledAt: OptionalText
        public var settledText: OptionalText
        public var settledLink: OptionalText
        public var openFor: OptionalText
    }

    /// An escalation.
    public struct EscalationItem: Sendable {
        public var time: String
        public var by: String
        public var to: String
        public var text: String
        public var link: String
    }

    /// A follow-up action item.
    public struct Action: Sendable {
        public var text: String
        public var owner: OptionalText
        public var time: OptionalText
        public var link: OptionalText
        public var addedByHuman: Bool
    }

    /// A prompt for the lessons-learned discussion, with the evidence behind it.
    public struct Prompt: Sendable {
        public var text: String
        public var link: OptionalText
        public var isQuestion: Bool
    }
}

/// A string that may be absent, as templates see it: renders empty and is false when absent.
///
/// swift-mustache treats a `nil` Swift optional as "not found here" and keeps looking in enclosing
/// contexts, so an item's missing value would show its parent's. This wrapper is found (so the
/// search stops) and reports itself as null (so sections skip it and inverted sections show).
public struct OptionalText: MustacheCustomRenderable, Sendable, Equatable, CustomStringConvertible {
    /// The text, or nil when absent. (Named so no template key can collide with it.)
    public var optionalTextStorage: String?

    /// Wraps a value.
    public init(_ value: String?) { optionalTextStorage = value }

    /// The text, or nil.
    public var value: String? { optionalTextStorage }
    public var renderText: String { optionalTextStorage ?? "" }
    public var isNull: Bool { optionalTextStorage == nil }
    public var description: String { optionalTextStorage ?? "" }
}
