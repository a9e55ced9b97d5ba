import Foundation
import SlackExport

/// What kind of machine posted a message, from its author's name.
enum BotCategory: Sendable {
    case none, alerting, incident, deploy, statusPage, ticketing, other
}

/// One message prepared for analysis: its text, signals and event kinds.
///
/// A class: the analysis filters and passes these around constantly, and copying a struct of a
/// dozen strings and collections costs a retain per field each time.
final class ClassifiedMessage: Sendable {
    let index: Int
    let message: Message
    /// The message's ts, kept beside the other fields the analysis compares in its many passes.
    let ts: SlackTimestamp
    let authorID: String
    let authorName: String
    let isBot: Bool
    /// True for a person relayed by a bridge (Discord, a forum): someone outside the team.
    let isBridged: Bool
    let bot: BotCategory
    let plain: String
    let normalized: NormalizedText
    /// The signals that matched, by number in `table`.
    let hits: SignalHits
    /// Signal names and phrases by number.
    let table: SignalTable
    /// Event kinds with their scores, strongest first.
    let kinds: [(EventKind, Double)]
    let isPinned: Bool
    let isQuestion: Bool
    let mentionedUserIDs: [String]
    /// False for a message edited an hour or more after it was posted (a pinned summary kept up to
    /// date): its text says what was true at the edit, so it cannot date a milestone. Kept here
    /// because the milestone passes ask it of most messages, many times.
    let isDatable: Bool

    init(
        index: Int, message: Message, authorID: String, authorName: String, isBot: Bool, isBridged: Bool = false, bot: BotCategory,
        plain: String,
        normalized: NormalizedText, hits: SignalHits, table: SignalTable, kinds: [(EventKind, Double)], isPinned: Bool, isQuestion: Bool,
        mentionedUserIDs: [String]
    ) {
        self.index = index
        self.message = message
        self.ts = message.ts
        self.authorID = authorID
        self.authorName = authorName
        self.isBot = isBot
        self.isBridged = isBridged
        self.bot = bot
        self.plain = plain
        self.normalized = normalized
        self.hits = hits
        self.table = table
        self.kinds = kinds
        self.isPinned = isPinned
        self.isQuestion = isQuestion
        self.mentionedUserIDs = mentionedUserIDs
        self.isDatable = message.editedTS.map { $0.seconds - message.ts.seconds < 3600 } ?? true
    }

    var time: Date { ts.date }
    func has(_ signal: String) -> Bool { hits.contains(signal, in: table) }
    /// The phrases of `signal` that matched, in rules order.
    func phrases(_ signal: String) -> [String] { hits.phrases(signal, in: table) }
    /// Signal name → phrases that matched.
    var signals: [(String, [String])] {
        hits.signals.map { s in (table.names[Int(s.signal)], hits.phrases(of: s.signal).map { table.phrases[Int($0)] }) }
    }
    func kind(_ k: EventKind) -> Bool { kinds.contains { $0.0 == k } }
    func score(_ k: EventKind) -> Double { kinds.first { $0.0 == k }?.1 ?? 0 }
}

/// Matches the rule set's phrase lists against messages and weighs them into event kinds.
final class MessageClassifier: Sendable {
    let rules: RuleSet
    private let phraseIndex: PhraseIndex
    /// Bot name words by category, in the order they are tried (the rules file's order of precedence).
    private let botCategories: [(words: [String], category: BotCategory)]
    /// Name words of bridges that relay people.
    private let bridgeWords: [String]
    private let pinEmoji: Set<String>
    /// Units that make "back to <number>" a measure.
    private let measureUnits: Set<String>
    /// Signal → words matched as written, in a fixed order.
    private let casedSignals: [(signal: String, words: CasedWords)]
    /// By signal number: (event kind's position in `EventKind.allCases`, weight); a message has a
    /// few signals, so weighing walks those rather than every kind's whole table.
    private let weightsBySignal: [[(kind: Int, weight: Double)]]
    /// Signal names and phrases by number.
    let table: SignalTable
    /// Whether each event kind has a weight table at all.
    private let weighedKinds: [Bool]

