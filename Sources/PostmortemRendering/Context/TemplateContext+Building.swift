import Foundation
import IncidentAnalysis
import SlackExport

extension TemplateContext {
    /// Builds the context for one render.
    ///
    /// - Parameters:
    ///   - analysis: The analysis of `conversation`.
    ///   - conversation: The conversation analysed (its messages make the log appendix).
    ///   - workspace: The export it came from (names for mentions and authors).
    ///   - zone: The zone every time is shown in.
    ///   - format: The output format; text values are escaped for it.
    ///   - options: Workspace URL and tool version.
    public init(
        analysis: Analysis, conversation: Conversation, workspace: Workspace, zone: TimeZone,
        format: DocumentFormat, options: RenderOptions
    ) {
        let builder = ContextBuilder(
            analysis: analysis, conversation: conversation, workspace: workspace, zone: zone, format: format, options: options)
        self = builder.build()
    }
}

/// Turns an analysis into display values; one instance per render.
struct ContextBuilder {
    let analysis: Analysis
    let conversation: Conversation
    let workspace: Workspace
    let zone: TimeZone
    let format: DocumentFormat
    let options: RenderOptions
    let names: NameLookup
    let display: DisplayFormatting
    let start: Date?
    let messagesByTS: [SlackTimestamp: Message]
    let eventsByTS: [SlackTimestamp: TimelineEvent]

    init(analysis: Analysis, conversation: Conversation, workspace: Workspace, zone: TimeZone, format: DocumentFormat, options: RenderOptions) {
        self.analysis = analysis
        self.conversation = conversation
        self.workspace = workspace
        self.zone = zone
        self.format = format
        self.options = options
        names = workspace.names
        var byTS: [SlackTimestamp: Message] = [:]
        for m in conversation.messages where byTS[m.ts] == nil { byTS[m.ts] = m }
        messagesByTS = byTS
        var events: [SlackTimestamp: TimelineEvent] = [:]
        for e in analysis.timeline where events[e.ts] == nil { events[e.ts] = e }
        eventsByTS = events
        let start =
            analysis.milestones[.impactStart]?.time ?? analysis.milestones[.detected]?.time
            ?? analysis.timeline.first?.ts.date ?? conversation.messages.first?.ts.date
        self.start = start
        display = DisplayFormatting(zone: zone, reference: start)
    }

    // MARK: Escaping

    /// Plain text for the format, on one line.
    func line(_ s: String) -> String {
        switch format {
        case .markdown: return MarkdownEscaping.text(TextSanitizing.singleLine(s))
        case .html: return TextSanitizing.singleLine(s)
        }
    }

    /// Plain text for the format; line breaks kept (as `<br>` in Markdown).
    func block(_ s: String) -> String {
        switch format {
        case .markdown: return MarkdownEscaping.text(s)
        case .html: return TextSanitizing.clean(s)
        }
    }

    /// A short excerpt of plain text for the format.
    func excerpt(_ s: String, _ limit: Int = 160) -> String { line(TextSanitizing.excerpt(s, limit: limit)) }

    /// A message's formatted text.
    func body(_ message: Message) -> String {
        switch format {
        case .markdown: return MarkdownEscaping.cell(message.text.markdownInline(names: names))
        case .html: return TextSanitizing.clean(message.text.html(names: names))
        }
    }

    // MARK: Links

