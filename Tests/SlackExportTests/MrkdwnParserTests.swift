import SlackExport
import Testing

/// A one-paragraph text, the shape most mrkdwn inputs parse to.
private func paragraph(_ inlines: Inline...) -> RichText { RichText([.paragraph(inlines)]) }

@Suite struct MrkdwnParserTests {
    @Test func plainTextIsOneParagraph() {
        #expect(MrkdwnParser.parse("the database is down") == paragraph(.text("the database is down")))
    }

    @Test func emptyTextHasNoBlocks() {
        #expect(MrkdwnParser.parse("") == RichText())
        #expect(MrkdwnParser.parse("\n\n").isEmpty)
    }

    @Test(arguments: [
        ("<@U0123ABC>", Inline.user(id: "U0123ABC", label: nil)),
        ("<@W0456DEF|maria>", Inline.user(id: "W0456DEF", label: "maria")),
        ("<@U1|@maria>", Inline.user(id: "U1", label: "maria")),
        ("<U0789GHI|@cal>", Inline.user(id: "U0789GHI", label: "cal")),
    ])
    func userMentions(input: String, expected: Inline) {
        #expect(MrkdwnParser.parse("ping " + input) == paragraph(.text("ping "), expected))
    }

    @Test(arguments: [
        ("<#C0AB12CD>", Inline.channel(id: "C0AB12CD", label: nil)),
        ("<#C0AB12CD|ops-war-room>", Inline.channel(id: "C0AB12CD", label: "ops-war-room")),
    ])
    func channelMentions(input: String, expected: Inline) {
        #expect(MrkdwnParser.parse(input) == paragraph(expected))
    }

    @Test(arguments: [
        ("<!here>", Broadcast.here),
        ("<!here|@here>", Broadcast.here),
        ("<!channel>", Broadcast.channel),
        ("<!group>", Broadcast.channel),
        ("<!everyone>", Broadcast.everyone),
    ])
    func broadcasts(input: String, expected: Broadcast) {
        #expect(MrkdwnParser.parse(input) == paragraph(.broadcast(expected)))
    }

    @Test(arguments: [
        ("<!subteam^S0SRE>", Inline.userGroup(id: "S0SRE", label: nil)),
        ("<!subteam^S0SRE|@sre-oncall>", Inline.userGroup(id: "S0SRE", label: "sre-oncall")),
    ])
    func userGroups(input: String, expected: Inline) {
        #expect(MrkdwnParser.parse(input) == paragraph(expected))
    }

    @Test(arguments: [
        ("<!date^1700000000^{date_short} at {time}^https://example.com/t|Nov 14 at 10:13 PM>",
         Inline.date(epochSeconds: 1_700_000_000, fallback: "Nov 14 at 10:13 PM")),
        ("<!date^1700000000^{date_num}>", Inline.date(epochSeconds: 1_700_000_000, fallback: nil)),
        ("<!date^soon^{date}|later today>", Inline.text("later today")),
    ])
    func dates(input: String, expected: Inline) {
        #expect(MrkdwnParser.parse(input) == paragraph(expected))
    }

    @Test func unknownCommandsShowTheirLabelOrName() {
        #expect(MrkdwnParser.parse("<!foo>") == paragraph(.text("foo")))
        #expect(MrkdwnParser.parse("<!foo|shown>") == paragraph(.text("shown")))
    }

    @Test(arguments: [
        ("<https://status.example.com>", Inline.link(url: "https://status.example.com", label: nil)),
        ("<https://status.example.com|status page>", Inline.link(url: "https://status.example.com", label: "status page")),
        ("<https://status.example.com|https://status.example.com>", Inline.link(url: "https://status.example.com", label: nil)),
        ("<mailto:ops@example.com|ops@example.com>", Inline.link(url: "mailto:ops@example.com", label: "ops@example.com")),
        ("<https://example.com/q?a=1&amp;b=2|a &amp; b>", Inline.link(url: "https://example.com/q?a=1&b=2", label: "a & b")),
    ])
    func links(input: String, expected: Inline) {
        #expect(MrkdwnParser.parse(input) == paragraph(expected))
    }

