/// Text lower-cased with typographic quotes straightened, matched as UTF-8 bytes.
struct NormalizedText: Sendable {
    let string: String

    init(_ raw: String) {
        string = TextNormalizer.normalize(raw)
    }
}

enum TextNormalizer {
    /// Lower-cased (scalar by scalar, as `String.lowercased()`), typographic quotes and dashes
    /// straightened, full-width forms as ASCII, line breaks and tabs as spaces.
    static func normalize(_ text: String) -> String {
        // Written as UTF-8 bytes: most text is ASCII, and even mixed text needs no Unicode tables
        // for the scalars that do not change when lower-cased.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            let v = c.value
            if v < 0x80 {
                switch v {
                case 0x41...0x5A: out.append(UInt8(v) | 0x20)
                case 0x0A, 0x09, 0x0D: out.append(0x20)
                default: out.append(UInt8(v))
                }
                continue
            }
            // Full-width forms ("？", "：", "Ｐ１") are ASCII as CJK keyboards type it.
            if v >= 0xFF01 && v <= 0xFF5E {
                let ascii = UInt8(v - 0xFEE0)
                out.append(ascii >= 0x41 && ascii <= 0x5A ? ascii | 0x20 : ascii)
                continue
            }
            switch c {
            case "\u{2018}", "\u{2019}", "\u{02BC}": out.append(UInt8(ascii: "'"))
            case "\u{201C}", "\u{201D}": out.append(UInt8(ascii: "\""))
            case "\u{2013}", "\u{2014}": out.append(UInt8(ascii: "-"))
            // Turkish capital İ lower-cases to "i" plus a combining dot; "İPTAL" is "iptal".
            case "\u{0130}": out.append(UInt8(ascii: "i"))
            default:
                if v < tableLimit ? changesWhenLowercased[Int(v)] : c.properties.changesWhenLowercased {
                    out.append(contentsOf: c.properties.lowercaseMapping.utf8)
                } else {
                    UTF8.encode(c) { out.append($0) }
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Scripts written without spaces between words, where a phrase may start or end anywhere:
    /// Han, kana, Hangul, CJK punctuation, and Thai, Lao and Khmer.
    static func isUnspaced(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0E00...0x0EFF, 0x1780...0x17FF: return true
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
        if c.value < tableLimit { return alphabetic[Int(c.value)] }
        return c.properties.isAlphabetic
    }

    /// Scalars below this (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic…) answer from tables
    /// built once; looking Unicode properties up per character is the slow part of matching.
    private static let tableLimit: UInt32 = 0x3000
    private static let alphabetic: [Bool] = (0..<tableLimit).map { Unicode.Scalar($0)?.properties.isAlphabetic ?? false }
    private static let changesWhenLowercased: [Bool] = (0..<tableLimit).map { Unicode.Scalar($0)?.properties.changesWhenLowercased ?? false }

    /// Content words of a text, crudely stemmed, for linking messages that talk about the same thing.
    static func terms(_ text: NormalizedText, stopwords: Set<String>) -> Set<String> {
        var result = Set<String>()
        // The current word as UTF-8 bytes and its length in scalars.
        var word: [UInt8] = []
        var length = 0
        var ascii = true
        func flush() {
            defer {
                word.removeAll(keepingCapacity: true)
                length = 0
                ascii = true
            }
            guard length >= 3 else { return }
            let w = String(decoding: word, as: UTF8.self)
            guard !stopwords.contains(w) else { return }
            if ascii {
                // Bytes are characters here: the same stem without counting graphemes.
                guard !word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return }
                result.insert(asciiStem(word))
                return
            }
            guard !w.allSatisfy(\.isNumber) else { return }
            result.insert(stem(w))
        }
        // Chinese, Japanese and Thai do not separate words: a run of their letters gives its overlapping
        // character pairs ("订单库" → 订单, 单库), the usual way to compare such text without a dictionary.
        var previousUnspaced: Unicode.Scalar?
        for c in text.string.unicodeScalars {
            if isUnspaced(c) && isWord(c) {
                flush()
                if let p = previousUnspaced {
                    let pair = String(String.UnicodeScalarView([p, c]))
                    if !stopwords.contains(pair) { result.insert(pair) }
                }
                previousUnspaced = c
                continue
            }
            previousUnspaced = nil
            if isWord(c) || c == "-" {
                if c.value < 0x80 { word.append(UInt8(c.value)) } else { ascii = false; UTF8.encode(c) { word.append($0) } }
                length += 1
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    /// The suffixes ``stem(_:)`` strips, first match wins.
    private static let suffixes = ["ing", "ed", "es", "s", "e"]
    private static let suffixBytes = suffixes.map { Array($0.utf8) }

    /// A light suffix stripper: release/releases/released → releas.
    static func stem(_ w: String) -> String {
        var s = w
        for suffix in suffixes where s.count > suffix.count + 3 && s.hasSuffix(suffix) {
            s.removeLast(suffix.count)
            break
        }
        return s
    }

    /// ``stem(_:)`` of an ASCII word given as bytes.
    private static func asciiStem(_ word: [UInt8]) -> String {
        var end = word.count
        for suffix in suffixBytes where end > suffix.count + 3 && word[(end - suffix.count)...].elementsEqual(suffix) {
            end -= suffix.count
            break
        }
        return String(decoding: word[..<end], as: UTF8.self)
    }
}
