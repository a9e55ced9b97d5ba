import Foundation
import SlackExport

/// One analysis of one conversation; the steps run in order, each reading what earlier ones found.
struct AnalysisRun: Sendable {
    let rules: RuleSet
    let corrections: Corrections
    let conversation: Conversation
    let workspace: Workspace
    let zone: TimeZone
    let classifier: MessageClassifier
    let stopwords: Set<String>
    /// The negation scope's words ("not", "nicht", "pas"): a guess's word right after one is denied.
    let negatingWords: Set<String>
    /// Title words that do not tell one alert from another (severities, lifecycle).
    let alertTitleNoise: Set<String>
    /// The stemmed words of the alert phrases ("down", "firing", "recovered"): an alert's state, not its name.
    let alertStateTerms: Set<String>
    let impactTimes: ImpactTimeReader
    /// Messages that take part (ignored ones and channel notices removed), in order.
    var items: [ClassifiedMessage] = []
    /// By signal number, the positions of the items that have it: a search for one signal across a
    /// year-long channel reads these instead of every message.
    var positionsBySignal: [[Int32]] = []
    /// Sentences of messages already read for verdicts, so each is read once.
    let verdictCache = VerdictCache()
    var milestones = Milestones()
    /// An earlier alert's exchange that detection passed over as another episode, when there was one.
    var earlierEpisode: SlackTimestamp?
    var warnings: [String] = []

    init(rules: RuleSet, corrections: Corrections, conversation: Conversation, workspace: Workspace, zone: TimeZone) {
        self.rules = rules
        self.corrections = corrections
        self.conversation = conversation
        self.workspace = workspace
        self.zone = zone
        self.classifier = MessageClassifier(rules: rules)
        self.stopwords = Set(rules.stopwords.map { TextNormalizer.normalize($0) })
        self.negatingWords = Set(rules.negationScope.words.map { TextNormalizer.normalize($0) })
        self.alertTitleNoise = Set(rules.alertTitleNoise.map { TextNormalizer.normalize($0) })
        self.alertStateTerms = Self.terms(ofPhrasesIn: ["alert_firing", "alert_recovered"], rules: rules)
        self.impactTimes = ImpactTimeReader(rules.timeWords)
    }

    mutating func run() -> Analysis {
        classifyAll()
        findMilestones()
        let hypotheses = findHypotheses()
        let escalations = findEscalations()
        let actionItems = findActionItems()
        // Only now: a guessed cause must not open the window in which follow-ups are read.
        // With no cause stated, the message that explains most is read before the one that settled
        // a guess as confirmed: a settling "yes, doing it now" or "Bestätigt: Kunden erhalten den
        // Push wieder" confirms, but explains nothing.
        if milestones[.rootCauseIdentified] == nil, let explained = explainingMessage() {
            set(.rootCauseIdentified, explained, confidence: Self.guessedCauseConfidence)
        }
        if milestones[.rootCauseIdentified] == nil, let settler = confirmingSettler(hypotheses) {
            set(.rootCauseIdentified, settler, confidence: 0.5)
        }
        applyMilestoneCorrections()
        if milestones[.escalated] == nil, let first = escalations.first {
            milestones[.escalated] = Milestone(time: first.ts.date, ts: first.ts, source: .inferred, confidence: 0.6, evidence: Self.excerpt(first.text))
        }
        checkOrder()
        let participants = findParticipants()
        let metrics = computeMetrics(hypotheses: hypotheses, escalations: escalations, participants: participants)
        let timeline = buildTimeline()
        let header = buildHeader(hypotheses: hypotheses, participants: participants)
        // The per-message working state is not part of the result: free it while the caller writes.
        BackgroundRelease.release(items, messages: items.count)
        items = []
        return Analysis(
            channel: ChannelRef(id: conversation.info.id, name: conversation.info.name), timeZone: zone.displayName,
            header: header, milestones: milestones, metrics: metrics, timeline: timeline, escalations: escalations,
            hypotheses: hypotheses, actionItems: actionItems, participants: participants, warnings: warnings)
    }

    // MARK: - Classification

    mutating func classifyAll() {
        let ignored = Set(corrections.ignore ?? [])
        let names = workspace.names
        // Messages are classified on their own, in parallel; who had already taken part (for
        // "mentions someone new") is then read in order.
        let messages = conversation.messages
        // Positions, not copies: a message is a large value.
        let taking = messages.indices.filter { !ignored.contains(messages[$0].ts.raw) }
        let talk = taking.filter { !messages[$0].kind.isChannelEvent }
        items.reserveCapacity(talk.count)
        let classifier = classifier
        let workspace = workspace
        var classified = ParallelMap.map(talk) { i, position in
            classifier.classify(messages[position], index: i, workspace: workspace, names: names)
        }
        // A bot is known by what it does, whatever it is called: one that declares incidents or moves
        // them between states is an incident tool; one that raises alerts and later clears or
        // acknowledges them is an alerting tool. Its messages are read again as such.
        var roles: [String: BotCategory] = [:]
        var raises = Set<String>(), clears = Set<String>()
        // Names mislead ("Argos" is not Argo CD): behaviour decides for bots named as deploy tools too.
        for item in classified where item.bot == .other || item.bot == .deploy || item.bot == .ticketing {
            if item.has("incident_declared") || item.has("incident_status_change") { roles[item.authorID] = .incident }
            if item.has("alert_firing") { raises.insert(item.authorID) }
            if item.has("alert_recovered") || item.has("alert_acknowledged") { clears.insert(item.authorID) }
        }
        for id in raises.intersection(clears) where roles[id] == nil { roles[id] = .alerting }
        if !roles.isEmpty {
            for (i, item) in classified.enumerated() where item.isBot && roles[item.authorID] != nil {
                classified[i] = classifier.classify(messages[talk[i]], index: i, workspace: workspace, names: names, botRoles: roles)
            }
        }
        var seen = Set<String>()
        var next = 0
        for position in taking {
            if messages[position].kind.isChannelEvent {
                // Joining matters (who was pulled in when) but a join is not conversation.
                if let id = messages[position].authorID { seen.insert(id) }
                continue
            }
            let item = classifier.withNewcomerMention(classified[next], seenAuthors: seen)
            next += 1
            seen.insert(item.authorID)
            for id in item.mentionedUserIDs { seen.insert(id) }
            items.append(item)
        }
        positionsBySignal = Array(repeating: [], count: classifier.table.names.count)
        for (position, item) in items.enumerated() {
            item.hits.forEachSignalCount { signal, _ in positionsBySignal[Int(signal)].append(Int32(position)) }
        }
    }

    /// The items after position `position` that have `signal`, in order.
    func items(with signal: String, after position: Int) -> LazyMapCollection<ArraySlice<Int32>, ClassifiedMessage> {
        let list = classifier.table.id(signal).map { positionsBySignal[Int($0)] } ?? []
        let first = Self.partitionPoint(list.count) { Int(list[$0]) <= position }
        let items = items
        return list[first...].lazy.map { items[Int($0)] }
    }

