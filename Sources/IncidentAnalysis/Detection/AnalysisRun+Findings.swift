import Foundation
import SlackExport

extension AnalysisRun {
    // MARK: - Hypotheses

    /// Hypotheses: guesses and cause-questions, each linked to the later message that settles it.
    /// The message that confirmed the first confirmed hypothesis, as a root cause when none was said outright.
    func confirmingSettler(_ hypotheses: [Hypothesis]) -> ClassifiedMessage? {
        guard let ts = hypotheses.first(where: { $0.outcome == .confirmed })?.outcomeTS else { return nil }
        return item(ts)
    }

    /// With no cause stated in words the rules know, the message that explains most between the
    /// acknowledgement and the mitigation (rules: `explanation`); nil when none scores the minimum.
    func explainingMessage() -> ClassifiedMessage? {
        let rules = rules.explanation
        // In name order, so each score is summed the same way on every run (a dictionary's order is not).
        let weights = rules.weights.sorted { $0.key < $1.key }
        guard rules.enabled, let detected = milestones[.detected]?.ts.flatMap(item) else { return nil }
        // A tool's acknowledgement is bookkeeping: the window opens at detection then.
        let start = milestones[.acknowledged]?.ts.flatMap(item).flatMap { $0.isBot ? nil : $0 } ?? detected
        let endTS = milestones[.mitigated]?.ts ?? milestones[.resolved]?.ts
        let end = endTS.map { ts in Self.partitionPoint(items.count) { items[$0].ts < ts } } ?? items.count
        guard start.index < end else { return nil }
        let span = Double(max(1, end - start.index))
        var best: (score: Double, length: Int, item: ClassifiedMessage)?
        for m in items[start.index..<end] where !m.isBot && !m.isQuestion && !m.kind(.hypothesis) && m.isDatable {
            let length = m.plain.unicodeScalars.count
            var score = 0.0
            for (name, weight) in weights {
                let has: Bool
                switch name {
                case "long_text": has = length >= rules.longText
                case "causal_arrow": has = Self.hasCausalArrow(m.plain)
                case "change_ref": has = Self.hasChangeReference(m.plain)
                default: has = m.has(name)
                }
                if has { score += weight }
            }
            score += rules.position * Double(m.index - start.index) / span
            // Of equal scores, the longer message says more; of equal lengths, the earlier stands.
            if score >= rules.minimum, best.map({ (score, length) > ($0.score, $0.length) }) ?? true {
                best = (score, length, m)
            }
        }
        return best?.item
    }

    /// The confidence of a cause guessed by the explanation's last resort; the summary calls it a guess.
    static let guessedCauseConfidence = 0.3

