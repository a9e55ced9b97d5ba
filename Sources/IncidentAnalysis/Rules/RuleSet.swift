import Foundation
import Yams

/// The analysis rules: bot names, pin emoji, phrase lists ("signals") and how they weigh into
/// event kinds. The built-in set is `Rules/default-rules.yml`, compiled into the binary.
public struct RuleSet: Sendable, Equatable {
    /// Rule-file format version.
    public var version: Int
    /// Words that mark a bot's name as an alerting, incident-management or deploy bot.
    public var bots: BotRules
    /// Reaction names that pin a message to the timeline.
    public var pinEmoji: [String]
    /// Named phrase lists.
    public var signals: [String: [String]]
    /// The score a kind needs.
    public var threshold: Double
    /// kind → signal → weight.
    public var weights: [String: [String: Double]]
    /// Words ignored when linking messages by shared terms.
    public var stopwords: [String]
    /// Words in a person's job title that make them the incident commander or a stakeholder.
    public var titles: TitleRules = TitleRules()
    /// Words that, just before a phrase of the listed signals, undo it ("never rotated").
    public var negationScope: WordScope = WordScope()
    /// Words that make a phrase no report: a condition ("shout if anything looks off"), a zero count ("0 failed").
    public var noReportScope: WordScope = WordScope()
    /// Words that make a phrase a condition, not news: "as soon as the records are back", "once it's restarted".
    public var conditionScope: WordScope = WordScope()
    /// Words that make a symptom no report when they come right after it, in languages that negate
    /// after the noun ("遅延なし", "hata yok", "error nahi"); `reach` is not used.
    public var noReportAfter: WordScope = WordScope()
    /// How people say when something happened: zone words, day names, "yesterday", named moments.
    public var timeWords: TimeWords = TimeWords()
    /// Units that make "back to <number>" a measure ("back to 180ms") rather than a version or count.
    public var measureUnits: [String] = []
    /// Numbers joined by arrows count as a measure that fell ("lag 212k → 1.2k") when they end at
    /// this share of where they started, or lower (default a tenth).
    public var fallingMeasureAtMost: Double { fallingMeasureAtMostValue ?? 0.1 }
    var fallingMeasureAtMostValue: Double?
    /// A word of a guess that at least this share of the messages after it repeat (default a tenth),
    /// and at least `commonWordMessages` of them, links the guess to no verdict by itself.
    public var commonWordShare: Double { commonWordShareValue ?? 0.1 }
    var commonWordShareValue: Double?
    /// The fewest messages that make a guess's word common (default 3), however short the talk after it.
    public var commonWordMessages: Int { commonWordMessagesValue ?? 3 }
    var commonWordMessagesValue: Int?
    /// Words of an alert's title that do not name the alert: severities and an error tracker's
    /// lifecycle ("New issue: X", later "Issue escalating: X" is the same alert).
    public var alertTitleNoise: [String] = []
    /// Signal → phrases that contain one of its phrases but mean something else ("crash course").
    public var exceptions: [String: [String]] = [:]
    /// Signal → words that count only as written, as whole words ("TODO" marks a follow-up, while
    /// Spanish and Portuguese "todo" is "all").
    public var casedSignals: [String: [String]] = [:]
    /// Capitals before a dash and a number that name no ticket ("SHA-256", "INC-482" is the incident
    /// itself, "PM-2417" its postmortem): a ticket named after the incident is read as an action item.
    public var notTicketPrefixes: [String] = []
    /// How the cause is picked when no message states it in words the rules know.
    public var explanation: ExplanationRules = ExplanationRules()

    /// The message taken as the cause when none states it in known words: the one that explains most
    /// between the acknowledgement and the mitigation. Every part may be left out of a team's file.
    public struct ExplanationRules: Sendable, Equatable, Decodable {
        /// Signals, and the measures `long_text`, `causal_arrow` and `change_ref`, by weight.
        public var weights: [String: Double]
        var enabledValue: Bool?
        var longTextValue: Int?
        var positionValue: Double?
        var minimumValue: Double?

