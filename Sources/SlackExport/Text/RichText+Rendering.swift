extension RichText {
    /// Plain text for analysis and search: no markup; mentions, links and emoji as a reader sees them.
    public func plainText(names: NameLookup = .none) -> String {
        RichTextPlainRenderer(names: names).document(blocks)
    }

    /// GitHub-flavoured Markdown; message text is escaped so it can never become HTML or markup.
    public func markdown(names: NameLookup = .none) -> String {
        RichTextMarkdownRenderer(names: names, pipesInCode: false).document(blocks)
    }

    /// Markdown on one line, for table cells: breaks become " / " and every `|` is escaped, even in code.
    public func markdownInline(names: NameLookup = .none) -> String {
        RichTextMarkdownRenderer(names: names, pipesInCode: true).singleLine(blocks)
    }

    /// An XHTML fragment (parses as XML): all text and attributes escaped, links only for http(s) and mailto.
    public func html(names: NameLookup = .none) -> String {
        RichTextHTMLRenderer(names: names).document(blocks)
    }
}

/// What the three renderers share: names, link safety, dates, control characters.
enum RichTextRenderSupport {
    /// Drops ASCII control characters except tab and newline (invalid in XML, invisible or harmful elsewhere).
    static func clean(_ text: String) -> String {
        guard hasUnwanted(text) else { return text }
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars where !isUnwanted(c) { out.append(c) }
        return String(out)
    }

    /// True when `text` holds a scalar `isUnwanted` drops, read from its UTF-8 bytes: controls are
    /// single bytes, and U+FFFE and U+FFFF are EF BF BE and EF BF BF.
    private static func hasUnwanted(_ text: String) -> Bool {
        // A bridged string without contiguous UTF-8 is read scalar by scalar.
        text.utf8.withContiguousStorageIfAvailable(hasUnwanted) ?? text.unicodeScalars.contains(where: isUnwanted)
    }

    private static func hasUnwanted(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F { return true }
            if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF { return true }
            i += 1
        }
        return false
    }

    private static func isUnwanted(_ c: Unicode.Scalar) -> Bool {
        (c.value < 0x20 && c != "\n" && c != "\t") || c.value == 0x7F || c.value == 0xFFFE || c.value == 0xFFFF
    }

    static func userName(_ id: String, _ label: String?, _ names: NameLookup) -> String {
        nonEmpty(names.user(id)) ?? nonEmpty(label) ?? id
    }

    static func channelName(_ id: String, _ label: String?, _ names: NameLookup) -> String {
        nonEmpty(names.channel(id)) ?? nonEmpty(label) ?? id
    }

    static func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s
    }

    /// The text an inline shows in every format (before escaping), for everything but styles, code and links.
    static func shownText(_ inline: Inline, _ names: NameLookup) -> String {
        switch inline {
        case .text(let t): return t
        case .code(let c): return c
        case .user(let id, let label): return "@" + userName(id, label, names)
        case .channel(let id, let label): return "#" + channelName(id, label, names)
        case .broadcast(let b): return "@" + b.rawValue
        case .userGroup(let id, let label): return "@" + (nonEmpty(label) ?? id)
        case .link(let url, let label): return nonEmpty(label) ?? url
        case .date(let epoch, let fallback): return nonEmpty(fallback) ?? utcString(epoch)
        case .emoji(let name, let unicode): return nonEmpty(unicode) ?? ":" + name + ":"
        case .lineBreak: return "\n"
        case .styled(_, let children): return children.map { shownText($0, names) }.joined()
        }
    }

    /// The URL to link to when its scheme is http, https or mailto, else nil (the link is shown as text).
    ///
    /// Browsers ignore tabs and newlines anywhere in a URL and controls or spaces at its ends before
    /// reading the scheme (`java\nscript:`), so the check runs on the URL cleaned the same way.
    static func safeLinkURL(_ url: String) -> String? {
        var scalars = url.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }
        while let first = scalars.first, first == " " { scalars.removeFirst() }
        while let last = scalars.last, last == " " { scalars.removeLast() }
        guard let colon = scalars.firstIndex(of: ":") else { return nil }
        var scheme = ""
        for c in scalars[..<colon] {
            switch c {
            case "A"..."Z": scheme.unicodeScalars.append(Unicode.Scalar(c.value + 32) ?? c)
            default: scheme.unicodeScalars.append(c)
            }
        }
        guard scheme == "http" || scheme == "https" || scheme == "mailto" else { return nil }
        return String(String.UnicodeScalarView(scalars))
    }

    /// A Slack date shown without its format tokens: `2024-03-01 14:05 UTC`.
    static func utcString(_ epoch: Int64) -> String {
        // Years 1–9999 only: keeps the arithmetic far from overflow on hostile values.
        let seconds = min(max(epoch, -62_135_596_800), 253_402_300_799)
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2)) \(pad(rest / 3_600, 2)):\(pad(rest % 3_600 / 60, 2)) UTC"
    }

    private static func pad(_ n: Int64, _ width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Longest run of `c` in `text`: a code fence must be longer than any run inside.
    static func longestRun(of c: Unicode.Scalar, in text: String) -> Int {
        var longest = 0
        var run = 0
        for s in text.unicodeScalars {
            if s == c {
                run += 1
                longest = max(longest, run)
            } else {
                run = 0
            }
        }
        return longest
    }

    static func listLevel(_ indent: Int) -> Int { min(max(indent, 0), RichTextBlocks.maxIndent) }
}

