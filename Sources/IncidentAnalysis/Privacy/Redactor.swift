import Foundation
import SlackExport

/// What `--redact` masks besides the URL tokens that are always removed.
public struct RedactionCategories: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Tokens, keys, passwords and private keys (see ``RedactionPatterns``).
    public static let secrets = RedactionCategories(rawValue: 1)
    /// Email addresses.
    public static let emails = RedactionCategories(rawValue: 2)
    /// Phone numbers.
    public static let phones = RedactionCategories(rawValue: 4)

    /// Parses a comma-separated list (`secrets,emails,phones`); nil when a word is unknown.
    ///
    /// Secrets are always part of a redaction: `emails,phones` masks secrets too.
    public init?(list: String) {
        var result: RedactionCategories = .secrets
        for word in list.split(separator: ",", omittingEmptySubsequences: false) {
            switch word.trimmingCharacters(in: .whitespaces).lowercased() {
            case "secrets", "secret": result.insert(.secrets)
            case "emails", "email": result.insert(.emails)
            case "phones", "phone": result.insert(.phones)
            case "all": result = [.secrets, .emails, .phones]
            default: return nil
            }
        }
        self = result
    }
}

/// Masks secrets (and, when asked, emails and phone numbers) in message text before analysis, so
/// no output format can contain them; credentials in link query strings (`?t=`, `?token=`, …) are
/// removed whatever the categories.
///
/// A match becomes `[redacted: <what>]`, e.g. `[redacted: slack token]`; in a `key=value` pair
/// only the value is replaced, so the text still says what was there.
public struct Redactor: Sendable {
    /// The categories masked.
    public var categories: RedactionCategories
    private let patterns: [RedactionPattern]

    /// Creates a redactor; with no categories it only removes URL tokens.
    public init(categories: RedactionCategories = []) {
        self.categories = categories
        var patterns: [RedactionPattern] = []
        if categories.contains(.secrets) { patterns += RedactionPatterns.secrets }
        if categories.contains(.emails) { patterns += RedactionPatterns.emails }
        if categories.contains(.phones) { patterns += RedactionPatterns.phones }
        patterns.append(RedactionPatterns.urlTokens)
        self.patterns = patterns
    }

    /// The text with every match replaced.
    public func redact(_ text: String) -> String {
        guard !text.isEmpty else { return text }
        var current = text
        for pattern in patterns where pattern.mayMatch(current) {
            if pattern.label == "phone", current.utf8.reduce(0, { $1 >= 48 && $1 <= 57 ? $0 + 1 : $0 }) < 7 { continue }
            current = Self.apply(pattern, to: current)
        }
        return current
    }

    private static func apply(_ pattern: RedactionPattern, to text: String) -> String {
        let ns = text as NSString
        let matches = pattern.regex.matches(in: text, range: NSRange(location: 0, length: ns.length))
        guard !matches.isEmpty else { return text }
        var out = ""
        var cursor = 0
        for match in matches {
            let range = match.range(at: pattern.group)
            guard range.location != NSNotFound, range.length > 0 else { continue }
            if let accept = pattern.accept, !accept(ns.substring(with: match.range), ns.substring(with: range)) { continue }
            out += ns.substring(with: NSRange(location: cursor, length: range.location - cursor))
            out += pattern.label == "url token" ? "REDACTED" : "[redacted: \(label(pattern, match, in: ns))]"
            cursor = range.location + range.length
        }
        out += ns.substring(from: cursor)
        return out
    }

    /// A `key=value` pair is labelled by its key: password, token, api key or secret.
    private static func label(_ pattern: RedactionPattern, _ match: NSTextCheckingResult, in text: NSString) -> String {
        guard pattern.label == "secret", match.numberOfRanges > 1, match.range(at: 1).location != NSNotFound else { return pattern.label }
        return keyLabel(text.substring(with: match.range(at: 1)))
    }

    private static func keyLabel(_ rawKey: String) -> String {
        let key = rawKey.lowercased()
        if key.contains("pass") || key.contains("pwd") { return "password" }
        if key.contains("token") { return "token" }
        if key.contains("key") { return "api key" }
        return "secret"
    }