        /// The measures the analysis makes of a message's text, besides the signals.
        public static let measures: Set<String> = ["long_text", "causal_arrow", "change_ref"]

        /// Whether a message is picked at all (default: no).
        public var enabled: Bool { enabledValue ?? false }
        /// Characters from which a message counts as `long_text`.
        public var longText: Int { longTextValue ?? 120 }
        /// The weight of a message's place in the window, from 0 at its start to this at its end.
        public var position: Double { positionValue ?? 0 }
        /// The least score a message needs.
        public var minimum: Double { minimumValue ?? 1 }

        /// Creates explanation rules.
        public init(enabled: Bool? = nil, longText: Int? = nil, position: Double? = nil, minimum: Double? = nil, weights: [String: Double] = [:]) {
            enabledValue = enabled
            longTextValue = longText
            positionValue = position
            minimumValue = minimum
            self.weights = weights
        }

        enum CodingKeys: String, CodingKey {
            case enabled, position, minimum, weights
            case longText = "long_text_chars"
        }

        /// Any part may be left out of a team's file; what is left out keeps the rules below it.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            enabledValue = try c.decodeIfPresent(Bool.self, forKey: .enabled)
            longTextValue = try c.decodeIfPresent(Int.self, forKey: .longText)
            positionValue = try c.decodeIfPresent(Double.self, forKey: .position)
            minimumValue = try c.decodeIfPresent(Double.self, forKey: .minimum)
            weights = try c.decodeIfPresent([String: Double].self, forKey: .weights) ?? [:]
        }