    @Test func onlyTheThreeEntitiesAreDecoded() {
        let parsed = MrkdwnParser.parse("a &amp; b &lt;c&gt; &amp;lt; &quot;q&quot; &#39; &nbsp; &")
        #expect(parsed == paragraph(.text("a & b <c> &lt; &quot;q&quot; &#39; &nbsp; &")))
    }

    @Test func entitiesAreDecodedOnlyAfterTokenising() {
        #expect(MrkdwnParser.parse("&lt;@U1&gt; &lt;!here&gt;") == paragraph(.text("<@U1> <!here>")))
    }

    @Test(arguments: ["1 < 2", "x <", "<", "<>", "<@>", "a <b", "> b", "<not a link>", "<#>", "<!>"])
    func unbalancedOrEmptyAnglesStayText(input: String) {
        #expect(MrkdwnParser.parse("x " + input) == paragraph(.text("x " + input)))
    }

    @Test(arguments: [
        ("*bold*", TextStyle.bold),
        ("_italic_", TextStyle.italic),
        ("~struck~", TextStyle.strike),
    ])
    func styles(input: String, style: TextStyle) {
        let word = String(input.dropFirst().dropLast())
        #expect(MrkdwnParser.parse("a \(input) b") == paragraph(.text("a "), .styled(style, [.text(word)]), .text(" b")))
    }

    @Test(arguments: ["snake_case_name", "2*3*4", "a*b*c", "* not bold*", "*not bold *", "file_name_", "~/src/a~b", "**", "_"])
    func markersInsideWordsOrNextToSpacesStayText(input: String) {
        #expect(MrkdwnParser.parse(input) == paragraph(.text(input)))
    }

    @Test func markersMayTouchPunctuation() {
        #expect(MrkdwnParser.parse("(*bold*), ok") == paragraph(.text("("), .styled(.bold, [.text("bold")]), .text("), ok")))
    }

    @Test func stylesDoNotSpanLines() {
        #expect(MrkdwnParser.parse("*a\nb*") == paragraph(.text("*a"), .lineBreak, .text("b*")))
    }

    @Test func combinedStylesAroundALink() {
        let expected = paragraph(
            .styled(.strike, [.styled(.italic, [.styled(.bold, [.link(url: "https://example.com/d", label: "docs")])])]))
        #expect(MrkdwnParser.parse("~_*<https://example.com/d|docs>*_~") == expected)
    }

    @Test func stylesNestAroundMentions() {
        #expect(MrkdwnParser.parse("_*<!here>*_") == paragraph(.styled(.italic, [.styled(.bold, [.broadcast(.here)])])))
    }

