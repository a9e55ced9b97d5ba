/// Reads a measure that fell, written as numbers joined by arrows ("5xx 17% → 2.4%", "lag
/// 212 -> 168 -> 97", "coda 171 → 0"): how teams in any language report a fix taking effect.
///
/// Times ("23:58 → 02:41"), versions and addresses ("3.13.7 → 4.0.5", "10.40.12.21 → …"), dates,
/// fractions ("4/20") and names with digits ("p99", "v4.18") are not measures.
enum FallingMeasure {
    /// True when some chain of two or more numbers joined by arrows ends at `ratio` of its first
    /// number or less (a zero always), in the same unit.
    static func occurs(in text: String, ratio: Double, units: Set<String>) -> Bool {
        guard mayHaveArrow(text) else { return false }
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            guard isDigit(s[i]), startsNumber(s, at: i), let (first, firstEnd) = number(s, at: i, units: units) else {
                i += 1
                continue
            }
            var chain = [first]
            var end = firstEnd
            while let next = arrow(s, after: end), startsNumber(s, at: next), let (r, e) = number(s, at: next, units: units) {
                chain.append(r)
                end = e
            }
            if chain.count > 1, falls(chain, ratio: ratio) { return true }
            i = max(end, i + 1)
        }
        return false
    }

    /// One number read from the text, with its unit as written ("ms", "%", "€", "" when none).
    private struct Reading {
        var value: Double
        var unit: String

        /// The value and unit in a common scale: "900ms" as 0.9 s.
        var scaled: (value: Double, unit: String) {
            switch unit {
            case "ms", "мс": (value / 1000, "s")
            case "sec", "s", "с": (value, "s")
            default: (value, unit)
            }
        }
    }

    /// True when the chain ends at `ratio` of its start or lower. A number without a unit takes the
    /// chain's one unit ("900 → 420ms" is milliseconds throughout); different units are compared
    /// only when one scales to the other ("1.2s → 300ms").
    private static func falls(_ chain: [Reading], ratio: Double) -> Bool {
        guard let first = chain.first, let last = chain.last else { return false }
        let units = Set(chain.map(\.unit).filter { !$0.isEmpty })
        let start: Double, end: Double
        if units.count <= 1 {
            (start, end) = (first.value, last.value)
        } else {
            guard !first.unit.isEmpty, !last.unit.isEmpty, first.scaled.unit == last.scaled.unit else { return false }
            (start, end) = (first.scaled.value, last.scaled.value)
        }
        return start > 0 && (end == 0 || end <= start * ratio)
    }

    /// A cheap test on bytes before the scalar scan: "->", "=>" or a three-byte arrow sign.
    private static func mayHaveArrow(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b == UInt8(ascii: ">"), previous == UInt8(ascii: "-") || previous == UInt8(ascii: "=") { return true }
            if b == 0xE2 { return true }
            previous = b
        }
        return false
    }

    private static let arrows: Set<UInt32> = [0x2192, 0x21D2, 0x27A1, 0x27F6, 0x2794, 0x27F9, 0x279C]

    /// Where the number after an arrow that follows `end` begins, or nil.
    private static func arrow(_ s: [Unicode.Scalar], after end: Int) -> Int? {
        var i = skipSpaces(s, from: end, atMost: 2)
        guard i < s.count else { return nil }
        if arrows.contains(s[i].value) {
            i += 1
            if i < s.count, s[i].value == 0xFE0F { i += 1 }
        } else if s[i] == "-" || s[i] == "=" {
            while i < s.count, s[i] == "-" || s[i] == "=" { i += 1 }
            guard i < s.count, s[i] == ">" else { return nil }
            i += 1
        } else {
            return nil
        }
        i = skipSpaces(s, from: i, atMost: 2)
        return i < s.count && isDigit(s[i]) ? i : nil
    }

    private static func skipSpaces(_ s: [Unicode.Scalar], from i: Int, atMost n: Int) -> Int {
        var i = i
        var skipped = 0
        while i < s.count, skipped < n, s[i] == " " || s[i].value == 0xA0 || s[i].value == 0x202F {
            i += 1
            skipped += 1
        }
        return i
    }

    /// A number starts here, not inside a word, a version, a date, a time or a quoted value ("p99",
    /// "v2", "2024-10", `"amount": "15230.50"`).
    private static func startsNumber(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = s[i - 1]
        // The second group of "48 213" continues the number before it ("p99 9,8 s" starts one).
        if isGroupSpace(p), i >= 2, isDigit(s[i - 2]), i + 3 <= s.count, (0..<3).allSatisfy({ isDigit(s[i + $0]) }),
            i + 3 == s.count || !isDigit(s[i + 3])
        {
            return false
        }
        // Letters of scripts written with spaces make a name ("p99"); Japanese and Chinese put a
        // number straight after a word ("エラー率15%").
        let inWord = p.value < 0x0530 && p.properties.isAlphabetic
        return !(isDigit(p) || inWord || p == "." || p == "," || p == ":" || p == "-" || p == "/" || p == "#" || p == "_" || p == "=" || p == "\"" || p == "'" || p == "`")
    }

    /// The number at `i` and where it ends, or nil for what is not a measure.
    private static func number(_ s: [Unicode.Scalar], at i: Int, units: Set<String>) -> (Reading, Int)? {
        var j = i
        var digits = ""
        var dots = 0
        var commas = 0
        var afterLastComma = 0
        while j < s.count {
            if isDigit(s[j]) {
                digits.unicodeScalars.append(s[j])
                afterLastComma += 1
                j += 1
            } else if isGroupSpace(s[j]), j + 3 < s.count, (1...3).allSatisfy({ isDigit(s[j + $0]) }), j + 4 == s.count || !isDigit(s[j + 4]) {
                // "48 213" and "183 652": thousands grouped by a space, as French and others write them.
                j += 1
            } else if (s[j] == "." || s[j] == ","), j + 1 < s.count, isDigit(s[j + 1]) {
                if s[j] == "." { dots += 1 } else { commas += 1; afterLastComma = 0 }
                digits.unicodeScalars.append(s[j])
                j += 1
            } else {
                break
            }
        }
        // A version, an address, a time, a date, a fraction: not one measure.
        guard dots <= 1 else { return nil }
        if j + 1 < s.count, s[j] == ":" || s[j] == "/" || s[j] == "-", isDigit(s[j + 1]) { return nil }
        // "1,800" and "318,900" group thousands; "12,9" is a decimal comma.
        var plain = digits
        if commas > 0 {
            let grouping = dots > 0 || commas > 1 || afterLastComma == 3
            plain = grouping ? digits.replacingOccurrences(of: ",", with: "") : digits.replacingOccurrences(of: ",", with: ".")
        }
        guard let value = Double(plain) else { return nil }
        // The unit: "%", "‰", a currency sign, or one of `units` straight after the number or one
        // space later ("900 ms", "2,08 €"). Other letters straight after it make no measure ("200xxx",
        // "5xx"); a word after a space is no unit ("171 → 0 in a minute").
        var unit = ""
        let k = j < s.count && s[j] == " " ? j + 1 : j
        if k < s.count, s[k] == "%" || s[k].value == 0xFF05 || s[k].value == 0x2030 || s[k].properties.generalCategory == .currencySymbol {
            unit = s[k].value == 0xFF05 ? "%" : String(s[k])
            j = k + 1
        } else {
            var letters = ""
            var m = k
            while m < s.count, s[m].properties.isAlphabetic, letters.unicodeScalars.count <= 8 {
                letters.unicodeScalars.append(s[m])
                m += 1
            }
            if !letters.isEmpty {
                if units.contains(letters.lowercased()) {
                    unit = letters.lowercased()
                    j = m
                } else if k == j {
                    return nil
                }
            }
        }
        // "84k" is a count in thousands, not a unit of its own: "14k → 410" fell.
        if unit == "k" { return (Reading(value: value * 1000, unit: ""), j) }
        return (Reading(value: value, unit: unit), j)
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    private static func isGroupSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c.value == 0xA0 || c.value == 0x202F }
}
