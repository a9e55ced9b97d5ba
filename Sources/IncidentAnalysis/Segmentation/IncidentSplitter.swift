import Foundation
import SlackExport

/// Finds the separate incidents in one long channel (a shared `#incidents` channel) and the
/// chatter between them.
///
/// Messages are read with the analysis's own classification (the rules' bot names and phrase lists,
/// see ``RuleSet``), so a team's `--rules` file steers the split as it steers the analysis. The
/// channel is walked one *unit* at a time: a top-level message together with every reply of its
/// thread, so thread replies always stay with their parent, however late they come.
///
/// - An incident **starts** at an alerting bot's firing alert or a person's report of symptoms
///   that at least two other people answered within ``Gaps/response`` (one of them acknowledging
///   or working the problem), or at an incident bot's declaration.
/// - It **ends** at a closing message (an incident bot's "resolved", a person's all-clear) plus a
///   short tail: messages keep joining while each comes within ``Gaps/afterClosing`` of the one
///   before and within ``Gaps/tail`` of the closing message. An incident nobody closed ends after
///   ``Gaps/unclosed`` of silence, unless the message after the silence is on its subject (two
///   words in common with the messages that opened it) and comes within ``Gaps/sameSubject``:
///   the customer's confirmation the next day.
/// - A new alert, declaration or report starts a **new** incident after a closing message, or
///   after ``Gaps/newTrigger`` of silence unless it is on the same subject as the open incident
///   (two words of their opening messages in common, alert boilerplate and stopwords aside) and
///   comes within ``Gaps/sameSubject``: a slow incident that alerts again the next morning. A
///   declaration naming another incident id (`INC-1443` while `INC-1442` is open) also starts a
///   new one. Otherwise it is part of the open incident (a second monitor firing, the bot
///   declaring what the alert started).
/// - Everything else outside an incident is chatter and belongs to none.
public struct IncidentSplitter: Sendable {
    /// The time spans that bound incidents.
    public struct Gaps: Sendable, Equatable {
        /// How soon people must answer an alert or report for it to open an incident (default 1 h).
        public var response: TimeInterval
        /// Silence after which an incident nobody closed is over (default 12 h).
        public var unclosed: TimeInterval
        /// Silence after which a new alert or report opens a new incident although the open one
        /// was not closed (default 2 h).
        public var newTrigger: TimeInterval
        /// After a closing message, the longest silence between messages that still joins them to
        /// the incident (default 30 min).
        public var afterClosing: TimeInterval
        /// After a closing message, how long messages may still join the incident (default 2 h).
        public var tail: TimeInterval
        /// How long an incident nobody closed takes back an alert or report on its subject (default 24 h).
        public var sameSubject: TimeInterval

        /// Creates gaps; the defaults suit a channel where incidents are hours apart.
        public init(
            response: TimeInterval = 3600, unclosed: TimeInterval = 12 * 3600, newTrigger: TimeInterval = 2 * 3600,
            afterClosing: TimeInterval = 30 * 60, tail: TimeInterval = 2 * 3600, sameSubject: TimeInterval = 24 * 3600
        ) {
            self.response = response
            self.unclosed = unclosed
            self.newTrigger = newTrigger
            self.afterClosing = afterClosing
            self.tail = tail
            self.sameSubject = sameSubject
        }
    }

    /// The rules whose classification is used.
    public var rules: RuleSet
    /// The time spans that bound incidents.
    public var gaps: Gaps

    /// Creates a splitter.
    public init(rules: RuleSet = .builtIn, gaps: Gaps = Gaps()) {
        self.rules = rules
        self.gaps = gaps
    }

