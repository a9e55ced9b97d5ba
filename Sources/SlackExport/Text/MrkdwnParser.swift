/// Parses Slack mrkdwn, the markup of a message's `text` field, into `RichText`.
///
/// One forward pass over the Unicode scalars, no regular expressions: `<…>` sequences are
/// tokenised first and only then are `&amp;`, `&lt;` and `&gt;` decoded, so an escaped
/// `&lt;b&gt;` always stays literal text. Anything that is not valid markup is kept as text.
public enum MrkdwnParser {
    /// Parses mrkdwn into blocks and inlines; never fails, and runs in linear time on any input.
    public static func parse(_ text: String) -> RichText {
        plain(text) ?? parseMarkup(text)
    }

    /// The full parse, whatever the text holds.
    static func parseMarkup(_ text: String) -> RichText {
        var scanner = MrkdwnScanner(Array(text.unicodeScalars))
        return RichText(scanner.scanBlocks())
    }

    /// Text with none of the characters markup is made of (most messages: no link, mention, emoji
    /// code, style, entity, quote or line break) is one paragraph of itself; nil for any other.
    /// It skips copying the text into scalars, which dominates reading a large export.
    static func plain(_ text: String) -> RichText? {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"),
                UInt8(ascii: "`"), UInt8(ascii: ":"), UInt8(ascii: "\n"):
                return nil
            default: continue
            }
        }
        // A blank text has no blocks, as the full parse drops whitespace-only paragraphs.
        if text.unicodeScalars.allSatisfy(MrkdwnScanner.isSpace) { return RichText() }
        return RichText([.paragraph([.text(text)])])
    }
}

/// The block level of mrkdwn: lines, `>` quotes, `>>>` quotes and ```` ``` ```` code blocks.
struct MrkdwnScanner {
    private let s: [Unicode.Scalar]
    /// For each index, the first `<`, `>` or newline at or after it (or `s.count`): ends a `<…>` in O(1).
    private let nextAngle: [Int]
    /// For each index, the first backtick or newline at or after it (or `s.count`): ends a code span in O(1).
    private let nextTick: [Int]
    /// Set once a search for a closing fence failed: no later fence can close either, which keeps the scan linear.
    private var noMoreFences = false

    init(_ scalars: [Unicode.Scalar]) {
        s = scalars
        // The tables are read only just after a `<` or a backtick: most messages have neither,
        // and skip building them.
        let hasAngle = scalars.contains("<")
        let hasTick = scalars.contains("`")
        guard hasAngle || hasTick else {
            nextAngle = []
            nextTick = []
            return
        }
        var angle = hasAngle ? [Int](repeating: scalars.count, count: scalars.count + 1) : []
        var tick = hasTick ? [Int](repeating: scalars.count, count: scalars.count + 1) : []
        var i = scalars.count - 1
        while i >= 0 {
            let c = scalars[i]
            if hasAngle { angle[i] = (c == "<" || c == ">" || c == "\n") ? i : angle[i + 1] }
            if hasTick { tick[i] = (c == "`" || c == "\n") ? i : tick[i + 1] }
            i -= 1
        }
        nextAngle = angle
        nextTick = tick
    }

    private static let quoteEntity = Array("&gt;".unicodeScalars)
    private static let tripleQuoteEntity = Array("&gt;&gt;&gt;".unicodeScalars)
    private static let quoteChar = Array(">".unicodeScalars)
    private static let tripleQuoteChar = Array(">>>".unicodeScalars)
    private static let skinTone = Array("skin-tone-".unicodeScalars)

    // MARK: Blocks

