@testable import SlackExport
import Testing

/// The shortcut for text without markup characters must give what the full parse gives.
@Suite struct MrkdwnPlainPathTests {
    /// Characters that are not markup, including the awkward ones: tabs, carriage returns,
    /// non-breaking and ideographic spaces, combining marks, emoji, RTL letters, lookalike punctuation.
    static let alphabet: [String] = [
        "a", "Z", "7", " ", " ", "\t", "\r", "\u{00A0}", "\u{3000}", "é", "e\u{0301}", "ß", "ł", "Ж", "語", "か", "한", "ก", "ع",
        "🔥", "👍🏽", ".", ",", "!", "?", "-", "—", "(", ")", "[", "]", "{", "}", "'", "\"", "@", "#", "$", "%", "^", "+", "=",
        "|", "/", "\\", "；", "：", "＊", "＜",
    ]

    @Test func plainTextParsesAsTheFullParserDoes() {
        // A fixed linear congruential sequence: the same strings every run.
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        var checked = 0
        for _ in 0..<3000 {
            let text = (0..<next(40)).map { _ in Self.alphabet[next(Self.alphabet.count)] }.joined()
            guard let plain = MrkdwnParser.plain(text) else {
                Issue.record("no markup characters, yet not plain: \(text.debugDescription)")
                continue
            }
            #expect(plain == MrkdwnParser.parseMarkup(text), "\(text.debugDescription)")
            checked += 1
        }
        #expect(checked == 3000)
    }

    @Test(arguments: ["<@U1>", "a > b", "x & y", "*bold*", "snake_case", "~gone~", "`code`", ":fire:", "line\nbreak"])
    func anyMarkupCharacterTakesTheFullParse(_ text: String) {
        #expect(MrkdwnParser.plain(text) == nil)
    }
}