    /// The first position in `0..<count` where `before` is false, by binary search; `before` must
    /// hold for a prefix of the positions and for none after it.
    static func partitionPoint(_ count: Int, where before: (Int) -> Bool) -> Int {
        var lo = 0
        var hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if before(mid) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    // MARK: - Milestones

    mutating func findMilestones() {
        let alerts = firstAlert()
        // Guesses made while the earlier alert was answered are read too: often the same trouble.
        earlierEpisode = alerts.passedOver?.ts
        guard let detected = findDetection(firstAlert: alerts.alert) else { return }
        set(.detected, detected.item, confidence: detected.confidence)
        // Items are in ts order and each knows its position: what follows is a slice, not a copy.
        let after = items[(detected.item.index + 1)...]

        // Acknowledgement: the first response that says so, else the first human reply.
        // The team acknowledges; people relayed from a community bridge only add their voices.
        let firstReply = after.first(where: { !$0.isBot && !$0.isBridged && $0.authorID != detected.item.authorID && !$0.kind(.noise) })
        if let ack = after.first(where: { !$0.isBridged && isAcknowledgement($0) }) {
            set(.acknowledged, ack, confidence: 0.8)
        } else if let reply = firstReply, reply.time.timeIntervalSince(detected.item.time) < 3600 {
            set(.acknowledged, reply, confidence: 0.4)
        }

        // Explicit status changes from an incident bot or a `Status:` line outrank inference.
        let statusFor: [(MilestoneKind, String)] = [
            (.rootCauseIdentified, "status_identified"), (.mitigated, "status_mitigated"), (.resolved, "status_resolved"),
        ]
        // A re-opened incident's impact came back: it is mitigated and resolved only after that. A
        // re-opening nothing is fixed or closed after is hindsight ("the run sheet reopened on the clock").
        let lastSettling = after.last { m in m.kind(.mitigation) || m.kind(.resolution) }?.ts
        // Said in words ("re-opening, errors are back") or by a tool moving the status back.
        let reopened = ["reopened", "status_reopened"].compactMap { signal in
            items(with: signal, after: detected.item.index).last { m in
                guard let lastSettling, m.ts < lastSettling else { return false }
                return !m.has("closure") && !m.isQuestion && (m.bot == .incident || !m.isBot)
            }?.ts
        }.max()
        func afterReopening(_ kind: MilestoneKind, _ m: ClassifiedMessage) -> Bool {
            kind == .rootCauseIdentified || reopened.map { m.ts > $0 } ?? true
        }
        for (kind, signal) in statusFor {
            // An alerting bot's own "Status: Closed" field is about its alert, not the incident; a public
            // status page posts, later, what the team already said.
            if let m = items(with: signal, after: detected.item.index).first(where: {
                $0.bot != .alerting && $0.bot != .statusPage && ($0.bot == .incident || !$0.isQuestion) && $0.isDatable
                    && afterReopening(kind, $0)
            }) {
                // Someone has to tell the tool: a person who opened a message by closing the incident
                // before the tool says "resolved" made the decision; the tool was updated after it.
                let settled = milestones[.mitigated]?.ts ?? milestones[.acknowledged]?.ts ?? detected.item.ts
                func personCloses(_ c: ClassifiedMessage) -> Bool {
                    !c.isBot && !c.isQuestion && !c.has("hedge") && c.isDatable && afterReopening(kind, c) && declaresClosure(c)
                }
                let closedBefore = kind == .resolved && m.isBot ? after.first { c in c.ts > settled && c.ts < m.ts && personCloses(c) } : nil
                // A monitor's own "Resolved: … 0.4% (threshold 2%)" is its alert clearing, not the
                // decision: a person closing the incident in words within hours after it is.
                let closedAfter = kind == .resolved && m.isBot && closedBefore == nil && m.has("alert_recovered")
                    ? after.lazy.prefix { c in c.time.timeIntervalSince(m.time) <= 6 * 3600 }.first { c in
                        c.ts > m.ts && c.isDatable && afterReopening(kind, c) && closesInWords(c)
                    } : nil
                set(kind, closedBefore ?? closedAfter ?? m, confidence: 0.9)
            }
        }
        // A tool's acknowledgement is bookkeeping, often after people were at work: causes are read from detection then.
        let ackTS = milestones[.acknowledged]?.ts.flatMap(item).map { $0.isBot ? detected.item.ts : $0.ts } ?? detected.item.ts
        func isCause(_ m: ClassifiedMessage) -> Bool {
            m.ts >= ackTS && !m.isBot && m.kind(.rootCause) && !m.isQuestion
                && ((!m.has("hedge") && !m.kind(.hypothesis)) || m.has("confirmation"))
        }
        let rootCause = after.first(where: isCause)
        // Against an incident tool's "→ Identified", the first message that says outright the cause is
        // found stands, even when evidence pasted on the way came before it.
        let outright = rootCause?.has("root_cause") == false ? after.first { isCause($0) && $0.has("root_cause") } : nil
        if let rc = [rootCause, outright].compactMap({ $0 }).first(where: { preferInferred($0, over: .rootCauseIdentified) }) {
            set(.rootCauseIdentified, rc, confidence: min(0.9, 0.4 + rc.score(.rootCause) / 4))
        }
        // Recovery is only believable once someone has tried a fix or found the cause; before that,
        // "it's back" is a flap or a misunderstanding.
        // An alerting bot's "condition cleared" is the alert ending, not anyone's fix.
        let firstFix = after.first { ($0.has("remediation_plan") || $0.has("remediation_done")) && !$0.isQuestion && $0.bot != .alerting }?.ts
        // With no fix or cause recognised at all (words we do not know), recovery after the acknowledgement is believed.
        let fixOrCause = [firstFix, rootCause?.ts, milestones[.rootCauseIdentified]?.ts].compactMap { $0 }.min() ?? milestones[.acknowledged]?.ts
        // Impact ends by the time an incident tool marks it resolved, not after.
        let toolResolved = milestones[.resolved]?.ts
        func mitigates(_ c: ClassifiedMessage) -> Bool {
            (isMitigation(c) || ((firstFix ?? fixOrCause).map { c.ts > $0 } ?? false) && cheersAnEffect(c)) && c.isDatable
                && afterReopening(.mitigated, c) && !changedNothing(c) && toolResolved.map { c.ts <= $0 } ?? true
                && ((c.has("remediation_done") && !c.has("no_effect")) || fixOrCause.map { c.ts >= $0 } ?? false)
        }
        // A deploy tool's "rollout complete" says the change landed, not that impact ended: a person or
        // the monitoring seeing it end is read first. Only when nobody did is the landing the evidence.
        // One pass: the first deploy tool's landing is kept on the way to the first observed effect.
        var observed: ClassifiedMessage?
        var landed: ClassifiedMessage?
        for c in after where mitigates(c) {
            if c.bot != .deploy {
                observed = c
                break
            }
            if landed == nil { landed = c }
        }
        var found = observed
        // "back to normal since the rollback, closing" looks back from the end: impact ended when the
        // rollback landed, or when the monitor cleared after it.
        if let m = observed, let landed, landed.ts < m.ts, closesInWords(m) {
            found = after[(landed.index + 1)..<m.index].first(where: monitorClears) ?? landed
        }
        if let m = found, preferInferred(m, over: .mitigated) {
            var effect = confirmedEffect(of: m) ?? m
            // The effect seen after the fix also came before the tool marked the incident resolved.
            if let toolResolved, effect.ts > toolResolved { effect = m }
            // An effect reported after someone called it mitigated does not move the call later.
            let afterTheCall = milestones[.mitigated]?.ts.map { effect.ts > $0 } ?? false
            if !afterTheCall { set(.mitigated, effect, confidence: min(0.85, 0.4 + effect.score(.mitigation) / 4)) }
        }
        // The fix was in before anyone said "on it" in words we know: the first reply took it up.
        if let ack = milestones[.acknowledged], let mitigated = milestones[.mitigated], mitigated.time < ack.time,
            let reply = firstReply, reply.time <= mitigated.time
        {
            set(.acknowledged, reply, confidence: 0.4)
        }
        if milestones[.resolved] == nil {
            let settled = milestones[.mitigated]?.ts ?? ackTS
            let from = reopened.map { max(settled, $0) } ?? settled
            // The message read as the mitigation may itself close the incident ("fix is live … Calling this one closed").
            let mitigationCloses = milestones[.mitigated]?.ts == from && item(from).map(closesInWords) ?? false
            // A message edited hours later (a pinned summary kept up to date) says what was true at
            // the edit, not at its ts: it cannot date the resolution.
            // Lazily: on a year-long channel this is most of the channel, read only as far as needed.
            let candidates = after.lazy.filter { ($0.ts > from || (mitigationCloses && $0.ts == from)) && $0.isDatable }
            // A person saying it is over, or confirming that service is back, closes the incident.
            // A summary handed to the next shift ("Mitigated 20:52 … if clean, resolve") restates, and "webhooks
            // are back; uploads still degraded" or "missing files now show a placeholder" confirms only
            // part: neither ends the incident.
            func confirmsRecovery(_ c: ClassifiedMessage) -> Bool {
                !c.has("hedge") && !c.isBot && !c.isQuestion && c.has("recovery") && c.has("confirmation") && !c.has("no_effect")
                    && !c.has("pending") && !c.has("watching") && !c.kind(.symptom) && !c.kind(.statusUpdate)
            }
            // Service confirmed back ("desk confirms pages are loading again") ends the incident only
            // when nobody closes it in words within the next few hours: the closing is the decision.
            let closed = candidates.first(where: closesInWords)
            let confirmed = candidates.first(where: confirmsRecovery)
            // Someone said the incident stays open ("je maintiens l'incident ouvert jusqu'à …"): the
            // closing, however late, is the decision. Read only when the closing came hours later.
            func heldOpen(before conf: ClassifiedMessage) -> Bool {
                candidates.prefix { $0.ts < conf.ts }.contains { !$0.isBot && $0.has("watching") }
            }
            let decided: ClassifiedMessage? = switch (closed, confirmed) {
            case let (closed?, confirmed?) where confirmed.ts < closed.ts && closed.time.timeIntervalSince(confirmed.time) > 6 * 3600 && !heldOpen(before: confirmed): confirmed
            case let (closed?, _): closed
            case let (nil, confirmed): confirmed
            }
            // Thanks to everyone once the impact is over, with no closing in words we know ("Hvala svima
            // na brzoj reakciji. Ovime incident zatvaramo."), is how many leads end the incident. Looked
            // for only when no closing was found: on a year-long channel it can read to the end.
            func thanked() -> ClassifiedMessage? {
                guard milestones[.mitigated] != nil else { return nil }
                return candidates.first { c in
                    !c.isBot && !c.isQuestion && c.has("gratitude") && !c.has("hedge") && !c.has("pending") && !c.has("watching")
                        && !c.kind(.symptom) && !c.kind(.hypothesis) && !c.kind(.escalation)
                }
            }
            if let r = decided {
                set(.resolved, r, confidence: 0.7)
            } else if let r = thanked() {
                // A person's closing in words we only half know ("alright, I think we're good … closing
                // this out") that came before the thanks is the decision.
                let earlier = candidates.first { !$0.isBot && !$0.isQuestion && $0.kind(.resolution) && $0.ts < r.ts }
                set(.resolved, earlier ?? r, confidence: 0.5)
            } else if let r = candidates.last(where: { $0.bot == .alerting && $0.has("alert_recovered") }),
                !candidates.contains(where: { $0.ts > r.ts && $0.bot == .alerting && isFiring($0) })
            {
                set(.resolved, r, confidence: 0.6)
            } else if let r = candidates.first(where: { !$0.isQuestion && $0.kind(.resolution) && $0.bot != .statusPage }) {
                set(.resolved, r, confidence: 0.5)
            }
        }
        // The monitoring that saw impact start saw it end: its alert cleared after the fix or cause and before the closing.
        let since = fixOrCause ?? ackTS
        func monitorCleared(before end: SlackTimestamp) -> ClassifiedMessage? {
            after.lazy.prefix { $0.ts < end }.first { m in monitorClears(m) && m.ts > since }
        }
        // Someone closed the incident in words before the message read as its mitigation (a relay of
        // the good news, a follow-up the next morning): the closing is the resolution, and impact had
        // ended by then.
        if milestones[.resolved] == nil, let mitigated = milestones[.mitigated]?.ts,
            let closing = after.lazy.prefix(while: { $0.ts < mitigated }).first(where: { c in
                c.ts > since && c.isDatable && afterReopening(.resolved, c) && closesInWords(c)
            })
        {
            set(.resolved, closing, confidence: 0.5)
            // Failing the monitor, impact ended by the closing at the latest (below), never after it.
            milestones[.mitigated] = nil
        }
        if milestones[.mitigated] == nil {
            // No one said when impact ended: the monitoring saw it end. Failing that, a deploy tool's
            // landing before the end; failing that, impact ended when the incident did.
            let resolved = milestones[.resolved]
            if let resolved, let cleared = monitorCleared(before: resolved.ts ?? since) {
                set(.mitigated, cleared, confidence: 0.4)
            } else if let landed, resolved?.ts.map({ landed.ts <= $0 }) ?? true {
                set(.mitigated, confirmedEffect(of: landed) ?? landed, confidence: 0.4)
            } else if let resolved {
                milestones[.mitigated] = Milestone(time: resolved.time, ts: resolved.ts, source: .inferred, confidence: 0.3, evidence: resolved.evidence)
            }
        }
        findImpactStart(detected: detected.item)
    }

    /// True when a person closes the incident in words: a closing that is not hedged, or one that
    /// opens the message and decides, whatever else it asks ("… call this one done. Kendra, can you
    /// put together the timeline?"), unless what it asks is whether to close.
    func closesInWords(_ c: ClassifiedMessage) -> Bool {
        guard !c.has("hedge"), !c.isBot else { return false }
        let closes = declaresClosure(c)
        // "… latency normal. I'm calling it, we're done here 🎉 Priya, can you close out the status
        // page?": closed in what it states before it asks for a task.
        func closesBeforeAsking() -> Bool {
            guard c.has("closure") else { return false }
            // What is said before the question, up to the mention that turns to someone with a task.
            let stated = Self.splitAtLastMention(c.plain.prefix { $0 != "?" && $0 != "？" }).stated
            let said = classifier.signals(in: NormalizedText(String(stated)))
            return said.contains("closure") && said.isDisjoint(with: Self.closingDoubts)
        }
        // "… down a connection our app had already closed": a closing word in a message that reports
        // the trouble more than it closes anything is no closing.
        let reportsTrouble = c.score(.symptom) > c.score(.resolution) && !reportsRecovery(c) && !c.has("recovery_weak") && !c.has("gratitude")
        return (!c.isQuestion || ((closes || closesBeforeAsking()) && !asksWhetherToClose(c)))
            && ((c.kind(.resolution) && c.has("closure") && !reportsTrouble) || closes)
    }

    /// True when a message opens with its closing ("Resolving incident 2231. … stays suspended until
    /// the fix is reviewed", "resolving. cert replaced, …"), or with service back and the closing next:
    /// what follows is evidence and follow-ups, not doubt.
    func declaresClosure(_ m: ClassifiedMessage) -> Bool {
        guard m.has("closure") || m.has("closing_word"), let (first, said) = openingStatement(of: m) else { return false }
        // Closing something else ("huddle closed.") is no closing, however short.
        guard !said.contains("closes_other") else { return false }
        // "resolving. cert replaced, …": a closing word standing alone as the first sentence.
        if said.contains("closing_word") && MessageClassifier.hasAtMost(2, wordsIn: first) { return true }
        if said.contains("closure") { return said.isDisjoint(with: Self.closingDoubts) }
        // "00:30 tick clean too. resolving. writeup in the morning": evidence, then the closing word as a
        // sentence of its own, in a message that doubts nothing.
        if m.has("closing_word"), !m.isQuestion, !Self.closingDoubts.contains(where: m.has),
            Self.sentences(m.plain).dropFirst().contains(where: { sentence in
                MessageClassifier.hasAtMost(2, wordsIn: sentence) && classifier.signals(in: NormalizedText(sentence)).contains("closing_word")
            })
        {
            return true
        }
        // "Service restored, confirmed by station. I'm resolving INC0098231 now. Patching stays paused
        // until the PIR.": service back, then the closing; what follows it is about something else.
        guard said.contains("recovery"), !said.contains("no_effect"), said.isDisjoint(with: Self.closingDoubts) else { return false }
        let sentences = Self.sentences(m.plain)
        guard let at = sentences.firstIndex(of: first), at + 1 < sentences.count, !sentences[at + 1].hasSuffix("?") else { return false }
        let next = classifier.signals(in: NormalizedText(sentences[at + 1]))
        return next.contains("closure") && next.isDisjoint(with: Self.closingDoubts)
    }

    /// What, said beside a closing, makes it no decision: waiting, watching, doubt, or closing something else.
    private static let closingDoubts: Set<String> = ["pending", "watching", "hedge", "closes_other"]

    /// The signals of what a message states before its first question (none when it opens asking).
    func saysBeforeAsking(_ m: ClassifiedMessage) -> Set<String> {
        let sentences = Self.sentences(m.plain)
        let statements = sentences.prefix { !$0.hasSuffix("?") }
        guard !statements.isEmpty, statements.count < sentences.count else { return [] }
        return classifier.signals(in: NormalizedText(statements.joined(separator: " ")))
    }

    /// A text cut where it turns to someone by name ("we're done here 🎉 | @priya can you close out the
    /// status page?"): what was stated before the last mention, and the mention on; all of it is
    /// asked when a mention opens the text or there is none.
    static func splitAtLastMention(_ text: Substring) -> (stated: Substring, asked: Substring) {
        guard let at = text.lastIndex(of: "@"), at > text.startIndex else { return (text, text) }
        return (text[..<at], text[at...])
    }

    /// True when a question in the message speaks of closing ("are we closing?").
    /// Asking someone to set the public status page to resolved ("Priya can you take the status page
    /// to resolved?") is a task after the decision, not the question.
    func asksWhetherToClose(_ m: ClassifiedMessage) -> Bool {
        Self.sentences(m.plain).contains { sentence in
            guard sentence.hasSuffix("?") else { return false }
            // "we're done here 🎉 @priya can you close out the status page?": the question is what is
            // asked of the person named, not what was stated before the name.
            let asked = Self.splitAtLastMention(Substring(sentence)).asked
            let said = classifier.signals(in: NormalizedText(String(asked)))
            return (said.contains("closure") || said.contains("closing_word")) && !said.contains("status_page_task")
        }
    }

    /// Like `firstSentence`, past the courtesy a message may open with ("Thank you all.", "Great."):
    /// "Thanks all. Closing INC-0417." opens by closing.
    func openingStatement(of m: ClassifiedMessage) -> (text: String, signals: Set<String>)? {
        let sentences = Self.sentences(m.plain)
        var i = 0
        while i + 1 < sentences.count {
            let said = classifier.signals(in: NormalizedText(sentences[i]))
            let courtesy = said.isSubset(of: ["gratitude", "noise"]) && (!said.isEmpty || MessageClassifier.hasAtMost(2, wordsIn: sentences[i]))
            guard courtesy else { break }
            i += 1
        }
        guard i < sentences.count else { return nil }
        let opening = sentences[i]
        // As in `firstSentence`: a one-sentence message, or an opening that asks, has none.
        guard i > 0 || opening.count < m.plain.count, !opening.hasSuffix("?") else { return nil }
        return (opening, classifier.signals(in: NormalizedText(opening)))
    }

    /// The first sentence of a message of several, with its signals; nil for a one-sentence message
    /// or when the first sentence asks.
    func firstSentence(of m: ClassifiedMessage) -> (text: String, signals: Set<String>)? {
        guard let first = Self.sentences(m.plain).first, first.count < m.plain.count, !first.hasSuffix("?") else { return nil }
        return (first, classifier.signals(in: NormalizedText(first)))
    }


    /// True when an inferred milestone should stand: none was stated, or a person's "Status:" line
    /// came up to an hour after it (people announce what they saw earlier, often at the next
    /// half-hourly update). An incident bot's status change is the team's record and stands, except
    /// against a person who said outright, up to an hour before, that the cause was found.
    func preferInferred(_ candidate: ClassifiedMessage, over kind: MilestoneKind) -> Bool {
        guard let stated = milestones[kind], let ts = stated.ts else { return true }
        guard let statedItem = item(ts) else { return false }
        // A person saying outright that the cause is found ("Found it: …") came first; the tool's
        // "→ Identified" records it later. Evidence pasted on the way there does not outrank the tool.
        guard statedItem.bot != .incident || (kind == .rootCauseIdentified && candidate.has("root_cause")) else { return false }
        return candidate.ts < ts && statedItem.time.timeIntervalSince(candidate.time) <= 3600
    }

    /// An alerting bot's message that raises (rather than clears or acknowledges) an alert.
    func isFiring(_ m: ClassifiedMessage) -> Bool {
        // "[RESOLVED] …", "CLEARED — queue depth 41 is below threshold": a clearing that names its threshold.
        let opening = m.normalized.string.prefix(24)
        let opensRecovered = m.phrases("alert_recovered").contains { $0.hasPrefix("[") || opening.contains($0) }
        if m.has("alert_firing") { return !opensRecovered }
        // "ℹ️ Info: firmware version changed (3.7.4 → 3.8.1)", "[情報] WAFシグネチャバージョン変更": a monitor's
        // notice at info level states a fact; nothing fires.
        if m.has("alert_info") { return false }
        // "Release webhook-receiver@2.14.0 was deployed to production" is news of a change.
        return !m.has("alert_recovered") && !m.has("alert_acknowledged") && !m.has("release_notice")
    }

    func isAcknowledgement(_ m: ClassifiedMessage) -> Bool {
        if m.bot == .alerting || m.bot == .incident { return m.has("alert_acknowledged") || m.has("status_investigating") }
        guard !m.isBot else { return false }
        if m.has("alert_acknowledged") || m.has("status_investigating") { return true }
        // "looking" and friends count in a short message, or at the start of a longer one ("Thanks for
        // flagging, I'm on it now. Could you send me request ids?"), as people ack.
        // "👀 will look after standup": taken up later is not taken up.
        guard m.has("acknowledgement"), !m.has("deferral") else { return false }
        if m.normalized.string.unicodeScalars.count <= 160 {
            // "I'm on call, having a look now. Can you send me a broken page?" acks, then asks.
            guard m.isQuestion else { return true }
            // "chuta. ya, lo tomo yo. @Nico me pasai un par de números?": taken up before it asks.
            if firstSentence(of: m)?.signals.contains("acknowledgement") == true || saysBeforeAsking(m).contains("acknowledgement") { return true }
            // A clause said before the question that takes the page up.
            func acks(_ clause: String) -> Bool { classifier.signals(in: NormalizedText(clause)).contains("acknowledgement") }
            // "başarı oranı %3?? SSLHandshake uçuyor, bakıyorum 👀": a surprised question, then taken up in
            // a closing clause of its own, in words (a bare 👀 after a question only watches).
            if let last = Self.sentences(m.plain).last, !last.hasSuffix("?"), !last.hasSuffix("？") {
                let words = String(String.UnicodeScalarView(last.unicodeScalars.filter { !$0.properties.isEmojiPresentation }))
                let clause = words.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                if !clause.isEmpty, MessageClassifier.hasAtMost(3, wordsIn: clause), acks(clause) { return true }
            }
            // "Alarmı gördüm, bakıyorum 👀 @Tuğba yazıcı resetten sonra düzeldi mi?": taken up, then a question to someone by name.
            let (stated, asked) = Self.splitAtLastMention(Substring(m.plain))
            if asked.count < m.plain.count, !stated.contains("?"), acks(String(stated)) { return true }
            // "bom dia! vou olhar agora 👀 tem algum pedido de exemplo?": an emoji closes the clause that took it up.
            if let emoji = m.plain.unicodeScalars.firstIndex(where: { $0.properties.isEmojiPresentation }) {
                let before = m.plain.unicodeScalars[..<emoji]
                if !before.contains("?"), acks(String(before)) { return true }
            }
            // "收到 我現在看 可以丟幾個訂單編號給我嗎": without punctuation the clauses are split by spaces.
            let clause = m.plain.prefix { $0 != " " && $0 != "," && $0 != "，" && $0 != "、" }
            return clause.count < m.plain.count && !clause.hasSuffix("?") && !clause.hasSuffix("？") && acks(String(clause))
        }
        // "Morning all. Is anyone looking at the accuracy alert? …" asks who has it; it takes nothing up.
        return openingSignals(of: m).contains("acknowledgement") && (!m.isQuestion || saysBeforeAsking(m).contains("acknowledgement"))
    }

    /// True when a message reports the service back, in words ("recovery") or in numbers that fell
    /// ("falling_measure", "lag 212k → 1.2k").
    func reportsRecovery(_ m: ClassifiedMessage) -> Bool {
        m.has("recovery") || m.has("falling_measure")
    }

    /// True for an alerting bot's own alert clearing ("[RESOLVED] ApiHighErrorRate … 0.3%").
    func monitorClears(_ m: ClassifiedMessage) -> Bool {
        m.bot == .alerting && m.has("alert_recovered") && !isFiring(m)
    }

    func isMitigation(_ m: ClassifiedMessage) -> Bool {
        // Raising the severity says it is getting worse, whatever else the message mentions. A fix
        // stated first and then a request ("binding put back. Can you test?") is still the fix.
        // A change asked about as the cause ("we deployed 24.10.2 last night … could that be it?") is no fix.
        guard !m.isQuestion || (m.has("remediation_done") && saysBeforeAsking(m).contains("remediation_done") && !asksAboutACause(m)),
            !m.has("hedge"), !m.has("severity_raised")
        else { return false }
        if m.bot == .deploy { return (m.has("remediation_done") && !m.has("trial_scope") || m.has("deploy_rollback")) && !m.has("deploy_started") }
        guard !m.isBot else { return false }
        // A recovery said first and what is still broken after it weighs to nothing, yet is one.
        let recoverySaidFirst = m.has("recovery") && m.has("no_effect") && opensWithRecovery(m)
        guard m.kind(.mitigation) || recoverySaidFirst else { return false }
        // A timeline told afterwards ("• 7:34 policy applied • 8:52 purge finished • 9:10 recovered")
        // names the recovery among many times; it is a recap, not the moment.
        if Self.namesClockTimes(m.plain, atLeast: 4) { return false }
        // Still-broken reports ("caches cleared, same on every machine") and the finding of the
        // cause are not the fix; a recovery said in the same breath makes them so.
        // A success seen on a canary or in staging is a trial, unless the message also reports the fix done.
        let trial = m.has("trial_scope") && !m.has("remediation_done") && !m.has("deploy_rollback")
        if reportsRecovery(m) {
            // An action-item list ("2) no more timeouts from one resolver") names work still to do.
            guard !m.has("pending"), !trial, !m.has("plan_marker"), !m.has("follow_up_strong") else { return false }
            // A suspect checked and ruled out ("HSM normal … Descartado.") is healthy; nothing recovered.
            if m.has("ruled_out"), !m.has("remediation_done"), !m.has("deploy_rollback") { return false }
            // A measure that fell, told with the cause or a guess ("sandbox: 1523050 → 422. that's it"),
            // is evidence of the cause, not a recovery.
            if !m.has("recovery"), m.kind(.rootCause) || m.kind(.hypothesis) { return false }
            // "… Sectigo yok → PKIX. Sorun bu. Diğer bankalar … çalışıyor": the cause named, and what still
            // works beside it, with no fix done, explains; it restores nothing.
            if m.has("root_cause"), m.kind(.rootCause), !m.has("remediation_done"), !m.has("deploy_rollback") { return false }
            // "pronto, achamos. … por isso Mercosul funciona e real não": a discovery opening the
            // message explains what works and what does not; it is the cause, not the recovery.
            if m.has("found_it"), let opening = MessageClassifier.verdictOpening(m.plain, hits: m.hits, table: m.table),
                classifier.signals(in: NormalizedText(opening)).contains("found_it")
            {
                return false
            }
            return !m.has("no_effect") || recoverySaidFirst
        }
        // A fix that changed nothing, a message ruling something out, or the finding of the cause is not the fix.
        // A plan ("plan: 1) flag off 2) shift traffic") names fixes still to be made.
        return m.has("remediation_done") && !m.has("no_effect") && !m.has("negation") && !m.kind(.rootCause) && !m.has("plan_marker")
    }

    /// True when a question in the message names a likely cause ("Da war doch was am Connection Pool
    /// dabei oder?", "Kann das den Import zerschossen haben?"), rather than asking for a check ("Can you test?").
    func asksAboutACause(_ m: ClassifiedMessage) -> Bool {
        Self.sentences(m.plain).contains { sentence in
            guard sentence.hasSuffix("?") else { return false }
            let said = classifier.signals(in: NormalizedText(sentence))
            return said.contains("cause_nouns") || said.contains("cause_question")
        }
    }

    /// True when a message says the recovery first, in sentences of its own, before naming what is
    /// still broken ("5xx at baseline. all hawk checks green. r14 still dark, running n-1").
    func opensWithRecovery(_ m: ClassifiedMessage) -> Bool {
        for sentence in Self.sentences(m.plain) {
            let said = classifier.signals(in: NormalizedText(sentence))
            if said.contains("no_effect") || said.contains("negation") { return false }
            if said.contains("recovery") { return true }
        }
        return false
    }

    /// Whether an incident tool's post opens an incident: declares one, changes its status, relays an alert or a report.
    private func opensIncidentAsTool(_ m: ClassifiedMessage) -> Bool {
        guard m.bot == .incident else { return false }
        // Another incident's "Resolved" notice closes that one; it opens nothing.
        if m.has("status_resolved") { return false }
        // A change record it tracks ("CHG0041877 implemented") is planned work, unless it names an incident.
        if m.has("change_record") && !MessageClassifier.namesAnIncident(m.normalized.string) { return false }
        return Self.incidentOpeningSignals.contains(where: m.has) || m.kind(.symptom) || m.kind(.escalation) || m.kind(.alert)
    }

    /// Bots whose posts detection reads as alerts or incident records, never as someone's report.
    private static let toolsReadApart: Set<BotCategory> = [.alerting, .incident, .statusPage]

    /// The signals by which an incident tool says an incident opened.
    private static let incidentOpeningSignals = ["incident_declared", "incident_status_change", "alert_firing", "severity_raised"]

    /// A real start draws people in; a lone alert or remark that nobody answers is background noise.
    func followedByActivity(_ m: ClassifiedMessage, people: Int = 2) -> Bool {
        following(m, within: 3600).filter { !$0.isBot && !$0.kind(.noise) }.prefix(people).count == people
    }

    /// The first alert that stands as the start, and the earlier alert passed over as another episode, if any.
    func firstAlert() -> (alert: ClassifiedMessage?, passedOver: ClassifiedMessage?) {
        // Lazily: only the first of each is needed, and a year-long channel has tens of thousands.
        let firing = items.lazy.filter { $0.bot == .alerting && self.isFiring($0) && followedByActivity($0) }
        // A monitor people wave off ("that one's noise") is not the start, when another alert is there to be.
        // The same alert raised earlier, unanswered and never cleared (a night-time warning before
        // the page), is when monitoring knew: detection is then, acknowledgement when people came.
        // When people answered only a low-priority alert, the higher one that followed it (at night,
        // unanswered) is still the start: the disk warning was not what the night was about.
        // A forecast people answered stands for the alert that fired when its trouble came, answered or not.
        let standing = firing.compactMap { a -> ClassifiedMessage? in
            guard !self.dismissed(a), !self.clearedOnItsOwn(a) else { return nil }
            if a.has("alert_forecast") { return self.outranking(a) }
            return self.outranked(a) ? nil : a
        }
        // As with reports below: an early alert whose small exchange ended (another host's disk
        // warning, dealt with) is another episode when a later one drew far more work.
        let earlyAlerts = Array(standing.prefix(20))
        let alertWork = earlyAlerts.map(incidentWork(after:))
        let busiestAlert = alertWork.max() ?? 0
        let chosen = zip(earlyAlerts, alertWork).first { $0.1 * 3 >= busiestAlert }?.0
        // The same monitor firing again after a quiet night is the same slow trouble, not a new episode.
        let alertPassedOver = earlyAlerts.first.flatMap { first in
            chosen.flatMap { c in
                self.quietBetween(first, c) && !Self.sameAlert(Self.alertTitle(first), later: Self.alertTitle(c), ignoring: self.alertTitleNoise)
                    ? first : nil
            }
        }
        // The first standing alert is already read (earlyAlerts holds it): read it from there, not again.
        let first = ((alertPassedOver == nil ? earlyAlerts.first : chosen)
            ?? firing.first.map { self.outranking($0) ?? $0 })
            .map(earliestRaising)
        return (first, alertPassedOver)
    }

    /// The message that first told anyone: an alert, or a person reporting symptoms shortly before one.
    func findDetection(firstAlert: ClassifiedMessage?) -> (item: ClassifiedMessage, confidence: Double)? {
        // An incident tool's first post (a declared or opened incident) also marks the start.
        let firstIncidentBot = items.first(where: opensIncidentAsTool)
        // A declared incident is someone's deliberate act: one person taking it up within the hour is enough.
        let declared = items.lazy.filter {
            ($0.has("incident_declared") || $0.ts == firstIncidentBot?.ts) && followedByActivity($0, people: 1)
        }
        // A support desk's new ticket relays a customer's report ("New ticket SUP-20417: staff net pay lower than expected"),
        // and a deploy tool's failed job or a scheduler's abend that people take up reports the trouble too
        // ("#812 Failure: 0/48 instances healthy", "DLYPST04 ABENDED SB37-04"). Monitors and incident tools are read above.
        let reported = items.lazy.filter {
            // A closing recap ("Ocorrência encerrada … o portal ficou parado desde as 23h38") tells the story, not the news.
            // A fix announced ("deployed the fix for the checkout timeouts, shout if anything") names the trouble it ended.
            // A bot's change record ("A change is entering its implementation window CHG0048812") announces planned work;
            // its periodic or info-level report ("🟢 Hourly: dispatch healthy · latency p95 4.6s") states a fact.
            // Trouble on staging or a canary ("J'ai des 502 sur le staging") is not the production incident's news.
            // A message that opens by waving something off ("connu ça, c'est quand l'API Sirene timeout") reports nothing.
            !Self.toolsReadApart.contains($0.bot) && $0.kind(.symptom) && !$0.kind(.noise) && !$0.has("planned_work") && !$0.has("closure") && !$0.has("trial_scope")
                && !($0.isBot && ($0.has("change_record") || $0.has("alert_info")))
                && !$0.has("remediation_done") && !opensByWavingOff($0) && followedByActivity($0)
        }
        // In a shared channel a small complaint hours earlier ("the label printer on 4 West is
        // jammed") draws a few replies and ends; the incident's report starts the work. Of the first
        // reports, those followed by much less incident work than the busiest are passed over.
        let early = Array(reported.prefix(20))
        let work = early.map(incidentWork(after:))
        let busiest = work.max() ?? 0
        let passedOver = Set(zip(early, work).filter { $0.1 * 3 < busiest }.map(\.0.index))
        // A person's report counts when it came shortly before the alert, or when someone took it
        // up (acknowledged it) before any alert did: slow incidents are often reported long before.
        let firstReport = reported.first { r in
            guard !passedOver.contains(r.index) else { return false }
            guard let a = firstAlert, r.ts < a.ts else { return true }
            if a.time.timeIntervalSince(r.time) <= 3600 { return true }
            // Taken up means acknowledged within two hours of the report (and before the alert).
            let until = min(a.time, r.time.addingTimeInterval(7200))
            var j = r.index + 1
            while j < items.count, items[j].time < until {
                let m = items[j]
                if !m.isBot && m.authorID != r.authorID && isAcknowledgement(m) { return true }
                j += 1
            }
            return false
        }
        // An incident tool's record opened before the alert fired (from customer calls, say) came first.
        if let a = firstAlert, let d = declared.first(where: { $0.has("incident_declared") }), d.ts < a.ts, a.time.timeIntervalSince(d.time) <= 3600,
            firstReport.map({ d.ts < $0.ts }) ?? true
        {
            return (d, 0.7)
        }
        // A night alert nobody answered before `d` (an incident opened in the morning, a first
        // message that drew a response) is when monitoring knew; else `d` itself.
        func monitoringKnewFirst(_ d: ClassifiedMessage, otherwise confidence: Double) -> (item: ClassifiedMessage, confidence: Double) {
            unansweredAlert(before: d).map { ($0, 0.5) } ?? (d, confidence)
        }
        switch (firstAlert, firstReport) {
        case let (a?, r?):
            if r.ts < a.ts {
                // The report came before the alert, and an incident record opened before both came first of all.
                if let d = declared.first, d.ts < r.ts { return (d, 0.6) }
                return (r, 0.6)
            }
            // A forecast nothing outranked ("certificate expires in 7 days") warned of trouble to come;
            // a report hours after it is when the trouble came.
            if a.has("alert_forecast"), r.time.timeIntervalSince(a.time) > 6 * 3600 { return (r, 0.6) }
            return (a, 0.85)
        case let (a?, nil):
            return (a, 0.85)
        case let (nil, r?):
            if let d = declared.first, d.ts < r.ts { return monitoringKnewFirst(d, otherwise: 0.6) }
            if let a = unansweredAlert(before: r) { return (a, 0.5) }
            // Someone took it up before any report we read ("Joo olen, katson heti" after the helpdesk
            // asked): a night alert nobody answered before that is when monitoring knew. Only the 12
            // hours before the report are read: on a long channel an earlier taking-up is another episode.
            if let ack = firstAcknowledgement(within: 12 * 3600, before: r), let a = unansweredAlert(before: ack) {
                return (a, 0.5)
            }
            return (r, 0.6)
        case (nil, nil):
            if let d = declared.first { return monitoringKnewFirst(d, otherwise: 0.6) }
            // No alert and no recognisable report: the first person whose message drew a response.
            guard let first = items.first(where: { !$0.isBot && followedByActivity($0) }) ?? items.first else { return nil }
            return monitoringKnewFirst(first, otherwise: 0.2)
        }
    }

    /// The earliest acknowledgement by a person in the `seconds` before `m`.
    func firstAcknowledgement(within seconds: TimeInterval, before m: ClassifiedMessage) -> ClassifiedMessage? {
        let since = m.time.addingTimeInterval(-seconds)
        var j = m.index - 1
        var earliest: ClassifiedMessage?
        while j >= 0, items[j].time >= since {
            if !items[j].isBot && isAcknowledgement(items[j]) { earliest = items[j] }
            j -= 1
        }
        return earliest
    }

    /// An alert that fired within the 12 hours before `m` and that nobody answered or saw clear (a
    /// night alarm that only reached the channel): monitoring knew first, people came later.
    func unansweredAlert(before m: ClassifiedMessage) -> ClassifiedMessage? {
        let since = m.time.addingTimeInterval(-12 * 3600)
        var j = m.index - 1
        var earliest: ClassifiedMessage?
        // The first person's message after the alert being read, when it is only chatter.
        var firstChatter: Date?
        while j >= 0, items[j].time >= since {
            let c = items[j]
            j -= 1
            // People worked in between: the alert was seen and let be, not missed. Chatter (the coffee
            // machine, a newcomer greeted) an hour later sees nothing; a reply right after it does.
            if !c.isBot {
                if watchesTheIncident(c) { return earliest }
                firstChatter = c.time
                continue
            }
            // A job runner or integration no name places that reports a failure in a monitor's words
            // ("nightly_policy_load FAILED — row count below threshold") warns like a monitor.
            guard c.bot == .alerting || (c.bot == .other && c.has("alert_firing") && c.kind(.symptom)) else { continue }
            if let t = firstChatter, t.timeIntervalSince(c.time) <= 1800 { return earliest }
            // A clearing in between ends the run: what came before it is another episode.
            guard isFiring(c) else { return earliest }
            if !outranked(c) { earliest = c }
        }
        return earliest
    }

    /// The first of an unbroken run of the same alert (same bot, same title once bracketed states
    /// such as "[Warn]" or "[FIRING:2]" are set aside) raised within 12 hours before `alert`; a
    /// clearing of it in between ends the run.
    func earliestRaising(_ alert: ClassifiedMessage) -> ClassifiedMessage {
        let title = Self.alertTitle(alert)
        guard !title.isEmpty else { return alert }
        let numbers = Self.alertNumbers(alert.plain)
        // An alert known by its number may have waited longer (a P3 raised on Sunday, taken up on Monday).
        let since = alert.time.addingTimeInterval(numbers.isEmpty ? -12 * 3600 : -24 * 3600)
        let titleSince = alert.time.addingTimeInterval(-12 * 3600)
        // "critical - intprd-eng02": once severities are set aside, every word left holds a digit.
        let namesOnlyAHost = title.split(separator: " ").filter { t in
            t.contains { $0.isLetter || $0.isNumber } && !alertTitleNoise.contains(String(t).trimmingCharacters(in: .punctuationCharacters))
        }.allSatisfy { $0.contains(where: \.isNumber) }
        var earliest = alert
        var j = alert.index - 1
        while j >= 0, items[j].time >= since {
            let m = items[j]
            j -= 1
            // A grouped alert names fewer labels than its first member ("[FIRING:2] portal prod" after
            // "[FIRING:1] SyntheticLogin (portal prod)"): the later title's words all in the earlier's.
            guard m.authorID == alert.authorID, m.bot == .alerting else { continue }
            // "Priority of #4821 changed from P3 to P1" is alert #4821, raised earlier as "New alert: #4821 …".
            let sameNumber = !numbers.isEmpty && !numbers.isDisjoint(with: Self.alertNumbers(m.plain))
            // A low-priority alert whose title names no more than the host ("WARNING — db-02" before
            // "CRITICAL — db-02") is another alert, not an earlier raising of this one.
            let sameTitle = m.time >= titleSince && (!m.has("alert_minor") || alert.has("alert_minor") || !namesOnlyAHost)
                && Self.sameAlert(Self.alertTitle(m), later: title, ignoring: alertTitleNoise)
            guard sameNumber || sameTitle else {
                // "Monitor is UP: Lanternly API" clears "Monitor is DOWN: Lanternly API": the same name once
                // the state words are set aside.
                if !isFiring(m) && namesSameAlert(m, as: alert) { break }
                continue
            }
            // Taken up ("acknowledged by Lina") is not cleared: the run goes on.
            guard isFiring(m) else {
                if m.has("alert_acknowledged") && !m.has("alert_recovered") { continue }
                break
            }
            earliest = m
        }
        return earliest
    }

    /// The stemmed words of the phrases of `signals` ("is down", "firing", "resolved"): words that
    /// say an alert's state, not what it is about.
    static func terms(ofPhrasesIn signals: [String], rules: RuleSet) -> Set<String> {
        Set(signals.flatMap { rules.signals[$0] ?? [] }.flatMap { phrase in
            TextNormalizer.terms(NormalizedText(phrase.replacingOccurrences(of: "*", with: "")), stopwords: [])
        })
    }

    /// True when two alerts open with the same name once their state words ("DOWN", "UP",
    /// "resolved") and severities are set aside: the first three words that are left, in order (what
    /// follows differs between a firing and its clearing: "Reason: HTTP 503", "was down for 2 minutes").
    func namesSameAlert(_ a: ClassifiedMessage, as b: ClassifiedMessage) -> Bool {
        func name(_ m: ClassifiedMessage) -> [String] {
            var out: [String] = []
            for word in Self.alertTitle(m).split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                let terms = TextNormalizer.terms(NormalizedText(String(word)), stopwords: stopwords)
                guard terms.count == 1, let term = terms.first, !alertStateTerms.contains(term), !alertTitleNoise.contains(term) else { continue }
                out.append(term)
                if out.count == 3 { break }
            }
            return out
        }
        let x = name(a)
        return x.count >= 2 && x == name(b)
    }