    @Test func codeSpansAreVerbatimButForEntities() {
        #expect(
            MrkdwnParser.parse("run `rm *tmp* &amp;&amp; <@U1>` now")
                == paragraph(.text("run "), .code("rm *tmp* && <@U1>"), .text(" now")))
    }

    @Test func codeBlocksSpanLinesAndSkipMarkup() {
        #expect(MrkdwnParser.parse("```if a &lt; b {\n  *x* = 1\n}```") == RichText([.code("if a < b {\n  *x* = 1\n}")]))
    }

    @Test func codeBlocksMayStartMidLine() {
        let expected = RichText([.paragraph([.text("try")]), .code("make deploy"), .paragraph([.text("then wait")])])
        #expect(MrkdwnParser.parse("try ```make deploy``` then wait") == expected)
    }

    @Test func newlinesHuggingCodeFencesAreLayout() {
        #expect(MrkdwnParser.parse("logs:\n```\nline 1\nline 2\n```") == RichText([.paragraph([.text("logs:")]), .code("line 1\nline 2")]))
    }

    @Test func unclosedFenceStaysText() {
        #expect(MrkdwnParser.parse("```abc") == paragraph(.text("```abc")))
    }

    @Test func quoteLinesMergeIntoOneQuote() {
        let expected = RichText([.quote([.text("one"), .lineBreak, .text("two")]), .paragraph([.text("three")])])
        #expect(MrkdwnParser.parse("&gt; one\n&gt; two\nthree") == expected)
    }

    @Test func tripleQuoteQuotesTheRest() {
        let expected = RichText([.paragraph([.text("intro")]), .quote([.text("a"), .lineBreak, .text("&gt; b")])])
        #expect(MrkdwnParser.parse("intro\n&gt;&gt;&gt; a\n&amp;gt; b") == expected)
    }

    @Test func quoteMarkerOnlyCountsAtLineStart() {
        #expect(MrkdwnParser.parse("a -&gt; b") == paragraph(.text("a -> b")))
    }

    @Test(arguments: [
        (":fire:", Inline.emoji(name: "fire", unicode: "\u{1F525}")),
        (":+1:", Inline.emoji(name: "+1", unicode: "\u{1F44D}")),
        (":white_check_mark:", Inline.emoji(name: "white_check_mark", unicode: "\u{2705}")),
        (":party-parrot:", Inline.emoji(name: "party-parrot", unicode: nil)),
        (":wave::skin-tone-3:", Inline.emoji(name: "wave::skin-tone-3", unicode: "\u{1F44B}\u{1F3FC}")),
        (":fire::skin-tone-2:", Inline.emoji(name: "fire::skin-tone-2", unicode: "\u{1F525}")),
    ])
    func emoji(input: String, expected: Inline) {
        #expect(MrkdwnParser.parse(input) == paragraph(expected))
    }

    @Test(arguments: ["at 10:30:00 UTC", "ratio 3:2:1", "a: b: c", "::", ": :"])
    func colonsThatAreNotEmojiStayText(input: String) {
        #expect(MrkdwnParser.parse(input) == paragraph(.text(input)))
    }

    @Test func lineBreaksAndBlankLines() {
        #expect(MrkdwnParser.parse("a\nb") == paragraph(.text("a"), .lineBreak, .text("b")))
        #expect(MrkdwnParser.parse("a\n\nb\n") == paragraph(.text("a"), .lineBreak, .lineBreak, .text("b")))
    }

    @Test func bulletsStayText() {
        #expect(MrkdwnParser.parse("• one\n1. two") == paragraph(.text("• one"), .lineBreak, .text("1. two")))
    }

    @Test(arguments: [
        "<", ">", "*", "_", "~", "`", "```", ":", "&", "&gt;", "<<<<>>>>", "*_~`:<>|^!@#",
        "<!date^^^|>", "<!subteam^>", "`````` ``` `", ":::skin-tone-9:", "&gt;&gt;&gt;", "\u{0}\u{1}\r\n",
    ])
    func hostileInputNeverFails(input: String) {
        let parsed = MrkdwnParser.parse(input + " tail")
        #expect(parsed.plainText().hasSuffix("tail"))
    }

    @Test func hugeInputsParse() {
        let nasty = String(repeating: "*a _b ~c `d <e :f ", count: 5_000) + String(repeating: "<", count: 20_000)
        #expect(!MrkdwnParser.parse(nasty).isEmpty)
        let nested = String(repeating: "*_~", count: 3_000) + "x" + String(repeating: "~_*", count: 3_000)
        #expect(!MrkdwnParser.parse(nested).isEmpty)
    }
}

