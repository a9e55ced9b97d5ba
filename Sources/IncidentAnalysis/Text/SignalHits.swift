/// Signal names by number and every phrase a hit can name: the rules' phrases and the labels of
/// the pseudo-signals the classifier sets itself ("(alerting bot)").
final class SignalTable: Sendable {
    /// Names in sorted order: a signal's number is its position, so hits sorted by number are in
    /// name order, and sums over them come out the same every run.
    let names: [String]
    /// Numbers by a hash of the name's bytes (open addressing, -1 for free): the analysis asks
    /// "has this message signal X?" millions of times on a long channel, and hashing each name with
    /// the standard library's seeded hash was a tenth of its work.
    private let slots: [Int32]
    /// Phrase texts (normalised); a hit names one by its position.
    let phrases: [String]
    /// By signal: the position in `phrases` of its label, for pseudo-signals.
    let labels: [UInt32?]
    /// By signal: the position in `phrases` of its first rule phrase.
    let firstPhrase: [Int]

    /// `phrases[name]` are a signal's normalised rule phrases; `labels[name]` a pseudo-signal's label.
    init(phrases byName: [String: [String]], labels labelByName: [String: String]) {
        names = Set(byName.keys).union(labelByName.keys).sorted()
        var phrases: [String] = []
        var labels: [UInt32?] = []
        var first: [Int] = []
        for name in names {
            first.append(phrases.count)
            phrases += byName[name] ?? []
            if let label = labelByName[name] {
                labels.append(UInt32(phrases.count))
                phrases.append(label)
            } else {
                labels.append(nil)
            }
        }
        self.phrases = phrases
        self.labels = labels
        self.firstPhrase = first
        var slots = [Int32](repeating: -1, count: Self.slotCount(for: names.count))
        for (id, name) in names.enumerated() {
            var at = Self.hash(name) & (slots.count - 1)
            while slots[at] >= 0 { at = (at + 1) & (slots.count - 1) }
            slots[at] = Int32(id)
        }
        self.slots = slots
    }

    /// The number of the signal called `name`, or nil when the table has none.
    func id(_ name: String) -> UInt32? {
        var at = Self.hash(name) & (slots.count - 1)
        while slots[at] >= 0 {
            if names[Int(slots[at])] == name { return UInt32(slots[at]) }
            at = (at + 1) & (slots.count - 1)
        }
        return nil
    }

    /// A power of two at least twice the names' count, so probes stay short.
    private static func slotCount(for count: Int) -> Int {
        var size = 8
        while size < 2 * count { size *= 2 }
        return size
    }

    /// FNV-1a over the name's UTF-8: names are short, and the same name always lands in the same slot.
    private static func hash(_ name: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
}

/// The signals found in one text, kept as a few integers: a year-long channel has a million of
/// these, and a dictionary of phrase arrays per message cost more than the matching.
struct SignalHits: Sendable, Equatable {
    /// (signal << 32 | phrase), sorted and unique: signals in name order, each phrase once.
    private(set) var codes: [UInt64] = []

    /// Hits from unsorted codes that may repeat.
    init(unsorted: consuming [UInt64] = []) {
        guard !unsorted.isEmpty else { return }
        // Sorted and made unique in place: the scan's buffer becomes the hits, with no copy.
        var codes = unsorted
        codes.sort()
        var kept = 1
        for k in 1..<codes.count where codes[k] != codes[kept - 1] {
            codes[kept] = codes[k]
            kept += 1
        }
        codes.removeLast(codes.count - kept)
        self.codes = codes
    }

    var isEmpty: Bool { codes.isEmpty }

    /// True when `signal` has a hit.
    func contains(_ signal: UInt32) -> Bool {
        let key = UInt64(signal) << 32
        for code in codes {
            if code >= key { return code >> 32 == UInt64(signal) }
        }
        return false
    }

    /// The positions in the table's phrases of `signal`'s hits, in rules order.
    func phrases(of signal: UInt32) -> [UInt32] {
        codes.filter { $0 >> 32 == UInt64(signal) }.map { UInt32(truncatingIfNeeded: $0) }
    }

    /// The signals hit, in name order, each with how many of its phrases matched.
    var signals: [(signal: UInt32, phrases: Int)] {
        var result: [(signal: UInt32, phrases: Int)] = []
        forEachSignalCount { result.append(($0, $1)) }
        return result
    }

    /// Calls `body` with each signal hit and how many of its phrases matched, in name order (without building an array).
    func forEachSignalCount(_ body: (UInt32, Int) -> Void) {
        var k = 0
        while k < codes.count {
            let signal = codes[k] >> 32
            var count = 0
            while k < codes.count, codes[k] >> 32 == signal {
                count += 1
                k += 1
            }
            body(UInt32(signal), count)
        }
    }

    /// Adds a hit of `signal` naming `phrase`.
    mutating func insert(_ signal: UInt32, phrase: UInt32) {
        let code = UInt64(signal) << 32 | UInt64(phrase)
        let at = codes.firstIndex { $0 >= code } ?? codes.endIndex
        if at == codes.endIndex || codes[at] != code { codes.insert(code, at: at) }
    }

    /// Removes every hit of `signal`.
    mutating func remove(_ signal: UInt32) {
        codes.removeAll { $0 >> 32 == UInt64(signal) }
    }

    /// Drops every hit but those of `signal`.
    mutating func keepOnly(_ signal: UInt32) {
        codes.removeAll { $0 >> 32 != UInt64(signal) }
    }

    // MARK: By name

    /// True when the signal named `name` in `table` has a hit (false for a name the table lacks).
    func contains(_ name: String, in table: SignalTable) -> Bool {
        // No hits, no need to look the name up (most messages of a long channel have none).
        guard !codes.isEmpty else { return false }
        return table.id(name).map(contains) ?? false
    }

    /// The texts of the phrases of `name` that matched, in rules order.
    func phrases(_ name: String, in table: SignalTable) -> [String] {
        guard !codes.isEmpty else { return [] }
        return table.id(name).map { phrases(of: $0).map { table.phrases[Int($0)] } } ?? []
    }

    /// Removes every hit of the signal named `name` in `table`.
    mutating func remove(_ name: String, in table: SignalTable) {
        if let s = table.id(name) { remove(s) }
    }

    /// Drops every hit but those of the signal named `name` (nothing, for a name the table lacks).
    mutating func keepOnly(_ name: String, in table: SignalTable) {
        if let s = table.id(name) { keepOnly(s) }
    }

    /// Sets the pseudo-signal `name`, with its label as the phrase.
    mutating func mark(_ name: String, in table: SignalTable) {
        mark(name, labelledAs: name, in: table)
    }

    /// Sets the signal `name` with the label of the pseudo-signal `pseudo` as its phrase: a signal
    /// read from something other than words ("alert_recovered" from a green attachment).
    mutating func mark(_ name: String, labelledAs pseudo: String, in table: SignalTable) {
        if let s = table.id(name), let p = table.id(pseudo), let label = table.labels[Int(p)] { insert(s, phrase: label) }
    }

    /// Gives `name` the phrases `source` matched, in place of its own.
    mutating func copy(_ source: String, to name: String, in table: SignalTable) {
        guard let from = table.id(source), let to = table.id(name) else { return }
        let matched = phrases(of: from)
        remove(to)
        for p in matched { insert(to, phrase: p) }
    }
}