        /// These rules with another file's on top: what it gives wins, weights are merged.
        func extended(with other: ExplanationRules) -> ExplanationRules {
            ExplanationRules(
                enabled: other.enabledValue ?? enabledValue, longText: other.longTextValue ?? longTextValue,
                position: other.positionValue ?? positionValue, minimum: other.minimumValue ?? minimumValue,
                weights: weights.merging(other.weights) { $1 })
        }
    }

    /// Words that date a moment named in text ("since 14:02 UTC", "Tuesday 02:10", "since market open").
    public struct TimeWords: Sendable, Equatable, Decodable {
        /// Zone word → zone identifier ("pdt" → "America/Los_Angeles").
        public var zones: [String: String]
        /// English day name ("monday") → the words for that day in any language.
        public var weekdays: [String: [String]]
        /// Words that put a named time on the day before ("yesterday", "last night").
        public var earlierDay: [String]
        /// Moment phrase → its local time as 24-hour HH:MM ("market open" → "09:30").
        public var moments: [String: String]
        /// What joins two clock times into a span ("9:06–9:45", "between 23:46 and 00:11", "12:01〜12:34").
        public var rangeWords: [String]
        /// Words that make a time next to them a deadline, not a start ("the 05:30 ATM cutoff is at risk").
        public var deadline: [String]

        /// The day names that may key `weekdays`, by `Calendar` weekday (1 = Sunday).
        public static let dayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

        /// Creates time words.
        public init(
            zones: [String: String] = [:], weekdays: [String: [String]] = [:], earlierDay: [String] = [], moments: [String: String] = [:],
            rangeWords: [String] = [], deadline: [String] = []
        ) {
            self.zones = zones
            self.weekdays = weekdays
            self.earlierDay = earlierDay
            self.moments = moments
            self.rangeWords = rangeWords
            self.deadline = deadline
        }

        enum CodingKeys: String, CodingKey {
            case zones, weekdays, moments, deadline
            case earlierDay = "earlier_day"
            case rangeWords = "range_words"
        }

        /// Any part may be left out of a team's file.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            zones = try c.decodeIfPresent([String: String].self, forKey: .zones) ?? [:]
            weekdays = try c.decodeIfPresent([String: [String]].self, forKey: .weekdays) ?? [:]
            earlierDay = try c.decodeIfPresent([String].self, forKey: .earlierDay) ?? []
            moments = try c.decodeIfPresent([String: String].self, forKey: .moments) ?? [:]
            rangeWords = try c.decodeIfPresent([String].self, forKey: .rangeWords) ?? []
            deadline = try c.decodeIfPresent([String].self, forKey: .deadline) ?? []
        }

        /// The hour and minute of a moment's "HH:MM", nil when it is not a time of day.
        public static func clock(_ text: String) -> (hour: Int, minute: Int)? {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let h = Int(parts[0]), let m = Int(parts[1]),
                (0..<24).contains(h), (0..<60).contains(m)
            else { return nil }
            return (h, m)
        }
    }

    /// Words that undo a phrase of the listed signals when they stand up to `reach` words before it.
    public struct WordScope: Sendable, Equatable, Decodable {
        public var words: [String]
        public var signals: [String]
        /// How many words before the phrase are looked at (nil: the default, 2).
        public var reach: Int?

        /// Creates a scope.
        public init(words: [String] = [], signals: [String] = [], reach: Int? = nil) {
            self.words = words
            self.signals = signals
            self.reach = reach
        }

        enum CodingKeys: String, CodingKey { case words, signals, reach }

        /// Either list may be left out of a team's file.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            words = try c.decodeIfPresent([String].self, forKey: .words) ?? []
            signals = try c.decodeIfPresent([String].self, forKey: .signals) ?? []
            reach = try c.decodeIfPresent(Int.self, forKey: .reach)
        }

        /// The words looked at before a phrase.
        public var wordsBefore: Int { reach ?? 2 }

        /// These words and signals with another scope's added; its reach wins when it gives one.
        func extended(with other: WordScope) -> WordScope {
            WordScope(words: words + other.words, signals: signals + other.signals, reach: other.reach ?? reach)
        }
    }

    /// Job-title words by role, matched anywhere in the lower-cased title.
    public struct TitleRules: Sendable, Equatable, Decodable {
        public var commander: [String]
        public var stakeholder: [String]

        public init(commander: [String] = [], stakeholder: [String] = []) {
            self.commander = commander
            self.stakeholder = stakeholder
        }

        enum CodingKeys: String, CodingKey { case commander, stakeholder }

        /// Either role may be left out of a team's file.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            commander = try c.decodeIfPresent([String].self, forKey: .commander) ?? []
            stakeholder = try c.decodeIfPresent([String].self, forKey: .stakeholder) ?? []
        }
    }

    /// Bot name words by category.
    public struct BotRules: Sendable, Equatable, Decodable {
        public var alerting: [String]
        public var incident: [String]
        public var deploy: [String]
        /// Public status pages: they echo, later, what the team already said.
        public var statusPage: [String]
        /// Bridges that relay people from elsewhere (Discord, a forum): their messages are people's.
        public var bridge: [String]
        /// Support desks and ticket trackers: a new ticket they post relays a customer's report.
        public var ticketing: [String]

        public init(
            alerting: [String] = [], incident: [String] = [], deploy: [String] = [], statusPage: [String] = [], bridge: [String] = [],
            ticketing: [String] = []
        ) {
            self.alerting = alerting
            self.incident = incident
            self.deploy = deploy
            self.statusPage = statusPage
            self.bridge = bridge
            self.ticketing = ticketing
        }

        enum CodingKeys: String, CodingKey {
            case alerting, incident, deploy, bridge, ticketing
            case statusPage = "status_page"
        }

        /// Any category may be left out of a team's file.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            alerting = try c.decodeIfPresent([String].self, forKey: .alerting) ?? []
            incident = try c.decodeIfPresent([String].self, forKey: .incident) ?? []
            deploy = try c.decodeIfPresent([String].self, forKey: .deploy) ?? []
            statusPage = try c.decodeIfPresent([String].self, forKey: .statusPage) ?? []
            bridge = try c.decodeIfPresent([String].self, forKey: .bridge) ?? []
            ticketing = try c.decodeIfPresent([String].self, forKey: .ticketing) ?? []
        }
    }

    /// The built-in rules.
    public static let builtIn: RuleSet = {
        do {
            // Read from the JSON copy the embed script makes of the YAML: decoding YAML took a tenth
            // of a short run's time. A test checks that both give the same rules.
            let file = try JSONDecoder().decode(File.self, from: Data(builtInJSON.utf8))
            return try RuleSet.make(from: file, named: "built-in rules")
        } catch {
            // The built-in YAML is compiled in and checked by the tests; failing here is a build defect.
            preconditionFailure("built-in rules do not parse: \(error.localizedDescription)")
        }
    }()

    /// The built-in rules file's text, for `postmortem rules`.
    public static var builtInText: String { builtInYAML }

    /// The file shape: every field optional so a team's file can hold only what it adds.
    private struct File: Decodable {
        var version: Int?
        var bots: BotRules?
        var pinEmoji: [String]?
        var signals: [String: [String]]?
        var threshold: Double?
        var weights: [String: [String: Double]]?
        var stopwords: [String]?
        var titles: TitleRules?
        var negationScope: WordScope?
        var noReportScope: WordScope?
        var conditionScope: WordScope?
        var noReportAfter: WordScope?
        var timeWords: TimeWords?
        var measureUnits: [String]?
        var fallingMeasureAtMost: Double?
        var commonWordShare: Double?
        var commonWordMessages: Int?
        var alertTitleNoise: [String]?
        var exceptions: [String: [String]]?
        var casedSignals: [String: [String]]?
        var notTicketPrefixes: [String]?
        var explanation: ExplanationRules?

        enum CodingKeys: String, CodingKey {
            case version, bots, signals, threshold, weights, stopwords, titles, exceptions, explanation
            case negationScope = "negation_scope"
            case noReportScope = "no_report_scope"
            case conditionScope = "condition_scope"
            case noReportAfter = "no_report_after"
            case timeWords = "time_words"
            case measureUnits = "measure_units"
            case fallingMeasureAtMost = "falling_measure_at_most"
            case commonWordShare = "common_word_share"
            case commonWordMessages = "common_word_messages"
            case alertTitleNoise = "alert_title_noise"
            case pinEmoji = "pin_emoji"
            case casedSignals = "cased_signals"
            case notTicketPrefixes = "not_ticket_prefixes"
        }
    }

    /// Parses a rules file; `file` names it in errors.
    public static func parse(yaml: String, file: String) throws(RulesError) -> RuleSet {
        let f: File
        do {
            f = try YAMLDecoder().decode(File.self, from: yaml)
        } catch {
            throw .invalid(file: file, detail: String(describing: error).replacingOccurrences(of: "\n", with: " "))
        }
        return try make(from: f, named: file)
    }

    /// Checks a decoded rules file and builds its rule set.
    private static func make(from f: File, named file: String) throws(RulesError) -> RuleSet {
        if let v = f.version, v != 1 { throw .invalid(file: file, detail: "version \(v) is not supported (expected 1)") }
        for (name, phrases) in (f.signals ?? [:]).sorted(by: { $0.key < $1.key }) {
            // Bytes, not `contains`: Foundation's substring search was a tenth of start-up over 4,000 phrases.
            if let bad = phrases.first(where: { $0.utf8.dropLast().contains(UInt8(ascii: "*")) }) {
                throw .invalid(file: file, detail: "signals.\(name): \"\(bad)\": * is only allowed at the end of a phrase")
            }
        }
        for (kind, _) in f.weights ?? [:] where EventKind(rawValue: kind) == nil {
            throw .invalid(file: file, detail: "weights.\(kind): unknown event kind; use one of \(EventKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        for (name, scope) in [("negation_scope", f.negationScope), ("no_report_scope", f.noReportScope), ("condition_scope", f.conditionScope)] {
            if let reach = scope?.reach, !(1...5).contains(reach) {
                throw .invalid(file: file, detail: "\(name).reach: \(reach) is not between 1 and 5 words")
            }
        }
        // Words after a phrase are read right after it: a reach there would be silently ignored.
        if let reach = f.noReportAfter?.reach {
            throw .invalid(file: file, detail: "no_report_after.reach: \(reach) is not used (the words are read right after the phrase)")
        }
        if let explanation = f.explanation {
            if let chars = explanation.longTextValue, chars < 1 {
                throw .invalid(file: file, detail: "explanation.long_text_chars: \(chars) is not a number of characters (1 or more)")
            }
            if let position = explanation.positionValue, position < 0 {
                throw .invalid(file: file, detail: "explanation.position: \(position) is negative")
            }
        }
        if let share = f.fallingMeasureAtMost, !(share > 0 && share < 1) {
            throw .invalid(file: file, detail: "falling_measure_at_most: \(share) is not a share between 0 and 1")
        }
        if let share = f.commonWordShare, !(share > 0 && share <= 1) {
            throw .invalid(file: file, detail: "common_word_share: \(share) is not a share above 0 and at most 1")
        }
        if let count = f.commonWordMessages, count < 1 {
            throw .invalid(file: file, detail: "common_word_messages: \(count) is not a number of messages (1 or more)")
        }
        let timeWords = f.timeWords ?? TimeWords()
        for (word, id) in timeWords.zones.sorted(by: { $0.key < $1.key }) where TimeZone(identifier: id) == nil {
            throw .invalid(file: file, detail: "time_words.zones.\(word): \"\(id)\" is not a time zone (use an IANA name such as Europe/Berlin)")
        }
        for day in timeWords.weekdays.keys.sorted() where !TimeWords.dayNames.contains(day) {
            throw .invalid(file: file, detail: "time_words.weekdays.\(day): not a day; use one of \(TimeWords.dayNames.joined(separator: ", "))")
        }
        for (phrase, time) in timeWords.moments.sorted(by: { $0.key < $1.key }) where TimeWords.clock(time) == nil {
            throw .invalid(file: file, detail: "time_words.moments.\(phrase): \"\(time)\" is not a 24-hour HH:MM time")
        }
        var rules = RuleSet(
            version: 1, bots: f.bots ?? BotRules(), pinEmoji: f.pinEmoji ?? [], signals: f.signals ?? [:],
            threshold: f.threshold ?? 1.0, weights: f.weights ?? [:], stopwords: f.stopwords ?? [], titles: f.titles ?? TitleRules(),
            negationScope: f.negationScope ?? WordScope(), noReportScope: f.noReportScope ?? WordScope(),
            noReportAfter: f.noReportAfter ?? WordScope(), timeWords: timeWords, measureUnits: f.measureUnits ?? [],
            alertTitleNoise: f.alertTitleNoise ?? [], exceptions: f.exceptions ?? [:])
        rules.conditionScope = f.conditionScope ?? WordScope()
        rules.casedSignals = f.casedSignals ?? [:]
        rules.notTicketPrefixes = f.notTicketPrefixes ?? []
        rules.explanation = f.explanation ?? ExplanationRules()
        rules.fallingMeasureAtMostValue = f.fallingMeasureAtMost
        rules.commonWordShareValue = f.commonWordShare
        rules.commonWordMessagesValue = f.commonWordMessages
        return rules
    }

    /// A team's rules file (YAML text) on top of the built-in rules, or instead of them, checked so
    /// that every signal it names exists.
    public static func team(yaml: String, file: String, replacingBuiltIn: Bool = false) throws(RulesError) -> RuleSet {
        let custom = try parse(yaml: yaml, file: file)
        let rules = replacingBuiltIn ? custom : builtIn.extended(with: custom)
        try rules.checkSignalNames(file: file)
        return rules
    }

    /// Throws when exceptions, weights or a word scope name a signal that neither the rules nor the
    /// classifier defines: a misspelt name would otherwise be silently ignored.
    public func checkSignalNames(file: String) throws(RulesError) {
        let known = Set(signals.keys).union(MessageClassifier.pseudoSignals.keys)
        func check(_ names: some Sequence<String>, _ place: String, also: Set<String> = []) throws(RulesError) {
            if let bad = names.sorted().first(where: { !known.contains($0) && !also.contains($0) }) {
                throw .invalid(file: file, detail: "\(place).\(bad): no signal of that name (see `postmortem rules` for the signals)")
            }
        }
        try check(explanation.weights.keys, "explanation.weights", also: ExplanationRules.measures)
        try check(exceptions.keys, "exceptions")
        try check(casedSignals.keys, "cased_signals")
        for (kind, table) in weights.sorted(by: { $0.key < $1.key }) { try check(table.keys, "weights.\(kind)") }
        try check(negationScope.signals, "negation_scope.signals")
        try check(noReportScope.signals, "no_report_scope.signals")
        try check(conditionScope.signals, "condition_scope.signals")
        try check(noReportAfter.signals, "no_report_after.signals")
    }

    /// These rules with a team's file on top: lists are extended, weights and threshold replaced.
    public func extended(with other: RuleSet) -> RuleSet {
        var r = self
        r.bots.alerting += other.bots.alerting
        r.bots.incident += other.bots.incident
        r.bots.deploy += other.bots.deploy
        r.bots.statusPage += other.bots.statusPage
        r.bots.bridge += other.bots.bridge
        r.bots.ticketing += other.bots.ticketing
        r.pinEmoji += other.pinEmoji
        for (name, phrases) in other.signals { r.signals[name, default: []] += phrases }
        for (name, words) in other.casedSignals { r.casedSignals[name, default: []] += words }
        for (kind, table) in other.weights { r.weights[kind, default: [:]].merge(table) { $1 } }
        if other.threshold != 1.0 { r.threshold = other.threshold }
        r.stopwords += other.stopwords
        r.titles.commander += other.titles.commander
        r.titles.stakeholder += other.titles.stakeholder
        r.negationScope = negationScope.extended(with: other.negationScope)
        r.noReportScope = noReportScope.extended(with: other.noReportScope)
        r.conditionScope = conditionScope.extended(with: other.conditionScope)
        r.noReportAfter = noReportAfter.extended(with: other.noReportAfter)
        r.timeWords.zones.merge(other.timeWords.zones) { $1 }
        for (day, words) in other.timeWords.weekdays { r.timeWords.weekdays[day, default: []] += words }
        r.timeWords.earlierDay += other.timeWords.earlierDay
        r.timeWords.moments.merge(other.timeWords.moments) { $1 }
        r.timeWords.rangeWords += other.timeWords.rangeWords
        r.timeWords.deadline += other.timeWords.deadline
        r.measureUnits += other.measureUnits
        r.fallingMeasureAtMostValue = other.fallingMeasureAtMostValue ?? fallingMeasureAtMostValue
        r.commonWordShareValue = other.commonWordShareValue ?? commonWordShareValue
        r.commonWordMessagesValue = other.commonWordMessagesValue ?? commonWordMessagesValue
        r.alertTitleNoise += other.alertTitleNoise
        r.notTicketPrefixes += other.notTicketPrefixes
        for (name, phrases) in other.exceptions { r.exceptions[name, default: []] += phrases }
        r.explanation = explanation.extended(with: other.explanation)
        return r
    }
}

/// A rules file that cannot be used.
public enum RulesError: Error, Sendable, Equatable, LocalizedError {
    case invalid(file: String, detail: String)

    public var errorDescription: String? {
        switch self {
        case .invalid(let file, let detail): return "\(file): \(detail)"
        }
    }
}
