/// Every signal's phrases in one trie, so a message is scanned once for all of them.
///
/// Each position that starts a word is walked down the trie as far as the text matches; most walks
/// end after a character or two, so the cost grows with the text's length, not the number of phrases.
struct PhraseIndex: Sendable {
    private struct Node: Sendable {
        var children: [Unicode.Scalar: Int] = [:]
        /// (signal, phrase, is-prefix) for phrases ending here.
        var ends: [(signal: Int, phrase: Int, prefix: Bool)] = []
    }

    private var nodes: [Node] = [Node()]
    private(set) var signalNames: [String] = []
    private var phraseTexts: [[String]] = []

    init(_ signals: [String: [String]]) {
        for name in signals.keys.sorted() {
            let s = signalNames.count
            signalNames.append(name)
            var texts: [String] = []
            for raw in signals[name] ?? [] {
                var p = TextNormalizer.normalize(raw)
                let prefix = p.hasSuffix("*")
                if prefix { p.removeLast() }
                guard !p.isEmpty else { continue }
                texts.append(p)
                insert(Array(p.unicodeScalars), signal: s, phrase: texts.count - 1, prefix: prefix)
            }
            phraseTexts.append(texts)
        }
    }

    private mutating func insert(_ scalars: [Unicode.Scalar], signal: Int, phrase: Int, prefix: Bool) {
        var node = 0
        for c in scalars {
            if let next = nodes[node].children[c] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[c] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        nodes[node].ends.append((signal, phrase, prefix))
    }

    /// Signal name → the distinct phrases of it found in `text`, in the order of the rules file.
    func scan(_ text: NormalizedText) -> [String: [String]] {
        let s = text.scalars
        var found: [Int: Set<Int>] = [:]
        for start in s.indices {
            // A phrase that starts with a letter must start a word; CJK has no word boundaries.
            let leftIsWord = start > 0 && TextNormalizer.isWord(s[start - 1]) && !TextNormalizer.isCJK(s[start - 1])
            var node = 0
            var i = start
            while i < s.count, let next = nodes[node].children[s[i]] {
                node = next
                i += 1
                for end in nodes[node].ends {
                    let first = s[start]
                    let last = s[i - 1]
                    if leftIsWord && TextNormalizer.isWord(first) && !TextNormalizer.isCJK(first) { continue }
                    if !end.prefix && i < s.count && TextNormalizer.isWord(last) && !TextNormalizer.isCJK(last)
                        && TextNormalizer.isWord(s[i]) && !TextNormalizer.isCJK(s[i])
                    {
                        continue
                    }
                    found[end.signal, default: []].insert(end.phrase)
                }
            }
        }
        var result: [String: [String]] = [:]
        for (signal, phrases) in found {
            result[signalNames[signal]] = phrases.sorted().map { phraseTexts[signal][$0] }
        }
        return result
    }
}
