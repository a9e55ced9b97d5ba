import Foundation

/// Every signal's phrases in one trie over UTF-8 bytes, so a message is scanned once for all of them.
///
/// Each position that starts a character is walked down the trie as far as the bytes match; most
/// walks end at the first byte, so the cost grows with the text's length, not the number of phrases.
/// Matching bytes (not characters or scalars) of already-normalised text avoids any copy per message.
struct PhraseIndex: Sendable {
    /// A phrase that ends at a node: which signal and phrase, and whether it is a prefix (`word*`).
    private struct End: Sendable {
        let signal: Int32
        let phrase: Int32
        let prefix: Bool
        /// An exception of the signal ("crash course" for symptom): its phrases inside it do not count.
        var isException = false
    }

    /// First hop from the root, indexed by byte; -1 when no phrase starts with that byte.
    private var rootTable = [Int32](repeating: -1, count: 256)
    /// Node n's outgoing edges are `edgeBytes[edgeStart[n]..<edgeStart[n + 1]]`, sorted by byte.
    private var edgeStart: [Int32] = []
    private var edgeBytes: [UInt8] = []
    private var edgeTargets: [Int32] = []
    /// Node n's phrase ends are `ends[endStart[n]..<endStart[n + 1]]`.
    private var endStart: [Int32] = []
    private var ends: [End] = []
    /// Signal names and phrase texts by number.
    let table: SignalTable
    /// Words that undo a phrase standing shortly after them ("never rotated", "if it fails").
    private struct Scope: Sendable {
        /// The words, normalised, as UTF-8.
        let words: ByteWords
        /// How many words before a phrase are looked at.
        let reach: Int
        /// By signal: whether this scope undoes its phrases.
        let undoes: [Bool]
        /// True when the words come right after the phrase ("遅延なし", "hata yok") instead of before it.
        var after = false
    }

    /// The scopes (negating words, no-report words) that undo some signals' phrases.
    private var scopes: [Scope] = []
    /// By signal: whether some scope can undo it.
    private var negatable: [Bool] = []
    /// By signal: whether it has exceptions (phrases that contain one of its phrases but mean something else).
    private var hasExceptions: [Bool] = []

    /// The index of `signals`' phrases; `labels` names pseudo-signals (set by the caller, never
    /// matched) so that they have numbers too.
    init(
        _ signals: [String: [String]], labels: [String: String] = [:], scopes ruleScopes: [RuleSet.WordScope] = [],
        scopesAfter: [RuleSet.WordScope] = [], exceptions: [String: [String]] = [:]
    ) {
        // Every phrase's bytes with its end, in the order given; the trie is built from them sorted.
        var entries: [(bytes: [UInt8], end: End)] = []
        func insert(_ phrase: String, _ end: End) { entries.append((Array(phrase.utf8), end)) }
        // Normalised phrases; a trailing `*` makes one a prefix.
        let parsed = signals.mapValues { raws in
            raws.compactMap { raw -> (text: String, prefix: Bool)? in
                var p = TextNormalizer.normalize(raw)
                let prefix = p.hasSuffix("*")
                if prefix { p.removeLast() }
                return p.isEmpty ? nil : (p, prefix)
            }
        }
        table = SignalTable(phrases: parsed.mapValues { $0.map(\.text) }, labels: labels)
        let signalNames = table.names
        for (s, name) in signalNames.enumerated() {
            for (i, p) in (parsed[name] ?? []).enumerated() {
                insert(p.text, End(signal: Int32(s), phrase: Int32(table.firstPhrase[s] + i), prefix: p.prefix))
            }
        }
        hasExceptions = signalNames.map { !(exceptions[$0] ?? []).isEmpty }
        for (s, name) in signalNames.enumerated() {
            for raw in exceptions[name] ?? [] {
                let p = TextNormalizer.normalize(raw)
                guard !p.isEmpty else { continue }
                insert(p, End(signal: Int32(s), phrase: -1, prefix: false, isException: true))
            }
        }
        buildTrie(entries)
        func scope(_ scope: RuleSet.WordScope, after: Bool) -> Scope {
            let undone = Set(scope.signals)
            return Scope(
                words: ByteWords(scope.words.map { Array(TextNormalizer.normalize($0).utf8) }), reach: scope.wordsBefore,
                undoes: signalNames.map(undone.contains), after: after)
        }
        scopes = ruleScopes.filter { !$0.words.isEmpty && !$0.signals.isEmpty }.map { scope($0, after: false) }
            + scopesAfter.filter { !$0.words.isEmpty && !$0.signals.isEmpty }.map { scope($0, after: true) }
        negatable = signalNames.indices.map { s in scopes.contains { $0.undoes[s] } }
    }