    /// The alert numbers a text names: "#" and three or more digits ("#4821").
    static func alertNumbers(_ text: String) -> Set<Substring> {
        var found: Set<Substring> = []
        var rest = text[...]
        while let hash = rest.firstIndex(of: "#") {
            let digits = rest[rest.index(after: hash)...].prefix { $0.isASCII && $0.isNumber }
            if digits.count >= 3 { found.insert(digits) }
            rest = rest[rest.index(after: hash)...]
        }
        return found
    }

    /// True when an earlier alert title is the later one, or holds every word of it (two or more).
    static func sameAlert(_ earlier: String, later: String, ignoring noise: Set<String>) -> Bool {
        if earlier == later { return true }
        // A threshold standing alone ("queue depth > 200", later "> 1000") does not name the alert;
        // a number inside a name ("db-01") does.
        // Brackets and colons part words too ("5.4%（阈值 5%）", "latency:2.3s"), so a reading stands alone.
        let words = { (t: String) in
            Set(t.split(whereSeparator: { $0 == " " || "()（）[]【】:：;；=<>≤≥".contains($0) })
                .filter { !$0.allSatisfy { $0.isNumber || ".,%".contains($0) } }
                .flatMap { $0.split { !$0.isLetter && !$0.isNumber } }.map(String.init))
        }
        // Severity and an error tracker's lifecycle ("New issue", later "Issue escalating") do not name the alert.
        let laterWords = words(later).subtracting(noise)
        if laterWords.count >= 2 && laterWords.isSubset(of: words(earlier)) { return true }
        // A reminder adds to the title ("Archive write failures on HIST-01 (repeat, 1 h)").
        let earlierWords = words(earlier).subtracting(noise)
        return earlierWords.count >= 3 && earlierWords.isSubset(of: words(later))
    }

