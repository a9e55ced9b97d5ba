import Testing

@testable import PostmortemRendering

@Suite struct MarkdownEscapingTests {
    @Test func pipesBackticksAndEmphasisAreEscaped() {
        #expect(MarkdownEscaping.text("a | b `c` *d* [e](f) ~g~") == #"a \| b \`c\` \*d\* \[e\](f) \~g\~"#)
    }

    @Test func htmlCannotOpenATag() {
        #expect(MarkdownEscaping.text("<script>alert(1)</script>") == "&lt;script>alert(1)&lt;/script>")
        #expect(MarkdownEscaping.text("R&D &amp; co") == "R&D &amp;amp; co")
    }

    @Test func lineStartMarkersAreEscapedOnlyAtTheStart() {
        #expect(MarkdownEscaping.text("# not a heading") == ##"\# not a heading"##)
        #expect(MarkdownEscaping.text("- not a list, a - dash") == #"\- not a list, a - dash"#)
        #expect(MarkdownEscaping.text("1. first") == #"1\. first"#)
        #expect(MarkdownEscaping.text("> quote > more") == #"\> quote > more"#)
        #expect(MarkdownEscaping.text("#hypothesis dns") == ##"\#hypothesis dns"##)
    }

    @Test func intrawordUnderscoresStayReadable() {
        #expect(MarkdownEscaping.text("fraud_check_v2 and _emph_") == #"fraud_check_v2 and \_emph\_"#)
    }

    @Test func newlinesBecomeBreaksSoTablesSurvive() {
        #expect(MarkdownEscaping.text("one\ntwo\r\nthree") == "one<br>two<br>three")
        #expect(MarkdownEscaping.cell("a\nb") == "a<br>b")
    }

    @Test func cellEscapingDoesNotDoubleEscape() {
        #expect(MarkdownEscaping.cell(#"a | b \| c \\| d"#) == #"a \| b \| c \\\| d"#)
        #expect(MarkdownEscaping.cell("`x|y`") == #"`x\|y`"#)
        #expect(MarkdownEscaping.cell(#"trailing \"#) == #"trailing \\"#)
    }

    @Test func controlCharactersAreRemoved() {
        let escaped = MarkdownEscaping.text("bell\u{07} esc\u{1B}[31m nul\u{0} del\u{7F}")
        #expect(!escaped.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        #expect(escaped.contains("\u{FFFD}"))
    }

    @Test func codeSpansGrowTheirFence() {
        #expect(MarkdownEscaping.codeSpan("a`b") == "``a`b``")
        #expect(MarkdownEscaping.codeSpan("`x`") == "`` `x` ``")
        #expect(MarkdownEscaping.codeSpan("a|b") == #"`a\|b`"#)
    }
}
