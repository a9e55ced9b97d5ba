import Testing

@testable import IncidentAnalysis

/// The byte-by-byte word finder for ASCII text finds exactly the words the character walk finds:
/// a name the shortcut missed would survive `--anonymize`.
@Suite struct PseudonymWordTests {
    static func same(_ text: String) -> Bool {
        guard let fast = Pseudonymizer.asciiWords(in: text) else { return false }
        let slow = Pseudonymizer.characterWords(in: text)
        return fast.map(\.text) == slow.map(\.text) && fast.map(\.lower) == slow.map(\.lower) && fast.map(\.range) == slow.map(\.range)
    }

    @Test(arguments: [
        "", " ", "Ana", "ana.lima and Ben_Okafor", "O'Neil said: @benji -> ping", "line\r\nbreak\rcr\nlf", "tab\tsep",
        "x2 2x 42 v1.2.3", "trailing space ", "  leading", "(Ben)", "#ops @here <@U01>", "ANA-LIMA", "a", "_",
    ])
    func asciiShortcutFindsTheSameWords(_ text: String) {
        #expect(Self.same(text), "\(text.debugDescription)")
    }

    @Test func everyMixOfASCIIPiecesAgrees() {
        let pieces = ["Ana", "lima", " ", ".", "_", "'", "-", "42", "\r\n", "\t", "@", "B2"]
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    #expect(Self.same(a + b + c), "\((a + b + c).debugDescription)")
                }
            }
        }
    }

    @Test func nonASCIITextTakesTheCharacterWalk() {
        #expect(Pseudonymizer.asciiWords(in: "José Núñez") == nil)
        #expect(Pseudonymizer.words(in: "José Núñez").map(\.lower) == ["josé", "núñez"])
    }
}
