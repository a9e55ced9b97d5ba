import SlackExport

/// Which part of a message a string is, for transformations that treat them differently.
enum TextPart {
    /// Literal text, a date's fallback text or a link's label.
    case text
    /// Verbatim code: an inline span or a block.
    case code
    /// A link's target.
    case url
    /// The name written inside a user, channel or user-group mention.
    case mentionLabel
}

extension RichText {
    /// The same text with every string passed through `transform`; user mentions go through `mention`.
    func mappingStrings(
        _ transform: (String, TextPart) -> String,
        mention: (_ id: String, _ label: String?) -> String? = { _, label in label }
    ) -> RichText {
        func inline(_ i: Inline) -> Inline {
            switch i {
            case .text(let s): return .text(transform(s, .text))
            case .styled(let style, let children): return .styled(style, children.map(inline))
            case .code(let s): return .code(transform(s, .code))
            case .user(let id, let label): return .user(id: id, label: mention(id, label))
            case .channel(let id, let label): return .channel(id: id, label: label.map { transform($0, .mentionLabel) })
            case .userGroup(let id, let label): return .userGroup(id: id, label: label.map { transform($0, .mentionLabel) })
            case .link(let url, let label): return .link(url: transform(url, .url), label: label.map { transform($0, .text) })
            case .date(let epoch, let fallback): return .date(epochSeconds: epoch, fallback: fallback.map { transform($0, .text) })
            case .broadcast, .emoji, .lineBreak: return i
            }
        }
        return RichText(
            blocks.map { block in
                switch block {
                case .paragraph(let inlines): return .paragraph(inlines.map(inline))
                case .quote(let inlines): return .quote(inlines.map(inline))
                case .listItem(let ordinal, let indent, let inlines): return .listItem(ordinal: ordinal, indent: indent, inlines.map(inline))
                case .code(let s): return .code(transform(s, .code))
                }
            })
    }
}

extension RichText {
    /// True when some string of the text (text, code, link target or label, mention label) satisfies `predicate`.
    func containsString(where predicate: (String) -> Bool) -> Bool {
        func inline(_ i: Inline) -> Bool {
            switch i {
            case .text(let s), .code(let s): return predicate(s)
            case .styled(_, let children): return children.contains(where: inline)
            case .user(_, let label?), .channel(_, let label?), .userGroup(_, let label?): return predicate(label)
            case .link(let url, let label): return predicate(url) || label.map(predicate) == true
            case .date(_, let fallback?): return predicate(fallback)
            default: return false
            }
        }
        return blocks.contains { block in
            switch block {
            case .paragraph(let i), .quote(let i), .listItem(_, _, let i): return i.contains(where: inline)
            case .code(let s): return predicate(s)
            }
        }
    }
}