// MARK: - Plain text

struct RichTextPlainRenderer {
    let names: NameLookup

    func document(_ blocks: [TextBlock]) -> String {
        // Most messages are one paragraph of plain text: returned as it is, sharing its storage.
        if blocks.count == 1, case .paragraph(let inlines) = blocks[0], inlines.count == 1, case .text(let t) = inlines[0] {
            return RichTextRenderSupport.clean(t)
        }
        var out: [String] = []
        for block in blocks where !block.isEmpty {
            switch block {
            case .paragraph(let inlines):
                out.append(text(inlines))
            case .quote(let inlines):
                out.append(text(inlines).split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n"))
            case .code(let code):
                out.append(code)
            case .listItem(let ordinal, let indent, let inlines):
                let marker = ordinal.map { "\($0). " } ?? "• "
                let pad = String(repeating: "  ", count: RichTextRenderSupport.listLevel(indent))
                let continuation = pad + String(repeating: " ", count: marker.count)
                let lines = text(inlines).split(separator: "\n", omittingEmptySubsequences: false)
                out.append(lines.enumerated().map { ($0 == 0 ? pad + marker : continuation) + $1 }.joined(separator: "\n"))
            }
        }
        return RichTextRenderSupport.clean(out.joined(separator: "\n"))
    }

    private func text(_ inlines: [Inline]) -> String {
        RichTextRenderSupport.clean(inlines.map { RichTextRenderSupport.shownText($0, names) }.joined())
    }
}

// MARK: - Markdown

struct RichTextMarkdownRenderer {
    let names: NameLookup
    /// Table-cell mode: GFM splits cells before it parses code spans, so `|` needs escaping inside them too.
    let pipesInCode: Bool

    func document(_ blocks: [TextBlock]) -> String {
        var out = ""
        var previousWasItem = false
        var lists: [(column: Int, ordered: Bool)] = []  // Per nesting level: the last item's content column and kind.
        for block in blocks {
            var chunk: String
            var isItem = false
            var separator = "\n\n"
            switch block {
            case .paragraph(let inlines):
                let lines = self.lines(inlines)
                if lines.isEmpty { continue }
                chunk = lines.joined(separator: "\n")
                lists = []
            case .quote(let inlines):
                let lines = self.lines(inlines)
                if lines.isEmpty { continue }
                chunk = lines.map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
                lists = []
            case .code(let code):
                if code.isEmpty { continue }
                chunk = codeBlock(code)
                lists = []
            case .listItem(let ordinal, let indent, let inlines):
                let lines = self.lines(inlines)
                // An empty item ("-" alone) cannot interrupt the line above it and could even underline it
                // into a heading; it holds no text, so it is left out (Markdown renumbers items anyway).
                if lines.isEmpty { continue }
                let startsList: Bool
                (chunk, startsList) = listItem(ordinal, indent, lines, &lists)
                isItem = true
                // A new ordered list not starting at 1 cannot interrupt a paragraph: a blank line lets it start.
                if previousWasItem { separator = startsList && ordinal != nil && ordinal != 1 ? "\n\n" : "\n" }
            }
            if !out.isEmpty { out += separator }
            out += chunk
            previousWasItem = isItem
        }
        return out
    }