    /// An alert's name: its first line without bracketed states, and the attachment's title when
    /// that line is a tool's header above it ("New alert created via Datadog", then
    /// "#48207: cert-expiry …"): every alert the tool raises opens with the same header.
    static func alertTitle(_ m: ClassifiedMessage) -> String {
        let first = alertTitle(m.plain)
        let blocks = m.message.text.blocks
        // An attachment's title is a paragraph that is all bold (a link when it has one), just below the header.
        guard blocks.count > 1, case .paragraph(let inlines) = blocks[1], inlines.count == 1,
              case .styled(.bold, let title) = inlines[0] else { return first }
        let line = RichText([.paragraph(title)]).plainText()
        return line.isEmpty ? first : first + " " + alertTitle(line)
    }

    /// An alert's first line without bracketed states ("[Warn] Disk full" → "disk full").
    static func alertTitle(_ text: String) -> String {
        let line = text.prefix { $0 != "\n" }
        var title = ""
        var depth = 0
        for c in line {
            if c == "[" { depth += 1 } else if c == "]" { depth = max(0, depth - 1) } else if depth == 0 { title.append(c) }
        }
        return TextNormalizer.normalize(title.trimmingSpace())
    }

    /// For a fix announced without its effect ("rolled back", "sync succeeded"), a person's report
    /// within the hour that the service is back ("error rate down to 0.2%"; a rollout and its
    /// caches often take half an hour or more): impact ends when it is seen to end, not when the fix
    /// is typed. Nil when the fix says its effect itself or none is reported before the closing.
    func confirmedEffect(of fix: ClassifiedMessage) -> ClassifiedMessage? {
        guard !reportsRecovery(fix), !fix.has("recovery_weak") else { return nil }
        return following(fix, within: 3600).first { m in
            // "back to normal since the rollback, closing" looks back from the end: it is the resolution.
            guard !m.isBot, !m.has("closure"), m.isDatable, !changedNothing(m) else { return false }
            return reportsRecovery(m) ? isMitigation(m) : cheersAnEffect(m)
        }
    }

