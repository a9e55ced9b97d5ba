/// Converts a message's Block Kit `blocks` array into `RichText`.
///
/// Block text is not HTML-escaped (unlike `text`), so nothing is decoded here except inside `mrkdwn`
/// text objects, which go through `MrkdwnParser`. Unknown block and element types are skipped: Slack
/// keeps adding them and a message must never fail to load because of one.
public enum RichTextBlocks {
    /// Parses the `blocks` array; unknown or malformed blocks and elements are skipped, never fatal.
    public static func parse(_ blocks: [JSONValue]) -> RichText {
        RichText(blocks.flatMap { $0.object.map(textBlocks(of:)) ?? [] })
    }

    /// Deepest list nesting kept; Slack allows 0–8 and a hostile value must not blow up indentation.
    static let maxIndent = 8

    // MARK: Top-level blocks

    private static func textBlocks(of block: JSONObject) -> [TextBlock] {
        switch block.string("type") {
        case "rich_text":
            return richText(block)
        case "section":
            var out = block.object("text").map(textObject) ?? []
            for field in block.array("fields") {
                if let object = field.object { out += textObject(object) }
            }
            return out
        case "header":
            let inlines = block.object("text").map(textObject).map(flatten) ?? []
            return inlines.isEmpty ? [] : [.paragraph([.styled(.bold, inlines)])]
        case "context":
            var inlines: [Inline] = []
            for element in block.array("elements") {
                guard let object = element.object else { continue }
                let part = contextElement(object)
                if part.isEmpty { continue }
                if !inlines.isEmpty { inlines.append(.text(" ")) }
                inlines += part
            }
            return inlines.isEmpty ? [] : [.paragraph(Inline.merging(inlines))]
        case "table":
            return table(block)
        case "image":
            let alt = (block.string("alt_text") ?? block.object("title")?.string("text")).map(plainLines) ?? []
            return alt.isEmpty ? [] : [.paragraph(alt)]
        case "markdown":
            // Standard Markdown written by an app: kept as literal text rather than trusted as markup.
            let inlines = block.string("text").map(plainLines) ?? []
            return inlines.isEmpty ? [] : [.paragraph(inlines)]
        default:
            return []  // divider, actions, input, file, call, video and anything newer: no text of their own.
        }
    }

    /// A `plain_text` or `mrkdwn` text object.
    private static func textObject(_ object: JSONObject) -> [TextBlock] {
        guard let text = object.string("text") else { return [] }
        if object.string("type") == "mrkdwn" { return MrkdwnParser.parse(text).blocks }
        var inlines = plainLines(text)
        // `"emoji": true` (Slack's default) shows `:rotating_light:` in plain text as the emoji.
        if object["emoji"]?.bool != false, text.contains(":") { inlines = inlines.flatMap(emojiShortcodes) }
        return inlines.isEmpty ? [] : [.paragraph(inlines)]
    }

    /// A text inline split around the known emoji codes in it, read as mrkdwn reads them
    /// ("10:30:00" stays a time; a code no emoji has stays text).
    static func emojiShortcodes(_ inline: Inline) -> [Inline] {
        guard case .text(let text) = inline else { return [inline] }
        let scalars = Array(text.unicodeScalars)
        func run(_ range: Range<Int>) -> Inline { .text(String(String.UnicodeScalarView(scalars[range]))) }
        var out: [Inline] = []
        var runStart = 0
        var k = 0
        while k < scalars.count {
            guard scalars[k] == ":", let (emoji, end) = MrkdwnScanner.emoji(in: scalars, at: k, limit: scalars.count),
                case .emoji(_, .some) = emoji
            else {
                k += 1
                continue
            }
            if k > runStart { out.append(run(runStart..<k)) }
            out.append(emoji)
            k = end
            runStart = k
        }
        if runStart < scalars.count { out.append(run(runStart..<scalars.count)) }
        return out
    }

    private static func contextElement(_ object: JSONObject) -> [Inline] {
        switch object.string("type") {
        case "mrkdwn", "plain_text": return flatten(textObject(object))
        case "image": return object.string("alt_text").map(plainLines) ?? []
        default: return []
        }
    }