    mutating func scanBlocks() -> [TextBlock] {
        var out = MrkdwnBlockBuilder()
        let n = s.count
        var i = 0
        var quoteRest = false
        while true {
            // At the start of a physical line.
            var kind: MrkdwnBlockBuilder.Kind = quoteRest ? .quote : .paragraph
            if !quoteRest {
                if let after = match(Self.tripleQuoteEntity, at: i) ?? match(Self.tripleQuoteChar, at: i) {
                    quoteRest = true
                    kind = .quote
                    i = skipOneSpace(after)
                } else if let after = match(Self.quoteEntity, at: i) ?? match(Self.quoteChar, at: i) {
                    kind = .quote
                    i = skipOneSpace(after)
                }
            }
            var newLine = true
            var segmentStart = i
            var j = i
            while j < n, s[j] != "\n" {
                let c = s[j]
                if c == "<" {
                    // Skip a whole `<…>` so a fence inside a link label is not taken for a code block.
                    let k = nextAngle[j + 1]
                    j = (k < n && s[k] == ">") ? k + 1 : j + 1
                } else if c == "`", !noMoreFences, isFence(at: j) {
                    guard let close = findFence(from: j + 3) else {
                        noMoreFences = true
                        j += 3
                        continue
                    }
                    if close == j + 3 {
                        j = close + 3  // "``````" has nothing inside: literal backticks.
                        continue
                    }
                    // The code is a block of its own: spaces hugging the fences are layout, not text.
                    var before = j
                    while before > segmentStart, s[before - 1] == " " { before -= 1 }
                    out.add(inlines(segmentStart, before), as: kind, newLine: newLine)
                    out.addCode(codeBlockContent(j + 3, close))
                    newLine = false
                    j = close + 3
                    while j < n, s[j] == " " { j += 1 }
                    segmentStart = j
                } else {
                    j += 1
                }
            }
            out.add(inlines(segmentStart, j), as: kind, newLine: newLine)
            if j >= n { break }
            i = j + 1
        }
        out.flush()
        return out.blocks
    }

    private func match(_ literal: [Unicode.Scalar], at i: Int) -> Int? {
        guard i + literal.count <= s.count else { return nil }
        for (k, c) in literal.enumerated() where s[i + k] != c { return nil }
        return i + literal.count
    }

    private func skipOneSpace(_ i: Int) -> Int { i < s.count && s[i] == " " ? i + 1 : i }

    private func isFence(at i: Int) -> Bool {
        i + 2 < s.count && s[i] == "`" && s[i + 1] == "`" && s[i + 2] == "`"
    }

    /// The start of the next "```" at or after `i`, across lines.
    private func findFence(from i: Int) -> Int? {
        var k = i
        while k + 2 < s.count {
            if s[k] == "`" {
                if s[k + 1] == "`" && s[k + 2] == "`" { return k }
            }
            k += 1
        }
        return nil
    }

    /// Code block text: verbatim but for the three entities; one newline hugging each fence is layout, not content.
    private func codeBlockContent(_ lo: Int, _ hi: Int) -> String {
        var a = lo
        var b = hi
        if a < b, s[a] == "\n" { a += 1 }
        if a < b, s[b - 1] == "\n" { b -= 1 }
        return Self.decodeEntities(s[a..<b])
    }

    // MARK: Inlines

    private enum Token {
        case text(String)
        case marker(Unicode.Scalar, canOpen: Bool, canClose: Bool)
        case node(Inline)
    }

    /// Inline content of one line segment `[a, b)`, which holds no newline.
    private func inlines(_ a: Int, _ b: Int) -> [Inline] {
        var tokens: [Token] = []
        var runStart = a
        var k = a
        func flushRun(_ end: Int) {
            if end > runStart { tokens.append(.text(Self.decodeEntities(s[runStart..<end]))) }
        }
        while k < b {
            let c = s[k]
            switch c {
            case "<":
                let m = nextAngle[k + 1]
                if m < b, s[m] == ">", let node = angleNode(k + 1, m) {
                    flushRun(k)
                    tokens.append(.node(node))
                    runStart = m + 1
                    k = m + 1
                } else if m < b, s[m] == ">" {
                    k = m + 1  // Not markup: the whole `<…>` stays in the text run.
                } else {
                    k += 1
                }
            case "`":
                let m = nextTick[k + 1]
                if m < b, s[m] == "`", m > k + 1 {
                    flushRun(k)
                    tokens.append(.node(.code(Self.decodeEntities(s[(k + 1)..<m]))))
                    runStart = m + 1
                    k = m + 1
                } else {
                    k += 1
                }
            case ":":
                if let (node, end) = emoji(at: k, limit: b) {
                    flushRun(k)
                    tokens.append(.node(node))
                    runStart = end
                    k = end
                } else {
                    k += 1
                }
            case "*", "_", "~":
                let prev: Unicode.Scalar? = k > a ? s[k - 1] : nil
                let next: Unicode.Scalar? = k + 1 < b ? s[k + 1] : nil
                // Slack's word-boundary rule: `snake_case` and `2*3*4` are not markup.
                let canOpen = (prev.map { !Self.isWord($0) } ?? true) && (next.map { !Self.isSpace($0) } ?? false)
                let canClose = (prev.map { !Self.isSpace($0) } ?? false) && (next.map { !Self.isWord($0) } ?? true)
                if canOpen || canClose {
                    flushRun(k)
                    tokens.append(.marker(c, canOpen: canOpen, canClose: canClose))
                    runStart = k + 1
                }
                k += 1
            default:
                k += 1
            }
        }
        flushRun(b)
        return Self.resolveStyles(tokens)
    }

