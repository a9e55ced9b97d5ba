/// Escaping for GitHub-flavoured Markdown, so text from a Slack channel stays text.
///
/// Two entry points: ``text(_:)`` for plain text (names, excerpts, summaries), which escapes every
/// character Markdown would act on, and ``cell(_:)`` for text that is already Markdown (a message
/// rendered by `RichText.markdownInline`), which only makes it safe inside a table cell. Both keep
/// the result on one line: line breaks become `<br>`, which GitHub renders in cells and list items.
public enum MarkdownEscaping {
    /// Plain text escaped for use anywhere inline in Markdown, including table cells.
    ///
    /// Emphasis, code, link and table characters are backslash-escaped, `<` becomes `&lt;` (so no
    /// tag can open), `&` that would start an entity becomes `&amp;`, and block markers (`#`, `>`,
    /// `-`, `1.`) are escaped at the start of a line; `_` inside a word is left alone because GFM
    /// does not treat it as emphasis there, which keeps `checkout_api` readable in the source.
    public static func text(_ raw: String) -> String {
        let chars = Array(TextSanitizing.clean(raw))
        var out = ""
        out.reserveCapacity(chars.count + 8)
        var atLineStart = true
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\n" {
                out += "<br>"
                atLineStart = true
                i += 1
                continue
            }
            if atLineStart {
                // Block markers only act at the start of a line: headings, quotes, lists, rules.
                if c == "#" || c == ">" || c == "-" || c == "+" || c == "=" {
                    out.append("\\")
                } else if c.isASCII, c.isNumber {
                    var j = i
                    while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
                    if j < chars.count, chars[j] == "." || chars[j] == ")" {
                        out += String(chars[i..<j]) + "\\" + String(chars[j])
                        i = j + 1
                        atLineStart = false
                        continue
                    }
                }
            }
            if c != " " && c != "\t" { atLineStart = false }
            switch c {
            case "\\", "`", "*", "[", "]", "|", "~":
                out.append("\\")
                out.append(c)
            case "<":
                // An entity, not a backslash: some renderers let `\<tag` through as HTML.
                out += "&lt;"
            case "_":
                let before = i > 0 ? chars[i - 1] : " "
                let after = i + 1 < chars.count ? chars[i + 1] : " "
                if isWordCharacter(before) && isWordCharacter(after) {
                    out.append(c)
                } else {
                    out += "\\_"
                }
            case "&":
                out += startsEntity(chars, at: i) ? "&amp;" : "&"
            case "\t":
                out.append(" ")
            default:
                out.append(c)
            }
            i += 1
        }
        return out
    }

    /// Markdown made safe inside a table cell: unescaped `|` is escaped, line breaks become `<br>`.
    ///
    /// A `|` already preceded by an odd number of backslashes is escaped and is left alone, so text
    /// escaped once is not broken by escaping it again.
    public static func cell(_ markdown: String) -> String {
        let chars = Array(TextSanitizing.clean(markdown))
        var out = ""
        out.reserveCapacity(chars.count + 8)
        var backslashes = 0
        for c in chars {
            switch c {
            case "|":
                if backslashes % 2 == 0 { out.append("\\") }
                out.append(c)
            case "\n":
                // Trailing backslashes before a break would escape the `<` of `<br>`.
                if backslashes % 2 == 1 { out.append("\\") }
                out += "<br>"
            case "\t":
                out.append(" ")
            default:
                out.append(c)
            }
            backslashes = c == "\\" ? backslashes + 1 : 0
        }
        if backslashes % 2 == 1 { out.append("\\") }
        return out
    }

    /// Text for inside a Markdown code span: backticks cannot be escaped there, so the fence grows.
    public static func codeSpan(_ raw: String) -> String {
        let text = TextSanitizing.singleLine(raw).replacingPipes()
        var longest = 0
        var run = 0
        for c in text {
            run = c == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + pad + text + pad + fence
    }

    private static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    /// True when `&` at `i` starts something a Markdown renderer would decode (`&lt;`, `&#60;`).
    private static func startsEntity(_ chars: [Character], at i: Int) -> Bool {
        var j = i + 1
        var count = 0
        while j < chars.count, count <= 32 {
            let c = chars[j]
            if c == ";" { return count > 0 }
            guard c.isASCII, c.isLetter || c.isNumber || c == "#" else { return false }
            count += 1
            j += 1
        }
        return false
    }
}

extension String {
    /// `|` written as `\|`, which GFM tables accept even inside code spans.
    fileprivate func replacingPipes() -> String {
        guard contains("|") else { return self }
        var out = ""
        for c in self {
            if c == "|" { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