    /// True when a person cheers (🎉) without reporting trouble, guessing or naming the cause: after a
    /// fix, the effect seen in words we may not know ("Päätteet synkkaa taas! 🎉").
    func cheersAnEffect(_ m: ClassifiedMessage) -> Bool {
        !m.isBot && m.has("celebration") && !m.kind(.symptom) && !m.kind(.rootCause) && !m.kind(.hypothesis) && !m.isQuestion
            && !m.has("no_effect") && !m.has("closure") && !m.has("gratitude") && !m.has("trial_scope")
    }

    /// True for a low-priority alert ("Priority P4", "sev5", a disk warning) that a higher one follows
    /// within three hours: a disk warning that happens to fire first is not what the night was about.
    func outranked(_ alert: ClassifiedMessage) -> Bool {
        outranking(alert) != nil
    }

    /// The higher alert that outranks a low-priority one (see ``outranked(_:)``), if any.
    func outranking(_ alert: ClassifiedMessage) -> ClassifiedMessage? {
        // A forecast ("certificate expires in 7 days", "volume predicted to fill within 4h") warns of
        // trouble to come: the alert that fires when it comes, however much later, is the start.
        if alert.has("alert_forecast") {
            // Read through the index of alerting bots' posts: a year of chat lies between some forecasts and nothing.
            return items(with: "alert_bot", after: alert.index).first {
                $0.bot == .alerting && isFiring($0) && !$0.has("alert_forecast") && !$0.has("alert_minor")
            }
        }
        guard alert.has("alert_minor") else { return nil }
        return following(alert, within: 3 * 3600).first { $0.bot == .alerting && isFiring($0) && !$0.has("alert_minor") }
    }