    /// Lays out the trie of `entries` without a dictionary per node (building one was most of the
    /// start-up time): sorted, phrases sharing a prefix are neighbours, so each node is a run of
    /// them, and its children are the sub-runs by the next byte. Nodes are numbered breadth first.
    private mutating func buildTrie(_ entries: [(bytes: [UInt8], end: End)]) {
        // Every phrase's bytes in one buffer: sorting compares them with memcmp, not array copies.
        var flat: [UInt8] = []
        var offsets: [Int] = []
        offsets.reserveCapacity(entries.count + 1)
        for e in entries {
            offsets.append(flat.count)
            flat += e.bytes
        }
        offsets.append(flat.count)
        let count = entries.count
        var order = Array(0..<count)
        flat.withUnsafeBufferPointer { bytes in
            let base = bytes.baseAddress
            // Sorted by bytes; equal phrases keep their order, so a node's ends are in insertion order.
            order.sort { a, b in
                let la = offsets[a + 1] - offsets[a], lb = offsets[b + 1] - offsets[b]
                let shared = min(la, lb)
                if shared > 0, let base {
                    let c = memcmp(base + offsets[a], base + offsets[b], shared)
                    if c != 0 { return c < 0 }
                }
                return la != lb ? la < lb : a < b
            }
        }
        func length(_ i: Int) -> Int { offsets[order[i] + 1] - offsets[order[i]] }
        func byte(_ i: Int, _ depth: Int) -> UInt8 { flat[offsets[order[i]] + depth] }
        edgeStart.reserveCapacity(flat.count + 2)
        endStart.reserveCapacity(flat.count + 2)
        edgeBytes.reserveCapacity(flat.count)
        edgeTargets.reserveCapacity(flat.count)
        ends.reserveCapacity(count)
        // Node n is queue[n]: its edges and ends are laid out while it is read, children numbered
        // in the order they are queued, so no node needs a list of its own.
        var queue: [(lo: Int, hi: Int, depth: Int)] = [(0, count, 0)]
        queue.reserveCapacity(flat.count + 1)
        var node = 0
        while node < queue.count {
            let (lo, hi, depth) = queue[node]
            edgeStart.append(Int32(edgeBytes.count))
            endStart.append(Int32(ends.count))
            var i = lo
            // A phrase that ends here sorts before the longer ones it begins.
            while i < hi, length(i) == depth {
                ends.append(entries[order[i]].end)
                i += 1
            }
            while i < hi {
                let b = byte(i, depth)
                var j = i + 1
                while j < hi, byte(j, depth) == b { j += 1 }
                if node == 0 { rootTable[Int(b)] = Int32(queue.count) }
                edgeBytes.append(b)
                edgeTargets.append(Int32(queue.count))
                queue.append((i, j, depth + 1))
                i = j
            }
            node += 1
        }
        edgeStart.append(Int32(edgeBytes.count))
        endStart.append(Int32(ends.count))
    }

    /// The signals found in `text`, each with the phrases of it that matched.
    func scan(_ text: NormalizedText) -> SignalHits {
        // Hits as (signal << 32 | phrase) in one flat array: a message has a handful.
        var found: [UInt64] = []
        let string = text.string
        let scanned: Void? = string.utf8.withContiguousStorageIfAvailable { scan(bytes: $0, into: &found) }
        if scanned == nil {
            // Bridged or otherwise non-contiguous strings: copy once.
            Array(string.utf8).withUnsafeBufferPointer { scan(bytes: $0, into: &found) }
        }
        return SignalHits(unsorted: found)
    }

