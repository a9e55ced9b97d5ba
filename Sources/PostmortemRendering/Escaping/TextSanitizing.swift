import Foundation

/// Removes what no document should carry: control characters and XML-illegal code points.
///
/// Slack text can hold anything JSON can encode. XML 1.0 forbids most C0 controls and U+FFFE/U+FFFF,
/// and terminals act on escape sequences, so every string that reaches a template passes through
/// here first. Tabs are kept, `\r\n` and lone `\r` become `\n`, other controls become U+FFFD so a
/// reader can see that something was there.
enum TextSanitizing {
    /// The text with control characters replaced and line endings normalised.
    static func clean(_ text: String) -> String {
        var needsWork = false
        for scalar in text.unicodeScalars where isSuspicious(scalar) {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D:
                out.append("\n")
            case 0x0A:
                if !previousWasCR { out.append(scalar) }
            case 0x09:
                out.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF:
                out.append("\u{FFFD}")
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The text on one line: every run of line breaks and tabs becomes one space.
    static func singleLine(_ text: String) -> String {
        let cleaned = clean(text)
        guard cleaned.contains(where: { $0 == "\n" || $0 == "\t" }) else { return cleaned }
        var out = ""
        var pendingSpace = false
        for c in cleaned {
            if c == "\n" || c == "\t" {
                pendingSpace = true
                continue
            }
            if pendingSpace, !out.isEmpty, out.last != " ", c != " " { out.append(" ") }
            pendingSpace = false
            out.append(c)
        }
        return out
    }

    /// At most `limit` characters, ending in `…` when cut (at a word boundary when one is near).
    static func excerpt(_ text: String, limit: Int) -> String {
        let line = singleLine(text).trimmingCharacters(in: .whitespaces)
        guard line.count > limit else { return line }
        var cut = String(line.prefix(limit - 1))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            cut = String(cut[..<space])
        }
        return cut.trimmingCharacters(in: .whitespaces) + "…"
    }

    private static func isSuspicious(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