    /// True when, within half an hour of an alert and before anyone escalates, a person dismisses
    /// it as not real (a false alarm, a known-noisy monitor).
    func dismissed(_ alert: ClassifiedMessage) -> Bool {
        // Naming a colleague in passing ("git blame says @Darragh moved it") is no escalation of the
        // alert: any other signal that weighs towards an escalation is.
        let escalating = (rules.weights[EventKind.escalation.rawValue] ?? [:]).filter { $0.value > 0 && $0.key != "mentions_newcomer" }.keys
        for m in following(alert, within: 1800) {
            guard !m.isBot else { continue }
            if m.kind(.escalation), escalating.contains(where: m.has) { return false }
            if m.has("dismissal") && !m.isQuestion { return true }
        }
        return false
    }

    /// True when a person's statement opens by waving something off as known or harmless ("connu ça,
    /// c'est quand l'API Sirene timeout → FRONT-812"); asking "known issue?" waves nothing off.
    func opensByWavingOff(_ m: ClassifiedMessage) -> Bool {
        m.has("dismissal") && !m.isQuestion && openingStatement(of: m)?.signals.contains("dismissal") == true
    }

    /// True when, within half an hour of a fix or a reported recovery, someone reports the symptom
    /// unchanged ("no change: synthetics still failing") before any person reports recovery: it was
    /// not the mitigation. (A monitor flapping green in between does not count as recovery.)
    func changedNothing(_ fix: ClassifiedMessage) -> Bool {
        for m in following(fix, within: 1800) where !m.isBot {
            // "no change: synthetics still failing", or the fix named ("the rollback made no difference").
            // "rollback's been out 15 min, throughput still ~12/s. so not 2.31": the fix named, still broken, ruled out.
            let namesFix = m.has("remediation_plan") || m.has("deploy_rollback")
            let failed = m.has("fix_failed") && (m.kind(.symptom) || namesFix)
                || (namesFix && m.has("no_effect") && m.has("negation") && !m.has("recovery") && !m.has("recovery_weak"))
            if m.isQuestion {
                // "The rollback made no difference, p95 still 27s. Ship 4.12 again?" reports, then asks.
                if failed && saysBeforeAsking(m).contains("fix_failed") { return true }
                continue
            }
            if reportsRecovery(m) && !m.has("no_effect") { return false }
            if failed { return true }
        }
        return false
    }