    /// "→", "->" or "=>": a chain of cause and effect written out ("new rate → two rates → 502").
    static func hasCausalArrow(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b == UInt8(ascii: ">"), previous == UInt8(ascii: "-") || previous == UInt8(ascii: "=") { return true }
            previous = b
        }
        return text.unicodeScalars.contains("\u{2192}")
    }

    /// A change's number: "#4821" (three digits or more), "v2.31" or "7.4.2".
    static func hasChangeReference(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func isDigit(_ i: Int) -> Bool { i < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) }
        func isWordByte(_ i: Int) -> Bool {
            i >= 0 && i < bytes.count && (isDigit(i) || (bytes[i] | 0x20) >= UInt8(ascii: "a") && (bytes[i] | 0x20) <= UInt8(ascii: "z"))
        }
        /// How many dot-separated groups of digits start at `i` ("7.4.2" is three).
        func groups(from i: Int) -> Int {
            var i = i, count = 0
            while isDigit(i) {
                while isDigit(i) { i += 1 }
                count += 1
                guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "."), isDigit(i + 1) else { break }
                i += 1
            }
            return count
        }
        for i in bytes.indices {
            let b = bytes[i]
            if b == UInt8(ascii: "#"), isDigit(i + 1), isDigit(i + 2), isDigit(i + 3) { return true }
            if (b | 0x20) == UInt8(ascii: "v"), !isWordByte(i - 1), isDigit(i + 1), groups(from: i + 1) >= 2 { return true }
            if isDigit(i), !isWordByte(i - 1), i == 0 || bytes[i - 1] != UInt8(ascii: "."), groups(from: i) >= 3 { return true }
        }
        return false
    }

    func findHypotheses() -> [Hypothesis] {
        guard let range = activeRange else { return [] }
        let endTS = milestones[.resolved]?.ts ?? range.upperBound
        let startTS = earlierEpisode.map { min($0, range.lowerBound) } ?? range.lowerBound
        let candidates = items.filter { !$0.isBot && $0.ts >= startTS && $0.ts <= endTS && $0.kind(.hypothesis) }
        // Each guess is settled on its own (the caches are shared and locked), so on all cores.
        let run = self
        let settled = ParallelMap.map(candidates, chunk: 64) { _, h in run.hypothesis(h) }
        // One message confirms one guess: "found it, the refactor builds the idempotency key per
        // request" confirms the guess about the refactor, not the earlier one about the vendor that
        // shares the word "idempotency". Of the guesses one message confirms, the one sharing most
        // words with it keeps the confirmation (the later on a tie); the others keep what else was said.
        var confirmedBy: [SlackTimestamp: [Int]] = [:]
        for (i, s) in settled.enumerated() where s.hypothesis.outcome == .confirmed {
            if let ts = s.hypothesis.outcomeTS { confirmedBy[ts, default: []].append(i) }
        }
        var demoted = Set<Int>()
        for (ts, group) in confirmedBy where group.count > 1 {
            guard let settler = item(ts) else { continue }
            let settlerTerms = messageTerms(of: settler)
            let shared = group.map { settled[$0].terms.intersection(settlerTerms).count }
            guard let keep = zip(group, shared).max(by: { a, b in (a.1, a.0) < (b.1, b.0) })?.0 else { continue }
            demoted.formUnion(group.filter { $0 != keep })
        }
        return settled.indices.map { i in
            guard demoted.contains(i) else { return settled[i].hypothesis }
            var h = settled[i].hypothesis
            // Read on past the message whose confirmation went to another guess: this one may still
            // be ruled out, or confirmed, later ("pg_locks clean, nothing waiting. not the db").
            let confirmer = h.outcomeTS
            let again = settle(candidates[i], terms: settled[i].terms, passingOver: confirmer)
            let verdict = again.verdict ?? settled[i].tentative
            h.outcome = verdict?.0 ?? .unresolved
            h.outcomeTS = verdict?.1.ts
            h.outcomeText = verdict.map { Self.excerpt($0.1.plain, limit: 240) }
            h.outcomeName = verdict?.1.authorName
            return h
        }
    }

    /// One guess and, when a later message settles it, its outcome; with the guess's words and the
    /// hedged verdict it would keep if its confirmation went to another guess.
    func hypothesis(_ h: ClassifiedMessage) -> (hypothesis: Hypothesis, terms: Set<String>, tentative: (HypothesisOutcome, ClassifiedMessage)?) {
        let sentence = hypothesisSentence(h)
        // The whole message's words link it to its verdict: the evidence often sits beside the guess.
        let terms = messageTerms(of: h)
        var hypothesis = Hypothesis(ts: h.ts, userID: h.authorID, name: h.authorName, text: sentence, outcome: .unresolved)
        let result = settle(h, terms: terms)
        if let (outcome, settler) = result.verdict {
            hypothesis.outcome = outcome
            hypothesis.outcomeTS = settler.ts
            hypothesis.outcomeText = Self.excerpt(settler.plain, limit: 240)
            hypothesis.outcomeName = settler.authorName
        }
        return (hypothesis, terms, result.tentative)
    }

    /// The sentence that carries the guess, or the whole message when none stands out.
    func hypothesisSentence(_ h: ClassifiedMessage) -> String {
        let parts = Self.sentences(h.plain)
        let carrying = parts.filter { s in
            let n = NormalizedText(s)
            return !classifier.signals(in: n).isDisjoint(with: ["hedge", "cause_question", "hypothesis_tag"])
        }
        let text = carrying.isEmpty ? h.plain : carrying.joined(separator: " ")
        return Self.excerpt(text, limit: 280)
    }

    /// Looks forward from a hypothesis for the message that rules it out or confirms it.
    ///
    /// A later message settles a guess when a verdict (negation or confirmation) stands in the same
    /// sentence as a word of the guess, or when it answers the guess directly: next in line or in its
    /// thread, opening with its verdict ("nope, nothing deployed"). The `skipped` message (one whose
    /// confirmation went to another guess) is read past.
    func settle(_ h: ClassifiedMessage, terms: Set<String>, passingOver skipped: SlackTimestamp? = nil)
        -> (verdict: (HypothesisOutcome, ClassifiedMessage)?, tentative: (HypothesisOutcome, ClassifiedMessage)?)
    {
        let horizon = h.time.addingTimeInterval(4 * 3600)
        var seen = 0
        // Whether another guess has been raised since this one (then a bare "no" answers that one).
        var laterGuess = false
        // A hedged "probably not them" stands only if nothing firmer follows.
        var tentative: (HypothesisOutcome, ClassifiedMessage)?
        // Read only when a verdict shares words with the guess: most messages in the window never do.
        var commonCache: Set<String>?
        func common() -> Set<String> {
            if let c = commonCache { return c }
            let c = commonTerms(of: terms, after: h, until: horizon)
            commonCache = c
            return c
        }
        var j = h.index + 1
        while j < items.count, items[j].time <= horizon, seen < Self.verdictWindow {
            let m = items[j]
            j += 1
            seen += 1
            if m.ts == skipped { continue }
            defer { if !m.isBot && m.kind(.hypothesis) { laterGuess = true } }
            // People settle guesses; bots' alerts and recovery reports are about the fix, not the guess.
            guard !m.isBot, !m.kind(.mitigation), !m.kind(.resolution) else { continue }
            guard m.authorID != h.authorID || m.has("confirmation") || m.has("negation") else { continue }
            // A status update settles nothing unless it states a verdict ("ruled out", "confirmed").
            if m.kind(.statusUpdate) && !m.has("status_verdict") { continue }

            let openingSignals = openingSignals(of: m)
            let openNegates = openingSignals.contains("negation")
            let openConfirms = openingSignals.contains("confirmation")
            // Another guess is not a verdict on this one, unless it opens by rejecting it.
            if m.kind(.hypothesis) && !openNegates { continue }

            let inThread = m.message.parentTS == h.ts || (h.message.parentTS != nil && m.message.parentTS == h.message.parentTS)
            let latestGuess = !laterGuess
            // The guesser checking their own guess ("nope. steal 0.3%") answers it too.
            let direct = ((seen <= 8 && latestGuess && m.time.timeIntervalSince(h.time) < 1800 && m.message.parentTS == h.message.parentTS)
                || (inThread && seen <= 6))
                && !m.kind(.escalation)
            // "worth ruling out. can you compare landing counts?" asks for the check; a verdict is stated before any question.
            let statesVerdict = !m.isQuestion || !saysBeforeAsking(m).isDisjoint(with: ["negation", "confirmation"])
            if direct && (openNegates || openConfirms) && statesVerdict {
                if openNegates && !(openConfirms && m.kind(.rootCause)) {
                    if openingSignals.contains("hedge") {
                        if tentative == nil { tentative = (.ruledOut, m) }
                        continue
                    }
                    return ((.ruledOut, m), nil)
                }
                return ((.confirmed, m), tentative)
            }
            // "got it 🎯 it's the Android 8.0 platform bug Felix remembered: … doesn't …": a discovery
            // opening the message, then the explanation, confirms the guess it speaks of, whatever
            // its explanation rules out on the way.
            if m.has("found_it_opening"), !m.isQuestion, terms.intersection(messageTerms(of: m)).count >= 2 {
                return ((.confirmed, m), tentative)
            }
            for unit in verdictUnits(of: m) {
                let shared = terms.intersection(unit.terms)
                guard !shared.isEmpty, !shared.isSubset(of: common()) else { continue }
                // A line marked as an action item ("#action … check config changes, not just deploys")
                // names work to do, not a verdict on the guess its words deny.
                let negates = unit.signals.contains("negation") || unit.signals.contains("no_effect")
                    || (!shared.isDisjoint(with: unit.negatedTerms) && !m.has("follow_up_strong"))
                let confirms = unit.signals.contains("confirmation") || unit.signals.contains("root_cause")
                if negates && !confirms {
                    if unit.signals.contains("hedge") {
                        if tentative == nil { tentative = (.ruledOut, m) }
                        break
                    }
                    return ((.ruledOut, m), nil)
                }
                if confirms && !negates && !m.isQuestion { return ((.confirmed, m), tentative) }
            }
        }
        // The root cause, once found, confirms the guesses it talks about.
        if let rcTS = milestones[.rootCauseIdentified]?.ts, rcTS > h.ts, rcTS != skipped, let rc = item(rcTS) {
            let shared = terms.intersection(messageTerms(of: rc))
            if shared.count >= 2 { return ((.confirmed, rc), tentative) }
        }
        return (tentative, nil)
    }

    /// How many messages after a guess are read for its verdict (up to its four-hour horizon).
    static let verdictWindow = 80

    /// The guess's words that people's messages in its verdict window (to the horizon)
    /// repeat often enough to be the topic, not a link (`common_word_share`, `common_word_messages`).
    func commonTerms(of terms: Set<String>, after h: ClassifiedMessage, until horizon: Date) -> Set<String> {
        var counts: [String: Int] = [:]
        var n = 0
        var j = h.index + 1
        while j < items.count, items[j].time <= horizon, n < Self.verdictWindow {
            if !items[j].isBot { for t in messageTerms(of: items[j]) where terms.contains(t) { counts[t, default: 0] += 1 } }
            j += 1
            n += 1
        }
        let least = max(Double(rules.commonWordMessages), rules.commonWordShare * Double(n))
        return Set(counts.filter { Double($0.value) >= least }.keys)
    }

    /// The words that are not stopwords in the three after each negating word, as terms: "not ddos
    /// imo", "nicht der Cache" and "auth doesn't read replicas" deny the guess those words name.
    func negatedTerms(in text: NormalizedText) -> Set<String> {
        let words = text.string.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "'") }
        var result = Set<String>()
        for (i, w) in words.enumerated() where negatingWords.contains(String(w)) {
            for next in words.dropFirst(i + 1).prefix(3) {
                if let term = TextNormalizer.terms(NormalizedText(String(next)), stopwords: stopwords).first { result.insert(term) }
            }
        }
        return result
    }

    /// A message's words (stopwords left out), computed once per message: what a guess and its
    /// verdict, or a guess and the cause, are matched on.
    func messageTerms(of m: ClassifiedMessage) -> Set<String> {
        verdictCache.terms(m.index) { TextNormalizer.terms(m.normalized, stopwords: stopwords) }
    }

    /// Signals in a message's first 160 characters, where a direct answer puts its verdict; computed once per message.
    func openingSignals(of m: ClassifiedMessage) -> Set<String> {
        verdictCache.opening(m.index) { classifier.signals(in: NormalizedText(String(m.plain.prefix(160)))) }
    }

    /// The parts of a message a verdict is read from, with their terms and signals, computed once
    /// per message: a short message whole ("nah it's not that. checked the explore anyway"), a long
    /// one sentence by sentence.
    func verdictUnits(of m: ClassifiedMessage) -> [VerdictUnit] {
        verdictCache.units(m.index) {
            let sentences = Self.sentences(m.plain)
            return (sentences.count <= 3 ? [m.plain] : sentences).map { sentence in
                let n = NormalizedText(sentence)
                return VerdictUnit(terms: TextNormalizer.terms(n, stopwords: stopwords), signals: classifier.signals(in: n), negatedTerms: negatedTerms(in: n))
            }
        }
    }

    // MARK: - Escalations

    /// An alerting tool's acknowledgement ("Incident #4127 acknowledged by …; escalation to secondary
    /// cancelled") rather than a report that mentions one in its fields ("Status: Acknowledged").
    func opensWithAcknowledgement(_ m: ClassifiedMessage) -> Bool {
        let opening = m.normalized.string.prefix(60)
        return m.phrases("alert_acknowledged").contains { opening.contains($0) }
    }

    func findEscalations() -> [Escalation] {
        guard let range = activeRange else { return [] }
        let start = range.lowerBound
        // Once impact is mitigated, talk of paging is mostly hindsight; but the first hour after it
        // still pulls people in (counsel after a breach is contained, owners for the clean-up).
        let mitigatedEnd = milestones[.mitigated].map { SlackTimestamp(seconds: Int64($0.time.timeIntervalSince1970) + 3600) }
        let end = [mitigatedEnd, milestones[.resolved]?.ts].compactMap { $0 }.min() ?? range.upperBound
        let mitigated = milestones[.mitigated]?.ts
        return items.filter { m in
            guard m.ts >= start && m.ts <= end, m.kind(.escalation) else { return false }
            // After the fix, "we only paged on latency, we need an alert" is a follow-up about paging.
            if let mitigated, m.ts > mitigated, m.kind(.followUp) { return false }
            // An alerting bot's own page is detection, not escalation; an incident bot's page or
            // escalation is one, and so is its severity change when it notifies leadership; alone it is bookkeeping.
            // An alerting bot's report that someone escalated the page (not a new alert) pulls people in too.
            if m.isBot {
                return (m.bot == .incident && (m.has("escalation") || (m.has("severity_raised") && m.has("leadership"))))
                    || (m.bot == .alerting && m.has("escalation") && !m.has("alert_firing") && !opensWithAcknowledgement(m))
            }
            // "@here Band 3 steht!": the first report shouted to the channel announces the incident; nobody is pulled in yet.
            if m.has("broadcast") && !m.has("escalation") && m.kind(.symptom) && m.time.timeIntervalSince(start.date) < 900 { return false }
            // A status update or a handover restates who was engaged earlier ("Vendor engaged", "ticket open").
            if m.kind(.statusUpdate) && !m.has("severity_raised") { return false }
            return !m.kind(.noise) || m.has("broadcast")
        }.reduce(into: [ClassifiedMessage]()) { kept, m in
            // A severity change echoed by a person (or a bot) within two minutes is one escalation.
            if m.has("severity_raised") && !m.has("escalation") && !m.has("broadcast"), let last = kept.last, last.has("severity_raised"),
                m.time.timeIntervalSince(last.time) < 120
            {
                return
            }
            // The alerting tool echoing a person's escalation it just carried out is the same escalation.
            if m.bot == .alerting, let last = kept.last, !last.isBot, m.time.timeIntervalSince(last.time) < 120 { return }
            kept.append(m)
        }.map { m in
            Escalation(ts: m.ts, userID: m.authorID, name: m.authorName, to: escalationTarget(m), text: Self.excerpt(m.plain, limit: 280))
        }
    }

    /// Who was pulled in: mentioned people and groups, broadcasts, or the phrase that escalated.
    func escalationTarget(_ m: ClassifiedMessage) -> String {
        var targets: [String] = []
        let names = workspace.names
        for block in m.message.text.blocks {
            for inline in MessageClassifier.flatten(block) {
                switch inline {
                case .user(let id, let label):
                    let name = "@" + (names.user(id) ?? label ?? id)
                    if !targets.contains(name) { targets.append(name) }
                case .broadcast(let b):
                    if !targets.contains("@" + b.rawValue) { targets.append("@" + b.rawValue) }
                case .userGroup(let id, let label):
                    targets.append(label ?? id)
                default: break
                }
            }
        }
        if m.has("severity_raised"), let phrase = m.phrases("severity_raised").first { targets.append("severity (\(phrase))") }
        if let leadership = m.phrases("leadership").first { targets.append(leadership) }
        return targets.isEmpty ? (m.phrases("escalation").first ?? "escalation") : targets.joined(separator: ", ")
    }

    // MARK: - Action items

    func findActionItems() -> [ActionItem] {
        var result: [ActionItem] = []
        var seenItems = RecapIndex()
        let mitigatedTS = milestones[.mitigated]?.ts ?? milestones[.rootCauseIdentified]?.ts
        // People agree follow-ups; an incident tool records them ("Follow-up created: …").
        // Items in words we may not know are read once the incident is over, when the talk turns to them.
        let closedTS = milestones[.resolved]?.ts ?? mitigatedTS
        let notTickets = Set(rules.notTicketPrefixes.map { $0.uppercased() })
        var callEnds: SlackTimestamp?
        // Threads opened to collect follow-ups ("Action items for the RCA, add them in this thread please 🙏"):
        // each reply in them is an item, however late it comes.
        var roundThreads = Set<String>()
        // The names people go by here, read once: "Marta: update the runbook" after the closing is hers.
        lazy var names = personNames()
        // Made once: a closure made per message copied the whole run with it.
        let isPerson: (String) -> Bool = { names.contains($0) }
        for m in items where (!m.isBot || m.bot == .incident) {
            let late = mitigatedTS.map { m.ts > $0 } ?? false
            let closed = closedTS.map { m.ts > $0 } ?? false
            if closed && !m.isBot && m.has("follow_up") { roundThreads.insert(m.ts.raw) }
            if closed && !m.isBot && opensFollowUpRound(m) {
                callEnds = SlackTimestamp(seconds: Int64(m.time.timeIntervalSince1970) + 1800)
                if !m.kind(.followUp) { continue }
            }
            let inRound = callEnds.map { m.ts <= $0 } ?? false || m.message.parentTS.map { roundThreads.contains($0.raw) } ?? false
            if closed && !m.kind(.followUp) && readsAsListedItem(m, inRound: inRound, notTickets: notTickets, isPerson: isPerson) {
                let line = Self.excerpt(m.plain, limit: 280)
                let terms = TextNormalizer.terms(NormalizedText(line), stopwords: stopwords)
                if seenItems.containsSimilar(terms) { continue }
                seenItems.add(terms)
                result.append(ActionItem(ts: m.ts, text: line, owner: owner(of: line, in: m)))
                continue
            }
            guard m.kind(.followUp) else { continue }
            guard late || m.has("follow_up_strong") else { continue }
            // During the fire, "we need to restart X" is an action, not a follow-up.
            if !late && (m.has("remediation_plan") || m.has("remediation_done")) && !m.has("follow_up_strong") { continue }
            if m.isQuestion && !m.has("follow_up_strong") { continue }
            // A status update while the incident is open lists the work under way ("Actions: …"), not follow-ups.
            if m.kind(.statusUpdate), let resolved = milestones[.resolved]?.ts, m.ts < resolved { continue }
            // Reports of what was done or how things stand are not follow-ups.
            if !m.has("follow_up_strong") && (m.has("remediation_done") || m.has("recovery") || m.has("closure") || m.kind(.statusUpdate)) { continue }
            let lines = actionLines(m)
            // "Nice work everyone, let's go through it at Thursday's review" thanks; it assigns nothing.
            if m.has("gratitude") && !m.has("follow_up_strong") && !m.has("owner_self") && lines.count < 2 { continue }
            for line in lines {
                // A recap repeats items agreed earlier; each is kept once, where it was first said.
                let terms = TextNormalizer.terms(NormalizedText(line), stopwords: stopwords)
                if seenItems.containsSimilar(terms) { continue }
                seenItems.add(terms)
                result.append(ActionItem(ts: m.ts, text: line, owner: owner(of: line, in: m)))
            }
        }
        for extra in corrections.actionItems ?? [] {
            result.append(ActionItem(ts: nil, text: extra.text, owner: extra.owner, fromCorrections: true))
        }
        return result
    }


    /// True for a person's call for follow-ups that the next messages answer: a line ending in a
    /// colon ("Några saker innan alla drar:") or a question about follow-ups.
    func opensFollowUpRound(_ m: ClassifiedMessage) -> Bool {
        if m.isQuestion && m.has("follow_up_strong") { return true }
        // The last character that is not a space, read from the end: this runs on every message after the closing.
        guard let last = m.plain.unicodeScalars.last(where: { !$0.properties.isWhitespace }), last == ":" || last == "：" else { return false }
        return !MessageClassifier.hasAtMost(2, wordsIn: m.plain)
    }

    /// True when a message after the impact reads as one item of a follow-up list, in words we may
    /// not know: it opens with a list number ("3. Ja ću tražiti od Vidre…"), names a ticket
    /// ("jag har skapat BOK-2291: flytta…"), opens with who takes it (see ``opensWithOwnerLabel(_:isPerson:)``),
    /// or answers a call for follow-ups (`inRound`).
    func readsAsListedItem(_ m: ClassifiedMessage, inRound: Bool, notTickets: Set<String>, isPerson: (String) -> Bool) -> Bool {
        guard !m.isBot, !m.isQuestion, !MessageClassifier.hasAtMost(5, wordsIn: m.plain) else { return false }
        if m.has("closure") || m.has("recovery") || m.has("gratitude") || m.kind(.statusUpdate) || m.kind(.resolution) { return false }
        // "+ add a smoke test to the deploy pipeline": a plus opens an item added to the list.
        return inRound || m.plain.utf8.starts(with: "+ ".utf8) || Self.opensWithListNumber(m.plain) || Self.namesTicket(m.plain, ignoring: notTickets) || opensWithOwnerLabel(m, isPerson: isPerson)
    }

    /// True when a message opens with who takes it, then the task: "em: thêm alert theo từng bank…",
    /// "Marta: runbook for the rotation" (a label the rules list as `owner_label`, or a person here).
    func opensWithOwnerLabel(_ m: ClassifiedMessage, isPerson: (String) -> Bool) -> Bool {
        if m.phrases("owner_label").contains(where: { m.normalized.string.hasPrefix($0) }) { return true }
        // Read as bytes: this runs on every message after the closing, most of a year-long channel.
        let text = m.normalized.string.utf8
        guard let colon = text.prefix(32).firstIndex(of: UInt8(ascii: ":")) else { return false }
        let label = String(decoding: text[..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return !label.isEmpty && isPerson(label)
    }

    /// The lower-cased names the author of `m` goes by here: shown, handle, real and display name.
    func nameForms(of m: ClassifiedMessage) -> [String] {
        let user = workspace.users[m.authorID]
        return [m.authorName, user?.handle, user?.realName, user?.displayName].compactMap { $0?.lowercased() }
    }

    /// The lower-cased names, handles and first names of the people who wrote here.
    func personNames() -> Set<String> {
        var names = Set<String>()
        var seen = Set<String>()
        for m in items where !m.isBot && seen.insert(m.authorID).inserted {
            for form in nameForms(of: m) where !form.isEmpty {
                names.insert(form)
                if let first = form.split(separator: " ").first { names.insert(String(first)) }
            }
        }
        return names
    }

    /// "3. …", "2) …": a text that opens with a list number.
    static func opensWithListNumber(_ text: String) -> Bool {
        func isDigit(_ b: UInt8?) -> Bool { b.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next(), first >= 0x31, first <= 0x39 else { return false }
        var next = bytes.next()
        if isDigit(next) { next = bytes.next() }
        return (next == UInt8(ascii: ".") || next == UInt8(ascii: ")")) && bytes.next() == 0x20
    }

    /// True when `text` names a ticket the way trackers number them ("BOK-2291", "PLAT-2292"), with
    /// capitals other than `notTickets` ("SHA-256").
    static func namesTicket(_ text: String, ignoring notTickets: Set<String>) -> Bool {
        func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
        func isLetter(_ c: UInt8) -> Bool { isUpper(c) || (c >= 0x61 && c <= 0x7A) }
        func scan(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            // Read as bytes, from each "-<digit>" back to the capitals before it: this runs on every
            // message after the closing, which on a year-long channel is most of it.
            var i = 1
            while i + 1 < b.count {
                if b[i] == UInt8(ascii: "-"), b[i + 1] >= 0x30, b[i + 1] <= 0x39, isUpper(b[i - 1]) {
                    var j = i - 1
                    while j > 0, isUpper(b[j - 1]) { j -= 1 }
                    let letters = i - j
                    if letters >= 2, letters <= 10, j == 0 || !isLetter(b[j - 1]),
                        !notTickets.contains(String(decoding: UnsafeBufferPointer(rebasing: b[j..<i]), as: UTF8.self))
                    {
                        return true
                    }
                }
                i += 1
            }
            return false
        }
        var text = text
        return text.withUTF8(scan)
    }

    /// A list message gives one item per list line that reads as a follow-up; else the message.
    func actionLines(_ m: ClassifiedMessage) -> [String] {
        let lines = m.plain.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let bullets = lines.filter { $0.hasPrefix("•") || $0.hasPrefix("-") || $0.hasPrefix("*") || $0.first?.isNumber == true && $0.contains(".") }
        if bullets.count >= 2 {
            return bullets.map { line in
                var s = Substring(line)
                while let f = s.first, f == "•" || f == "-" || f == "*" || f.isNumber || f == "." || f == ")" || f == " " { s.removeFirst() }
                return Self.excerpt(String(s), limit: 240)
            }.filter { !$0.isEmpty }
        }
        return [Self.excerpt(m.plain, limit: 280)]
    }

    /// The owner named in an item: a mention, a trailing "- Name" / "(Name)" that names someone
    /// in the channel, or the writer when they take it on ("I'll…").
    func owner(of line: String, in m: ClassifiedMessage) -> String? {
        let names = workspace.names
        if let tail = Self.trailingName(line), let person = knownPerson(tail) { return person }
        for id in m.mentionedUserIDs {
            if let name = names.user(id), line.contains("@" + name) { return name }
        }
        if let first = m.mentionedUserIDs.first, let name = names.user(first), Self.sentences(m.plain).count <= 2 { return name }
        if classifier.signals(in: NormalizedText(line)).contains("owner_self") { return m.authorName }
        return nil
    }

    /// "… - Slim", "… — Atta/Thorny", "… (Manny)": the name part at the end of a list line.
    static func trailingName(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
            return String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        }
        for separator in [" - ", " – ", " — ", " -> ", " → "] {
            if let r = trimmed.range(of: separator, options: .backwards) {
                let tail = trimmed[r.upperBound...].trimmingCharacters(in: .whitespaces)
                if !tail.isEmpty && tail.split(separator: " ").count <= 3 { return tail }
            }
        }
        return nil
    }

    /// The display name of someone in the channel named by `text` ("Slim", "@slim", "Atta/Thorny" → first).
    func knownPerson(_ text: String) -> String? {
        let candidates = text.split(whereSeparator: { "/,&+".contains($0) }).map {
            $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "@")).lowercased()
        }
        guard let first = candidates.first, !first.isEmpty else { return nil }
        var seen = Set<String>()
        for m in items where !m.isBot && seen.insert(m.authorID).inserted {
            let forms = nameForms(of: m)
            if forms.contains(where: { $0 == first || $0.split(separator: " ").first.map(String.init) == first }) { return m.authorName }
        }
        return nil
    }

    // MARK: - Participants

    func findParticipants() -> [Participant] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        var first: [String: SlackTimestamp] = [:]
        var byID: [String: ClassifiedMessage] = [:]
        var contributed: Set<String> = []
        var commanderVotes: [String: Int] = [:]
        for m in items {
            if counts[m.authorID] == nil {
                order.append(m.authorID)
                first[m.authorID] = m.ts
                byID[m.authorID] = m
            }
            counts[m.authorID, default: 0] += 1
            if m.kinds.contains(where: { [.hypothesis, .finding, .action, .mitigation, .rootCause].contains($0.0) }) {
                contributed.insert(m.authorID)
            }
            // Someone taking command ("IC: …", "I'm IC"), or command given to someone mentioned.
            if m.has("commander_self") || m.normalized.string.hasPrefix("ic:") {
                commanderVotes[m.authorID, default: 0] += 2
            }
            if m.has("commander_assigned") {
                for id in m.mentionedUserIDs { commanderVotes[id, default: 0] += 3 }
            }
        }
        let roles = corrections.roles ?? [:]
        let commander = commanderVotes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key
        return order.compactMap { id -> Participant? in
            guard let m = byID[id] else { return nil }
            let user = workspace.users[id]
            let name = m.authorName
            if let given = roles[id] ?? roles[name] ?? user?.handle.flatMap({ roles[$0] }), let role = ParticipantRole(rawValue: given) {
                return Participant(id: id, name: name, title: user?.title, role: role, roleFromCorrections: true, firstTS: first[id]!, messageCount: counts[id]!)
            }
            let title = (user?.title ?? "").lowercased()
            let role: ParticipantRole
            if m.isBot {
                role = .bot
            } else if id == commander || (commander == nil && rules.titles.commander.contains { title.containsBytes($0) }) {
                role = .incidentCommander
            } else if (user?.isGuest ?? false) || (!contributed.contains(id) && rules.titles.stakeholder.contains { title.containsBytes($0) }) {
                role = .stakeholder
            } else {
                role = .responder
            }
            return Participant(id: id, name: name, title: user?.title, role: role, firstTS: first[id]!, messageCount: counts[id]!)
        }
    }

    // MARK: - Metrics

    func computeMetrics(hypotheses: [Hypothesis], escalations: [Escalation], participants: [Participant]) -> IncidentMetrics {
        func seconds(_ a: MilestoneKind, _ b: MilestoneKind) -> Int? {
            guard let x = milestones[a]?.time, let y = milestones[b]?.time else { return nil }
            return Int((y.timeIntervalSince(x)).rounded())
        }
        var metrics = IncidentMetrics(
            timeToDetect: seconds(.impactStart, .detected), timeToAcknowledge: seconds(.detected, .acknowledged),
            timeToIdentify: seconds(.detected, .rootCauseIdentified), timeToMitigate: seconds(.detected, .mitigated),
            timeToResolve: seconds(.detected, .resolved), impactDuration: seconds(.impactStart, .mitigated),
            messageCount: items.count, participantCount: participants.filter { $0.role != .bot }.count,
            hypothesesRaised: hypotheses.count, hypothesesRuledOut: hypotheses.filter { $0.outcome == .ruledOut }.count,
            escalationCount: escalations.count)
        // The longest silence while the incident was open.
        if let start = milestones[.detected]?.ts {
            let end = milestones[.resolved]?.ts ?? items.last?.ts ?? start
            let span = items.filter { $0.ts >= start && $0.ts <= end }
            var best: (Int, SlackTimestamp)?
            for (a, b) in zip(span, span.dropFirst()) {
                let gap = Int(b.time.timeIntervalSince(a.time).rounded())
                if best == nil || gap > best!.0 { best = (gap, a.ts) }
            }
            metrics.longestSilence = best?.0
            metrics.longestSilenceAfterTS = best?.1
        }
        // Time spent on hypotheses later ruled out; overlapping spans count once.
        let spans = hypotheses.compactMap { h -> (Date, Date)? in
            guard h.outcome == .ruledOut, let end = h.outcomeTS else { return nil }
            return (h.ts.date, end.date)
        }.sorted { $0.0 < $1.0 }
        var total = 0.0
        var current: (Date, Date)?
        for s in spans {
            if let c = current, s.0 <= c.1 {
                current = (c.0, max(c.1, s.1))
            } else {
                if let c = current { total += c.1.timeIntervalSince(c.0) }
                current = s
            }
        }
        if let c = current { total += c.1.timeIntervalSince(c.0) }
        metrics.timeOnRuledOutHypotheses = Int(total.rounded())
        return metrics
    }

    // MARK: - Timeline and header

    func buildTimeline() -> [TimelineEvent] {
        // A handful of messages are evidence: compared by time first, no string is hashed per message.
        var evidence: [(ts: SlackTimestamp, kinds: [MilestoneKind])] = []
        for kind in MilestoneKind.allCases {
            guard let ts = milestones[kind]?.ts else { continue }
            if let at = evidence.firstIndex(where: { $0.ts.raw == ts.raw }) { evidence[at].kinds.append(kind) } else { evidence.append((ts, [kind])) }
        }
        // Reserved whole: a year-long channel's timeline grown by doubling held two copies at its peak.
        var timeline: [TimelineEvent] = []
        timeline.reserveCapacity(items.count)
        for m in items {
            let kinds = m.kinds.compactMap { $0.0 == .noise ? nil : $0.0 }
            let marks = evidence.first { $0.ts.seconds == m.ts.seconds && $0.ts.micros == m.ts.micros && $0.ts.raw == m.ts.raw }?.kinds ?? []
            guard !kinds.isEmpty || !marks.isEmpty || m.isPinned else { continue }
            timeline.append(TimelineEvent(ts: m.ts, userID: m.authorID, name: m.authorName, kinds: kinds, text: m.plain, message: m.message, milestones: marks))
        }
        return timeline
    }

    func buildHeader(hypotheses: [Hypothesis], participants: [Participant]) -> IncidentHeader {
        let status = milestones[.resolved] != nil ? "resolved" : (milestones[.mitigated] != nil ? "mitigated" : "ongoing")
        let title = corrections.title ?? guessedTitle()
        let severity = corrections.severity ?? guessedSeverity()
        let summary = corrections.summary ?? draftSummary(title: title, hypotheses: hypotheses, participants: participants)
        return IncidentHeader(
            title: title, severity: severity, status: status, summary: summary, summaryIsDraft: corrections.summary == nil,
            impact: corrections.impact, services: corrections.services ?? [], tags: corrections.tags ?? [])
    }

    func guessedTitle() -> String {
        if let ts = milestones[.detected]?.ts, let m = item(ts) {
            let firstLine = m.plain.split(separator: "\n").first.map(String.init) ?? m.plain
            let line = firstLine.trimmingCharacters(in: .whitespaces)
            if !line.isEmpty { return Self.excerpt(line, limit: 100) }
        }
        return "Incident in #\(conversation.info.name)"
    }

    func guessedSeverity() -> String? {
        let pattern = #"\b(sev[ -]?[0-5]|p[0-5])\b"#
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return nil }
        var found: String?
        for m in items where m.bot == .alerting || m.bot == .incident || m.has("severity_raised") || m.has("incident_declared") {
            let ns = m.plain as NSString
            for match in regex.matches(in: m.plain, range: NSRange(location: 0, length: ns.length)) {
                let s = ns.substring(with: match.range).uppercased().replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "")
                // Severity only ever rises during an incident; keep the highest seen (lowest number).
                if found == nil || (s.last?.wholeNumberValue ?? 9) < (found!.last?.wholeNumberValue ?? 9) { found = s }
            }
        }
        return found
    }

    func draftSummary(title: String, hypotheses: [Hypothesis], participants: [Participant]) -> String {
        let f = TimeFormatter(zone: zone)
        var parts: [String] = []
        if let d = milestones[.detected] {
            parts.append("On \(f.longDay(d.time)) at \(f.clock(d.time)) \(f.zoneAbbreviation(d.time)), the incident was detected: \"\(Self.excerpt(d.evidence, limit: 120))\".")
        }
        let people = participants.filter { $0.role != .bot }.count
        parts.append("\(people) \(people == 1 ? "person" : "people") took part in #\(conversation.info.name).")
        if !hypotheses.isEmpty {
            let ruled = hypotheses.filter { $0.outcome == .ruledOut }.count
            let confirmed = hypotheses.filter { $0.outcome == .confirmed }.count
            let raised = hypotheses.count == 1 ? "1 hypothesis was raised" : "\(hypotheses.count) hypotheses were raised"
            parts.append("\(raised); \(ruled) \(ruled == 1 ? "was" : "were") ruled out and \(confirmed) confirmed.")
        }
        if let rc = milestones[.rootCauseIdentified] {
            // The explanation's last resort is a guess: the draft says so rather than state it as found.
            let guessed = rc.source == .inferred && rc.confidence <= Self.guessedCauseConfidence
            let said = guessed ? "The cause was most likely explained at" : "The cause was identified at"
            parts.append("\(said) \(f.clock(rc.time)): \"\(Self.excerpt(rc.evidence, limit: 160))\".")
        }
        if let m = milestones[.mitigated] { parts.append("Impact was mitigated at \(f.clock(m.time)).") }
        if let r = milestones[.resolved] { parts.append("The incident was resolved at \(f.dayAndClock(r.time)) \(f.zoneAbbreviation(r.time)).") }
        return parts.joined(separator: " ")
    }
}