    /// Pairs style markers: an opener takes the first closer of its kind after it, so nesting is at most
    /// three deep (one per marker) and the whole pass stays linear.
    private static func resolveStyles(_ tokens: [Token]) -> [Inline] {
        let n = tokens.count
        let markers: [Unicode.Scalar] = ["*", "_", "~"]
        var nextCloser = [[Int]](repeating: [Int](repeating: n, count: n + 1), count: markers.count)
        var t = n - 1
        while t >= 0 {
            for m in 0..<markers.count { nextCloser[m][t] = nextCloser[m][t + 1] }
            if case .marker(let c, _, true) = tokens[t], let m = markers.firstIndex(of: c) { nextCloser[m][t] = t }
            t -= 1
        }
        func build(_ lo: Int, _ hi: Int) -> [Inline] {
            var out: [Inline] = []
            var pending = ""  // Text is gathered here first: appending to a String is amortised O(1).
            func emit(_ node: Inline) {
                if !pending.isEmpty { out.append(.text(pending)) }
                pending = ""
                out.append(node)
            }
            var t = lo
            while t < hi {
                switch tokens[t] {
                case .text(let text):
                    pending += text
                case .node(let node):
                    emit(node)
                case .marker(let c, let canOpen, _):
                    if canOpen, let m = markers.firstIndex(of: c) {
                        let close = nextCloser[m][t + 1]
                        if close < hi, close > t + 1 {
                            let style: TextStyle = c == "*" ? .bold : (c == "_" ? .italic : .strike)
                            emit(.styled(style, build(t + 1, close)))
                            t = close + 1
                            continue
                        }
                    }
                    pending.unicodeScalars.append(c)
                }
                t += 1
            }
            if !pending.isEmpty { out.append(.text(pending)) }
            return out
        }
        return build(0, n)
    }

    /// `:name:` (and a following `:skin-tone-N:`) at `k`, with the index after it.
    private func emoji(at k: Int, limit b: Int) -> (Inline, Int)? { Self.emoji(in: s, at: k, limit: b) }

    /// `:name:` (and a following `:skin-tone-N:`) at `k` in `s`, before `b`, with the index after it;
    /// also read in plain-text block objects, which show emoji codes too.
    static func emoji(in s: [Unicode.Scalar], at k: Int, limit b: Int) -> (Inline, Int)? {
        // "10:30:00" is a time, not the emoji `30`: the opening colon must not follow a letter or digit.
        if k > 0, isWord(s[k - 1]) { return nil }
        var e = k + 1
        var hasAlnum = false
        while e < b, isEmojiNameScalar(s[e]) {
            if isWord(s[e]) { hasAlnum = true }
            e += 1
        }
        guard e < b, s[e] == ":", e > k + 1, hasAlnum else { return nil }
        var name = String(String.UnicodeScalarView(s[(k + 1)..<e]))
        var end = e + 1
        let tone = end + 1 + skinTone.count
        if end < b, s[end] == ":", tone + 1 < b, s[(end + 1)..<tone].elementsEqual(skinTone),
            ("2"..."6").contains(s[tone]), s[tone + 1] == ":"
        {
            name += "::skin-tone-" + String(s[tone])
            end = tone + 2
        }
        return (.emoji(name: name, unicode: EmojiTable.character(for: name)), end)
    }

    /// The inline for the inside of `<…>` (`lo..<hi`), or nil when it is not markup.
    private func angleNode(_ lo: Int, _ hi: Int) -> Inline? {
        var bar = lo
        while bar < hi, s[bar] != "|" { bar += 1 }
        let target = s[lo..<bar]
        let rawLabel: String? = bar < hi ? Self.decodeEntities(s[(bar + 1)..<hi]) : nil
        let label = rawLabel.flatMap { $0.isEmpty ? nil : $0 }
        guard let first = target.first else { return nil }
        switch first {
        case "@":
            let id = Self.decodeEntities(target.dropFirst())
            return id.isEmpty ? nil : .user(id: id, label: Self.dropSigil("@", label))
        case "#":
            let id = Self.decodeEntities(target.dropFirst())
            return id.isEmpty ? nil : .channel(id: id, label: Self.dropSigil("#", label))
        case "!":
            return command(Self.decodeEntities(target.dropFirst()), label: label)
        default:
            if Self.isLegacyUserID(target) {
                return .user(id: String(String.UnicodeScalarView(target)), label: Self.dropSigil("@", label))
            }
            if target.contains(where: { Self.isSpace($0) }) { return nil }
            let url = Self.decodeEntities(target)
            return .link(url: url, label: label == url ? nil : label)
        }
    }