    /// How many people's messages in the hour after `m` are incident work: guesses, fixes,
    /// causes, escalations or more symptoms, up to an alert that fired after the talk went quiet.
    func incidentWork(after m: ClassifiedMessage) -> Int {
        var count = 0
        var lastWork = m.time
        for n in following(m, within: 3600) {
            // An alert firing after the talk went quiet (20 minutes without work) opens another
            // episode: the work it draws is not this message's.
            if n.bot == .alerting && n.time.timeIntervalSince(lastWork) >= 1200 && isFiring(n) { break }
            if !n.isBot && Self.workKinds.contains(where: n.kind) {
                count += 1
                lastWork = n.time
            }
        }
        return count
    }

    /// True when people fell silent for half an hour or more between `a` and the later `b`: two episodes.
    func quietBetween(_ a: ClassifiedMessage, _ b: ClassifiedMessage) -> Bool {
        guard a.index < b.index else { return false }
        var last = a.time
        for m in items[(a.index + 1)..<b.index] where !m.isBot {
            if m.time.timeIntervalSince(last) >= 1800 { return true }
            last = m.time
        }
        return b.time.timeIntervalSince(last) >= 1800
    }

    /// What people's incident work is made of: guesses, fixes, causes, escalations, reports.
    private static let workKinds: [EventKind] = [.hypothesis, .mitigation, .rootCause, .escalation, .symptom]

    /// True when a person's message shows someone at the incident: incident work, taking something
    /// up, or waving an alert off.
    func watchesTheIncident(_ m: ClassifiedMessage) -> Bool {
        guard !m.isBot, !m.kind(.noise) else { return false }
        return Self.workKinds.contains(where: m.kind) || isAcknowledgement(m) || m.has("dismissal")
    }

    /// The items after `m` up to `seconds` later, read lazily (a bounded window, never the channel).
    func following(_ m: ClassifiedMessage, within seconds: TimeInterval) -> LazyPrefixWhileSequence<ArraySlice<ClassifiedMessage>> {
        let end = m.time.addingTimeInterval(seconds)
        return items[(m.index + 1)...].lazy.prefix { $0.time <= end }
    }

    /// True when the alerting tool itself reports the alert over within half an hour, before any
    /// other alert fires and before anyone fixes or escalates anything: a blip that cleared on its own.
    func clearedOnItsOwn(_ alert: ClassifiedMessage) -> Bool {
        // An alert is named by its opening (the title); the fields after it differ between firing and clearing.
        func title(_ m: ClassifiedMessage) -> Set<String> {
            let text = m.normalized.string.prefix { $0 != "\n" }.prefix(80)
            return TextNormalizer.terms(NormalizedText(String(text)), stopwords: stopwords)
        }
        let words = title(alert)
        guard words.count >= 2 else { return false }
        func sameAlert(_ m: ClassifiedMessage) -> Bool {
            Double(words.intersection(title(m)).count) >= 0.6 * Double(words.count)
        }
        for m in following(alert, within: 1800) {
            if !m.isBot {
                if m.has("remediation_done") || m.has("remediation_plan") || m.kind(.escalation) { return false }
                continue
            }
            guard m.bot == .alerting else { continue }
            if isFiring(m) && m.has("alert_firing") { return false }
            if m.has("alert_recovered") && !isFiring(m) && (sameAlert(m) || namesSameAlert(m, as: alert)) {
                // The same alert firing again within the hour, before any other does, is one problem
                // coming back, not a blip (in a storm of many flapping alerts it is one more of them).
                let next = following(m, within: 3600).first { $0.bot == .alerting && isFiring($0) && $0.has("alert_firing") }
                return !(next.map(sameAlert) ?? false)
            }
        }
        return false
    }

