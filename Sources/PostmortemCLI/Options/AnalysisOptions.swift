import ArgumentParser
import Foundation
import IncidentAnalysis
import SlackExport

/// The flags that steer the analysis, shared by `analyze`, `report`, `metrics` and `timeline`.
public struct AnalysisOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A corrections file (YAML); postmortem.yml beside the export is read when present.", valueName: "file"))
    public var config: String?

    @Option(name: .customLong("impact-start"), help: ArgumentHelp("When impact began (ISO 8601, a local time in the incident's zone, or a ts).", valueName: "time"))
    public var impactStart: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Set a milestone: MILESTONE=TIME (repeatable), e.g. --set mitigated=2024-07-15T11:49.", valueName: "milestone=time"))
    public var set: [String] = []

    @OptionGroup public var ruleOptions: RulesOptions

    @OptionGroup public var privacyFlags: PrivacyFlags

    public init() {}

    public func validate() throws {
        for item in set {
            let parts = item.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, MilestoneKind(rawValue: String(parts[0])) != nil else {
                throw ValidationError("--set '\(item)': expected MILESTONE=TIME with MILESTONE one of \(MilestoneKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
    }

    /// The corrections from the config file (given, or `postmortem.yml` beside the export) and flags.
    public func corrections(exportPath: String) throws(CLIError) -> Corrections {
        var result = Corrections()
        var path = config
        if path == nil, exportPath != "-" {
            let beside = URL(fileURLWithPath: exportPath).deletingLastPathComponent().appendingPathComponent("postmortem.yml").path
            let inside = URL(fileURLWithPath: exportPath).appendingPathComponent("postmortem.yml").path
            for candidate in [inside, beside] where FileManager.default.fileExists(atPath: candidate) {
                path = candidate
                break
            }
        }
        if let path {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIError("\(path): cannot be read", code: .noInput)
            }
            do {
                result = try Corrections.parse(yaml: String(decoding: data, as: UTF8.self), file: path)
            } catch {
                throw CLIError(error.localizedDescription, code: .dataError)
            }
        }
        var flags = Corrections()
        var milestones: [String: String] = [:]
        if let impactStart { milestones[MilestoneKind.impactStart.rawValue] = impactStart }
        for item in set {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { milestones[parts[0]] = parts[1] }
        }
        if !milestones.isEmpty { flags.milestones = milestones }
        result.overlay(flags)
        return result
    }

    /// The rule set: built-in, extended or replaced by `--rules`.
    public func ruleSet() throws(CLIError) -> RuleSet { try ruleOptions.ruleSet() }

    /// Reads the conversation and analyses it.
    public func analyze(_ export: ExportOptions) throws(CLIError) -> (Analysis, LoadedConversation) {
        let rules = try ruleSet()
        let loaded = try export.readConversation(splittingWith: rules)
        export.reportWarnings(loaded.workspace.report)
        let analyzer = IncidentAnalyzer(rules: rules, corrections: try corrections(exportPath: export.export))
        // A year of a busy channel takes seconds to analyse: say so rather than sit silent.
        let status = loaded.conversation.messages.count >= 20_000 ? ProgressLine.forTerminal(quiet: export.quiet) : nil
        status?.show("postmortem: analysing \(loaded.conversation.messages.count) messages…")
        let result = analyzer.analyze(loaded.conversation, in: loaded.workspace, zone: loaded.zone, privacy: privacy)
        status?.finish()
        if !export.quiet {
            for w in result.analysis.warnings { Console.err("postmortem: warning: \(w)") }
        }
        // Everything shown from here on comes from the redacted, pseudonymised copies.
        var shown = consume loaded
        // The originals are freed on another core while the caller writes.
        let originals = (shown.conversation, shown.workspace)
        shown.conversation = result.conversation
        shown.workspace = result.workspace
        BackgroundRelease.release(originals, messages: originals.0.messages.count)
        return (result.analysis, shown)
    }

    /// What `--redact` and `--anonymize` ask for (URL tokens are removed in any case).
    public var privacy: PrivacyOptions { privacyFlags.privacy }
}

/// `--rules` and `--replace-rules`: the analysis rules a command uses.
public struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A rules file (YAML) that extends the built-in rules; see `postmortem rules`.", valueName: "file"))
    public var rules: String?

    @Flag(name: .customLong("replace-rules"), help: "Use the --rules file instead of the built-in rules rather than on top of them.")
    public var replaceRules = false

    public init() {}

    public func validate() throws {
        if replaceRules && rules == nil { throw ValidationError("--replace-rules needs --rules FILE") }
    }

    /// The rule set: built-in, extended or replaced by `--rules`.
    public func ruleSet() throws(CLIError) -> RuleSet {
        try Self.ruleSet(file: rules, replacingBuiltIn: replaceRules)
    }

    /// The built-in rules, extended (or replaced) by the team's rules file at `file` when there is one.
    static func ruleSet(file: String?, replacingBuiltIn: Bool = false) throws(CLIError) -> RuleSet {
        guard let file else { return .builtIn }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError("\(file): cannot be read", code: .noInput)
        }
        do {
            return try RuleSet.team(yaml: String(decoding: data, as: UTF8.self), file: file, replacingBuiltIn: replacingBuiltIn)
        } catch {
            throw CLIError(error.localizedDescription, code: .dataError)
        }
    }
}

/// `--redact` and `--anonymize`: what is hidden before anything is written.
public struct PrivacyFlags: ParsableArguments {
    @Option(
        name: .customLong("redact"), defaultAsFlag: RedactionList(.secrets), parsing: .next,
        help: ArgumentHelp(
            "Mask secrets (tokens, keys, passwords, private keys, JWTs) in every output; add emails,phones to mask those too.",
            valueName: "secrets,emails,phones"))
    public var redact: RedactionList? = nil

    @Flag(name: .customLong("anonymize"), help: "Replace people's names with role-based pseudonyms (Incident commander, Responder 2…); bots keep theirs.")
    public var anonymize = false

    public init() {}

    public func validate() throws {
        if let unknown = redact?.unknown {
            throw ValidationError("--redact '\(unknown)': expected a comma-separated list of secrets, emails, phones")
        }
    }

    /// What the flags ask for (URL tokens are removed in any case).
    public var privacy: PrivacyOptions {
        PrivacyOptions(redact: redact?.categories ?? [], anonymize: anonymize)
    }
}

/// The value of `--redact`: a comma-separated list of secrets, emails, phones (secrets always included).
public struct RedactionList: ExpressibleByArgument, Sendable, Equatable, CustomStringConvertible {
    /// The categories named.
    public var categories: RedactionCategories
    /// A word that is no category (`--redact=passwords`), reported by `validate()`.
    public var unknown: String?

    /// Creates a list of categories.
    public init(_ categories: RedactionCategories) { self.categories = categories }

    /// Parses `emails,phones`. Anything that cannot be a list of words, or names a file, is not a
    /// value (nil), so `--redact export.zip` reads as the bare flag followed by the export.
    public init?(argument: String) {
        if let categories = RedactionCategories(list: argument) {
            self.categories = categories
            return
        }
        guard argument.allSatisfy({ $0.isLetter || $0 == "," }), !FileManager.default.fileExists(atPath: argument) else { return nil }
        self.categories = .secrets
        self.unknown = argument
    }

    public var description: String {
        [(RedactionCategories.secrets, "secrets"), (.emails, "emails"), (.phones, "phones")]
            .filter { categories.contains($0.0) }.map(\.1).joined(separator: ",")
    }
}