    /// All blocks on one line, blocks and line breaks separated by " / ".
    func singleLine(_ blocks: [TextBlock]) -> String {
        var parts: [String] = []
        for block in blocks {
            switch block {
            case .paragraph(let inlines):
                parts += lineParts(inlines)
            case .quote(let inlines):
                let inner = lineParts(inlines)
                if !inner.isEmpty { parts.append("\\> " + inner.joined(separator: " / ")) }
            case .code(let code):
                let span = codeSpan(code)
                if !span.isEmpty { parts.append(span) }
            case .listItem(let ordinal, _, let inlines):
                let marker = ordinal.map { "\($0)." } ?? "•"
                parts.append(([marker] + lineParts(inlines)).joined(separator: " "))
            }
        }
        return Self.escapeLineStart(parts.joined(separator: " / "))
    }

    private func lineParts(_ inlines: [Inline]) -> [String] {
        Self.splitLines(inlines).map(renderLine).filter { !$0.isEmpty }
    }

    /// Rendered lines of a block: a single break is a hard break (`\` at line end), a blank line separates paragraphs.
    private func lines(_ inlines: [Inline]) -> [String] {
        var out: [String] = []
        var blank = false
        for line in Self.splitLines(inlines).map(renderLine) {
            if line.isEmpty {
                if !out.isEmpty { blank = true }
                continue
            }
            if blank {
                out.append("")
                blank = false
            } else if !out.isEmpty {
                out[out.count - 1] += "\\"
            }
            out.append(line)
        }
        return out
    }

    private func renderLine(_ inlines: [Inline]) -> String {
        var pieces: [Piece] = []
        flatten(Inline.merging(inlines), [], into: &pieces)
        return Self.escapeLineStart(Self.trimSpaces(resolve(pieces)))
    }

    /// An item indented under its parent's content column, and whether it starts a new list.
    private func listItem(
        _ ordinal: Int?, _ indent: Int, _ lines: [String], _ lists: inout [(column: Int, ordered: Bool)]
    ) -> (String, Bool) {
        let level = RichTextRenderSupport.listLevel(indent)
        let ordered = ordinal != nil
        let marker = ordinal.map { "\(min(max($0, 0), 999_999_999))." } ?? "-"
        // A missing parent level nests under the deepest one there is, so a stray deep item never
        // reaches four spaces of indentation and turns into a code block.
        let base = level == 0 ? 0 : (level - 1 < lists.count ? lists[level - 1].column : (lists.last?.column ?? 0))
        let startsList = level >= lists.count || lists[level].ordered != ordered
        lists = Array(lists.prefix(level))
        while lists.count < level { lists.append((base, ordered)) }
        lists.append((base + marker.count + 1, ordered))
        let pad = String(repeating: " ", count: base)
        let continuation = String(repeating: " ", count: base + marker.count + 1)
        var out = pad + marker
        if let first = lines.first { out += " " + first }
        for line in lines.dropFirst() { out += "\n" + (line.isEmpty ? "" : continuation + line) }
        return (out, startsList)
    }

    private func codeBlock(_ raw: String) -> String {
        var body = RichTextRenderSupport.clean(raw)
        if body.hasSuffix("\n") { body.removeLast() }
        let fence = String(repeating: "`", count: max(3, RichTextRenderSupport.longestRun(of: "`", in: body) + 1))
        return fence + "\n" + body + "\n" + fence
    }

    /// A line as Markdown pieces: escaped text, code (rendered last, so neighbouring spans can join), and
    /// the open and close of each style run.
    private enum Piece {
        case text(String)
        case code(String)
        case open(TextStyle)
        case close(TextStyle)
    }

    /// Neighbouring plain inlines are escaped as one run, so escaping sees across mentions and emoji
    /// (`:http:` then `//x` must not make a bare URL); styles become open/close pieces with edge spaces moved out.
    private func flatten(_ inlines: [Inline], _ active: Set<TextStyle>, into out: inout [Piece]) {
        var raw = ""
        func flush() {
            if !raw.isEmpty { out.append(.text(Self.escape(raw))) }
            raw = ""
        }
        for inline in inlines {
            switch inline {
            case .styled(let style, let children):
                flush()
                if active.contains(style) {  // `_a _b_ c_` would end the outer run early: nest without delimiters.
                    flatten(children, active, into: &out)
                    continue
                }
                var inner: [Piece] = []
                flatten(children, active.union([style]), into: &inner)
                let (lead, body, trail) = Self.splitEdgeSpaces(inner)
                if !lead.isEmpty { out.append(.text(lead)) }
                if !body.isEmpty { out += [.open(style)] + body + [.close(style)] }
                if !trail.isEmpty { out.append(.text(trail)) }
            case .code(let code):
                flush()
                if !RichTextRenderSupport.clean(code).isEmpty { out.append(.code(code)) }
            case .link(let url, let label):
                let shown = RichTextRenderSupport.nonEmpty(label) ?? url
                if let safe = RichTextRenderSupport.safeLinkURL(url) {
                    flush()
                    out.append(.text("[" + Self.escape(shown) + "](" + Self.destination(safe) + ")"))
                } else {
                    raw += shown
                }
            case .lineBreak:
                raw += " "
            default:
                raw += RichTextRenderSupport.shownText(inline, names)
            }
        }
        flush()
    }