    init(rules: RuleSet) {
        self.rules = rules
        var bySignal: [String: [(kind: Int, weight: Double)]] = [:]
        for (k, kind) in EventKind.allCases.enumerated() {
            for (signal, weight) in rules.weights[kind.rawValue] ?? [:] { bySignal[signal, default: []].append((k, weight)) }
        }
        weighedKinds = EventKind.allCases.map { rules.weights[$0.rawValue] != nil }
        // A word matched as written shows as its signal's label: "TODO / FIXME".
        let casedLabels = rules.casedSignals.filter { !$0.value.isEmpty }.mapValues { $0.joined(separator: " / ") }
        phraseIndex = PhraseIndex(
            rules.signals, labels: Self.pseudoSignals.merging(casedLabels) { builtIn, _ in builtIn }, scopes: [rules.negationScope, rules.noReportScope, rules.conditionScope],
            scopesAfter: [rules.noReportAfter], exceptions: rules.exceptions)
        table = phraseIndex.table
        weightsBySignal = table.names.map { bySignal[$0] ?? [] }
        let byCategory: [([String], BotCategory)] = [
            (rules.bots.alerting, .alerting), (rules.bots.incident, .incident), (rules.bots.statusPage, .statusPage),
            (rules.bots.deploy, .deploy), (rules.bots.ticketing, .ticketing),
        ]
        botCategories = byCategory.map { ($0.0.map(TextNormalizer.normalize), $0.1) }
        bridgeWords = rules.bots.bridge.map(TextNormalizer.normalize)
        pinEmoji = Set(rules.pinEmoji.map { $0.replacingOccurrences(of: ":", with: "") })
        measureUnits = Set(rules.measureUnits.map(TextNormalizer.normalize))
        casedSignals = rules.casedSignals.sorted { $0.key < $1.key }.map { ($0.key, CasedWords($0.value)) }
    }

    /// Every signal that occurs in `text` (a sentence, a message's opening), in one pass.
    func signals(in text: NormalizedText) -> Set<String> {
        Set(phraseIndex.scan(text).signals.map { table.names[Int($0.signal)] })
    }

    /// Signals the classifier sets itself from what the rules cannot see, and the label each shows
    /// as its phrase; the rules weigh them like phrase lists.
    static let pseudoSignals = [
        "alert_bot": "(alerting bot)", "incident_bot": "(incident bot)", "deploy_bot": "(deploy bot)",
        "status_page_bot": "(status page)", "incident_status_change": "(status change of an incident)",
        "broadcast": "@here/@channel/@everyone", "usergroup_mention": "(user group)", "pinned": "(pinned)",
        "short_question": "(short question)", "confirmation_with_evidence": "(confirmation with pasted evidence)",
        "found_it_opening": "(found it, then the explanation)",
        "question_with_cause": "(question about a likely cause)", "mentions_newcomer": "(mentions someone new)",
        "alert_updated_in_place": "(alert updated in place since it fired)",
        "status_updated_in_place": "(declaration updated in place since it was posted)",
        "status_reopened": "(status moved back from mitigated or resolved)",
        "falling_measure": "(numbers joined by arrows fell to a tenth or less)",
        "alert_colour_clear": "(attachment coloured as cleared)",
    ]