    private func scan(bytes s: UnsafeBufferPointer<UInt8>, into found: inout [UInt64]) {
        let count = s.count
        // Hits of signals that have exceptions, by position in `found`, and the spans their exceptions cover.
        var guarded: [(index: Int, signal: Int32, start: Int)] = []
        var excepted: [(signal: Int32, start: Int, end: Int)] = []
        for start in 0..<count {
            // Only character starts begin a phrase (UTF-8 continuation bytes are 10xxxxxx).
            let first = rootTable[Int(s[start])]
            guard first >= 0 else { continue }
            // Inside an ASCII word no phrase can start (`accepts` would refuse every end): most
            // positions are, so this skips most walks without decoding a scalar.
            if start > 0, Self.isASCIIWordByte(s[start - 1]), Self.isASCIIWordByte(s[start]) { continue }
            var node = Int(first)
            var i = start + 1
            while true {
                let endRange = Int(endStart[node])..<Int(endStart[node + 1])
                if !endRange.isEmpty {
                    for e in endRange where accepts(s, start: start, end: i, prefix: ends[e].prefix) {
                        if ends[e].isException {
                            excepted.append((ends[e].signal, start, i))
                            continue
                        }
                        let signal = Int(ends[e].signal)
                        if negatable[signal] && undone(signal, s, start: start, end: i) { continue }
                        if hasExceptions[signal] { guarded.append((found.count, ends[e].signal, start)) }
                        // Room for a message's handful of hits at once, instead of growing one by one.
                        if found.isEmpty { found.reserveCapacity(8) }
                        found.append(UInt64(UInt32(ends[e].signal)) << 32 | UInt64(UInt32(ends[e].phrase)))
                    }
                }
                guard i < count, let next = child(of: node, byte: s[i]) else { break }
                node = next
                i += 1
            }
        }
        // "crash course": a phrase inside one of its signal's exceptions does not count.
        guard !excepted.isEmpty, !guarded.isEmpty else { return }
        let dropped = Set(guarded.filter { g in excepted.contains { $0.signal == g.signal && g.start >= $0.start && g.start < $0.end } }.map(\.index))
        if !dropped.isEmpty { found = found.enumerated().filter { !dropped.contains($0.offset) }.map(\.element) }
    }

    /// True when a scope undoing `signal` has one of its words among the words just before `start`
    /// ("never rotated", "not really restarted", "shout if anything looks off", "0 failed"). Words
    /// are runs of letters, digits and apostrophes.
    private func undone(_ signal: Int, _ s: UnsafeBufferPointer<UInt8>, start: Int, end phraseEnd: Int) -> Bool {
        for scope in scopes where scope.undoes[signal] {
            if scope.after {
                if Self.followed(s, at: phraseEnd, byOneOf: scope.words) { return true }
                continue
            }
            var end = start
            reading: for _ in 0..<scope.reach {
                // Skip what separates the words, then read the word backwards. A sentence's end
                // bounds the scope: "4.18.0 is not served anymore. closing the incident" closes.
                while end > 0, !Self.isScopeWordByte(s[end - 1]) {
                    if Self.endsSentence(s, at: end - 1) { break reading }
                    end -= 1
                }
                var begin = end
                while begin > 0, Self.isScopeWordByte(s[begin - 1]) { begin -= 1 }
                guard begin < end else { break }
                if scope.words.contains(s, from: begin, to: end) { return true }
                end = begin
            }
        }
        return false
    }

    /// True when, past spaces and a label's colon, the text at `i` begins with one of `words` ending a word there, or
    /// running on in a script that does not separate words ("遅延なし", "hata yok", "error nahi").
    private static func followed(_ s: UnsafeBufferPointer<UInt8>, at i: Int, byOneOf words: ByteWords) -> Bool {
        var i = i
        // A count's label may end in a colon or an equals sign ("failed: 0", "errors=0").
        while i < s.count, s[i] == 0x20 || s[i] == UInt8(ascii: ":") || s[i] == UInt8(ascii: "=") { i += 1 }
        for w in words.sorted where i + w.count <= s.count && s[i..<(i + w.count)].elementsEqual(w) {
            let next = i + w.count
            // A Latin-script word must end there: "yok" is not the start of "yoksa".
            if next < s.count, let last = w.last, last < 0x80, isScopeWordByte(last), isScopeWordByte(s[next]), s[next] < 0x80 { continue }
            return true
        }
        return false
    }

