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
    public var negationScope: NegationScope = NegationScope()

    /// Negating words and the signals they can undo, from one or two words before the phrase.
    public struct NegationScope: Sendable, Equatable, Decodable {
        public var words: [String]
        public var signals: [String]

        public init(words: [String] = [], signals: [String] = []) {
            self.words = words
            self.signals = signals
        }

        enum CodingKeys: String, CodingKey { case words, signals }

        /// Either list may be left out of a team's file.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            words = try c.decodeIfPresent([String].self, forKey: .words) ?? []
            signals = try c.decodeIfPresent([String].self, forKey: .signals) ?? []
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

        public init(
            alerting: [String] = [], incident: [String] = [], deploy: [String] = [], statusPage: [String] = [], bridge: [String] = []
        ) {
            self.alerting = alerting
            self.incident = incident
            self.deploy = deploy
            self.statusPage = statusPage
            self.bridge = bridge
        }

        enum CodingKeys: String, CodingKey {
            case alerting, incident, deploy, bridge
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
        var negationScope: NegationScope?

        enum CodingKeys: String, CodingKey {
            case version, bots, signals, threshold, weights, stopwords, titles
            case negationScope = "negation_scope"
            case pinEmoji = "pin_emoji"
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
            if let bad = phrases.first(where: { $0.dropLast().contains("*") }) {
                throw .invalid(file: file, detail: "signals.\(name): \"\(bad)\": * is only allowed at the end of a phrase")
            }
        }
        for (kind, _) in f.weights ?? [:] where EventKind(rawValue: kind) == nil {
            throw .invalid(file: file, detail: "weights.\(kind): unknown event kind; use one of \(EventKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return RuleSet(
            version: 1, bots: f.bots ?? BotRules(), pinEmoji: f.pinEmoji ?? [], signals: f.signals ?? [:],
            threshold: f.threshold ?? 1.0, weights: f.weights ?? [:], stopwords: f.stopwords ?? [], titles: f.titles ?? TitleRules(),
            negationScope: f.negationScope ?? NegationScope())
    }

    /// These rules with a team's file on top: lists are extended, weights and threshold replaced.
    public func extended(with other: RuleSet) -> RuleSet {
        var r = self
        r.bots.alerting += other.bots.alerting
        r.bots.incident += other.bots.incident
        r.bots.deploy += other.bots.deploy
        r.bots.statusPage += other.bots.statusPage
        r.bots.bridge += other.bots.bridge
        r.pinEmoji += other.pinEmoji
        for (name, phrases) in other.signals { r.signals[name, default: []] += phrases }
        for (kind, table) in other.weights { r.weights[kind, default: [:]].merge(table) { $1 } }
        if other.threshold != 1.0 { r.threshold = other.threshold }
        r.stopwords += other.stopwords
        r.titles.commander += other.titles.commander
        r.titles.stakeholder += other.titles.stakeholder
        r.negationScope.words += other.negationScope.words
        r.negationScope.signals += other.negationScope.signals
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