    /// Message text with every string redacted: text, code spans and blocks, link targets and
    /// labels, mention labels; a code span right after `password:` (or `token=`…) is masked whole.
    public func redact(_ text: RichText) -> RichText {
        // Most messages hold nothing to mask: leave them as they are, without rebuilding them.
        guard text.containsString(where: { s in patterns.contains { $0.mayMatch(s) } }) else { return text }
        let mapped = text.mappingStrings({ s, _ in redact(s) }, mention: { _, label in label.map(redact) })
        guard categories.contains(.secrets) else { return mapped }
        return RichText(
            mapped.blocks.map { block in
                switch block {
                case .paragraph(let inlines): return .paragraph(maskingCodeAfterKeys(inlines))
                case .quote(let inlines): return .quote(maskingCodeAfterKeys(inlines))
                case .listItem(let ordinal, let indent, let inlines):
                    return .listItem(ordinal: ordinal, indent: indent, maskingCodeAfterKeys(inlines))
                case .code: return block
                }
            })
    }

    private static let keyAtEnd = RedactionPattern(
        "secret", #"\b(api[_-]?key|apikey|token|secret|password|passwd|pwd|client[_-]?secret)["']?\s*[:=]\s*["']?$"#,
        caseInsensitive: true, triggers: ["key", "token", "secret", "passw", "pwd"])

    /// `password: `hunter2`` splits key and value over a text and a code span; the span is masked.
    private func maskingCodeAfterKeys(_ inlines: [Inline]) -> [Inline] {
        var out = inlines
        for i in out.indices.dropLast() {
            guard case .text(let t) = out[i], case .code(let code) = out[i + 1], !code.hasPrefix("[redacted") else { continue }
            let ns = t as NSString
            if let match = Self.keyAtEnd.regex.firstMatch(in: t, range: NSRange(location: 0, length: ns.length)) {
                out[i + 1] = .code("[redacted: \(Self.keyLabel(ns.substring(with: match.range(at: 1))))]")
            }
        }
        return out
    }

    private func mayNeedRedaction(_ message: Message) -> Bool {
        message.text.containsString { s in patterns.contains { $0.mayMatch(s) } }
            || message.fileNames.contains { s in patterns.contains { $0.mayMatch(s) } }
    }

    /// The message with its text and file names redacted.
    public func redact(_ message: Message) -> Message {
        var m = message
        m.text = redact(message.text)
        if !message.fileNames.isEmpty { m.fileNames = message.fileNames.map(redact) }
        return m
    }

    /// The conversation with every message, its topic and its purpose redacted.
    public func redact(_ conversation: Conversation) -> Conversation {
        var c = conversation
        // Only messages with something that may need masking are rewritten (usually few): copying
        // every message of a year-long channel costs more than the matching.
        // The check reads each message's text, so it runs on all cores.
        let messages = conversation.messages
        let redactor = self
        let flagged = ParallelMap.map(Array(messages.indices), chunk: 2048) { _, i in redactor.mayNeedRedaction(messages[i]) }
        for i in messages.indices where flagged[i] {
            c.messages[i] = redact(messages[i])
        }
        c.info.topic = conversation.info.topic.map(redact)
        c.info.purpose = conversation.info.purpose.map(redact)
        return c
    }

    /// The workspace with every conversation redacted.
    public func redact(_ workspace: Workspace) -> Workspace {
        redact(workspace, reusing: nil)
    }

    /// A conversation and its workspace redacted together: when the workspace holds the very same
    /// messages (the usual case), its copy takes the conversation's result, so a year-long channel
    /// is rewritten once, not twice.
    public func redact(_ conversation: Conversation, in workspace: Workspace) -> (Conversation, Workspace) {
        let redacted = redact(conversation)
        return (redacted, redact(workspace, reusing: (conversation, redacted)))
    }

    private func redact(_ workspace: Workspace, reusing done: (original: Conversation, redacted: Conversation)?) -> Workspace {
        var w = workspace
        w.conversations = workspace.conversations.map { c in
            if let done, Self.sameMessages(done.original.messages, c.messages), done.original.info == c.info { return done.redacted }
            return redact(c)
        }
        return w
    }

    /// True when both arrays are one and the same storage (a copy that was never changed).
    private static func sameMessages(_ a: [Message], _ b: [Message]) -> Bool {
        a.count == b.count && a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in pa.baseAddress == pb.baseAddress } }
    }
}
