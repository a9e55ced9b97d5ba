/// Message text as a structured model, built from Slack mrkdwn or Block Kit `rich_text`.
///
/// Plain text (for analysis), Markdown and HTML are all produced from this one model, so the
/// three never disagree about what a message says.
public struct RichText: Sendable, Equatable {
    /// The blocks of the text, in order.
    public var blocks: [TextBlock]

    /// Creates a text from blocks.
    public init(_ blocks: [TextBlock] = []) { self.blocks = blocks }

    /// True when the text has no visible content.
    public var isEmpty: Bool { blocks.allSatisfy(\.isEmpty) }
}

/// One block of message text.
public enum TextBlock: Sendable, Equatable {
    /// A run of inline content; line breaks inside are `.lineBreak` inlines.
    case paragraph([Inline])
    /// A quoted passage (`>` lines in mrkdwn, `rich_text_quote` in blocks).
    case quote([Inline])
    /// A preformatted code block, kept verbatim.
    case code(String)
    /// A list item; `indent` is the nesting level from 0, `ordinal` the number of an ordered item.
    case listItem(ordinal: Int?, indent: Int, [Inline])

    /// True for a quoted passage.
    public var isQuote: Bool {
        if case .quote = self { return true }
        return false
    }

    /// True for a preformatted code block.
    public var isCode: Bool {
        if case .code = self { return true }
        return false
    }

    /// The block's content as inlines, a code block as one code span (a title or field read as one line).
    public var inlines: [Inline] {
        switch self {
        case .paragraph(let i), .quote(let i), .listItem(_, _, let i): return i
        case .code(let s): return [.code(s)]
        }
    }

    /// True when the block holds nothing visible.
    public var isEmpty: Bool {
        switch self {
        case .paragraph(let inlines), .quote(let inlines), .listItem(_, _, let inlines): return inlines.isEmpty
        case .code(let s): return s.isEmpty
        }
    }
}

/// Inline content of message text.
public enum Inline: Sendable, Equatable {
    /// Literal text (already unescaped: `&amp;` is `&` here).
    case text(String)
    /// Text with a style applied to its children.
    case styled(TextStyle, [Inline])
    /// An inline code span, verbatim.
    case code(String)
    /// A user mention; `label` is the name written in the source (`<@U1|bob>`), if any.
    case user(id: String, label: String?)
    /// A channel mention; `label` is the channel name written in the source, if any.
    case channel(id: String, label: String?)
    /// `@here`, `@channel` or `@everyone`.
    case broadcast(Broadcast)
    /// A user-group mention (`<!subteam^S1|@sre>`).
    case userGroup(id: String, label: String?)
    /// A link; `label` is its text when it differs from the URL.
    case link(url: String, label: String?)
    /// A localised date (`<!date^…>`), shown by its fallback or as a UTC time.
    case date(epochSeconds: Int64, fallback: String?)
    /// An emoji by shortcode; `unicode` is the character when known.
    case emoji(name: String, unicode: String?)
    /// A hard line break.
    case lineBreak
}

/// A text style from mrkdwn or Block Kit.
public enum TextStyle: String, Sendable, Equatable {
    case bold, italic, strike
}

/// A broadcast mention.
public enum Broadcast: String, Sendable, Equatable {
    case here, channel, everyone
}

/// Looks up display names for ids found in text; unknown ids are shown as the id itself.
public struct NameLookup: Sendable {
    /// Display name for a user id, or nil when unknown.
    public var user: @Sendable (String) -> String?
    /// Channel name for a channel id, or nil when unknown.
    public var channel: @Sendable (String) -> String?

    /// Creates a lookup from two functions.
    public init(
        user: @escaping @Sendable (String) -> String? = { _ in nil },
        channel: @escaping @Sendable (String) -> String? = { _ in nil }
    ) {
        self.user = user
        self.channel = channel
    }

    /// A lookup that knows no names.
    public static let none = NameLookup()
}
