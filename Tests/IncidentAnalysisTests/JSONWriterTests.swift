import IncidentAnalysis
import Testing

/// The analysis JSON written in pieces is the same text as written whole.
struct JSONWriterTests {
    static let node: JSONNode = .object([
        ("name", .string("quote \" backslash \\ tab \t line\u{2028}sep ü 日本")),
        ("nested", .array([.int(1), .double(2.5), .null, .bool(true), .array([]), .object([])])),
        ("made", .elements(40) { i in .object([("i", .int(i)), ("even", .bool(i % 2 == 0))]) }),
    ])

    @Test(arguments: [1, 16, 100, 1 << 20])
    func piecesJoinToTheWholeText(_ piece: Int) throws {
        var pieces: [[UInt8]] = []
        try Self.node.write(inPiecesOf: piece) { pieces.append($0) }
        #expect(Array(pieces.joined()) == Self.node.renderedUTF8())
        // Small pieces really are pieces: the text never waits whole in memory.
        if piece <= 100 { #expect(pieces.count > 10) }
        #expect(pieces.dropLast().allSatisfy { $0.count >= piece })
    }

    @Test func madeElementsRenderLikeAnArray() {
        let made = JSONNode.elements(3) { .int($0) }
        #expect(made.rendered() == JSONNode.array([.int(0), .int(1), .int(2)]).rendered())
        #expect(JSONNode.elements(0) { _ in .null }.rendered() == "[]\n")
    }

    @Test func aLongArrayMadeOnAllCoresIsTheTextOfTheOneByOneLoop() throws {
        // Long enough for several windows of the parallel path, nested so indentation matters.
        let count = 20_001
        let node = JSONNode.object([("items", .elements(count) { i in .object([("i", .int(i)), ("s", .string("x\(i)"))]) })])
        var expected = "{\n  \"items\": [\n"
        for i in 0..<count {
            expected += "    {\n      \"i\": \(i),\n      \"s\": \"x\(i)\"\n    }" + (i == count - 1 ? "\n" : ",\n")
        }
        expected += "  ]\n}\n"
        #expect(node.rendered() == expected)
        var pieces: [[UInt8]] = []
        try node.write(inPiecesOf: 4096) { pieces.append($0) }
        #expect(Array(pieces.joined()) == Array(expected.utf8))
    }

    struct Refused: Error {}

    @Test func aFailedPieceStopsTheWriting() {
        var written = 0
        #expect(throws: Refused.self) {
            try Self.node.write(inPiecesOf: 16) { _ in
                written += 1
                if written == 2 { throw Refused() }
            }
        }
        #expect(written == 2)
    }
}