    /// The incidents of `conversation`, numbered from 1 in order of start.
    ///
    /// - Parameters:
    ///   - conversation: the channel, or a window of it.
    ///   - workspace: the export it came from (for author names and bot kinds).
    /// - Returns: the incidents; messages that belong to none (chatter, unanswered alerts) are left out.
    public func split(_ conversation: Conversation, in workspace: Workspace) -> [ChannelIncident] {
        var run = AnalysisRun(
            rules: rules, corrections: Corrections(), conversation: conversation, workspace: workspace,
            zone: TimeZone(identifier: "UTC") ?? .current)
        run.classifyAll()
        let reading = Reading(run: run, gaps: gaps)

        var incidents: [ChannelIncident] = []
        var current: Draft?
        func finish() {
            guard let draft = current else { return }
            incidents.append(draft.incident(number: incidents.count + 1, info: conversation.info))
            current = nil
        }
        for unit in Self.units(of: conversation) {
            let t = unit.head.ts
            let trigger = reading.trigger(unit.head)
            guard var draft = current else {
                if let trigger { current = Draft(unit: unit, trigger: trigger, reading: reading) }
                continue
            }
            // The draft is put back below; holding it in two places would copy its messages on
            // every append, which made a year-long channel quadratic.
            current = nil
            let silence = t.date.timeIntervalSince(draft.lastActivity(before: t).date)
            let closing = draft.closingTS.flatMap { $0 < t ? $0 : nil }
            let over: Bool
            if let closing {
                over = silence >= gaps.afterClosing || t.date.timeIntervalSince(closing.date) >= gaps.tail
            } else {
                over = silence >= gaps.unclosed
            }
            if let trigger {
                let startsNew: Bool
                if closing != nil {
                    startsNew = true
                } else if silence >= gaps.newTrigger {
                    startsNew = silence >= gaps.sameSubject || !draft.sharesSubject(with: unit.head, reading: reading)
                } else {
                    let ids = trigger.kind == .declaration ? Self.incidentIDs(in: trigger.item.plain) : []
                    startsNew = !ids.isEmpty && !draft.declarationIDs.isEmpty && ids.isDisjoint(with: draft.declarationIDs)
                }
                if startsNew {
                    current = draft
                    finish()
                    current = Draft(unit: unit, trigger: trigger, reading: reading)
                } else {
                    draft.add(unit, reading: reading)
                    draft.note(trigger, reading: reading)
                    current = draft
                }
                continue
            }
            if over && !(closing == nil && silence < gaps.sameSubject && draft.sharesSubject(with: unit.head, reading: reading)) {
                current = draft
                finish()
                continue
            }
            draft.add(unit, reading: reading)
            current = draft
        }
        finish()
        return incidents
    }

    // MARK: - Units

    /// A top-level message and the replies of its thread.
    struct Unit {
        var head: Message
        var messages: [Message]
    }

    /// The channel as units in order of their top-level message. A reply whose parent is not in
    /// the conversation (cut off by a window, or missing from the export) stands on its own.
    static func units(of conversation: Conversation) -> [Unit] {
        var units: [Unit] = []
        var unitOfHead: [SlackTimestamp: Int] = [:]
        for message in conversation.messages {
            if let parent = message.parentTS, let index = unitOfHead[parent] {
                units[index].messages.append(message)
            } else {
                unitOfHead[message.ts] = units.count
                units.append(Unit(head: message, messages: [message]))
            }
        }
        return units
    }

    // MARK: - Reading messages

    /// What opened an incident, and the message that gives its title.
    struct TriggerReading {
        var kind: ChannelIncident.Trigger
        var item: ClassifiedMessage
    }

    /// The classified messages and the questions the split asks of them.
    struct Reading {
        let run: AnalysisRun
        let gaps: Gaps
        let byTS: [SlackTimestamp: ClassifiedMessage]
        /// Words that say nothing about an incident's subject: the rules' stopwords and the words
        /// of their alert phrases ("firing", "resolved", "triggered").
        let boilerplate: Set<String>

        init(run: AnalysisRun, gaps: Gaps) {
            self.run = run
            self.gaps = gaps
            byTS = Dictionary(run.items.map { ($0.ts, $0) }, uniquingKeysWith: { first, _ in first })
            boilerplate = AnalysisRun.terms(ofPhrasesIn: ["alert_firing", "alert_recovered", "alert_acknowledged", "incident_declared"], rules: run.rules)
        }

        /// The words of a message that name its subject (stemmed; stopwords and alert boilerplate left out).
        func subject(_ item: ClassifiedMessage) -> Set<String> {
            TextNormalizer.terms(item.normalized, stopwords: run.stopwords).subtracting(boilerplate)
        }

        /// The kind of trigger `message` is, or nil when it opens nothing.
        func trigger(_ message: Message) -> TriggerReading? {
            guard let item = byTS[message.ts] else { return nil }
            if item.bot == .incident && item.has("incident_declared") { return TriggerReading(kind: .declaration, item: item) }
            if item.bot == .alerting && run.isFiring(item) && answered(item) { return TriggerReading(kind: .alert, item: item) }
            if !item.isBot && !item.kind(.noise) && (item.kind(.symptom) || item.has("incident_declared")) && answered(item) {
                return TriggerReading(kind: .report, item: item)
            }
            return nil
        }

        /// True when at least two people other than the author wrote within ``Gaps/response``
        /// after `opener`, one of them acknowledging it or working the problem.
        func answered(_ opener: ClassifiedMessage) -> Bool {
            let limit = opener.time.addingTimeInterval(gaps.response)
            var count = 0
            var working = false
            for item in run.items[(opener.index + 1)...] {
                if item.time > limit { break }
                guard !item.isBot, item.authorID != opener.authorID, !item.kind(.noise) else { continue }
                count += 1
                if run.isAcknowledgement(item) || item.kinds.contains(where: { Self.workKinds.contains($0.0) }) { working = true }
                if count >= 2 && working { return true }
            }
            return count >= 2 && working
        }

        static let workKinds: Set<EventKind> = [.symptom, .escalation, .hypothesis, .finding, .action, .mitigation, .rootCause]