    /// Splits spaces off both ends of a style run's pieces: `** bold **` is not emphasis in Markdown.
    private static func splitEdgeSpaces(_ pieces: [Piece]) -> (String, [Piece], String) {
        var body = pieces
        var lead = ""
        var trail = ""
        if case .text(let first)? = body.first {
            let kept = first.drop { $0 == " " }
            lead = String(first.prefix(first.count - kept.count))
            body[0] = .text(String(kept))
        }
        if case .text(let last)? = body.last {
            var kept = Substring(last)
            while kept.last == " " { kept = kept.dropLast() }
            trail = String(last.suffix(last.count - kept.count))
            body[body.count - 1] = .text(String(kept))
        }
        let hasContent = body.contains {
            switch $0 {
            case .text(let t), .code(let t): return !t.isEmpty
            case .open, .close: return false
            }
        }
        return hasContent ? (lead, body, trail) : (lead + trail, [], "")
    }

    /// Chooses each run's delimiters, outermost first, so that CommonMark's flanking rules let them open
    /// and close where they stand and no two delimiters fuse into one run (`**a****b**`); italic falls back
    /// from `_` to `*` (`_` cannot open inside a word), and a run no delimiter fits is left unstyled rather
    /// than showing stray asterisks.
    private func resolve(_ pieces: [Piece]) -> String {
        var partner = [Int](repeating: -1, count: pieces.count)
        var depth = [Int](repeating: 0, count: pieces.count)
        var stack: [Int] = []
        for (i, piece) in pieces.enumerated() {
            switch piece {
            case .open:
                depth[i] = stack.count
                stack.append(i)
            case .close:
                if let o = stack.popLast() {
                    partner[o] = i
                    partner[i] = o
                }
            case .text, .code:
                break
            }
        }
        var chosen = [String?](repeating: nil, count: pieces.count)  // nil: not decided yet; "": dropped.
        func neighbour(_ i: Int, _ step: Int, of style: TextStyle) -> CharClass {
            var k = i + step
            while k >= 0, k < pieces.count {
                switch pieces[k] {
                case .text(let t):
                    if let c = step < 0 ? t.unicodeScalars.last : t.unicodeScalars.first { return Self.charClass(c) }
                case .code:
                    return .punctuation  // A backtick.
                case .open(let other), .close(let other):
                    guard chosen[k] != "" else { break }
                    // Delimiters are punctuation, but cmark-gfm does not let `*`/`_` flank on the `~~` of a
                    // neighbouring (not enclosing, not enclosed) strikethrough: `~~x~~**(a)**` stays literal.
                    if other == .strike, style != .strike {
                        if case .close = pieces[k], step < 0, case .open = pieces[i] { return .other }
                        if case .open = pieces[k], step > 0, case .close = pieces[i] { return .other }
                    }
                    return .punctuation
                }
                k += step
            }
            return .space  // The start and end of a line count as whitespace.
        }
        /// The delimiter already chosen right next to `i` (dropped ones skipped): the same character would fuse.
        func touches(_ i: Int, _ step: Int, _ character: Character) -> Bool {
            var k = i + step
            while k >= 0, k < pieces.count {
                switch pieces[k] {
                case .text(let t) where t.isEmpty: break
                case .text, .code: return false
                case .open, .close:
                    guard let d = chosen[k] else { return false }
                    if !d.isEmpty { return d.first == character }
                }
                k += step
            }
            return false
        }
        func candidates(_ o: Int) -> [String] {
            guard case .open(let style) = pieces[o] else { return [] }
            switch style {
            case .bold: return ["**"]
            case .italic: return ["_", "*"]
            case .strike: return ["~~"]
            }
        }
        func fits(_ o: Int, _ delimiter: String) -> Bool {
            guard case .open(let style) = pieces[o], let character = delimiter.first else { return false }
            let close = partner[o]
            let underscore = delimiter == "_"
            return !touches(o, -1, character) && !touches(o, 1, character)
                && !touches(close, -1, character) && !touches(close, 1, character)
                && Self.canDelimit(open: true, underscore, neighbour(o, -1, of: style), neighbour(o, 1, of: style))
                && Self.canDelimit(open: false, underscore, neighbour(close, -1, of: style), neighbour(close, 1, of: style))
        }
        /// The nearest delimiter still in use next to `i`, if only dropped delimiters stand between.
        func nearestDelimiter(_ i: Int, _ step: Int) -> Int? {
            var k = i + step
            while k >= 0, k < pieces.count {
                switch pieces[k] {
                case .text(let t) where t.isEmpty: break
                case .text, .code: return nil
                case .open, .close: if chosen[k] != "" { return k }
                }
                k += step
            }
            return nil
        }
        // Each run only ever moves forward through its candidates (dropped last), so this settles in linear time.
        var next = [Int](repeating: 0, count: pieces.count)
        func choose(_ o: Int) {
            let options = candidates(o)
            var pick = ""
            while next[o] < options.count {
                if fits(o, options[next[o]]) {
                    pick = options[next[o]]
                    break
                }
                next[o] += 1
            }
            chosen[o] = pick
            chosen[partner[o]] = pick
        }
        let opens = pieces.indices.filter { if case .open = pieces[$0] { partner[$0] >= 0 } else { false } }
        // First pass, outermost first: a choice assumes the undecided runs inside it keep their delimiters.
        for o in opens.sorted(by: { (depth[$0], $0) < (depth[$1], $1) }) { choose(o) }
        // Then re-check: a run dropped later may have been a neighbour another run relied on.
        var work = opens
        while let o = work.popLast() {
            guard let current = chosen[o], !current.isEmpty, !fits(o, current) else { continue }
            next[o] += 1
            choose(o)
            for end in [o, partner[o]] {
                for step in [-1, 1] {
                    guard let k = nearestDelimiter(end, step) else { continue }
                    if case .open = pieces[k] { work.append(k) } else if partner[k] >= 0 { work.append(partner[k]) }
                }
            }
        }
        var out = ""
        var code: String?  // Code spans with nothing but dropped delimiters between them are joined.
        func flushCode() {
            if let code { out += codeSpan(code) }
            code = nil
        }
        for (i, piece) in pieces.enumerated() {
            switch piece {
            case .code(let c):
                code = (code ?? "") + c
            case .text(let t):
                if t.isEmpty { continue }
                flushCode()
                out += t
            case .open, .close:
                let d = chosen[i] ?? ""
                if d.isEmpty { continue }
                flushCode()
                out += d
            }
        }
        flushCode()
        return out
    }