/// A sentence (or short message) read for a verdict on a hypothesis.
struct VerdictUnit: Sendable {
    let terms: Set<String>
    let signals: Set<String>
    /// Words right after a negating word ("not ddos", "nicht der Cache"), as terms.
    let negatedTerms: Set<String>
}

/// What was read from each item for verdicts, by item index, so each message is read once; shared
/// (behind a lock) by the guesses being settled in parallel.
final class VerdictCache: @unchecked Sendable {
    private let lock = NSLock()
    private var unitsByIndex: [Int: [VerdictUnit]] = [:]
    private var openings: [Int: Set<String>] = [:]
    private var termsByIndex: [Int: Set<String>] = [:]

    func units(_ index: Int, compute: () -> [VerdictUnit]) -> [VerdictUnit] { cached(\.unitsByIndex, index, compute) }

    func opening(_ index: Int, compute: () -> Set<String>) -> Set<String> { cached(\.openings, index, compute) }

    func terms(_ index: Int, compute: () -> Set<String>) -> Set<String> { cached(\.termsByIndex, index, compute) }

    /// The value kept for `index` in `table`, computed outside the lock the first time it is asked for.
    private func cached<Value>(_ table: ReferenceWritableKeyPath<VerdictCache, [Int: Value]>, _ index: Int, _ compute: () -> Value) -> Value {
        if let hit = lock.withLock({ self[keyPath: table][index] }) { return hit }
        let value = compute()
        lock.withLock { self[keyPath: table][index] = value }
        return value
    }
}

/// The words of action items kept so far, indexed by word, so finding one that a new item repeats
/// (a recap) looks only at items sharing a word with it, not at every item of a year-long channel.
struct RecapIndex {
    private var items: [Set<String>] = []
    private var byTerm: [String: [Int]] = [:]

    /// True when a kept item shares most of its words with `terms` (Jaccard index of at least one half).
    func containsSimilar(_ terms: Set<String>) -> Bool {
        var shared: [Int: Int] = [:]
        for term in terms {
            for i in byTerm[term] ?? [] { shared[i, default: 0] += 1 }
        }
        return shared.contains { i, common in
            Double(common) / Double(items[i].count + terms.count - common) >= 0.5
        }
    }

    mutating func add(_ terms: Set<String>) {
        for term in terms { byTerm[term, default: []].append(items.count) }
        items.append(terms)
    }
}