    /// True when `text` asks in Greek: text with Greek letters in which a ";" (or its own code
    /// point, U+037E) ends a word, at the end or before a space ("Το ξαναβγάζω το 4.12;").
    static func hasGreekQuestionMark(_ text: String) -> Bool {
        guard text.containsBytes(";") || text.containsBytes("\u{037E}") else { return false }
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: isGreek) else { return false }
        return scalars.indices.contains { isQuestionSemicolon(scalars, at: $0) }
    }

    /// True when `scalars[i]` is a ";" or U+037E right after a word and before a space or the end:
    /// a question mark, in text that is Greek.
    static func isQuestionSemicolon(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard scalars[i] == ";" || scalars[i] == "\u{037E}", i > 0, !scalars[i - 1].properties.isWhitespace else { return false }
        return i + 1 == scalars.count || scalars[i + 1].properties.isWhitespace
    }

    /// Greek letters, with or without accents.
    static func isGreek(_ c: Unicode.Scalar) -> Bool {
        (0x0370...0x03FF).contains(c.value) || (0x1F00...0x1FFF).contains(c.value)
    }

    /// Classifies one message on its own; `withNewcomerMention` adds what depends on earlier messages.
    ///
    /// Bots in `botRoles` (author id → kind) are of that kind whatever their names.
    func classify(
        _ message: Message, index: Int, workspace: Workspace, names: NameLookup, botRoles: [String: BotCategory] = [:]
    ) -> ClassifiedMessage {
        let authorName = workspace.authorName(of: message)
        // Bot names run words together ("IncidentBot", "opsgenie-prod"), so words match anywhere in the name.
        let n = message.isBot ? TextNormalizer.normalize(authorName) : ""
        // A bridge relays people from elsewhere ("Discord • jkrause"): each is a person, known by that name.
        let bridged = message.isBot && bridgeWords.contains(where: n.containsBytes)
        let isBot = message.isBot && !bridged
        let authorID = bridged ? authorName : message.authorID ?? authorName
        let plain = message.text.plainText(names: names)
        let normalized = NormalizedText(plain)
        var hits = phraseIndex.scan(normalized)
        let table = table
        func has(_ name: String) -> Bool { hits.contains(name, in: table) }
        func mark(_ name: String) { hits.mark(name, in: table) }
        for (signal, words) in casedSignals where words.occur(in: plain) { mark(signal) }
        // "hors sujet mais la machine à café du 3e remarche": the author says it is not about the incident.
        if has("off_topic") { hits.keepOnly("off_topic", in: table) }
        // Keeps `signals` only where the author's own words, outside the `foreign` blocks, say them.
        func keepOwn(_ signals: [String], outside foreign: (TextBlock) -> Bool) {
            guard !message.isBot, message.text.blocks.contains(where: foreign), signals.contains(where: has) else { return }
            let own = RichText(message.text.blocks.filter { !foreign($0) }).plainText(names: names)
            let said = phraseIndex.scan(NormalizedText(own))
            for name in signals where !said.contains(name, in: table) { hits.remove(name, in: table) }
        }
        // "Draft for approval: > … we're restoring them": words in a quote are someone else's (a draft
        // statement, a customer's mail, a status page); they fix or close nothing for the person quoting.
        keepOwn(Self.settlingSignals, outside: \.isQuote)
        // A pasted log's "Connection closed" is a program's word and closes nothing; its "deployment
        // restarted" is the output of the author's own fix, and stands.
        keepOwn(Self.closingSignals, outside: \.isCode)
        var bot = BotCategory.none
        if isBot {
            bot = botRoles[message.authorID ?? authorName] ?? botCategories.first { $0.words.contains(where: n.containsBytes) }?.category ?? .other
            // A bot no name places that opens with an alert's state ("DOWN: app/healthz returned 503",
            // "[FIRING:1] …") is a monitor, whatever it is called.
            if bot == .other, botRoles[message.authorID ?? authorName] == nil {
                // A coloured dot or other symbol may come first ("🔴 PROBLEM: …").
                let opening = normalized.string.prefix(24)
                let worded = opening.drop { !$0.isLetter && !$0.isNumber && $0 != "[" && $0 != "【" }
                let states = hits.phrases("alert_firing", in: table) + hits.phrases("alert_recovered", in: table)
                // "[CRITICAL] SIC-ACQ-…": a bracketed state is the state.
                let unbracketed = worded.drop { $0 == "[" || $0 == "【" }
                if states.contains(where: { opening.hasPrefix($0) || worded.hasPrefix($0) || unbracketed.hasPrefix($0) }) {
                    bot = .alerting
                }
            }
        }
        var mentions: [String] = []
        var broadcast = false
        var userGroup = false
        for block in message.text.blocks {
            for inline in Self.flatten(block) {
                switch inline {
                case .user(let id, _): mentions.append(id)
                case .broadcast: broadcast = true
                case .userGroup: userGroup = true
                default: break
                }
            }
        }
        // The state a bot moved the incident to, when it says so.
        var movedTo: SignalHits?
        if isBot, let change = Self.statusChange(normalized.string) {
            // "Re-opened: Mitigated → Investigating (was mitigated for 41m)" moves the incident to
            // investigating: the state left and what follows the new one are not read.
            let said = phraseIndex.scan(NormalizedText(change.target))
            movedTo = said
            let statusChange = Self.statusSignals.contains { said.contains($0, in: table) }
            hits = phraseIndex.scan(NormalizedText(change.head + " " + change.target))
            if bot == .other || bot == .ticketing, statusChange, Self.namesAnIncident(normalized.string) { mark("incident_status_change") }
            // "Status Mitigated → Started": moved back from a settled state, the incident is re-opened.
            let was = phraseIndex.scan(NormalizedText(change.from))
            func settled(_ h: SignalHits) -> Bool { Self.settledStatusSignals.contains { h.contains($0, in: table) } }
            if settled(was) && !settled(said) { mark("status_reopened") }
        }
        // A monitor marks its alert cleared in green, in any language ("Plausibilität GTFS-RT wieder im
        // Normbereich"): read when its words say neither firing nor cleared.
        if bot == .alerting, !has("alert_firing"), !has("alert_recovered"), !has("alert_info"),
            let colour = message.attachmentColor, AlertColour.marksCleared(colour)
        {
            hits.mark("alert_recovered", labelledAs: "alert_colour_clear", in: table)
        }
        // PagerDuty's and Opsgenie's apps update their alert in place ("Status: Resolved"): the message
        // was posted when the alert fired, and the state it shows now came later.
        if bot == .alerting, message.editedTS != nil, !has("alert_firing"), Self.settledAlertSignals.contains(where: has) {
            for name in Self.settledAlertSignals { hits.remove(name, in: table) }
            mark("alert_updated_in_place")
        }
        // "back to 180ms" recovers; "rolling back to 4470", "signing-api back to 12 replicas" and
        // "alias back to 3fzb…" name a version, a count or an id.
        let recoveries = hits.phrases("recovery", in: table)
        if !recoveries.isEmpty, recoveries.allSatisfy(Self.isNumericBackTo), !Self.namesAMeasureBackTo(normalized.string, units: measureUnits) {
            hits.remove("recovery", in: table)
        }
        // Pseudo-signals the rules can weigh like phrase lists.
        if bot == .alerting { mark("alert_bot") }
        if bot == .incident {
            mark("incident_bot")
            // A tool's declaration post is edited as the incident moves on ("… declared by @aoife ·
            // Status: Resolved"): the export holds its last state, which came later than its ts.
            if has("incident_declared"), Self.laterStatusSignals.contains(where: has) {
                for name in Self.laterStatusSignals { hits.remove(name, in: table) }
                mark("status_updated_in_place")
            }
            // An incident bot saying "resolved" is the incident's status, whatever its wording; one
            // raising an incident ("🚨 … 0 van 14 depots afgerond") counts what is not yet done.
            if has("closure"), !has("status_resolved"), !has("incident_declared") { hits.copy("closure", to: "status_resolved", in: table) }
            // A tool's status moved to "Closed" (Dispatch, incident.io) is the incident closed.
            if !has("status_resolved"), movedTo?.contains("closing_word", in: table) == true {
                hits.copy("closing_word", to: "status_resolved", in: table)
            }
            if has("bot_status_mitigated") { hits.copy("bot_status_mitigated", to: "status_mitigated", in: table) }
            if !has("status_identified"), has("bot_status_identified") { hits.copy("bot_status_identified", to: "status_identified", in: table) }
        }
        if bot == .deploy { mark("deploy_bot") }
        if bot == .statusPage { mark("status_page_bot") }
        if broadcast && !isBot { mark("broadcast") }
        if userGroup && !isBot { mark("usergroup_mention") }
        let pinned = message.isPinned || message.reactions.contains { pinEmoji.contains($0.name.split(separator: ":").first.map(String.init) ?? $0.name) }
        if pinned { mark("pinned") }
        let trimmed = plain.trimmingSpace(newlines: true)
        // CJK writes a full-width "？" and no space after it; Arabic "؟", Greek ";".
        // Thai and Chinese may ask with a closing particle and no mark ("… กลับมาไหม", "… 恢复了吗").
        let isQuestion = trimmed.hasSuffix("?") || trimmed.containsBytes("? ") || trimmed.containsBytes("？") || trimmed.containsBytes("؟")
            || Self.hasGreekQuestionMark(trimmed) || hits.phrases("question_particle", in: table).contains(where: trimmed.hasSuffix)

        // "traffic spike? ddos?": a few words and a question mark, the terse way of guessing.
        if !isBot, isQuestion, Self.hasAtMost(6, wordsIn: trimmed), !has("stop_questions"), !has("noise") {
            mark("short_question")
        }

        // "yep. ```<stack trace>```": a verdict with the evidence pasted is how causes get found.
        if !isBot, has("confirmation"), message.text.blocks.contains(where: { if case .code = $0 { return true } else { return false } }) {
            mark("confirmation_with_evidence")
        }
        // A verdict opening a message, then its explanation, announces the cause: a word of discovery
        // ("trouvé 💡 ça plante quand une ligne contient « œ »…", "eccolo. console Mapora, usage 100%…")
        // or a confirmation standing alone ("Confirmed. 2.14 fetches the template per message, no
        // cache …"). A confirmation says it outright with one thing named as broken, a bare "yep." with
        // two; "yes, P1 open. …" and "yep, I'm IC. …", a yes before a comma, answer something else.
        if !isBot, !isQuestion, has("found_it") || has("confirmation"), !has("recovery"), !has("remediation_done"), !has("closure"),
            let opening = Self.verdictOpening(trimmed, hits: hits, table: table)
        {
            let said = signals(in: NormalizedText(opening))
            let discovers = has("found_it") && said.contains("found_it")
            let confirms = has("confirmation") && said.contains("confirmation") && !opening.contains(",")
                && trimmed.unicodeScalars.dropFirst(opening.unicodeScalars.count).first != ","
                && Set(hits.phrases("cause_nouns", in: table)).count >= (has("status_verdict") ? 1 : 2)
            if discovers || confirms { mark("found_it_opening") }
        }
        if !isBot, isQuestion, has("cause_nouns"), !has("stop_questions") {
            mark("question_with_cause")
        }
        // "5xx 17% → 2.4%", "lag 212 -> 168 -> 97": a person reads a fix taking effect off a graph.
        if !isBot, FallingMeasure.occurs(in: plain, ratio: rules.fallingMeasureAtMost, units: measureUnits) { mark("falling_measure") }

        let kinds = weigh(hits)
        return ClassifiedMessage(
            index: index, message: message, authorID: authorID, authorName: authorName, isBot: isBot, isBridged: bridged, bot: bot,
            plain: plain, normalized: normalized, hits: hits, table: table, kinds: kinds, isPinned: pinned, isQuestion: isQuestion,
            mentionedUserIDs: mentions)
    }

    /// The verdict opening of `text` (below), of three words or as many as the longest word of
    /// discovery among `hits` ("ich weiß jetzt warum", "ya veo por qué").
    static func verdictOpening(_ text: String, hits: SignalHits, table: SignalTable) -> String? {
        let longest = hits.phrases("found_it", in: table).map { $0.split(separator: " ").count }.max() ?? 0
        return verdictOpening(text, words: max(3, longest))
    }

    /// The opening of `text` when it is a verdict of at most `maxWords` words set apart (by punctuation,
    /// an emoji or a line break) from an explanation of at least eight more words; else nil. A lone
    /// word before a comma or full stop is read with what follows ("Ok, das ist es.").
    private static func verdictOpening(_ text: String, words maxWords: Int) -> String? {
        let scalars = text.unicodeScalars
        func isEnd(_ c: Unicode.Scalar) -> Bool {
            ".:!…,;—–\n(。！，：".unicodeScalars.contains(c) || c.properties.isEmojiPresentation || (c.value >= 0x2190 && c.value <= 0x2BFF)
        }
        // Words are runs of letters and digits; an apostrophe inside one ("c'est", "that's") joins it.
        // Scripts written without spaces (Chinese, Japanese, Thai): every two of their letters count as a
        // word. Korean Hangul, which `isUnspaced` also names, spaces its words and counts as written.
        func words<S: Sequence>(_ s: S) -> Int where S.Element == Unicode.Scalar {
            var count = 0
            var unspaced = 0
            var inWord = false
            var previousWasLetter = false
            for c in s {
                if TextNormalizer.isUnspaced(c) && c.properties.isAlphabetic && !(0xAC00...0xD7AF).contains(c.value) {
                    unspaced += 1
                    inWord = false
                    previousWasLetter = false
                    continue
                }
                let letter = c.properties.isAlphabetic || c.properties.numericType != nil
                let joiner = (c == "'" || c == "\u{2019}") && previousWasLetter
                if letter && !inWord { count += 1 }
                if !joiner { inWord = letter }
                previousWasLetter = letter
            }
            return count + (unspaced + 1) / 2
        }
        guard var end = scalars.firstIndex(where: isEnd) else { return nil }
        var n = words(scalars[..<end])
        var limit = maxWords
        if n == 1, scalars[end] == "," || scalars[end] == ".",
            let next = scalars[scalars.index(after: end)...].firstIndex(where: isEnd)
        {
            let m = words(scalars[..<next])
            if m <= max(4, maxWords) { (end, n, limit) = (next, m, max(4, maxWords)) }
        }
        let rest = scalars[scalars.index(after: end)...]
        let opening = String(scalars[..<end])
        return n >= 1 && n <= limit && words(rest) >= 8 ? opening : nil
    }

    /// A "back to 4*"-style phrase: "back to" and the first digit of a number.
    static func isNumericBackTo(_ phrase: String) -> Bool {
        phrase.hasPrefix("back to ") && phrase.utf8.count == 9 && phrase.utf8.last.map { $0 >= 0x30 && $0 <= 0x39 } == true
    }

    /// True when some "back to <number>" in the text is a measure: zero, or a number with one of
    /// `units` ("back to 180ms", "back to 0.3%", "back to 6.8g", "back to 0").
    static func namesAMeasureBackTo(_ text: String, units: Set<String>) -> Bool {
        var rest = Substring(text)
        while let r = rest.range(of: "back to ") {
            let token = rest[r.upperBound...].prefix { !$0.isWhitespace }.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?)\"'"))
            let number = token.prefix { $0.isNumber || $0 == "." || $0 == "," }
            let unit = token.dropFirst(number.count)
            if !number.isEmpty, number.first?.isNumber == true,
                number == "0" || units.contains(String(unit))
            {
                return true
            }
            rest = rest[r.upperBound...]
        }
        return false
    }

    /// A status that says the impact is over (or being watched after a fix).
    static let settledStatusSignals = ["bot_status_mitigated", "status_mitigated", "status_resolved", "closure", "closing_word"]

    /// Signals that say the incident closed; a code block's words do not count for them.
    static let closingSignals = settledStatusSignals.filter { $0 != "bot_status_mitigated" }

    /// Signals that say impact ended or the incident closed; a quote's own words do not count for them.
    static let settlingSignals = ["recovery", "recovery_weak", "remediation_done"] + closingSignals

    /// What a declaration updated in place shows of the incident's later state: identified, mitigated, closed.
    static let laterStatusSignals = settledStatusSignals + ["status_identified", "bot_status_identified"]

    /// What an alert updated in place shows of its later state: acknowledged, resolved, closed.
    static let settledAlertSignals = [
        "alert_recovered", "alert_acknowledged", "status_investigating", "status_mitigated", "status_resolved", "closure", "closing_word",
    ]

    /// The signals that say which state an incident is in.
    static let statusSignals = [
        "status_investigating", "status_identified", "status_mitigated", "status_resolved", "bot_status_mitigated",
        "bot_status_identified", "closure",
    ]

    /// True when the text speaks of an incident: the word, or an id such as INC-417.
    static func namesAnIncident(_ normalized: String) -> Bool {
        normalized.contains("incident") || normalized.contains(/\binc-?\d+/)
    }

    /// A status change "… A → B …" (or "A -> B"): what comes before the state left, that state (A,
    /// one word), and B, the words after the first arrow up to a bracket, a sentence end or the
    /// line's end; nil without an arrow. Written out, "status changed from A to B" is the same.
    static func statusChange(_ text: String) -> (head: String, from: String, target: String)? {
        // A byte search first: most messages have no arrow, and `range(of:)` is slow to say so.
        guard text.containsBytes("→") || text.containsBytes("->"),
            let arrow = text.range(of: "→") ?? text.range(of: "->")
        else { return statusChangeInWords(text) }
        var head = text[..<arrow.lowerBound]
        while head.last?.isWhitespace == true { head.removeLast() }
        let fromEnd = head.endIndex
        while let last = head.last, !last.isWhitespace, last != ":" { head.removeLast() }
        return (String(head), String(text[head.endIndex..<fromEnd]), target(after: text[arrow.upperBound...]))
    }

    /// "Incident 412 status changed from Stable to Closed by @aoife" (Dispatch, incident.io): the
    /// word "status" just before "from" says a state is left; "deployed from main to prod" is no status.
    private static func statusChangeInWords(_ text: String) -> (head: String, from: String, target: String)? {
        guard text.containsBytes(" from ") else { return nil }
        // "Alert from Opsgenie: status changed from …": the first "from" need not be the one.
        var rest = text[...]
        while let from = rest.range(of: " from ") {
            rest = text[from.upperBound...]
            let head = text[..<from.lowerBound]
            // "status changed from", "changed the status from", "status from": "status" among the last three words.
            guard head.split(separator: " ").suffix(3).contains(where: { $0.hasPrefix("status") }),
                let to = rest.range(of: " to "), hasAtMost(2, wordsIn: String(text[from.upperBound..<to.lowerBound]))
            else { continue }
            return (String(head), String(text[from.upperBound..<to.lowerBound]), target(after: text[to.upperBound...]))
        }
        return nil
    }

    /// The new state: the words up to a bracket, a sentence end or the line's end. The dots inside
    /// "v2.13.3 started by sota.sato" end nothing: a full stop is followed by a space or the end.
    private static func target(after rest: Substring) -> String {
        let end = rest.indices.first { i in
            guard rest[i] == "." else { return "(\n;|—[".contains(rest[i]) }
            let next = rest.index(after: i)
            return next == rest.endIndex || rest[next].isWhitespace
        }
        return String(rest[..<(end ?? rest.endIndex)])
    }

    /// The message when it pulls in someone who had not taken part yet (not a bot, not the author):
    /// the `mentions_newcomer` signal, weighed again.
    func withNewcomerMention(_ item: ClassifiedMessage, seenAuthors: Set<String>) -> ClassifiedMessage {
        guard !item.isBot, item.mentionedUserIDs.contains(where: { !seenAuthors.contains($0) && $0 != item.message.authorID }) else { return item }
        var hits = item.hits
        hits.mark("mentions_newcomer", in: table)
        return ClassifiedMessage(
            index: item.index, message: item.message, authorID: item.authorID, authorName: item.authorName, isBot: item.isBot,
            isBridged: item.isBridged, bot: item.bot, plain: item.plain, normalized: item.normalized, hits: hits, table: table, kinds: weigh(hits),
            isPinned: item.isPinned, isQuestion: item.isQuestion, mentionedUserIDs: item.mentionedUserIDs)
    }

    /// Whether `text` has at most `limit` whitespace-separated words; stops counting past the limit.
    /// Han, kana and Hangul have no spaces: two of their characters count as a word.
    static func hasAtMost(_ limit: Int, wordsIn text: String) -> Bool {
        var words = 0
        var inWord = false
        var cjk = 0
        for c in text.unicodeScalars {
            let space = c.value < 0x80 ? (c == " " || (c.value >= 0x09 && c.value <= 0x0D)) : c.properties.isWhitespace
            // Thai (below U+3000) puts spaces between phrases, so its runs count as words, as before.
            if c.value >= 0x3000, TextNormalizer.isUnspaced(c), TextNormalizer.isWord(c) {
                cjk += 1
                inWord = false
                if words + (cjk + 1) / 2 > limit { return false }
            } else if space {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words + (cjk + 1) / 2 > limit { return false }
            }
        }
        return true
    }

    /// Event kinds whose weighed signals reach the threshold, strongest first.
    func weigh(_ hits: SignalHits) -> [(EventKind, Double)] {
        // Most of a long channel's messages hit nothing: no scores to add up.
        if hits.isEmpty && rules.threshold > 0 { return [] }
        var scores = [Double](repeating: 0, count: weighedKinds.count)
        // Signals in name order, so the sums (and the confidences printed from them) are the same every run.
        hits.forEachSignalCount { signal, phrases in
            // Several phrases of one list count a little more than one, never much more.
            let factor = 1 + 0.5 * Double(min(phrases, 2) - 1)
            for entry in weightsBySignal[Int(signal)] { scores[entry.kind] += entry.weight * factor }
        }
        var kinds: [(EventKind, Double)] = []
        for (k, kind) in EventKind.allCases.enumerated() where weighedKinds[k] && scores[k] >= rules.threshold {
            kinds.append((kind, scores[k]))
        }
        kinds.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.rawValue < $1.0.rawValue }
        return kinds
    }

    static func flatten(_ block: TextBlock) -> [Inline] {
        switch block {
        case .paragraph(let i), .quote(let i), .listItem(_, _, let i): return i.flatMap(flatten)
        case .code: return []
        }
    }

    static func flatten(_ inline: Inline) -> [Inline] {
        if case .styled(_, let children) = inline { return children.flatMap(flatten) }
        return [inline]
    }
}

