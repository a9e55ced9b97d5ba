/// Finds phrases in normalised text on word boundaries; a trailing `*` matches any word ending.
struct PhraseMatcher: Sendable {
    private struct Phrase: Sendable {
        let scalars: [Unicode.Scalar]
        let prefix: Bool
        let text: String
    }

    private let phrases: [Phrase]

    init(_ list: [String]) {
        phrases = list.compactMap { raw in
            var p = TextNormalizer.normalize(raw)
            let prefix = p.hasSuffix("*")
            if prefix { p.removeLast() }
            guard !p.isEmpty else { return nil }
            return Phrase(scalars: Array(p.unicodeScalars), prefix: prefix, text: p)
        }
    }

    /// The phrases that occur in `text` (already normalised).
    func matches(in text: NormalizedText) -> [String] {
        phrases.compactMap { find($0, in: text.scalars) ? $0.text : nil }
    }

    /// True when any phrase occurs.
    func contains(in text: NormalizedText) -> Bool {
        phrases.contains { find($0, in: text.scalars) }
    }

    /// The position (scalar offset) of the first match of any phrase, or nil.
    func firstOffset(in text: NormalizedText) -> Int? {
        phrases.compactMap { offset(of: $0, in: text.scalars) }.min()
    }

    private func find(_ p: Phrase, in s: [Unicode.Scalar]) -> Bool { offset(of: p, in: s) != nil }

    private func offset(of p: Phrase, in s: [Unicode.Scalar]) -> Int? {
        let n = p.scalars.count
        guard n > 0, s.count >= n, let first = p.scalars.first else { return nil }
        // Chinese, Japanese and Korean are written without spaces: no word boundaries to ask for.
        let needsLeft = TextNormalizer.isWord(first) && !TextNormalizer.isCJK(first)
        let needsRight = !p.prefix && TextNormalizer.isWord(p.scalars[n - 1]) && !TextNormalizer.isCJK(p.scalars[n - 1])
        var i = 0
        while i <= s.count - n {
            if s[i] == first {
                var j = 1
                while j < n && s[i + j] == p.scalars[j] { j += 1 }
                if j == n {
                    let leftOK = !needsLeft || i == 0 || !TextNormalizer.isWord(s[i - 1])
                    let rightOK = !needsRight || i + n == s.count || !TextNormalizer.isWord(s[i + n])
                    if leftOK && rightOK { return i }
                }
            }
            i += 1
        }
        return nil
    }
}

/// Text lower-cased with typographic quotes straightened, kept as scalars for matching.
struct NormalizedText: Sendable {
    let string: String
    let scalars: [Unicode.Scalar]

    init(_ raw: String) {
        string = TextNormalizer.normalize(raw)
        scalars = Array(string.unicodeScalars)
    }
}

enum TextNormalizer {
    static func normalize(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.lowercased().unicodeScalars {
            switch c {
            case "\u{2018}", "\u{2019}", "\u{02BC}": out.append("'")
            case "\u{201C}", "\u{201D}": out.append("\"")
            case "\u{2013}", "\u{2014}": out.append("-")
            case "\n", "\t", "\r": out.append(" ")
            default: out.append(c)
            }
        }
        return String(out)
    }

    /// Han, kana, Hangul and CJK punctuation.
    static func isCJK(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFFEF: return true
        default: return false
        }
    }

    static func isWord(_ c: Unicode.Scalar) -> Bool {
        // ASCII first: the Unicode property lookup is the slow path.
        if c.value < 0x80 {
            let v = c.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x5F
        }
        return c.properties.isAlphabetic
    }

    /// Content words of a text, crudely stemmed, for linking messages that talk about the same thing.
    static func terms(_ text: NormalizedText, stopwords: Set<String>) -> Set<String> {
        var result = Set<String>()
        var word = String.UnicodeScalarView()
        func flush() {
            defer { word.removeAll() }
            guard word.count >= 3 else { return }
            let w = String(word)
            guard !stopwords.contains(w), !w.allSatisfy(\.isNumber) else { return }
            result.insert(stem(w))
        }
        for c in text.scalars {
            if isWord(c) || c == "-" { word.append(c) } else { flush() }
        }
        flush()
        return result
    }

    /// A light suffix stripper: release/releases/released → releas.
    static func stem(_ w: String) -> String {
        var s = w
        for suffix in ["ing", "ed", "es", "s", "e"] where s.count > suffix.count + 3 && s.hasSuffix(suffix) {
            s.removeLast(suffix.count)
            break
        }
        return s
    }
}