@Suite struct EmojiTableTests {
    @Test(arguments: [
        "grinning", "joy", "sob", "scream", "skull", "ghost", "thinking_face", "face_palm", "facepalm", "sweat_smile",
        "+1", "-1", "thumbsup", "thumbsdown", "pray", "clap", "raised_hands", "muscle", "point_up", "point_right",
        "heart", "white_check_mark", "heavy_check_mark", "x", "negative_squared_cross_mark", "warning",
        "rotating_light", "fire", "eyes", "pushpin", "round_pushpin", "memo", "bell", "red_circle",
        "large_green_circle", "large_yellow_circle", "white_circle", "rocket", "tada", "bug", "wrench", "hammer",
        "gear", "lock", "key", "mag", "chart_with_upwards_trend", "chart_with_downwards_trend", "hourglass",
        "stopwatch", "alarm_clock", "sos", "no_entry", "construction", "ambulance", "pager", "telephone", "email",
        "calendar", "clipboard", "link", "arrow_up", "arrow_down", "arrow_left", "arrow_right", "100",
        "heavy_plus_sign", "question", "exclamation", "bangbang", "boom", "zap", "cloud", "sunny", "coffee",
        "pizza", "beer", "skin-tone-2", "skin-tone-6",
    ])
    func commonShortcodesAreKnown(name: String) {
        #expect(EmojiTable.character(for: name) != nil)
    }

    @Test func charactersAndTones() {
        #expect(EmojiTable.character(for: "fire") == "\u{1F525}")
        #expect(EmojiTable.character(for: ":fire:") == "\u{1F525}")
        #expect(EmojiTable.character(for: "warning") == "\u{26A0}\u{FE0F}")
        #expect(EmojiTable.character(for: "+1::skin-tone-5") == "\u{1F44D}\u{1F3FE}")
        // The variation selector goes when a tone is applied: ☝️ + tone is U+261D U+1F3FB.
        #expect(EmojiTable.character(for: "point_up::skin-tone-2") == "\u{261D}\u{1F3FB}")
        #expect(EmojiTable.character(for: "rocket::skin-tone-4") == "\u{1F680}")
        #expect(EmojiTable.character(for: "no-such-emoji") == nil)
        #expect(EmojiTable.character(for: "") == nil)
    }
}

@Suite struct RichTextBlocksTests {
    private func object(_ members: [String: JSONValue]) -> JSONValue { .object(JSONObject(members)) }

    private func element(_ type: String, _ members: [String: JSONValue] = [:]) -> JSONValue {
        object(members.merging(["type": .string(type)]) { $1 })
    }

    private func text(_ text: String, _ styles: String...) -> JSONValue {
        var members: [String: JSONValue] = ["text": .string(text)]
        if !styles.isEmpty { members["style"] = object(Dictionary(uniqueKeysWithValues: styles.map { ($0, .bool(true)) })) }
        return element("text", members)
    }

    /// One `rich_text` block holding the given containers.
    private func richText(_ containers: JSONValue...) -> [JSONValue] {
        [element("rich_text", ["elements": .array(containers)])]
    }

    private func section(_ elements: JSONValue...) -> JSONValue {
        element("rich_text_section", ["elements": .array(elements)])
    }

    private func cell(_ content: String) -> JSONValue {
        element("rich_text", ["elements": .array([section(text(content))])])
    }

    @Test func styledTextElements() {
        let parsed = RichTextBlocks.parse(richText(section(
            text("plain "), text("bold", "bold"), text(" "), text("it", "italic"), text(" "), text("gone", "strike"),
            text(" "), text("ls -l", "code"), text(" "), text("all", "bold", "italic", "strike"))))
        let expected = paragraph(
            .text("plain "), .styled(.bold, [.text("bold")]), .text(" "), .styled(.italic, [.text("it")]), .text(" "),
            .styled(.strike, [.text("gone")]), .text(" "), .code("ls -l"), .text(" "),
            .styled(.bold, [.styled(.italic, [.styled(.strike, [.text("all")])])]))
        #expect(parsed == expected)
    }

    @Test func neighbouringRunsOfOneStyleMerge() {
        let parsed = RichTextBlocks.parse(richText(section(
            text("files ", "bold"), element("user", ["user_id": .string("U1"), "style": object(["bold": .bool(true)])]))))
        #expect(parsed == paragraph(.styled(.bold, [.text("files "), .user(id: "U1", label: nil)])))
    }