    /// `m-1721050540123456`: a message's id in the document.
    static func anchor(_ ts: SlackTimestamp) -> String {
        "m-" + String(ts.raw.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
    }

    /// The Slack permalink of a message, when the workspace URL is known.
    func slackURL(_ ts: SlackTimestamp, parent: SlackTimestamp? = nil) -> String? {
        guard let base = options.workspaceURL else { return nil }
        let channel = Self.pathSafe(analysis.channel.id.isEmpty ? conversation.info.id : analysis.channel.id)
        let digits = String(ts.raw.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
        var url = "\(base)/archives/\(channel)/p\(digits)"
        if let parent {
            let thread = String(parent.raw.unicodeScalars.filter { ("0"..."9").contains($0) || $0 == "." }.map(Character.init))
            url += "?thread_ts=\(thread)&cid=\(channel)"
        }
        return url
    }

    /// Where a link to a message goes: Slack when possible, else its entry in the log.
    func link(_ ts: SlackTimestamp) -> String {
        let parent = messagesByTS[ts]?.parentTS
        return slackURL(ts, parent: parent) ?? "#" + Self.anchor(ts)
    }

    /// Keeps letters, digits, `-` and `_`; anything else is percent-encoded.
    static func pathSafe(_ s: String) -> String {
        var out = ""
        for byte in s.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 128, c.isLetter || c.isNumber || c == "-" || c == "_" {
                out.append(c)
            } else {
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    // MARK: Building

    func build() -> TemplateContext {
        let header = analysis.header
        let startDate = start ?? Date(timeIntervalSince1970: 0)
        let abbreviation = DisplayFormatting.abbreviation(of: zone, at: startDate)
        let endDate = analysis.milestones[.resolved]?.time ?? analysis.milestones[.mitigated]?.time
        let keyEvents = analysis.timeline.filter { !$0.kinds.isEmpty && !$0.kinds.allSatisfy { $0 == .noise } }
        let participants = analysis.participants.map(person)
        let commanders = analysis.participants.filter { $0.role == .incidentCommander }.map(\.name)
        let missing = MilestoneKind.allCases.filter { analysis.milestones[$0] == nil }.map(\.label)
        let services = header.services.map(line)
        let chart = TimelineChart(analysis: analysis, display: display)

        let (durations, counts, metrics, cards) = metricValues(keyEventCount: keyEvents.count)
        return TemplateContext(
            format: format.rawValue,
            isMarkdown: format == .markdown,
            isHTML: format == .html,
            generatedBy: line(options.generatedBy),
            title: line(header.title.isEmpty ? "#\(analysis.channel.name)" : header.title),
            severity: OptionalText(header.severity.flatMap { $0.isEmpty ? nil : line($0) }),
            status: line(header.status),
            statusLabel: line(header.status.prefix(1).uppercased() + header.status.dropFirst()),
            date: start.map(display.longDay) ?? "unknown",
            isoDate: start.map(display.day) ?? "unknown",
            startedAt: OptionalText(start.map(display.dateTime)),
            endedAt: OptionalText(endDate.map(display.dateTime)),
            timeZone: line(zone.displayName),
            timeZoneAbbreviation: line(abbreviation),
            timeZoneLabel: line(abbreviation == zone.displayName ? zone.displayName : "\(zone.displayName) (\(abbreviation))"),
            channelName: line(analysis.channel.name),
            channelID: line(analysis.channel.id),
            channelURL: OptionalText(options.workspaceURL.map { "\($0)/archives/\(Self.pathSafe(analysis.channel.id))" }),
            summary: block(header.summary),
            summaryIsDraft: header.summaryIsDraft,
            impact: OptionalText(header.impact.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : block($0) }),
            services: services,
            servicesList: OptionalText(services.isEmpty ? nil : services.joined(separator: ", ")),
            tags: header.tags.map(line),
            incidentCommanders: OptionalText(commanders.isEmpty ? nil : line(commanders.joined(separator: ", "))),
            durations: durations,
            counts: counts,
            metrics: metrics,
            metricCards: cards,
            milestones: MilestoneKind.allCases.compactMap(milestone),
            missingMilestones: OptionalText(missing.isEmpty ? nil : missing.joined(separator: ", ")),
            keyEvents: keyEvents.map { event(for: $0.message, timeline: $0) },
            log: logEntries(),
            logMessageCount: conversation.messages.count,
            participants: participants,
            hypotheses: analysis.hypotheses.enumerated().map { hypothesis($0.element, number: $0.offset + 1) },
            hasRootCause: analysis.hypotheses.contains { $0.outcome == .confirmed } || keyEvents.contains { $0.kinds.contains(.rootCause) }
                || analysis.milestones[.rootCauseIdentified] != nil,
            rootCauses: rootCauseEvents(keyEvents),
            contributingFactors: keyEvents.filter { $0.kinds.contains(.finding) && !$0.kinds.contains(.rootCause) }
                .map { event(for: $0.message, timeline: $0) },
            mitigations: keyEvents.filter { $0.kinds.contains(.mitigation) || $0.kinds.contains(.resolution) }
                .map { event(for: $0.message, timeline: $0) },
            escalations: analysis.escalations.map(escalation),
            actionItems: analysis.actionItems.map(action),
            wentWell: wentWell(),
            wentBadly: wentBadly(),
            gotLucky: gotLucky(),
            warnings: analysis.warnings.map(line),
            chartSVG: chart.svg,
            chartCaption: line(chart.caption)
        )
    }

    /// Messages stating the root cause, plus the root-cause milestone's evidence when it is not one of them.
    func rootCauseEvents(_ keyEvents: [TimelineEvent]) -> [TemplateContext.Event] {
        var events = keyEvents.filter { $0.kinds.contains(.rootCause) }.map { $0.message }
        if let ts = analysis.milestones[.rootCauseIdentified]?.ts, !events.contains(where: { $0.ts == ts }), let m = messagesByTS[ts] {
            events.append(m)
            events.sort { $0.ts < $1.ts }
        }
        return events.map { event(for: $0, timeline: eventsByTS[$0.ts]) }
    }

    // MARK: Metrics

    private struct MetricDefinition {
        let key: String
        let name: String
        let definition: String
    }

    func metricValues(keyEventCount: Int) -> (TemplateContext.Durations, TemplateContext.Counts, [TemplateContext.Metric], [TemplateContext.Metric]) {
        let m = analysis.metrics
        let d = DisplayFormatting.duration
        let durations = TemplateContext.Durations(
            timeToDetect: OptionalText(m.timeToDetect.map(d)),
            timeToAcknowledge: OptionalText(m.timeToAcknowledge.map(d)),
            timeToIdentify: OptionalText(m.timeToIdentify.map(d)),
            timeToMitigate: OptionalText(m.timeToMitigate.map(d)),
            timeToResolve: OptionalText(m.timeToResolve.map(d)),
            impactDuration: OptionalText(m.impactDuration.map(d)),
            longestSilence: OptionalText(m.longestSilence.map(d)),
            timeOnRuledOutHypotheses: OptionalText((m.timeOnRuledOutHypotheses > 0 || m.hypothesesRuledOut > 0) ? d(m.timeOnRuledOutHypotheses) : nil))
        let counts = TemplateContext.Counts(
            messages: m.messageCount, participants: m.participantCount, hypothesesRaised: m.hypothesesRaised,
            hypothesesRuledOut: m.hypothesesRuledOut, escalations: m.escalationCount, actionItems: analysis.actionItems.count,
            keyEvents: keyEventCount)

        func metric(_ key: String, _ name: String, _ text: OptionalText, _ definition: String) -> TemplateContext.Metric {
            let value = text.value
            return TemplateContext.Metric(key: key, name: name, value: value ?? "—", definition: definition, isAvailable: value != nil)
        }
        let impact = metric("impactDuration", "Impact duration", durations.impactDuration, "From impact start to mitigation: how long users were affected.")
        let ttd = metric("timeToDetect", "Time to detect", durations.timeToDetect, "From impact start to detection: how long the problem went unnoticed.")
        let tta = metric("timeToAcknowledge", "Time to acknowledge", durations.timeToAcknowledge, "From detection to the first acknowledgement, by a person or the pager.")
        let tti = metric("timeToIdentify", "Time to identify", durations.timeToIdentify, "From detection to the root cause being identified.")
        let ttm = metric("timeToMitigate", "Time to mitigate", durations.timeToMitigate, "From detection to mitigation: when the impact stopped or was worked around.")
        let ttr = metric("timeToResolve", "Time to resolve", durations.timeToResolve, "From detection to resolution: when the incident was declared over.")
        let silence = metric("longestSilence", "Longest silence", durations.longestSilence, "The longest gap between consecutive messages between detection and resolution.")
        let ruledOut = metric(
            "timeOnRuledOutHypotheses", "Time on ruled-out hypotheses", OptionalText(durations.timeOnRuledOutHypotheses.value ?? d(0)),
            "Time from raising to ruling out the hypotheses that proved wrong; overlapping ones counted once.")
        let messages = metric("messages", "Messages", OptionalText(String(m.messageCount)), "Messages in the analysed window; joins and other channel notices excluded.")
        let people = metric("participants", "Participants", OptionalText(String(m.participantCount)), "People who posted; bots excluded.")
        let hypotheses = metric(
            "hypotheses", "Hypotheses", OptionalText("\(m.hypothesesRaised) raised, \(m.hypothesesRuledOut) ruled out"),
            "Explanations of the cause put forward in the channel, and how many were ruled out.")
        let escalations = metric("escalations", "Escalations", OptionalText(String(m.escalationCount)), "Pages, broadcasts, teams pulled in and severity raises.")
        let metrics = [impact, ttd, tta, tti, ttm, ttr, silence, ruledOut, messages, people, hypotheses, escalations]
        var hypothesisCard = hypotheses
        hypothesisCard.value = String(m.hypothesesRaised)
        hypothesisCard.name = "Hypotheses, \(m.hypothesesRuledOut) ruled out"
        let cards = [impact, ttd, tta, ttm, ttr, people, hypothesisCard]
        return (durations, counts, metrics, cards)
    }

    // MARK: Items

    func milestone(_ kind: MilestoneKind) -> TemplateContext.MilestoneItem? {
        guard let m = analysis.milestones[kind] else { return nil }
        let sourceLabel: String
        switch m.source {
        case .inferred: sourceLabel = "inferred from the channel"
        case .text: sourceLabel = "read from what a message says"
        case .override: sourceLabel = "given by a person"
        }
        let author = m.ts.flatMap { messagesByTS[$0] }.map { workspace.authorName(of: $0) }
        let confidence = Int((min(max(m.confidence, 0), 1) * 100).rounded())
        return TemplateContext.MilestoneItem(
            kind: kind.rawValue, name: kind.label, time: display.time(m.time), dateTime: display.dateTime(m.time),
            evidence: excerpt(m.evidence, 140), author: OptionalText(author.map(line)), link: OptionalText(m.ts.map(link)), source: m.source.rawValue,
            sourceLabel: sourceLabel, confidence: "\(confidence)%")
    }

    func event(for message: Message, timeline: TimelineEvent?, replies: [TemplateContext.Event] = []) -> TemplateContext.Event {
        let timeline = timeline ?? eventsByTS[message.ts]
        let kinds = (timeline?.kinds ?? []).filter { $0 != .noise }
        let date = message.ts.date
        let author = timeline?.name ?? workspace.authorName(of: message)
        let plain = timeline?.text ?? message.text.plainText(names: names)
        let milestones = (timeline?.milestones ?? []).map(\.label)
        let reactions = message.reactions.map { ":\($0.name): \($0.count)" }
        return TemplateContext.Event(
            anchor: Self.anchor(message.ts),
            link: link(message.ts),
            slackURL: OptionalText(slackURL(message.ts, parent: message.parentTS)),
            time: display.time(date),
            dateTime: display.dateTime(date),
            author: line(author),
            isBot: message.isBot,
            kind: OptionalText(kinds.first.map(\.label)),
            kindKey: OptionalText(kinds.first.map(\.cssName)),
            kinds: OptionalText(kinds.isEmpty ? nil : kinds.map(\.label).joined(separator: ", ")),
            milestoneNames: OptionalText(milestones.isEmpty ? nil : milestones.joined(separator: ", ")),
            text: excerpt(plain, 400),
            body: body(message),
            isReply: message.parentTS != nil,
            isBroadcast: message.kind == .threadBroadcast,
            isEdited: message.isEdited,
            isChannelEvent: message.kind.isChannelEvent,
            isKeyEvent: timeline.map { e in !e.kinds.isEmpty && !e.kinds.allSatisfy { $0 == .noise } } ?? false,
            files: OptionalText(message.fileNames.isEmpty ? nil : line(message.fileNames.joined(separator: ", "))),
            reactions: OptionalText(reactions.isEmpty ? nil : line(reactions.joined(separator: ", "))),
            replies: replies)
    }

    /// Top-level messages in order with their replies nested; a reply whose parent is not in the
    /// conversation stands on its own at its place in time.
    func logEntries() -> [TemplateContext.Event] {
        var repliesByParent: [SlackTimestamp: [Message]] = [:]
        var topLevel: [Message] = []
        for m in conversation.messages {
            if let parent = m.parentTS, parent != m.ts, messagesByTS[parent] != nil {
                repliesByParent[parent, default: []].append(m)
            } else {
                topLevel.append(m)
            }
        }
        return topLevel.map { m in
            let replies = (repliesByParent[m.ts] ?? []).map { event(for: $0, timeline: nil) }
            return event(for: m, timeline: nil, replies: replies)
        }
    }

    func person(_ p: Participant) -> TemplateContext.Person {
        TemplateContext.Person(
            name: line(p.name), jobTitle: OptionalText(p.title.flatMap { $0.isEmpty ? nil : line($0) }), role: p.role.label, roleKey: p.role.rawValue,
            roleSetByHuman: p.roleFromCorrections, messages: p.messageCount, firstMessage: display.time(p.firstTS.date), link: link(p.firstTS))
    }

    func hypothesis(_ h: Hypothesis, number: Int) -> TemplateContext.HypothesisItem {
        let openFor = h.outcomeTS.map { DisplayFormatting.duration(Int($0.seconds - h.ts.seconds)) }
        return TemplateContext.HypothesisItem(
            number: "H\(number)", text: excerpt(h.text, 300), raisedBy: line(h.name), raisedAt: display.time(h.ts.date), link: link(h.ts),
            outcome: h.outcome.label, outcomeKey: h.outcome.rawValue, isRuledOut: h.outcome == .ruledOut,
            isConfirmed: h.outcome == .confirmed, isUnresolved: h.outcome == .unresolved,
            settledBy: OptionalText(h.outcomeName.map(line)), settledAt: OptionalText(h.outcomeTS.map { display.time($0.date) }),
            settledText: OptionalText(h.outcomeText.map { excerpt($0, 300) }), settledLink: OptionalText(h.outcomeTS.map(link)), openFor: OptionalText(openFor))
    }

    func escalation(_ e: Escalation) -> TemplateContext.EscalationItem {
        TemplateContext.EscalationItem(
            time: display.time(e.ts.date), by: line(e.name), to: line(e.to.isEmpty ? "—" : e.to), text: excerpt(e.text, 200), link: link(e.ts))
    }

    func action(_ a: ActionItem) -> TemplateContext.Action {
        TemplateContext.Action(
            text: excerpt(a.text, 400), owner: OptionalText(a.owner.flatMap { $0.isEmpty ? nil : line($0) }), time: OptionalText(a.ts.map { display.time($0.date) }),
            link: OptionalText(a.ts.map(link)), addedByHuman: a.fromCorrections)
    }

    // MARK: Lessons

    private func prompt(_ text: String, link: String? = nil, question: Bool = false) -> TemplateContext.Prompt {
        TemplateContext.Prompt(text: line(text), link: OptionalText(link), isQuestion: question)
    }

    private func milestoneLink(_ kind: MilestoneKind) -> String? { analysis.milestones[kind]?.ts.map(link) }

    /// "H3 (“…”)" for the hypothesis at `index` (numbered from 1 as in the document).
    private func hypothesisLabel(_ index: Int, _ h: Hypothesis) -> String {
        "H\(index + 1) (“\(TextSanitizing.excerpt(h.text, limit: 60))”)"
    }

    func wentWell() -> [TemplateContext.Prompt] {
        let m = analysis.metrics
        let d = DisplayFormatting.duration
        var out: [TemplateContext.Prompt] = []
        if let tta = m.timeToAcknowledge, tta >= 0, tta <= 300 {
            out.append(prompt("Acknowledged \(d(tta)) after detection.", link: milestoneLink(.acknowledged)))
        }
        if let ttd = m.timeToDetect, ttd >= 0, ttd <= 600 {
            let by = analysis.milestones[.detected]?.ts.flatMap { messagesByTS[$0] }.map { " (\(workspace.authorName(of: $0)))" } ?? ""
            out.append(prompt("Detected \(d(ttd)) after impact began\(by).", link: milestoneLink(.detected)))
        }
        for (i, h) in analysis.hypotheses.enumerated() where h.outcome == .confirmed {
            let after = h.outcomeTS.map { " \(d(Int($0.seconds - h.ts.seconds))) after \(h.name) raised it" } ?? ""
            out.append(prompt("\(hypothesisLabel(i, h)) was confirmed\(after).", link: h.outcomeTS.map(link) ?? link(h.ts)))
        }
        if let ttm = m.timeToMitigate, ttm >= 0, ttm <= 3600 {
            out.append(prompt("Mitigated \(d(ttm)) after detection.", link: milestoneLink(.mitigated)))
        }
        out.append(prompt("What helped most: a runbook, a dashboard, the right person at hand?", question: true))
        return out
    }

    func wentBadly() -> [TemplateContext.Prompt] {
        let m = analysis.metrics
        let d = DisplayFormatting.duration
        var out: [TemplateContext.Prompt] = []
        if let ttd = m.timeToDetect, ttd > 600 {
            out.append(prompt("Impact began \(d(ttd)) before anyone detected it.", link: milestoneLink(.detected)))
        }
        if let tta = m.timeToAcknowledge, tta > 300 {
            out.append(prompt("Acknowledgement took \(d(tta)) after detection.", link: milestoneLink(.acknowledged)))
        }
        if let silence = m.longestSilence, silence >= 300 {
            let after = m.longestSilenceAfterTS.map { " after \(display.time($0.date))" } ?? ""
            out.append(prompt("The channel was silent for \(d(silence))\(after) while the incident was open.", link: m.longestSilenceAfterTS.map(link)))
        }
        // Numbered by place, not looked up: a year-long channel has thousands of hypotheses.
        let ruledOut = analysis.hypotheses.enumerated().filter { $0.element.outcome == .ruledOut }
        if !ruledOut.isEmpty {
            let list = ruledOut.map(hypothesisLabel).joined(separator: ", ")
            let noun = ruledOut.count == 1 ? "hypothesis" : "hypotheses"
            out.append(prompt("\(d(m.timeOnRuledOutHypotheses)) went into \(ruledOut.count) \(noun) later ruled out: \(list).", link: link(ruledOut[0].element.ts)))
        }
        let open = analysis.hypotheses.enumerated().filter { $0.element.outcome == .unresolved }
        if !open.isEmpty {
            let noun = open.count == 1 ? "hypothesis was" : "hypotheses were"
            out.append(prompt("\(open.count) \(noun) never settled: \(open.map(hypothesisLabel).joined(separator: ", ")).", link: link(open[0].element.ts)))
        }
        if let ttm = m.timeToMitigate, ttm > 3600 {
            out.append(prompt("Mitigation took \(d(ttm)) after detection.", link: milestoneLink(.mitigated)))
        }
        out.append(prompt("What slowed the response: missing access, unclear ownership, noisy or missing alerts?", question: true))
        return out
    }

    func gotLucky() -> [TemplateContext.Prompt] {
        var out: [TemplateContext.Prompt] = []
        if let detected = analysis.milestones[.detected]?.time {
            var seen: Set<String> = []
            for (i, h) in analysis.hypotheses.enumerated() where h.outcome == .confirmed && !seen.contains(h.userID) {
                seen.insert(h.userID)
                guard let person = analysis.participants.first(where: { $0.id == h.userID }) else { continue }
                let late = Int(person.firstTS.date.timeIntervalSince(detected))
                if late > 900 {
                    out.append(
                        prompt(
                            "The confirmed cause, \(hypothesisLabel(i, h)), came from \(person.name), whose first message was \(DisplayFormatting.duration(late)) after detection.",
                            link: link(person.firstTS)))
                }
            }
        }
        out.append(
            prompt(
                "Did anything go right by chance: someone who happened to be online, a fix that worked on the first try, an alert that nearly did not fire?",
                question: true))
        return out
    }
}