    private enum CharClass { case space, punctuation, other }

    /// CommonMark's classes for flanking: Unicode whitespace, ASCII or Unicode (P*) punctuation, the rest.
    private static func charClass(_ c: Unicode.Scalar) -> CharClass {
        if c.properties.isWhitespace { return .space }
        if c.isASCII {
            switch c {
            case "!"..."/", ":"..."@", "["..."`", "{"..."~": return .punctuation
            default: return .other
            }
        }
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        default:
            return .other
        }
    }

    /// Whether a delimiter with these neighbours can open (or close) emphasis, per CommonMark's flanking rules.
    private static func canDelimit(open: Bool, _ underscore: Bool, _ before: CharClass, _ after: CharClass) -> Bool {
        let left = after != .space && (after != .punctuation || before != .other)
        let right = before != .space && (before != .punctuation || after != .other)
        if open { return left && (!underscore || !right || before == .punctuation) }
        return right && (!underscore || !left || after == .punctuation)
    }

    private func codeSpan(_ raw: String) -> String {
        var content = String.UnicodeScalarView()
        for c in RichTextRenderSupport.clean(raw).unicodeScalars {
            switch c {
            case "\n", "\t": content.append(" ")
            case "|" where pipesInCode: content.append("\\"); content.append("|")
            default: content.append(c)
            }
        }
        guard let first = content.first, let last = content.last else { return "" }
        let text = String(content)
        let fence = String(repeating: "`", count: RichTextRenderSupport.longestRun(of: "`", in: text) + 1)
        // CommonMark strips one space from each end when both ends have one, and a backtick at an end
        // would join the fence: pad in both cases so the content comes back exactly.
        let allSpaces = content.allSatisfy { $0 == " " }
        let pad = first == "`" || last == "`" || (first == " " && last == " " && !allSpaces)
        return fence + (pad ? " " : "") + text + (pad ? " " : "") + fence
    }

