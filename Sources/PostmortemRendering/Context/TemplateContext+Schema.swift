/// One documented key of the template context.
public struct TemplateKey: Sendable {
    /// What a key holds.
    public enum Kind: Sendable {
        /// A string (escaped for the format).
        case text
        /// A string that may be absent (an ``OptionalText``): renders empty and is false when absent.
        case optionalText
        /// Ready-made markup for the format; write it with triple braces.
        case markup
        /// A boolean for `{{#key}}` / `{{^key}}`.
        case flag
        /// A whole number.
        case number
        /// A list of strings; `{{.}}` is the item.
        case textList
        /// A group of keys, read with dots: `{{durations.timeToDetect}}`.
        case object([TemplateKey])
        /// A list of items, each with these keys: `{{#key}}…{{/key}}`.
        case list([TemplateKey])
    }

    /// The key as written in a template.
    public var name: String
    /// What it holds.
    public var kind: Kind
    /// What it means.
    public var meaning: String
    /// An example value.
    public var example: String

    init(_ name: String, _ kind: Kind, _ meaning: String, _ example: String) {
        self.name = name
        self.kind = kind
        self.meaning = meaning
        self.example = example
    }

    /// The type as the README writes it.
    public var typeName: String {
        switch kind {
        case .text: return "string"
        case .optionalText: return "string?"
        case .markup: return "markup"
        case .flag: return "bool"
        case .number: return "int"
        case .textList: return "[string]"
        case .object: return "object"
        case .list: return "list"
        }
    }

    /// The keys inside an object or a list item, else nil.
    public var children: [TemplateKey]? {
        switch kind {
        case .object(let keys), .list(let keys): return keys
        default: return nil
        }
    }
}