    /// True for a line break, or a full stop, "!", "?" or ";" followed by a space or a line break
    /// (not the dot inside "4.18.0" or "e.g").
    private static func endsSentence(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        switch s[i] {
        case 0x0A: return true
        case 0x2E, 0x21, 0x3F, 0x3B: return i + 1 < s.count && (s[i + 1] == 0x20 || s[i + 1] == 0x0A)
        default: return false
        }
    }

    /// Letters (any script, as UTF-8 bytes of non-ASCII scalars), digits and the apostrophe of "didn't".
    private static func isScopeWordByte(_ b: UInt8) -> Bool {
        b >= 0x80 || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x27
    }

    /// ASCII letters, digits and the underscore: the bytes `TextNormalizer.isWord` accepts below 0x80.
    private static func isASCIIWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }

    private func child(of node: Int, byte: UInt8) -> Int? {
        var e = Int(edgeStart[node])
        let end = Int(edgeStart[node + 1])
        // Nodes below the root have a handful of edges at most: a linear walk beats a search.
        while e < end {
            let b = edgeBytes[e]
            if b == byte { return Int(edgeTargets[e]) }
            if b > byte { return nil }
            e += 1
        }
        return nil
    }

    /// Word boundaries: a phrase that starts with a letter must start a word, and one that ends
    /// with a letter must end one unless it is a prefix. CJK has no word boundaries.
    private func accepts(_ s: UnsafeBufferPointer<UInt8>, start: Int, end: Int, prefix: Bool) -> Bool {
        if start > 0, Self.isBoundWord(Self.scalar(endingAt: start, in: s)), Self.isBoundWord(Self.scalar(at: start, in: s)) {
            return false
        }
        if !prefix, end < s.count, Self.isBoundWord(Self.scalar(endingAt: end, in: s)), Self.isBoundWord(Self.scalar(at: end, in: s)) {
            return false
        }
        return true
    }

    private static func isBoundWord(_ c: Unicode.Scalar) -> Bool {
        TextNormalizer.isWord(c) && !TextNormalizer.isUnspaced(c)
    }

    /// The scalar whose encoding starts at `i`.
    private static func scalar(at i: Int, in s: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        let b0 = s[i]
        if b0 < 0x80 { return Unicode.Scalar(b0) }
        var length = 2
        if b0 >= 0xF0 { length = 4 } else if b0 >= 0xE0 { length = 3 }
        var value = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length where i + k < s.count {
            value = value << 6 | (UInt32(s[i + k]) & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The scalar whose encoding ends just before `i`.
    private static func scalar(endingAt i: Int, in s: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var j = i - 1
        while j > 0 && s[j] & 0xC0 == 0x80 { j -= 1 }
        return scalar(at: j, in: s)
    }
}

/// A scope's words as UTF-8, sorted: a word of a message is looked up where it stands in the
/// message's bytes, without copying it out (a copy per word read was most of the scan's allocations).
struct ByteWords: Sendable {
    /// The words in byte order, each once.
    let sorted: [[UInt8]]

    init(_ words: [[UInt8]]) {
        sorted = Set(words).sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// True when `s[begin..<end]` is one of the words.
    func contains(_ s: UnsafeBufferPointer<UInt8>, from begin: Int, to end: Int) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            let order = Self.compare(sorted[mid], s, begin, end)
            if order == 0 { return true }
            if order < 0 { low = mid + 1 } else { high = mid }
        }
        return false
    }

    /// Negative, zero or positive as `word` sorts before, equal to or after `s[begin..<end]`.
    private static func compare(_ word: [UInt8], _ s: UnsafeBufferPointer<UInt8>, _ begin: Int, _ end: Int) -> Int {
        let length = end - begin
        for k in 0..<min(word.count, length) where word[k] != s[begin + k] {
            return word[k] < s[begin + k] ? -1 : 1
        }
        return word.count - length
    }
}
