import Foundation

/// The templates compiled into the binary from `Templates/` (see `Scripts/embed-resources.py`).
public enum BuiltInTemplates {
    /// A document template shipped with the tool.
    public struct Entry: Sendable, Equatable {
        /// `markdown/default`: the name `--template` accepts (the part after `/` suffices).
        public var name: String
        /// The format it produces.
        public var format: DocumentFormat
        /// One line on what it is, from the template's opening `{{! … }}` comment.
        public var summary: String
    }

    /// Every embedded file by its path under `Templates/` (`partials/markdown-log.mustache`).
    public static var files: [String: String] { EmbeddedTemplates.files }

    /// `Templates/README.md`, which documents the context keys.
    public static var readme: String { EmbeddedTemplates.readme }

    /// The document templates (not partials), sorted by name.
    public static var documents: [Entry] {
        files.keys.sorted().compactMap { path -> Entry? in
            guard path.hasSuffix(".mustache"), !path.hasPrefix("partials/") else { return nil }
            let name = String(path.dropLast(".mustache".count))
            let folder = name.split(separator: "/").first.map(String.init) ?? ""
            guard let format = DocumentFormat(rawValue: folder) else { return nil }
            return Entry(name: name, format: format, summary: summary(of: files[path] ?? ""))
        }
    }

    /// The partials' names (`partials/markdown-log`), sorted.
    public static var partials: [String] {
        files.keys.sorted().filter { $0.hasPrefix("partials/") && $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }
    }

    /// The built-in a `--template` value names, for `format` when given: `default` →
    /// `markdown/default`, `html/default`, `google-sre` → `markdown/google-sre`. Nil when none.
    public static func named(_ text: String, format: DocumentFormat?) -> Entry? {
        var name = text
        if name.hasSuffix(".mustache") { name = String(name.dropLast(".mustache".count)) }
        let docs = documents
        if let exact = docs.first(where: { $0.name == name }) {
            if let format, exact.format != format { return nil }
            return exact
        }
        guard !name.contains("/") else { return nil }
        if let format { return docs.first { $0.name == "\(format.rawValue)/\(name)" } }
        let matches = docs.filter { $0.name.hasSuffix("/" + name) }
        return matches.first { $0.format == .markdown } ?? matches.first
    }

    /// The text of the first `{{! … }}` comment, else "".
    static func summary(of template: String) -> String {
        guard let open = template.range(of: "{{!") else { return "" }
        guard let close = template.range(of: "}}", range: open.upperBound..<template.endIndex) else { return "" }
        return template[open.upperBound..<close.lowerBound].split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
