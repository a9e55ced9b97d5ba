import Foundation

/// The output formats of a postmortem document.
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// GitHub-flavoured Markdown.
    case markdown
    /// One self-contained XHTML file.
    case html

    /// The format a file name's extension implies (`.md`, `.markdown`, `.html`, `.htm`, `.xhtml`), else nil.
    public static func implied(byFileName name: String) -> DocumentFormat? {
        switch URL(fileURLWithPath: name).pathExtension.lowercased() {
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "html", "htm", "xhtml": return .html
        default: return nil
        }
    }
}

/// What a document depends on besides the analysis: never the clock or the host's zone.
public struct RenderOptions: Sendable, Equatable {
    /// The workspace's base URL (`https://acme.slack.com`) for message permalinks, or nil to link
    /// within the document.
    public var workspaceURL: String?
    /// The tool's name and version written into the document (`postmortem 0.1.0`).
    public var generatedBy: String

    /// Creates options; `workspaceURL` must already be normalised (see ``normalizedWorkspaceURL(_:)``).
    public init(workspaceURL: String? = nil, generatedBy: String) {
        self.workspaceURL = workspaceURL
        self.generatedBy = generatedBy
    }

    /// `https://acme.slack.com` from `acme.slack.com`, `https://acme.slack.com/`, or a full Slack
    /// link into that workspace; nil when the text is not an http(s) host.
    public static func normalizedWorkspaceURL(_ text: String) -> String? {
        var s = text.trimmingCharacters(in: .whitespaces)
        if !s.contains("://") { s = "https://" + s }
        guard let components = URLComponents(string: s),
            let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = components.host?.lowercased(), !host.isEmpty,
            host.unicodeScalars.allSatisfy({ ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "." || $0 == "-" }),
            components.user == nil, components.password == nil
        else { return nil }
        if let port = components.port { return "\(scheme)://\(host):\(port)" }
        return "\(scheme)://\(host)"
    }
}
