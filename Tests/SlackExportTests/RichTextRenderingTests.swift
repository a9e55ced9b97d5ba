import SlackExport
import Testing

/// Names as the loader would resolve them from users.json and channels.json.
private let names = NameLookup(
    user: { $0 == "U1" ? "Alice Ng" : nil },
    channel: { $0 == "C1" ? "ops" : nil }
)

private func text(_ mrkdwn: String) -> RichText { MrkdwnParser.parse(mrkdwn) }

@Suite struct PlainTextRenderingTests {
    @Test func mentionsUseNamesThenLabelsThenIds() {
        let rich = text("<@U1> <@U2|bob> <@U3> <#C1> <#C2|general> <#C3> <!subteam^S1|@sre> <!subteam^S2>")
        #expect(rich.plainText(names: names) == "@Alice Ng @bob @U3 #ops #general #C3 @sre @S2")
        #expect(rich.plainText() == "@U1 @bob @U3 #C1 #general #C3 @sre @S2")
    }

    @Test func broadcastsLinksEmojiAndDates() {
        let rich = text("<!here> <!channel> <!everyone> <https://a.example|runbook> <https://b.example> :fire: :shipit: <!date^1700000000^{date}|Nov 14> <!date^1700000000^{date}>")
        #expect(rich.plainText() == "@here @channel @everyone runbook https://b.example \u{1F525} :shipit: Nov 14 2023-11-14 22:13 UTC")
    }

    @Test func stylesAndCodeAreDroppedToTheirText() {
        #expect(text("*bold* _it_ ~st~ `a *b*`").plainText() == "bold it st a *b*")
    }

    @Test func blocksListsQuotesAndCode() {
        let rich = RichText([
            .paragraph([.text("steps:")]),
            .listItem(ordinal: nil, indent: 0, [.text("page oncall")]),
            .listItem(ordinal: 1, indent: 1, [.text("call"), .lineBreak, .text("twice")]),
            .quote([.text("we are down"), .lineBreak, .text("again")]),
            .code("kubectl get pods\n  -n prod"),
        ])
        #expect(rich.plainText() == "steps:\n• page oncall\n  1. call\n     twice\n> we are down\n> again\nkubectl get pods\n  -n prod")
    }

    @Test func controlCharactersAreStripped() {
        #expect(RichText([.paragraph([.text("a\u{0}b\u{7}c\u{1B}[31m\td\u{7F}")])]).plainText() == "abc[31m\td")
    }
}

@Suite struct MarkdownRenderingTests {
    @Test func styles() {
        #expect(text("*bold* _it_ ~st~ ~_*all*_~").markdown() == "**bold** _it_ ~~st~~ ~~_**all**_~~")
    }

    @Test func spacesMoveOutsideDelimiters() {
        let rich = RichText([.paragraph([.styled(.bold, [.text("files ")]), .text("and"), .styled(.italic, [.text(" x")])])])
        #expect(rich.markdown() == "**files** and _x_")
    }

    @Test func italicInsideAWordUsesAsterisks() {
        #expect(RichText([.paragraph([.text("re"), .styled(.italic, [.text("start")]), .text("ed")])]).markdown() == "re*start*ed")
    }

    @Test func nestedSameStyleIsNotDoubled() {
        let rich = RichText([.paragraph([.styled(.bold, [.text("a "), .styled(.bold, [.text("b")])])])])
        #expect(rich.markdown() == "**a b**")
    }

    @Test func literalMarkupIsEscaped() {
        let rich = RichText([.paragraph([.text("a*b_c~d`e[f]g<h>i|j\\k$l &copy; R&D ok!")])])
        #expect(rich.markdown() == "a\\*b\\_c\\~d\\`e\\[f\\]g\\<h\\>i\\|j\\\\k\\$l \\&copy; R\\&D ok\\!")
    }