    /// Escapes every character Markdown or HTML could read as syntax; `&` only where it could start an entity.
    ///
    /// GFM also turns bare `http://…` and `www.…` into links that run to the next space and swallow
    /// escapes (and any `[label](url)` after them), so those are broken up with an escaped `:` or `.`;
    /// and a final `!` is escaped because a link rendered right after it would become an image.
    static func escape(_ raw: String) -> String {
        let scalars = Array(RichTextRenderSupport.clean(raw).unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, c) in scalars.enumerated() {
            switch c {
            case "\\", "`", "*", "_", "~", "[", "]", "<", ">", "|", "$":
                out.append("\\")
            case "&":
                if i + 1 < scalars.count, isEntityStart(scalars[i + 1]) { out.append("\\") }
            case ":":
                if i + 2 < scalars.count, scalars[i + 1] == "/", scalars[i + 2] == "/" { out.append("\\") }
            case ".":
                if followsWWW(scalars, i) { out.append("\\") }
            case "!":
                if i == scalars.count - 1 { out.append("\\") }
            case "\n", "\t":
                out.append(" ")
                continue
            default:
                break
            }
            out.append(c)
        }
        return String(out)
    }

    /// True when `scalars[i]` is the dot of a `www.` that starts a word (where GFM would autolink).
    private static func followsWWW(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i >= 3 else { return false }
        for k in (i - 3)..<i where scalars[k] != "w" && scalars[k] != "W" { return false }
        return i == 3 || !MrkdwnScanner.isWord(scalars[i - 4])
    }