extension TemplateContext {
    /// Every key a template can use, with its type, meaning and an example; `Templates/README.md`
    /// documents exactly these, and templates are checked against them.
    public static let schema: [TemplateKey] = [
        // Document
        .init("format", .text, "The output format of this render.", "`markdown`"),
        .init("isMarkdown", .flag, "True in a Markdown render.", "`true`"),
        .init("isHTML", .flag, "True in an HTML render.", "`false`"),
        .init("generatedBy", .text, "The tool and its version (no date, so output is reproducible).", "`postmortem 0.1.0`"),
        // Header
        .init("title", .text, "The incident's title (from corrections, else drafted).", "`Checkout latency and failed payments`"),
        .init("severity", .optionalText, "Severity as the team names it; absent when unknown.", "`SEV1`"),
        .init("status", .text, "`resolved`, `mitigated` or `ongoing`, from the milestones reached.", "`resolved`"),
        .init("statusLabel", .text, "The status capitalised.", "`Resolved`"),
        .init("date", .text, "The day the incident began, in its zone.", "`Thursday, 13 March 2025`"),
        .init("isoDate", .text, "The same day as `yyyy-MM-dd`.", "`2025-03-13`"),
        .init("startedAt", .optionalText, "When it began (impact start, else detection, else the first key event), with the zone.", "`2025-03-13 14:02:00 CET`"),
        .init("endedAt", .optionalText, "When it ended (resolved, else mitigated), with the zone.", "`2025-03-13 15:25:40 CET`"),
        .init("timeZone", .text, "The IANA zone every time is shown in.", "`Europe/Berlin`"),
        .init("timeZoneAbbreviation", .text, "The zone's abbreviation (or offset) when the incident began.", "`CET`"),
        .init("timeZoneLabel", .text, "Zone and abbreviation together.", "`Europe/Berlin (CET)`"),
        .init("channelName", .text, "The channel's name without `#`.", "`inc-2291-checkout-latency`"),
        .init("channelID", .text, "The channel's Slack id.", "`C08H3KQ7T2M`"),
        .init("channelURL", .optionalText, "The channel in Slack; only with `--workspace-url`.", "`https://kaufwerk.slack.com/archives/C08H3KQ7T2M`"),
        .init("summary", .text, "The summary paragraph.", "`Checkout p99 latency rose…`"),
        .init("summaryIsDraft", .flag, "True when the tool drafted the summary; say so and ask for an edit.", "`true`"),
        .init("impact", .optionalText, "The impact as a person described it (corrections file); absent when nobody did.", "`~25% of payment confirmations failed`"),
        .init("services", .textList, "Affected services (corrections file).", "`[checkout-api]`"),
        .init("servicesList", .optionalText, "The services joined with commas; absent when none.", "`checkout-api, fraud-service`"),
        .init("tags", .textList, "Tags (corrections file).", "`[payments]`"),
        .init("incidentCommanders", .optionalText, "Who had the incident-commander role; absent when nobody.", "`Maren Vogt`"),
        // Metrics
        .init(
            "durations",
            .object([
                .init("timeToDetect", .optionalText, "Impact start → detected.", "`8 min`"),
                .init("timeToAcknowledge", .optionalText, "Detected → acknowledged.", "`41 s`"),
                .init("timeToIdentify", .optionalText, "Detected → root cause identified.", "`31 min`"),
                .init("timeToMitigate", .optionalText, "Detected → mitigated.", "`43 min`"),
                .init("timeToResolve", .optionalText, "Detected → resolved.", "`1 h 15 min`"),
                .init("impactDuration", .optionalText, "Impact start → mitigated.", "`51 min`"),
                .init("longestSilence", .optionalText, "The longest gap between messages while the incident was open.", "`12 min`"),
                .init("timeOnRuledOutHypotheses", .optionalText, "Time spent on hypotheses later ruled out (overlaps counted once); absent when none were.", "`22 min`"),
            ]),
            "Durations for people; each is absent when a milestone it needs is missing.", "`{{durations.timeToMitigate}}`"),
        .init(
            "counts",
            .object([
                .init("messages", .number, "Messages in the analysed window (channel events excluded).", "`214`"),
                .init("participants", .number, "People who posted (bots excluded).", "`9`"),
                .init("hypothesesRaised", .number, "Hypotheses raised.", "`4`"),
                .init("hypothesesRuledOut", .number, "Hypotheses ruled out.", "`2`"),
                .init("escalations", .number, "Escalations.", "`3`"),
                .init("actionItems", .number, "Action items.", "`4`"),
                .init("keyEvents", .number, "Messages on the key-event timeline.", "`38`"),
            ]),
            "Counts.", "`{{counts.messages}}`"),
        .init("metrics", .list(metricKeys), "Every metric with its definition, in a fixed order (durations, then counts).", "see below"),
        .init("metricCards", .list(metricKeys), "The metrics shown as cards at the top of the HTML report (same item keys).", "see below"),
        // Milestones and events
        .init(
            "milestones",
            .list([
                .init("kind", .text, "The milestone's key.", "`detected`"),
                .init("name", .text, "Its name.", "`Detected`"),
                .init("time", .text, "Its time (with the date when on another day than the incident began).", "`14:10:01`"),
                .init("dateTime", .text, "Date, time and zone.", "`2025-03-13 14:10:01 CET`"),
                .init("evidence", .text, "A short excerpt of the message that shows it.", "`[Triggered] checkout-api p99 latency > 2s`"),
                .init("author", .optionalText, "Who posted the evidence; absent for times given without a message.", "`Datadog`"),
                .init("link", .optionalText, "Link to the evidence (Slack with `--workspace-url`, else the message in the log); absent without a message.", "`#m-1741871401000200`"),
                .init("source", .text, "`inferred`, `text` or `override`.", "`inferred`"),
                .init("sourceLabel", .text, "How it was found, for people.", "`inferred from the channel`"),
                .init("confidence", .text, "How sure the analysis is.", "`90%`"),
            ]),
            "The milestones found, in incident order.", "see below"),
        .init("missingMilestones", .optionalText, "Milestones not found, joined with commas; absent when all were found.", "`Escalated`"),
        .init("keyEvents", .list(eventKeys), "The key-event timeline: messages that carry incident events, noise left out, in time order.", "see below"),
        .init("log", .list(eventKeys), "The whole conversation: top-level messages in order, each with its thread `replies`.", "see below"),
        .init("logMessageCount", .number, "Messages in the whole conversation, replies included.", "`231`"),
        // People
        .init(
            "participants",
            .list([
                .init("name", .text, "Display name.", "`Maren Vogt`"),
                .init("jobTitle", .optionalText, "Job title from the profile; absent when empty.", "`Staff SRE`"),
                .init("role", .text, "The part they played.", "`Incident commander`"),
                .init("roleKey", .text, "`incident_commander`, `responder`, `stakeholder` or `bot`.", "`incident_commander`"),
                .init("roleSetByHuman", .flag, "True when the role came from the corrections file.", "`false`"),
                .init("messages", .number, "Messages they posted.", "`31`"),
                .init("firstMessage", .text, "Time of their first message.", "`14:10:42`"),
                .init("link", .text, "Link to their first message.", "`#m-1741871442000100`"),
            ]),
            "Everyone who posted, in order of first message.", "see below"),
        // Investigation
        .init(
            "hypotheses",
            .list([
                .init("number", .text, "`H1`, `H2`… in the order raised.", "`H2`"),
                .init("text", .text, "The hypothesis as written.", "`could it be the fraud_check_v2 flag?`"),
                .init("raisedBy", .text, "Who raised it.", "`Sofia Marques`"),
                .init("raisedAt", .text, "When.", "`14:24:10`"),
                .init("link", .text, "Link to the message that raised it.", "`#m-1741872250000300`"),
                .init("outcome", .text, "`ruled out`, `confirmed` or `unresolved`.", "`confirmed`"),
                .init("outcomeKey", .text, "`ruled_out`, `confirmed` or `unresolved`.", "`confirmed`"),
                .init("isRuledOut", .flag, "True when ruled out.", "`false`"),
                .init("isConfirmed", .flag, "True when confirmed.", "`true`"),
                .init("isUnresolved", .flag, "True when never settled.", "`false`"),
                .init("settledBy", .optionalText, "Who settled it; absent when unresolved.", "`Sofia Marques`"),
                .init("settledAt", .optionalText, "When it was settled.", "`14:41:27`"),
                .init("settledText", .optionalText, "An excerpt of the settling message.", "`Confirmed: v2 makes a sync call…`"),
                .init("settledLink", .optionalText, "Link to the settling message.", "`#m-1741873287000400`"),
                .init("openFor", .optionalText, "Raised → settled.", "`17 min`"),
            ]),
            "Hypotheses in the order raised, with their fate.", "see below"),
        .init("hasRootCause", .flag, "True when the channel names a root cause: a confirmed hypothesis, a root-cause message or the root-cause milestone.", "`true`"),
        .init("rootCauses", .list(eventKeys), "Messages that state the root cause, as found in the channel.", "see below"),
        .init("contributingFactors", .list(eventKeys), "Findings reported along the way, as found in the channel.", "see below"),
        .init("mitigations", .list(eventKeys), "Mitigation and resolution messages.", "see below"),
        .init(
            "escalations",
            .list([
                .init("time", .text, "When.", "`14:31:05`"),
                .init("by", .text, "Who escalated.", "`Incident Bot`"),
                .init("to", .text, "To whom or what, as far as the message says.", "`SEV1`"),
                .init("text", .text, "An excerpt of the message.", "`Severity raised from SEV2 to SEV1`"),
                .init("link", .text, "Link to the message.", "`#m-1741872665000100`"),
            ]),
            "Escalations in order.", "see below"),
        .init(
            "actionItems",
            .list([
                .init("text", .text, "The action item.", "`Add a 300 ms timeout to the fraud-check call`"),
                .init("owner", .optionalText, "Its owner when one is named.", "`Sofia Marques`"),
                .init("time", .optionalText, "When it was agreed; absent for items from the corrections file.", "`15:26:30`"),
                .init("link", .optionalText, "Link to the message; absent for items from the corrections file.", "`#m-1741875990000100`"),
                .init("addedByHuman", .flag, "True when it came from the corrections file.", "`false`"),
            ]),
            "Follow-up action items.", "see below"),
        // Lessons
        .init("wentWell", .list(promptKeys), "Prompts for \"what went well\", seeded with evidence (fast acknowledgement, a confirmed hypothesis).", "see below"),
        .init("wentBadly", .list(promptKeys), "Prompts for \"what went badly\", seeded with evidence (longest silence, time on ruled-out hypotheses).", "see below"),
        .init("gotLucky", .list(promptKeys), "Prompts for \"where we got lucky\".", "see below"),
        // Notes and chart
        .init("warnings", .textList, "Problems the analysis found in itself (milestones out of order…).", "`[acknowledged is before detected]`"),
        .init("chartSVG", .markup, "The timeline chart as inline SVG; write `{{{chartSVG}}}` in HTML templates.", "`<svg …>…</svg>`"),
        .init("chartCaption", .text, "What the chart shows and what it leaves out.", "`Times in Europe/Berlin (CET). 3 later events are not drawn.`"),
    ]