    @Test func htmlInMessagesIsEscaped() {
        #expect(text("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;").markdown()
            == "\\<script\\>alert(1)\\</script\\> \\<img src=x onerror=alert(1)\\>")
    }

    @Test(arguments: [
        ("# not a heading", "\\# not a heading"),
        ("#general is fine", "#general is fine"),
        ("- not a list", "\\- not a list"),
        ("+ nor this", "\\+ nor this"),
        ("-5% is fine", "-5% is fine"),
        ("1. not ordered", "1\\. not ordered"),
        ("2) nor this", "2\\) nor this"),
        ("---", "\\---"),
        ("===", "\\==="),
        ("    indented", "indented"),
    ])
    func lineStartsThatWouldBeMarkupAreEscaped(input: String, expected: String) {
        #expect(RichText([.paragraph([.text(input)])]).markdown() == expected)
    }

    @Test func bareURLsInTextAreNotAutolinked() {
        #expect(RichText([.paragraph([.text("see http://x.example/a_b and www.example.com")])]).markdown()
            == "see http\\://x.example/a\\_b and www\\.example.com")
    }

    @Test(arguments: [
        (Inline.code("a `b` c"), "``a `b` c``"),
        (Inline.code("`edge`"), "`` `edge` ``"),
        (Inline.code(" padded "), "`  padded  `"),
        (Inline.code("x | y"), "`x | y`"),
        (Inline.code("\u{1}"), ""),
    ])
    func codeSpansUseALongerFence(code: Inline, expected: String) {
        #expect(RichText([.paragraph([code])]).markdown() == expected)
    }

    @Test func neighbouringCodeSpansJoin() {
        #expect(RichText([.paragraph([.code("a"), .code("b")])]).markdown() == "`ab`")
    }

    @Test func codeBlocksUseALongerFence() {
        #expect(RichText([.code("echo hi")]).markdown() == "```\necho hi\n```")
        #expect(RichText([.code("```\nnested\n````\n")]).markdown() == "`````\n```\nnested\n````\n`````")
    }

    @Test(arguments: [
        (Inline.link(url: "https://example.com/a_(b)", label: "runbook [v2]"), "[runbook \\[v2\\]](https://example.com/a_%28b%29)"),
        (Inline.link(url: "https://example.com/x y", label: nil), "[https\\://example.com/x y](https://example.com/x%20y)"),
        (Inline.link(url: "mailto:ops@example.com", label: "mail ops"), "[mail ops](mailto:ops@example.com)"),
        (Inline.link(url: "HTTPS://EXAMPLE.COM", label: "caps"), "[caps](HTTPS://EXAMPLE.COM)"),
        (Inline.link(url: "javascript:alert(1)", label: "click"), "click"),
        (Inline.link(url: " JavaScript\n:alert(1)", label: nil), "JavaScript :alert(1)"),
        (Inline.link(url: "slack://channel?id=C1", label: "open"), "open"),
        (Inline.link(url: "data:text/html,<b>x</b>", label: nil), "data:text/html,\\<b\\>x\\</b\\>"),
    ])
    func linksOnlyForWebAndMail(link: Inline, expected: String) {
        #expect(RichText([.paragraph([link])]).markdown() == expected)
    }

    @Test func mentionsAndEmoji() {
        #expect(text("<@U1> in <#C1>: :fire: :custom_one: <!here>").markdown(names: names)
            == "@Alice Ng in #ops: \u{1F525} :custom\\_one: @here")
    }

    @Test func lineBreaksAndParagraphs() {
        #expect(text("one\ntwo\n\nthree").markdown() == "one\\\ntwo\n\nthree")
    }

    @Test func quotes() {
        #expect(text("&gt; a\n&gt; *b*").markdown() == "> a\\\n> **b**")
    }

    @Test func nestedLists() {
        let rich = RichText([
            .paragraph([.text("plan:")]),
            .listItem(ordinal: nil, indent: 0, [.text("roll back")]),
            .listItem(ordinal: 1, indent: 1, [.text("drain")]),
            .listItem(ordinal: 2, indent: 1, [.text("deploy")]),
            .listItem(ordinal: nil, indent: 0, [.text("verify")]),
            .listItem(ordinal: 1, indent: 0, [.text("first")]),
            .listItem(ordinal: nil, indent: 1, [.text("sub")]),
            .listItem(ordinal: 2, indent: 0, [.text("second")]),
        ])
        #expect(rich.markdown() == "plan:\n\n- roll back\n  1. drain\n  2. deploy\n- verify\n1. first\n   - sub\n2. second")
    }

    @Test func aNestedListNotStartingAtOneGetsABlankLine() {
        let rich = RichText([.listItem(ordinal: nil, indent: 0, [.text("a")]), .listItem(ordinal: 3, indent: 1, [.text("b")])])
        #expect(rich.markdown() == "- a\n\n  3. b")
    }

    @Test func blocksAreSeparatedByBlankLines() {
        let rich = RichText([.paragraph([.text("a")]), .code("b"), .quote([.text("c")]), .paragraph([])])
        #expect(rich.markdown() == "a\n\n```\nb\n```\n\n> c")
    }

    @Test func controlCharactersAreStripped() {
        #expect(RichText([.paragraph([.text("a\u{0}b\u{1B}[2J"), .code("c\u{7}")])]).markdown() == "ab\\[2J`c`")
    }
}