        /// True when `message` closes an incident: an incident bot's "resolved", or a person's
        /// all-clear that is neither a question nor hedged.
        func closes(_ message: Message) -> Bool {
            guard let item = byTS[message.ts] else { return false }
            if item.bot == .incident { return item.has("status_resolved") }
            guard !item.isBot, !item.isQuestion, !item.has("hedge"), !item.has("pending"), !item.has("watching") else { return false }
            return item.has("status_resolved") || (item.kind(.resolution) && item.has("closure"))
        }
    }

    // MARK: - An incident being gathered

    struct Draft {
        var trigger: TriggerReading
        var messages: [Message] = []
        /// The words of the messages that opened it (see ``Reading/subject(_:)``).
        var subject: Set<String> = []
        /// Incident ids its declarations named (`INC-1442`).
        var declarationIDs: Set<String> = []
        var closingTS: SlackTimestamp?
        /// The latest message time known to be before the unit being placed.
        var lastSeen: SlackTimestamp
        /// Times of thread replies later than the unit being placed, latest first.
        var pending: [SlackTimestamp] = []

        init(unit: Unit, trigger: TriggerReading, reading: Reading) {
            self.trigger = trigger
            lastSeen = unit.head.ts
            add(unit, reading: reading)
            note(trigger, reading: reading)
        }

        /// True when `message` has two subject words in common with the messages that opened the incident.
        func sharesSubject(with message: Message, reading: Reading) -> Bool {
            guard let item = reading.byTS[message.ts] else { return false }
            return subject.intersection(reading.subject(item)).count >= 2
        }

        /// Remembers what an alert, report or declaration that joined says.
        mutating func note(_ trigger: TriggerReading, reading: Reading) {
            subject.formUnion(reading.subject(trigger.item))
            if trigger.kind == .declaration { declarationIDs.formUnion(IncidentSplitter.incidentIDs(in: trigger.item.plain)) }
        }

        mutating func add(_ unit: Unit, reading: Reading) {
            messages += unit.messages
            if lastSeen < unit.head.ts { lastSeen = unit.head.ts }
            for message in unit.messages {
                if message.ts != unit.head.ts {
                    let at = pending.firstIndex { $0 < message.ts } ?? pending.endIndex
                    pending.insert(message.ts, at: at)
                }
                if reading.closes(message), closingTS.map({ message.ts < $0 }) ?? true { closingTS = message.ts }
            }
        }

        /// The latest message of the incident before `t`.
        mutating func lastActivity(before t: SlackTimestamp) -> SlackTimestamp {
            while let next = pending.last, next < t {
                pending.removeLast()
                if lastSeen < next { lastSeen = next }
            }
            return lastSeen
        }

        func incident(number: Int, info: ConversationInfo) -> ChannelIncident {
            let conversation = Conversation(info: info, messages: messages)
            let start = conversation.messages.first?.ts ?? trigger.item.ts
            return ChannelIncident(
                number: number, start: start, end: conversation.messages.last?.ts ?? start,
                title: IncidentSplitter.title(of: trigger.item.plain), trigger: trigger.kind, closedTS: closingTS,
                conversation: conversation)
        }
    }

    /// Incident ids in a text: letters, an optional dash and three or more digits (`INC-1442`,
    /// `INC0091234`), upper-cased; `SEV2` and `P1` are not ids.
    static func incidentIDs(in text: String) -> Set<String> {
        var ids = Set<String>()
        let scalars = Array(text.uppercased().unicodeScalars)
        var i = 0
        func isLetter(_ c: Unicode.Scalar) -> Bool { ("A"..."Z").contains(c) }
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        while i < scalars.count {
            guard isLetter(scalars[i]), i == 0 || !(isLetter(scalars[i - 1]) || isDigit(scalars[i - 1])) else {
                i += 1
                continue
            }
            var j = i
            while j < scalars.count, isLetter(scalars[j]) { j += 1 }
            let letters = j - i
            var k = j
            if k < scalars.count, scalars[k] == "-" { k += 1 }
            let digitsStart = k
            while k < scalars.count, isDigit(scalars[k]) { k += 1 }
            let boundary = k == scalars.count || !(isLetter(scalars[k]) || isDigit(scalars[k]))
            if (2...10).contains(letters), k - digitsStart >= 3, boundary {
                var id = String.UnicodeScalarView()
                id.append(contentsOf: scalars[i..<j])
                id.append(contentsOf: scalars[digitsStart..<k])
                ids.insert(String(id))
            }
            i = max(k, i + 1)
        }
        return ids
    }

    /// A title from a message: its first line of three words or more (alert bots often open with a
    /// bare "Triggered"), whitespace collapsed, cut to 100 characters.
    static func title(of text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map {
            $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }.filter { !$0.isEmpty }
        let line = lines.first { $0.split(separator: " ").count >= 3 } ?? lines.joined(separator: " ")
        guard line.count > 100 else { return line }
        return String(line.prefix(99)).trimmingCharacters(in: .whitespaces) + "…"
    }
}