    private static func isEntityStart(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a"..."z", "A"..."Z", "0"..."9", "#": return true
        default: return false
        }
    }

    /// A link destination: characters that would end or confuse `(…)` are percent-encoded.
    private static func destination(_ url: String) -> String {
        let scalars = Array(url.unicodeScalars)
        var out = ""
        for (i, c) in scalars.enumerated() {
            switch c {
            case " ", "<", ">", "(", ")", "[", "]", "\\", "\"", "`", "|", "{", "}":
                out += "%" + String(c.value, radix: 16, uppercase: true)
            case "&":
                if i + 1 < scalars.count, isEntityStart(scalars[i + 1]) { out += "\\" }
                out.unicodeScalars.append(c)
            default:
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Escapes what only means something at the start of a line: headings, list markers, rules, setext underlines.
    static func escapeLineStart(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        guard let first = scalars.first else { return line }
        func isBlank(_ i: Int) -> Bool { i >= scalars.count || scalars[i] == " " || scalars[i] == "\t" }
        // Only `-`, `:` and spaces: a table's delimiter row (`-:`) under the line above.
        if scalars.contains("-"), scalars.allSatisfy({ $0 == "-" || $0 == ":" || $0 == " " || $0 == "\t" }) {
            return "\\" + line
        }
        switch first {
        case "#":
            var hashes = 0
            while hashes < scalars.count, scalars[hashes] == "#" { hashes += 1 }
            return hashes <= 6 && isBlank(hashes) ? "\\" + line : line  // `#general` is no heading.
        case "+":
            return isBlank(1) ? "\\" + line : line
        case "-" where isBlank(1) || scalars[1] == "-":
            return "\\" + line  // `- x`, `---`; `-5%` is fine.
        case "=":
            return scalars.allSatisfy { $0 == "=" || $0 == " " || $0 == "\t" } ? "\\" + line : line
        case "0"..."9":
            var i = 0
            while i < scalars.count, ("0"..."9").contains(scalars[i]) { i += 1 }
            guard i < scalars.count, i <= 9, scalars[i] == "." || scalars[i] == ")" else { return line }
            var out = String.UnicodeScalarView(scalars[..<i])
            out.append("\\")
            out.append(contentsOf: scalars[i...])
            return String(out)
        default:
            return line
        }
    }

    private static func trimSpaces(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var lo = 0
        var hi = scalars.count
        while lo < hi, scalars[lo] == " " || scalars[lo] == "\t" { lo += 1 }
        while hi > lo, scalars[hi - 1] == " " || scalars[hi - 1] == "\t" { hi -= 1 }
        return lo == 0 && hi == scalars.count ? text : String(String.UnicodeScalarView(scalars[lo..<hi]))
    }

    /// Splits inlines into lines, carrying styles across breaks, so no emphasis run ever spans a line.
    static func splitLines(_ inlines: [Inline]) -> [[Inline]] {
        var lines: [[Inline]] = [[]]
        for inline in inlines {
            switch inline {
            case .lineBreak:
                lines.append([])
            case .text(let t) where t.unicodeScalars.contains("\n"):
                for (i, part) in t.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    if i > 0 { lines.append([]) }
                    if !part.isEmpty { lines[lines.count - 1].append(.text(String(part))) }
                }
            case .styled(let style, let children):
                for (i, part) in splitLines(children).enumerated() {
                    if i > 0 { lines.append([]) }
                    if !part.isEmpty { lines[lines.count - 1].append(.styled(style, part)) }
                }
            default:
                lines[lines.count - 1].append(inline)
            }
        }
        return lines
    }
}

// MARK: - HTML

struct RichTextHTMLRenderer {
    let names: NameLookup

    func document(_ blocks: [TextBlock]) -> String {
        var parts: [String] = []
        var list = ""
        var stack: [(ordered: Bool, level: Int)] = []  // Open lists, innermost last; each has an open <li>.
        func closeOne() {
            if let top = stack.popLast() { list += "</li></" + (top.ordered ? "ol" : "ul") + ">" }
        }
        func closeLists() {
            guard !stack.isEmpty else { return }
            while !stack.isEmpty { closeOne() }
            parts.append(list)
            list = ""
        }
        for block in blocks {
            switch block {
            case .listItem(let ordinal, let indent, let inlines):
                let level = RichTextRenderSupport.listLevel(indent)
                let ordered = ordinal != nil
                while let top = stack.last, top.level > level { closeOne() }
                if let top = stack.last, top.level == level, top.ordered == ordered {
                    list += "</li>\n<li>"
                } else {
                    if let top = stack.last, top.level == level { closeOne() }
                    if let ordinal, ordinal != 1 {
                        list += "<ol start=\"\(ordinal)\">"
                    } else {
                        list += ordered ? "<ol>" : "<ul>"
                    }
                    list += "<li>"
                    stack.append((ordered, level))
                }
                list += html(inlines)
            case .paragraph(let inlines):
                closeLists()
                if !inlines.isEmpty { parts.append("<p>" + html(inlines) + "</p>") }
            case .quote(let inlines):
                closeLists()
                if !inlines.isEmpty { parts.append("<blockquote>" + html(inlines) + "</blockquote>") }
            case .code(let code):
                closeLists()
                if !code.isEmpty { parts.append("<pre><code>" + Self.escape(code) + "</code></pre>") }
            }
        }
        closeLists()
        return parts.joined(separator: "\n")
    }

    private func html(_ inlines: [Inline]) -> String {
        inlines.map(html).joined()
    }

    private func html(_ inline: Inline) -> String {
        switch inline {
        case .styled(let style, let children):
            let tag: String
            switch style {
            case .bold: tag = "strong"
            case .italic: tag = "em"
            case .strike: tag = "del"
            }
            return "<\(tag)>" + html(children) + "</\(tag)>"
        case .code(let code):
            return "<code>" + Self.escape(code) + "</code>"
        case .link(let url, let label):
            let text = Self.escapeText(RichTextRenderSupport.nonEmpty(label) ?? url)
            guard let safe = RichTextRenderSupport.safeLinkURL(url) else { return text }
            return "<a href=\"" + Self.escape(safe) + "\" rel=\"noopener noreferrer\">" + text + "</a>"
        case .lineBreak:
            return "<br/>"
        default:
            return Self.escapeText(RichTextRenderSupport.shownText(inline, names))
        }
    }

    /// Text content: escaped, with newlines as `<br/>`.
    private static func escapeText(_ raw: String) -> String {
        escape(raw).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br/>")
    }

    /// Escapes `& < > " '` (valid in both text and attribute values) after dropping control characters.
    static func escape(_ raw: String) -> String {
        var out = ""
        for c in RichTextRenderSupport.clean(raw).unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