    @Test func textIsNotEntityDecoded() {
        #expect(RichTextBlocks.parse(richText(section(text("a -&gt; b &amp; <c>")))) == paragraph(.text("a -&gt; b &amp; <c>")))
    }

    @Test func newlinesBecomeBreaksAndEdgeBreaksGo() {
        let parsed = RichTextBlocks.parse(richText(section(text("one\ntwo\n"))))
        #expect(parsed == paragraph(.text("one"), .lineBreak, .text("two")))
    }

    @Test func links() {
        let parsed = RichTextBlocks.parse(richText(section(
            element("link", ["url": .string("https://example.com/a"), "text": .string("runbook")]), text(" "),
            element("link", ["url": .string("https://example.com/b")]), text(" "),
            element("link", ["url": .string("https://example.com/c"), "text": .string("https://example.com/c")]))))
        #expect(parsed == paragraph(
            .link(url: "https://example.com/a", label: "runbook"), .text(" "), .link(url: "https://example.com/b", label: nil),
            .text(" "), .link(url: "https://example.com/c", label: nil)))
    }

    @Test func emojiElements() {
        let parsed = RichTextBlocks.parse(richText(section(
            element("emoji", ["name": .string("basketball"), "unicode": .string("1f3c0")]),
            element("emoji", ["name": .string("wave::skin-tone-4"), "unicode": .string("1f44b-1f3fd")]),
            element("emoji", ["name": .string("fire")]),
            element("emoji", ["name": .string("thumbsup"), "skin_tone": .number("2")]),
            element("emoji", ["name": .string("shipit")]))))
        #expect(parsed == paragraph(
            .emoji(name: "basketball", unicode: "\u{1F3C0}"), .emoji(name: "wave::skin-tone-4", unicode: "\u{1F44B}\u{1F3FD}"),
            .emoji(name: "fire", unicode: "\u{1F525}"), .emoji(name: "thumbsup::skin-tone-2", unicode: "\u{1F44D}\u{1F3FB}"),
            .emoji(name: "shipit", unicode: nil)))
    }

    @Test func mentionsDatesAndOtherElements() {
        let parsed = RichTextBlocks.parse(richText(section(
            element("user", ["user_id": .string("U1")]),
            element("usergroup", ["usergroup_id": .string("S1")]),
            element("channel", ["channel_id": .string("C1")]),
            element("broadcast", ["range": .string("here")]),
            element("broadcast", ["range": .string("channel")]),
            element("broadcast", ["range": .string("everyone")]),
            element("date", ["timestamp": .number("1700000000"), "format": .string("{date}"), "fallback": .string("Nov 14")]),
            element("team", ["team_id": .string("T1")]),
            element("color", ["value": .string("#FF0000")]),
            element("canvas", ["file_id": .string("F1")]),
            element("user"),
            .string("not an object"))))
        #expect(parsed == paragraph(
            .user(id: "U1", label: nil), .userGroup(id: "S1", label: nil), .channel(id: "C1", label: nil),
            .broadcast(.here), .broadcast(.channel), .broadcast(.everyone),
            .date(epochSeconds: 1_700_000_000, fallback: "Nov 14"), .text("T1#FF0000")))
    }

    @Test func listsWithIndentAndOffset() {
        let parsed = RichTextBlocks.parse(richText(
            element("rich_text_list", ["style": .string("bullet"), "indent": .number("0"),
                                       "elements": .array([section(text("first")), section(text("second"))])]),
            element("rich_text_list", ["style": .string("ordered"), "indent": .number("1"), "offset": .number("2"),
                                       "elements": .array([section(text("third"))])])))
        #expect(parsed == RichText([
            .listItem(ordinal: nil, indent: 0, [.text("first")]), .listItem(ordinal: nil, indent: 0, [.text("second")]),
            .listItem(ordinal: 3, indent: 1, [.text("third")]),
        ]))
    }

    @Test func preformattedAndQuote() {
        let parsed = RichTextBlocks.parse(richText(
            element("rich_text_preformatted", ["elements": .array([
                text("if a -> b {\n  go()\n}\n"), element("link", ["url": .string("https://example.com")]),
            ])]),
            element("rich_text_quote", ["elements": .array([text("quoted "), text("words", "italic")])])))
        #expect(parsed == RichText([
            .code("if a -> b {\n  go()\n}\nhttps://example.com"),
            .quote([.text("quoted "), .styled(.italic, [.text("words")])]),
        ]))
    }

    @Test func sectionTextObjectsAndFields() {
        let parsed = RichTextBlocks.parse([
            element("section", [
                "text": element("mrkdwn", ["text": .string("*deploy* &amp; <!here>")]),
                "fields": .array([element("plain_text", ["text": .string("a &amp; *b*")])]),
            ])
        ])
        #expect(parsed == RichText([
            .paragraph([.styled(.bold, [.text("deploy")]), .text(" & "), .broadcast(.here)]),
            .paragraph([.text("a &amp; *b*")]),
        ]))
    }

    @Test func headerContextTableImageDividerAndUnknownBlocks() {
        let parsed = RichTextBlocks.parse([
            element("header", ["text": element("plain_text", ["text": .string("Incident 42")])]),
            element("divider"),
            element("context", ["elements": .array([
                element("mrkdwn", ["text": .string("_by_ <@U1>")]), element("plain_text", ["text": .string("at noon")]),
            ])]),
            element("table", ["rows": .array([.array([cell("Service"), cell("State")]), .array([cell("api"), cell("down")])])]),
            element("image", ["image_url": .string("https://example.com/g.png"), "alt_text": .string("error graph")]),
            element("actions", ["elements": .array([])]),
            element("some_future_block", ["text": .string("ignored")]),
            .string("not a block"),
        ])
        #expect(parsed == RichText([
            .paragraph([.styled(.bold, [.text("Incident 42")])]),
            .paragraph([.styled(.italic, [.text("by")]), .text(" "), .user(id: "U1", label: nil), .text(" at noon")]),
            .paragraph([.text("Service | State")]),
            .paragraph([.text("api | down")]),
            .paragraph([.text("error graph")]),
        ]))
    }

    @Test func plainTextShowsEmojiShortcodesUnlessItSaysNot() {
        let parsed = RichTextBlocks.parse([
            element("header", ["text": element("plain_text", ["text": .string(":rotating_light: INC-2291 declared"), "emoji": .bool(true)])]),
            element("section", ["text": element("plain_text", ["text": .string("at 10:30:00 :fire::nosuchemoji:")])]),
            element("section", ["text": element("plain_text", ["text": .string(":fire: literal"), "emoji": .bool(false)])]),
        ])
        #expect(parsed == RichText([
            .paragraph([.styled(.bold, [.emoji(name: "rotating_light", unicode: "🚨"), .text(" INC-2291 declared")])]),
            .paragraph([.text("at 10:30:00 "), .emoji(name: "fire", unicode: "🔥"), .text(":nosuchemoji:")]),
            .paragraph([.text(":fire: literal")]),
        ]))
    }

    @Test func unknownContainersAndEmptySectionsAreSkipped() {
        let parsed = RichTextBlocks.parse(richText(
            section(text("kept")), element("unknown_block"), section(), element("rich_text_section")))
        #expect(parsed == paragraph(.text("kept")))
    }

    @Test func hostileIndentIsClamped() {
        let parsed = RichTextBlocks.parse(richText(
            element("rich_text_list", ["style": .string("bullet"), "indent": .number("99999999999"),
                                       "elements": .array([section(text("deep"))])])))
        #expect(parsed == RichText([.listItem(ordinal: nil, indent: 8, [.text("deep")])]))
    }
}
