import Foundation

/// Why an export could not be read. Every case names the file and says what is wrong in one line.
public enum ExportError: Error, Sendable, Equatable {
    /// The path does not exist.
    case notFound(String)
    /// The path exists but cannot be read.
    case unreadable(String, reason: String)
    /// A file is not valid JSON.
    case malformedJSON(file: String, detail: String)
    /// A file is valid JSON but not of a shape the reader knows.
    case unexpectedContent(file: String, detail: String)
    /// The path is a folder or file that holds no recognisable Slack data.
    case notAnExport(String, detail: String)
    /// A zip or gzip container is damaged.
    case badArchive(file: String, detail: String)
    /// A configured limit (size, nesting, entries) was exceeded.
    case limitExceeded(file: String, detail: String)
    /// `--channel` named no conversation.
    case conversationNotFound(String, available: [String], source: String)
    /// Several conversations have messages and none was chosen.
    case conversationAmbiguous([String], source: String)
    /// The export holds no messages at all.
    case noMessages(source: String)
    /// A Slack API response reported an error and carried no messages.
    case apiError(file: String, error: String)

    /// The file or path the error is about.
    public var file: String {
        switch self {
        case .notFound(let f), .unreadable(let f, _), .notAnExport(let f, _): return f
        case .malformedJSON(let f, _), .unexpectedContent(let f, _), .badArchive(let f, _),
            .limitExceeded(let f, _), .apiError(let f, _):
            return f
        case .conversationNotFound(_, _, let s), .conversationAmbiguous(_, let s), .noMessages(let s): return s
        }
    }

    /// True when the user asked for something that is not there (a usage problem, not bad data).
    public var isUsageError: Bool {
        switch self {
        case .conversationNotFound, .conversationAmbiguous: return true
        default: return false
        }
    }

    /// True when the input is missing or cannot be opened.
    public var isMissingInput: Bool {
        switch self {
        case .notFound, .unreadable: return true
        default: return false
        }
    }
}

extension ExportError: LocalizedError {
    /// The message, on one line whatever the export holds: line breaks and other control
    /// characters in names and excerpts (a JSON key, a zip entry name) are shown escaped.
    public var errorDescription: String? { message.escapingControlCharacters }

    private var message: String {
        switch self {
        case .notFound(let path): return "\(path): no such file or folder"
        case .unreadable(let path, let reason): return "\(path): cannot be read: \(reason)"
        case .malformedJSON(let file, let detail): return "\(file): not valid JSON: \(detail)"
        case .unexpectedContent(let file, let detail): return "\(file): \(detail)"
        case .notAnExport(let path, let detail): return "\(path): not a Slack export: \(detail)"
        case .badArchive(let file, let detail): return "\(file): damaged archive: \(detail)"
        case .limitExceeded(let file, let detail): return "\(file): \(detail)"
        case .conversationNotFound(let name, let available, let source):
            return "\(source): no conversation named '\(name)'; it has: \(Self.list(available))"
        case .conversationAmbiguous(let names, let source):
            return "\(source): holds \(names.count) conversations with messages; choose one with --channel: \(Self.list(names))"
        case .noMessages(let source): return "\(source): the export holds no messages"
        case .apiError(let file, let error): return "\(file): the Slack API response reports an error: \(error)"
        }
    }

    static func list(_ names: [String]) -> String {
        let shown = names.prefix(20).joined(separator: ", ")
        return names.count > 20 ? shown + ", … (\(names.count) in all)" : shown
    }
}

extension String {
    /// The text with line breaks shown as `\n`/`\r` and other control characters as `\u{…}`,
    /// so that a message quoting hostile input stays on one line.
    var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{2028}" || $0 == "\u{2029}" }) else { return self }
        var out = ""
        for c in unicodeScalars {
            switch c {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += " "
            case _ where c.value < 0x20 || c.value == 0x7F || c == "\u{2028}" || c == "\u{2029}":
                out += "\\u{" + String(c.value, radix: 16) + "}"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