    static let metricKeys: [TemplateKey] = [
        .init("key", .text, "The metric's key.", "`timeToMitigate`"),
        .init("name", .text, "Its name.", "`Time to mitigate`"),
        .init("value", .text, "Its value, or `—` when unavailable.", "`43 min`"),
        .init("definition", .text, "What it measures.", "`From detection to mitigation.`"),
        .init("isAvailable", .flag, "False when a milestone it needs is missing.", "`true`"),
    ]

    static let eventKeys: [TemplateKey] = [
        .init("anchor", .text, "The message's id in the document (the log entry carries it).", "`m-1741871401000200`"),
        .init("link", .text, "Link to the message: Slack with `--workspace-url`, else `#anchor`.", "`#m-1741871401000200`"),
        .init("slackURL", .optionalText, "The Slack permalink; only with `--workspace-url`.", "`https://kaufwerk.slack.com/archives/C08H3KQ7T2M/p1741871401000200`"),
        .init("time", .text, "The time (with the date when on another day than the incident began).", "`14:10:01`"),
        .init("dateTime", .text, "Date, time and zone.", "`2025-03-13 14:10:01 CET`"),
        .init("author", .text, "Who posted it.", "`Datadog`"),
        .init("isBot", .flag, "True for bots and integrations.", "`true`"),
        .init("kind", .optionalText, "The strongest event kind, for people; absent for messages that carry none.", "`Alert`"),
        .init("kindKey", .optionalText, "The same as a key (`alert`, `root-cause`, …), usable as a CSS class.", "`alert`"),
        .init("kinds", .optionalText, "Every event kind, joined with commas.", "`Alert, Symptom`"),
        .init("milestoneNames", .optionalText, "Milestones this message is evidence for.", "`Detected`"),
        .init("text", .text, "The message as plain text on one line.", "`[Triggered] checkout-api p99 latency > 2s`"),
        .init("body", .markup, "The message formatted: Markdown (one line) or HTML; write `{{{body}}}`.", "`**[Triggered]** checkout-api…`"),
        .init("isReply", .flag, "True for a thread reply.", "`false`"),
        .init("isBroadcast", .flag, "True for a reply also sent to the channel.", "`false`"),
        .init("isEdited", .flag, "True when the message was edited.", "`false`"),
        .init("isChannelEvent", .flag, "True for joins, topic changes and other channel notices.", "`false`"),
        .init("isKeyEvent", .flag, "True when the message is on the key-event timeline.", "`true`"),
        .init("files", .optionalText, "Names of files shared with it.", "`p99.png`"),
        .init("reactions", .optionalText, "Reactions and counts.", "`:eyes: 2, :+1: 1`"),
        .init("replies", .list([]), "Thread replies (log entries only; same keys as their parent).", "see `log`"),
    ]

    static let promptKeys: [TemplateKey] = [
        .init("text", .text, "The prompt, with its evidence.", "`The longest silence lasted 12 min, after 14:33:10.`"),
        .init("link", .optionalText, "Link to the evidence.", "`#m-1741872790000100`"),
        .init("isQuestion", .flag, "True for a question to discuss rather than a finding.", "`false`"),
    ]
}