    /// A `table` block: one paragraph per row, cells joined by " | ".
    private static func table(_ block: JSONObject) -> [TextBlock] {
        var out: [TextBlock] = []
        for row in block.array("rows") {
            guard let cells = row.array else { continue }
            var inlines: [Inline] = []
            var anyContent = false
            for (index, cell) in cells.enumerated() {
                if index > 0 { inlines.append(.text(" | ")) }
                let content = cellInlines(cell)
                anyContent = anyContent || !content.isEmpty
                inlines += content
            }
            if anyContent { out.append(.paragraph(Inline.merging(inlines))) }
        }
        return out
    }

    /// One table cell on one line: a row is one paragraph, so breaks inside a cell become spaces.
    private static func cellInlines(_ cell: JSONValue) -> [Inline] {
        guard let object = cell.object else { return cell.string.map { [.text($0)] } ?? [] }
        let inlines: [Inline]
        switch object.string("type") {
        case "rich_text": inlines = flatten(richText(object))
        default: inlines = object.string("text").map(plainLines) ?? []
        }
        return inlines.map { $0 == .lineBreak ? .text(" ") : $0 }
    }

    // MARK: rich_text

    private static func richText(_ block: JSONObject) -> [TextBlock] {
        var out: [TextBlock] = []
        for element in block.array("elements") {
            guard let container = element.object else { continue }
            switch container.string("type") {
            case "rich_text_section":
                let inlines = trimBreaks(inlines(container.array("elements")))
                if !inlines.isEmpty { out.append(.paragraph(inlines)) }
            case "rich_text_list":
                let ordered = container.string("style") == "ordered"
                let indent = Int(clamping: min(max(container["indent"]?.int64 ?? 0, 0), Int64(maxIndent)))
                let offset = Int(clamping: min(max(container["offset"]?.int64 ?? 0, 0), 1_000_000))
                for (index, item) in container.array("elements").enumerated() {
                    guard let itemObject = item.object else { continue }
                    let inlines = trimBreaks(inlines(itemObject.array("elements")))
                    out.append(.listItem(ordinal: ordered ? offset + index + 1 : nil, indent: indent, inlines))
                }
            case "rich_text_preformatted":
                let code = RichText([.paragraph(inlines(container.array("elements")))]).plainText()
                if !code.isEmpty { out.append(.code(code)) }
            case "rich_text_quote":
                let inlines = trimBreaks(inlines(container.array("elements")))
                if !inlines.isEmpty { out.append(.quote(inlines)) }
            default:
                continue
            }
        }
        return out
    }

    private static func inlines(_ elements: [JSONValue]) -> [Inline] {
        var out: [Inline] = []
        for element in elements {
            if let object = element.object { out += inline(object) }
        }
        return Inline.merging(out)
    }