    /// `<!…>`: broadcasts, user groups, dates; any other command shows its label or name.
    private func command(_ command: String, label: String?) -> Inline? {
        let parts = command.split(separator: "^", omittingEmptySubsequences: false)
        switch parts.first.map({ $0.lowercased() }) ?? "" {
        case "here": return .broadcast(.here)
        case "channel", "group": return .broadcast(.channel)
        case "everyone": return .broadcast(.everyone)
        case "subteam":
            if parts.count > 1, !parts[1].isEmpty { return .userGroup(id: String(parts[1]), label: Self.dropSigil("@", label)) }
        case "date":
            if parts.count > 1, let epoch = Int64(parts[1]) { return .date(epochSeconds: epoch, fallback: label) }
        default:
            break
        }
        let shown = label ?? command
        return shown.isEmpty ? nil : .text(shown)
    }

    // MARK: Character classes and helpers

    /// Letters and digits of any script: a style marker next to one is part of a word.
    static func isWord(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }

    private static func isEmojiNameScalar(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-", "+": return true
        default: return false
        }
    }

    /// `U123ABC`-style ids seen without `@` in the legacy `<U123|@cal>` form; a digit is required so `<WARNING>` stays text.
    private static func isLegacyUserID(_ t: ArraySlice<Unicode.Scalar>) -> Bool {
        guard t.count >= 3, let f = t.first, f == "U" || f == "W" else { return false }
        var digit = false
        for c in t {
            switch c {
            case "0"..."9": digit = true
            case "A"..."Z": break
            default: return false
            }
        }
        return digit
    }

    private static func dropSigil(_ sigil: Character, _ label: String?) -> String? {
        guard let label else { return nil }
        let trimmed = label.first == sigil ? String(label.dropFirst()) : label
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Decodes `&amp;`, `&lt;` and `&gt;` and nothing else: Slack encodes only these three.
    static func decodeEntities(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        // Built as UTF-8 bytes: appending scalar by scalar to a String is several times slower.
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count)
        var i = scalars.startIndex
        let end = scalars.endIndex
        while i < end {
            var c = scalars[i]
            i += 1
            if c == "&", let (decoded, length) = entity(scalars, i - 1) {
                c = decoded
                i += length - 1
            }
            if c.value < 0x80 {
                out.append(UInt8(c.value))
            } else {
                UTF8.encode(c) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func entity(_ s: ArraySlice<Unicode.Scalar>, _ i: Int) -> (Unicode.Scalar, Int)? {
        func has(_ lit: String) -> Bool {
            var k = i + 1
            for c in lit.unicodeScalars {
                guard k < s.endIndex, s[k] == c else { return false }
                k += 1
            }
            return true
        }
        if has("amp;") { return ("&", 5) }
        if has("lt;") { return ("<", 4) }
        if has("gt;") { return (">", 4) }
        return nil
    }
}

/// Collects line fragments into paragraph and quote blocks.
struct MrkdwnBlockBuilder {
    enum Kind { case paragraph, quote }

    private(set) var blocks: [TextBlock] = []
    private var current: [Inline] = []
    private var kind: Kind?

    /// Adds a fragment; a fragment that starts a physical line is separated from the last by a line break.
    mutating func add(_ inlines: [Inline], as k: Kind, newLine: Bool) {
        if kind != k {
            flush()
            kind = k
        } else if newLine {
            current.append(.lineBreak)
        }
        current.append(contentsOf: inlines)
    }

    mutating func addCode(_ code: String) {
        flush()
        blocks.append(.code(code))
    }

    /// Ends the current block; line breaks at its edges and whitespace-only blocks are dropped.
    mutating func flush() {
        defer {
            current = []
            kind = nil
        }
        guard let kind else { return }
        var lo = current.startIndex
        var hi = current.endIndex
        while lo < hi, current[lo] == .lineBreak { lo += 1 }
        while hi > lo, current[hi - 1] == .lineBreak { hi -= 1 }
        let body = Array(current[lo..<hi])
        let blank = body.allSatisfy {
            switch $0 {
            case .lineBreak: return true
            case .text(let t): return t.unicodeScalars.allSatisfy(MrkdwnScanner.isSpace)
            default: return false
            }
        }
        guard !blank else { return }
        blocks.append(kind == .quote ? .quote(body) : .paragraph(body))
    }
}
