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