    /// One inline element with its style applied; unknown element types give nothing.
    private static func inline(_ element: JSONObject) -> [Inline] {
        let style = element.object("style")
        let base: [Inline]
        switch element.string("type") {
        case "text":
            guard let text = element.string("text") else { return [] }
            if style?.flag("code") == true {
                base = plainLines(text, trimmed: false).map { if case .text(let t) = $0 { .code(t) } else { $0 } }
            } else {
                base = plainLines(text, trimmed: false)
            }
        case "link":
            guard let url = element.string("url") else { return element.string("text").map { [.text($0)] } ?? [] }
            let label = element.string("text")
            base = [.link(url: url, label: label == url ? nil : label)]
        case "emoji":
            guard var name = element.string("name") else { return [] }
            if let tone = element["skin_tone"]?.int64, (2...6).contains(tone), !name.contains(":") {
                name += "::skin-tone-\(tone)"
            }
            let unicode = element.string("unicode").flatMap(characters(fromHex:)) ?? EmojiTable.character(for: name)
            base = [.emoji(name: name, unicode: unicode)]
        case "user":
            guard let id = element.string("user_id") else { return [] }
            base = [.user(id: id, label: nil)]
        case "usergroup":
            guard let id = element.string("usergroup_id") else { return [] }
            base = [.userGroup(id: id, label: nil)]
        case "channel":
            guard let id = element.string("channel_id") else { return [] }
            base = [.channel(id: id, label: nil)]
        case "broadcast":
            switch element.string("range") {
            case "here": base = [.broadcast(.here)]
            case "channel", "group": base = [.broadcast(.channel)]
            case "everyone": base = [.broadcast(.everyone)]
            default: return []
            }
        case "date":
            let fallback = element.string("fallback")
            if let epoch = element["timestamp"]?.int64 {
                base = [.date(epochSeconds: epoch, fallback: fallback)]
            } else {
                guard let fallback else { return [] }
                base = [.text(fallback)]
            }
        case "team":
            guard let id = element.string("team_id") else { return [] }
            base = [.text(id)]
        case "color":
            guard let value = element.string("value") else { return [] }
            base = [.text(value)]
        default:
            return []
        }
        guard let style else { return base }
        // Bold outermost, strike innermost, always in this order, so neighbours with equal styles merge.
        var wrapped: [TextStyle] = []
        if style.flag("strike") { wrapped.append(.strike) }
        if style.flag("italic") { wrapped.append(.italic) }
        if style.flag("bold") { wrapped.append(.bold) }
        guard !wrapped.isEmpty else { return base }
        return base.map { inline in
            guard inline != .lineBreak else { return inline }
            return wrapped.reduce(inline) { .styled($1, [$0]) }
        }
    }

    /// `1f44b-1f3fb` (code points in hex, joined by `-`) as a string, or nil when malformed.
    private static func characters(fromHex hex: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for part in hex.split(separator: "-") {
            guard part.count <= 8, let value = UInt32(part, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
            scalars.append(scalar)
        }
        return scalars.isEmpty ? nil : String(scalars)
    }

    // MARK: Helpers

    /// Literal text with `\n` as `.lineBreak`; `trimmed` drops breaks at both ends.
    private static func plainLines(_ text: String) -> [Inline] { plainLines(text, trimmed: true) }

    private static func plainLines(_ text: String, trimmed: Bool) -> [Inline] {
        var out: [Inline] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out.append(.lineBreak) }
            if !line.isEmpty { out.append(.text(String(line))) }
        }
        return trimmed ? trimBreaks(out) : out
    }

    private static func trimBreaks(_ inlines: [Inline]) -> [Inline] {
        var lo = inlines.startIndex
        var hi = inlines.endIndex
        while lo < hi, inlines[lo] == .lineBreak { lo += 1 }
        while hi > lo, inlines[hi - 1] == .lineBreak { hi -= 1 }
        return Array(inlines[lo..<hi])
    }

    /// Blocks as one run of inlines (for context elements and table cells), blocks separated by line breaks.
    private static func flatten(_ blocks: [TextBlock]) -> [Inline] {
        var out: [Inline] = []
        for block in blocks {
            let part: [Inline]
            switch block {
            case .paragraph(let inlines), .quote(let inlines), .listItem(_, _, let inlines): part = inlines
            case .code(let code): part = [.code(code)]
            }
            if part.isEmpty { continue }
            if !out.isEmpty { out.append(.lineBreak) }
            out += part
        }
        return out
    }
}

extension Inline {
    /// Joins neighbouring texts and neighbouring runs of the same style (`**a****b**` would be broken
    /// Markdown), and drops empty texts and empty styled runs. Each run is gathered once, so this is linear.
    static func merging(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        var i = inlines.startIndex
        while i < inlines.endIndex {
            switch inlines[i] {
            case .text:
                var text = ""
                while i < inlines.endIndex, case .text(let t) = inlines[i] {
                    text += t
                    i += 1
                }
                if !text.isEmpty { out.append(.text(text)) }
            case .styled(let style, _):
                var children: [Inline] = []
                while i < inlines.endIndex, case .styled(let s, let c) = inlines[i], s == style {
                    children += c
                    i += 1
                }
                let merged = Inline.merging(children)
                if !merged.isEmpty { out.append(.styled(style, merged)) }
            default:
                out.append(inlines[i])
                i += 1
            }
        }
        return out
    }
}