/// Words matched exactly as written ("TODO", "AI:"), never inside a longer word.
struct CasedWords {
    /// The words' UTF-8, none empty.
    private let words: [[UInt8]]
    /// Whether some word starts with this byte: the text is read once, and only at such bytes are words compared.
    private let starts: [Bool]

    init(_ words: [String]) {
        self.words = words.filter { !$0.isEmpty }.map { Array($0.utf8) }
        var starts = [Bool](repeating: false, count: 256)
        for word in self.words { starts[Int(word[0])] = true }
        self.starts = starts
    }

    /// True when one of the words occurs in `text`. Read as bytes in one pass: it runs on every
    /// message of a year-long channel.
    func occur(in text: String) -> Bool {
        guard !words.isEmpty else { return false }
        var text = text
        return text.withUTF8 { s in
            // ASCII letters and digits join a word ("TODOS"); other scripts do not, as Japanese runs
            // straight on after a Latin word ("TODO置いとく").
            func joins(_ b: UInt8) -> Bool { (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) }
            for i in s.indices where starts[Int(s[i])] && (i == 0 || !joins(s[i - 1])) {
                for word in words where word[0] == s[i] && i + word.count <= s.count {
                    let end = i + word.count
                    if end < s.count && joins(s[end]) { continue }
                    if word.indices.allSatisfy({ s[i + $0] == word[$0] }) { return true }
                }
            }
            return false
        }
    }
}