    mutating func findImpactStart(detected: ClassifiedMessage) {
        let lowest = detected.time.addingTimeInterval(-48 * 3600)
        let weekBack = detected.time.addingTimeInterval(-7 * 24 * 3600)
        // A summary written the morning after still says when it began ("first 503s at 19:33:40").
        let end = milestones[.resolved]?.time.addingTimeInterval(24 * 3600) ?? .distantFuture
        // Which statement of the start to believe, by rank: a sentence that says outright when impact
        // began ("first error at…", "last successful load was…"); one that names a time near a
        // symptom ("errors since 14:02"); a span of impact that holds the detection ("broken
        // 08:14–09:03", "De ~12:20 a 13:37"); a time after a word of starting with no symptom named
        // ("graph says it started climbing around 11:05pm"). Among equals the statement closest
        // before detection wins: earlier times named in passing ("last deploy was Monday 14:22") are
        // usually about something else.
        var best: (time: Date, item: ClassifiedMessage, rank: Int)?
        func consider(_ t: Date, _ item: ClassifiedMessage, rank: Int) {
            if let best, rank == best.rank ? t <= best.time : rank < best.rank { return }
            best = (t, item, rank)
        }
        for item in items where item.time <= end {
            let phrase = item.has("impact_phrase")
            let span = Self.namesTwoClockTimes(item.plain)
            guard phrase || span else { continue }
            // A bot's profile zone is Slack's default (US Pacific), not where its times are meant: a
            // monitor's "first seen 17:43" is read in the incident's zone.
            let authorZone = item.isBot ? zone : workspace.users[item.authorID]?.timeZone.flatMap(TimeZone.init(identifier:)) ?? zone
            for sentence in Self.withLabelledValues(Self.sentences(item.plain)) {
                // Normalised once: the span, the phrases and the start are all read from it.
                let n = NormalizedText(sentence)
                if span, let w = impactTimes.window(in: n, writtenAt: item.time, zone: authorZone),
                    w.start <= detected.time, w.start >= lowest, w.end >= detected.time.addingTimeInterval(-300)
                {
                    consider(w.start, item, rank: 1)
                    continue
                }
                guard phrase else { continue }
                let found = classifier.signals(in: n)
                // A start dated by its weekday ("first delete marker Fri 02:14") may lie up to a week back.
                guard found.contains("impact_phrase"), let t = impactTimes.instant(in: n, writtenAt: item.time, zone: authorZone),
                    t <= detected.time, t >= lowest || (t >= weekBack && impactTimes.namesWeekday(n)), t <= item.time
                else { continue }
                consider(t, item, rank: found.contains("impact_statement") ? 3 : found.contains("symptom") ? 2 : 0)
            }
        }
        if let best {
            milestones[.impactStart] = Milestone(time: best.time, ts: best.item.ts, source: .text, confidence: 0.7, evidence: Self.excerpt(best.item.plain))
        }
    }

    /// The sentences, and each short label line joined to the value on the line after it: an alert's
    /// fields put "First seen" on one line and "11:36 AM PDT" on the next.
    static func withLabelledValues(_ sentences: [String]) -> [String] {
        var result = sentences
        for (label, value) in zip(sentences, sentences.dropFirst())
        where label.count <= 24 && !label.contains(where: \.isNumber) && value.first?.isNumber == true {
            result.append(label + " " + value)
        }
        return result
    }

    /// True when a text may name two clock times ("08:14–09:03", "20h07 tới 21h21"): a cheap test
    /// before the sentences are read for a span.
    static func namesTwoClockTimes(_ text: String) -> Bool { namesClockTimes(text, atLeast: 2) }

    /// True when `text` names at least `n` clock times ("9:06", "10h30").
    static func namesClockTimes(_ text: String, atLeast n: Int) -> Bool {
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        var found = 0
        // The three bytes before `b`: a digit, then ":" or "h", then two digits make a time.
        var (b0, b1, b2): (UInt8, UInt8, UInt8) = (0, 0, 0)
        for b in text.utf8 {
            if isDigit(b), isDigit(b2), b1 == 0x3A || b1 == 0x68, isDigit(b0) {
                found += 1
                if found == n { return true }
            }
            (b0, b1, b2) = (b1, b2, b)
        }
        return false
    }

    mutating func set(_ kind: MilestoneKind, _ item: ClassifiedMessage, confidence: Double) {
        milestones[kind] = Milestone(
            time: item.time, ts: item.ts, source: .inferred, confidence: (confidence * 100).rounded() / 100, evidence: Self.excerpt(item.plain))
    }

    mutating func applyMilestoneCorrections() {
        for (key, value) in (corrections.milestones ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let kind = MilestoneKind(rawValue: key) else { continue }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.lowercased() == "null" || trimmed.lowercased() == "none" {
                milestones[kind] = nil
                continue
            }
            if let message = conversation.messages.first(where: { $0.ts.raw == trimmed }) {
                milestones[kind] = Milestone(
                    time: message.ts.date, ts: message.ts, source: .override, confidence: 1,
                    evidence: Self.excerpt(message.text.plainText(names: workspace.names)))
            } else if let time = TimeParsing.instant(trimmed, zone: zone) {
                milestones[kind] = Milestone(time: time, ts: nil, source: .override, confidence: 1, evidence: "set by hand: \(trimmed)")
            } else {
                warnings.append("milestone \(key): '\(trimmed)' is neither a message ts nor a time; ignored")
            }
        }
    }

    mutating func checkOrder() {
        let order: [MilestoneKind] = [.impactStart, .detected, .acknowledged, .mitigated, .resolved]
        let present = order.compactMap { k in milestones[k].map { (k, $0) } }
        for i in present.indices {
            for j in present.indices where j > i {
                if present[j].1.time < present[i].1.time {
                    warnings.append("milestones out of order: \(present[j].0.rawValue) (\(TimeFormatter.isoUTC(present[j].1.time))) is before \(present[i].0.rawValue) (\(TimeFormatter.isoUTC(present[i].1.time)))")
                }
            }
        }
        if let d = milestones[.detected], let rc = milestones[.rootCauseIdentified], rc.time < d.time {
            warnings.append("milestones out of order: root_cause_identified is before detected")
        }
    }

    // MARK: - Helpers

    /// The item with this ts, if it takes part. Items are in ts order (the conversation is sorted,
    /// its duplicates merged), so a binary search finds it: no dictionary of a million keys to build.
    func item(_ ts: SlackTimestamp) -> ClassifiedMessage? {
        // The same instant may be written two ways ("1.5" and "1.500000"): the raw text decides.
        var i = Self.partitionPoint(items.count) { items[$0].ts < ts }
        while i < items.count, !(ts < items[i].ts) {
            if items[i].ts.raw == ts.raw { return items[i] }
            i += 1
        }
        return nil
    }

    /// The incident's active span: from detection (or the first message) to resolution (or the end).
    var activeRange: ClosedRange<SlackTimestamp>? {
        guard let first = items.first?.ts, let last = items.last?.ts else { return nil }
        let start = milestones[.detected]?.ts ?? first
        let end = last
        return start <= end ? start...end : nil
    }

    static func excerpt(_ text: String, limit: Int = 160) -> String {
        let flat = (text.utf8.contains(10) ? String(decoding: text.utf8.map { $0 == 10 ? 32 : $0 }, as: UTF8.self) : text).trimmingSpace()
        // Walks at most `limit` characters: counting every character of a long message is slow.
        guard flat.utf8.count > limit, let cut = flat.index(flat.startIndex, offsetBy: limit, limitedBy: flat.endIndex),
            cut != flat.endIndex
        else { return flat }
        return flat.prefix(limit - 1).trimmingSpace() + "…"
    }

    /// "ca. 13:05", "approx. 14:00": a short word's period followed by a number ends no sentence.
    static func isAbbreviationBeforeNumber(_ s: [Unicode.Scalar], period i: Int) -> Bool {
        guard i + 2 < s.count, s[i + 2].properties.numericType != nil else { return false }
        var letters = 0
        var j = i - 1
        while j >= 0, s[j].properties.isAlphabetic {
            letters += 1
            j -= 1
        }
        return letters >= 1 && letters <= 6 && (j < 0 || s[j] == " ")
    }

    /// Splits text into sentences and lines, keeping `?` and `!` with their sentence.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        // The current sentence as UTF-8 bytes: appending scalars to a String is slow.
        var current: [UInt8] = []
        func close() {
            result.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
        }
        let scalars = Array(text.unicodeScalars)
        let greek = scalars.contains(where: MessageClassifier.isGreek)
        for (i, c) in scalars.enumerated() {
            if c == "\n" {
                close()
                continue
            }
            // The CR of a CRLF (or one ending the text) is layout, not text.
            if c == "\r", i + 1 == scalars.count || scalars[i + 1] == "\n" { continue }
            // Arabic's "؟" and Greek's ";" end a question as "?" does, and read as one.
            let asks = c == "؟" || (greek && MessageClassifier.isQuestionSemicolon(scalars, at: i))
            if asks {
                current.append(UInt8(ascii: "?"))
            } else if c.value < 0x80 {
                current.append(UInt8(c.value))
            } else {
                UTF8.encode(c) { current.append($0) }
            }
            if asks || c == "?" || c == "!" || c == "。" || c == "？" || c == "！" || (c == "." && i + 1 < scalars.count && scalars[i + 1] == " " && !Self.isAbbreviationBeforeNumber(scalars, period: i)) {
                close()
            }
        }
        close()
        return result.map { $0.trimmingSpace() }.filter { !$0.isEmpty }
    }
}