@Suite struct MarkdownInlineRenderingTests {
    @Test func everythingOnOneLine() {
        let rich = RichText([
            .paragraph([.text("status:"), .lineBreak, .text("db down")]),
            .quote([.text("quoted")]),
            .listItem(ordinal: nil, indent: 0, [.text("item")]),
            .listItem(ordinal: 2, indent: 1, [.text("step")]),
            .code("make\nrun"),
        ])
        #expect(rich.markdownInline() == "status: / db down / \\> quoted / • item / 2. step / `make run`")
    }

    @Test func pipesAreEscapedEverywhere() {
        let rich = RichText([.paragraph([.text("a|b "), .code("x | y"), .text(" "), .link(url: "https://e.example/?q=a|b", label: "c|d")])])
        #expect(rich.markdownInline() == "a\\|b `x \\| y` [c\\|d](https://e.example/?q=a%7Cb)")
    }

    @Test func lineStartIsEscaped() {
        #expect(RichText([.listItem(ordinal: 1, indent: 0, [.text("x")])]).markdownInline() == "1\\. x")
        #expect(RichText([.paragraph([.text("# hi")])]).markdownInline() == "\\# hi")
    }
}

@Suite struct HTMLRenderingTests {
    @Test func stylesCodeAndBreaks() {
        #expect(text("*b* _i_ ~s~ `c`\nnext").html() == "<p><strong>b</strong> <em>i</em> <del>s</del> <code>c</code><br/>next</p>")
    }

    @Test func allTextIsEscaped() {
        let rich = RichText([.paragraph([.text("<b>\"Tom\" & 'Jerry'</b>")]), .code("if a < b && c > d {}")])
        #expect(rich.html() == "<p>&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</p>\n<pre><code>if a &lt; b &amp;&amp; c &gt; d {}</code></pre>")
    }

    @Test func scriptTypedInAMessageStaysText() {
        #expect(text("&lt;script&gt;alert(1)&lt;/script&gt;").html() == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
    }

    @Test(arguments: [
        (Inline.link(url: "https://example.com/?a=1&b=\"2\"", label: "x"),
         "<a href=\"https://example.com/?a=1&amp;b=&quot;2&quot;\" rel=\"noopener noreferrer\">x</a>"),
        (Inline.link(url: "mailto:ops@example.com", label: nil),
         "<a href=\"mailto:ops@example.com\" rel=\"noopener noreferrer\">mailto:ops@example.com</a>"),
        (Inline.link(url: "  HTTP://example.com", label: "caps"),
         "<a href=\"HTTP://example.com\" rel=\"noopener noreferrer\">caps</a>"),
        (Inline.link(url: "javascript:alert(1)", label: "click"), "click"),
        (Inline.link(url: "java\tscript:alert(1)", label: nil), "java\tscript:alert(1)"),
        (Inline.link(url: "\u{1}javascript:alert('x')", label: nil), "javascript:alert(&#39;x&#39;)"),
        (Inline.link(url: "vbscript:msgbox", label: "<b>"), "&lt;b&gt;"),
    ])
    func linksOnlyForWebAndMail(link: Inline, expected: String) {
        #expect(RichText([.paragraph([link])]).html() == "<p>" + expected + "</p>")
    }

    @Test func hostileMrkdwnLink() {
        #expect(text("<javascript:alert(1)|click me>").html() == "<p>click me</p>")
    }

    @Test func mentionsAndEmoji() {
        #expect(text("<@U1> <#C2|dev> :tada: :x_custom:").html(names: names) == "<p>@Alice Ng #dev \u{1F389} :x_custom:</p>")
    }

    @Test func quotesAndNestedLists() {
        let rich = RichText([
            .quote([.text("a"), .lineBreak, .text("b")]),
            .listItem(ordinal: nil, indent: 0, [.text("one")]),
            .listItem(ordinal: 3, indent: 1, [.text("three")]),
            .listItem(ordinal: 4, indent: 1, [.text("four")]),
            .listItem(ordinal: nil, indent: 0, [.text("two")]),
            .paragraph([.text("end")]),
        ])
        #expect(rich.html() == "<blockquote>a<br/>b</blockquote>\n"
            + "<ul><li>one<ol start=\"3\"><li>three</li>\n<li>four</li></ol></li>\n<li>two</li></ul>\n<p>end</p>")
    }

    @Test func controlCharactersAreStripped() {
        let rich = RichText([.paragraph([.text("a\u{0}b\u{8}\u{1B}"), .link(url: "https://e.example/\u{1}x", label: "l\u{7F}")])])
        #expect(rich.html() == "<p>ab<a href=\"https://e.example/x\" rel=\"noopener noreferrer\">l</a></p>")
    }
}
