import Foundation
import SlackExport

/// Replaces people's names with stable role-based pseudonyms for blameless sharing: "Incident
/// commander", "Responder 2", "Stakeholder 1", "Person 3" (someone mentioned who did not post).
///
/// Numbers count per role in order of first appearance (first message, else first mention), so the
/// same export and flags always give the same pseudonyms. Bots keep their names. Names are replaced
/// in author names, mentions, participants, owners and every text: a person's real name, display
/// name, handle and first name where they appear as words (a first name or handle that is also a
/// common word, like "Will" or "ops", only when capitalised as a name). Job titles are dropped.
public struct Pseudonymizer: Sendable {
    /// Pseudonyms by user id (people only).
    public private(set) var pseudonymsByID: [String: String] = [:]
    /// Name forms (lower-cased word sequences) and their pseudonyms, longest first.
    private var forms: [NameForm] = []
    /// Forms by their first word, for a linear scan of text.
    private var formsByFirstWord: [String: [Int]] = [:]
    /// Whole names as written (lower-cased), for fields that hold just a name (owners, settlers).
    private var wholeNames: [String: String] = [:]

    struct NameForm: Sendable {
        var words: [String]
        var pseudonym: String
        /// Only matches where the text capitalises the word (a name that is also a common word).
        var capitalisedOnly: Bool
    }

    /// Builds the pseudonyms from an analysis of `conversation` (for roles and order) and the workspace's people.
    public init(analysis: Analysis, conversation: Conversation, workspace: Workspace) {
        var roleOf: [String: ParticipantRole] = [:]
        for p in analysis.participants { roleOf[p.id] = p.role }
        func isBot(_ id: String) -> Bool {
            roleOf[id] == .bot || workspace.users[id]?.isBot == true || id == "USLACKBOT"
        }
        // Order of first appearance: participants by their first message, then people as mentioned.
        var order: [String] = analysis.participants.sorted { $0.firstTS < $1.firstTS }.map(\.id)
        var seen = Set(order)
        func note(_ id: String) { if seen.insert(id).inserted { order.append(id) } }
        for m in conversation.messages {
            if let a = m.authorID, !m.isBot { note(a) }
            Self.forEachMention(in: m.text) { note($0) }
        }
        for user in workspace.users.all where !user.isBot { note(user.id) }

        var counters: [String: Int] = [:]
        var commanders = analysis.participants.filter { $0.role == .incidentCommander }.count
        if commanders == 0 { commanders = 1 }
        for id in order where !isBot(id) {
            let base: String
            switch roleOf[id] {
            case .incidentCommander?: base = "Incident commander"
            case .stakeholder?: base = "Stakeholder"
            case .responder?: base = "Responder"
            case .bot?: continue
            case nil: base = "Person"
            }
            counters[base, default: 0] += 1
            let n = counters[base]!
            pseudonymsByID[id] = base == "Incident commander" ? (commanders == 1 ? base : "\(base) \(n)") : "\(base) \(n)"
        }

        // Every way a person's name may be written, mapped to their pseudonym. The conversation is
        // read once for all people: per person, a year-long channel would be read dozens of times.
        var firstHint: [String: String?] = [:]
        var mentionLabels: [String: [String]] = [:]
        for m in conversation.messages {
            if let author = m.authorID, firstHint[author] == nil { firstHint[author] = .some(m.authorNameHint) }
            Self.forEachMentionLabel(in: m) { id, label in mentionLabels[id, default: []].append(label) }
        }
        var seenForms = Set<[String]>()
        for id in order {
            guard let pseudonym = pseudonymsByID[id] else { continue }
            let user = workspace.users[id]
            var names: [String] = [user?.realName, user?.displayName, user?.handle].compactMap { $0 }
            if let hint = firstHint[id] ?? nil { names.append(hint) }
            if let participant = analysis.participants.first(where: { $0.id == id }) { names.append(participant.name) }
            names += mentionLabels[id] ?? []
            var candidates: [[String]] = []
            for name in names {
                let key = name.trimmingCharacters(in: .whitespaces).lowercased()
                if !key.isEmpty, wholeNames[key] == nil { wholeNames[key] = pseudonym }
                let words = Self.words(in: name).map(\.lower)
                guard !words.isEmpty else { continue }
                candidates.append(words)
                if words.count > 1 { candidates.append([words[0]]) }  // the first name alone
            }
            for words in candidates where seenForms.insert(words).inserted {
                if words.count == 1 && words[0].count < 2 { continue }
                let common = words.count == 1 && Self.commonWords.contains(words[0])
                forms.append(NameForm(words: words, pseudonym: pseudonym, capitalisedOnly: common))
            }
        }
        forms.sort { $0.words.count > $1.words.count }
        for (i, form) in forms.enumerated() { formsByFirstWord[form.words[0], default: []].append(i) }
    }

    // MARK: - Text

    /// `text` with every person's name replaced by their pseudonym.
    public func replacingNames(in text: String) -> String {
        guard !forms.isEmpty, !text.isEmpty else { return text }
        let words = Self.words(in: text)
        guard !words.isEmpty else { return text }
        var out = ""
        var cursor = text.startIndex
        var i = 0
        while i < words.count {
            var matched: (form: NameForm, length: Int)?
            for index in formsByFirstWord[words[i].lower] ?? [] {
                let form = forms[index]
                guard i + form.words.count <= words.count else { continue }
                var ok = true
                for k in 0..<form.words.count {
                    if words[i + k].lower != form.words[k] { ok = false; break }
                    // Words of a name are separated by a space, dot, dash or underscore, nothing longer.
                    if k > 0, text.distance(from: words[i + k - 1].range.upperBound, to: words[i + k].range.lowerBound) > 2 { ok = false; break }
                }
                if ok, form.capitalisedOnly, words[i].text.first?.isUppercase != true { ok = false }
                if ok { matched = (form, form.words.count); break }
            }
            if let (form, length) = matched {
                out += text[cursor..<words[i].range.lowerBound]
                out += form.pseudonym
                cursor = words[i + length - 1].range.upperBound
                i += length
            } else {
                i += 1
            }
        }
        out += text[cursor...]
        return out
    }

    /// The pseudonym for a field that holds a name (an owner, a settler), else the text with names replaced.
    func replacingName(_ name: String) -> String {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        let bare = key.hasPrefix("@") ? String(key.dropFirst()) : key
        return wholeNames[key] ?? wholeNames[bare] ?? replacingNames(in: name)
    }

    /// The name to show for an author: the pseudonym of a person, the name of a bot.
    func name(forID id: String, shown name: String) -> String {
        pseudonymsByID[id] ?? replacingName(name)
    }

    // MARK: - Model values

    /// The message with its author hint, mentions and text pseudonymised (bots' own names kept).
    public func apply(to message: Message) -> Message {
        var m = message
        if let id = message.authorID, let pseudonym = pseudonymsByID[id] {
            m.authorNameHint = message.authorNameHint == nil ? nil : pseudonym
        } else if !message.isBot {
            m.authorNameHint = message.authorNameHint.map(replacingNames)
        }
        m.text = message.text.mappingStrings(
            { s, part in
                let replaced = replacingNames(in: s)
                // A name inside a URL must not break it.
                return part == .url && replaced != s ? replaced.replacingOccurrences(of: " ", with: "-") : replaced
            },
            mention: { id, label in pseudonymsByID[id] ?? label.map(replacingNames) })
        m.fileNames = message.fileNames.map(replacingNames)
        return m
    }

    /// The conversation with every message pseudonymised; a DM's name (`mpdm-ana--ben-1`) too.
    public func apply(to conversation: Conversation) -> Conversation {
        var c = conversation
        c.messages = conversation.messages.map(apply)
        c.info.name = replacingNames(in: conversation.info.name)
        c.info.topic = conversation.info.topic.map(replacingNames)
        c.info.purpose = conversation.info.purpose.map(replacingNames)
        return c
    }

    /// The workspace with people renamed to their pseudonyms (titles dropped) and conversations pseudonymised.
    public func apply(to workspace: Workspace) -> Workspace {
        var w = workspace
        for var user in workspace.users.all where !user.isBot {
            let pseudonym = pseudonymsByID[user.id] ?? "Person"
            user.realName = pseudonym
            user.displayName = pseudonym
            user.handle = nil
            user.title = nil
            w.users.replace(user)
        }
        w.conversations = workspace.conversations.map(apply)
        return w
    }

    /// The analysis with every name and text pseudonymised.
    public func apply(to analysis: Analysis) -> Analysis {
        var a = analysis
        let t = replacingNames
        a.channel.name = t(analysis.channel.name)
        a.header.title = t(analysis.header.title)
        a.header.summary = t(analysis.header.summary)
        a.header.impact = analysis.header.impact.map(t)
        for kind in MilestoneKind.allCases {
            if var m = analysis.milestones[kind] {
                m.evidence = t(m.evidence)
                a.milestones[kind] = m
            }
        }
        a.timeline = analysis.timeline.map { e in
            var e = e
            e.name = name(forID: e.userID, shown: e.name)
            e.text = t(e.text)
            e.message = apply(to: e.message)
            return e
        }
        a.escalations = analysis.escalations.map { e in
            var e = e
            e.name = name(forID: e.userID, shown: e.name)
            e.to = t(e.to)
            e.text = t(e.text)
            return e
        }
        a.hypotheses = analysis.hypotheses.map { h in
            var h = h
            h.name = name(forID: h.userID, shown: h.name)
            h.text = t(h.text)
            h.outcomeText = h.outcomeText.map(t)
            h.outcomeName = h.outcomeName.map(replacingName)
            return h
        }
        a.actionItems = analysis.actionItems.map { item in
            var item = item
            item.text = t(item.text)
            item.owner = item.owner.map(replacingName)
            return item
        }
        a.participants = analysis.participants.map { p in
            var p = p
            p.name = name(forID: p.id, shown: p.name)
            if p.role != .bot { p.title = nil }
            return p
        }
        a.warnings = analysis.warnings.map(t)
        return a
    }

    // MARK: - Helpers

    struct Word {
        var text: Substring
        var lower: String
        var range: Range<String.Index>
    }

    /// Runs of letters and digits (`ana.lima` is two words, `O'Neil` two as well).
    static func words(in text: String) -> [Word] {
        if let ascii = asciiWords(in: text) { return ascii }
        return characterWords(in: text)
    }

    /// The same words for plain ASCII text, found byte by byte: for ASCII, a letter or digit
    /// character is exactly [A-Za-z0-9], and walking characters (grapheme clusters) is slow.
    static func asciiWords(in text: String) -> [Word]? {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var result: [Word] = []
        var start: String.Index?
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let b = utf8[i]
            let isWord = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            if isWord {
                if start == nil { start = i }
            } else if let s = start {
                result.append(Word(text: text[s..<i], lower: text[s..<i].lowercased(), range: s..<i))
                start = nil
            }
            i = utf8.index(after: i)
        }
        if let s = start { result.append(Word(text: text[s...], lower: text[s...].lowercased(), range: s..<text.endIndex)) }
        return result
    }

    /// Words found by walking characters: right for any script.
    static func characterWords(in text: String) -> [Word] {
        var result: [Word] = []
        var start: String.Index?
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c.isLetter || c.isNumber {
                if start == nil { start = i }
            } else if let s = start {
                result.append(Word(text: text[s..<i], lower: text[s..<i].lowercased(), range: s..<i))
                start = nil
            }
            i = text.index(after: i)
        }
        if let s = start { result.append(Word(text: text[s...], lower: text[s...].lowercased(), range: s..<text.endIndex)) }
        return result
    }

    static func forEachMention(in text: RichText, _ body: (String) -> Void) {
        func visit(_ inlines: [Inline]) {
            for i in inlines {
                switch i {
                case .user(let id, _): body(id)
                case .styled(_, let children): visit(children)
                default: break
                }
            }
        }
        for block in text.blocks {
            switch block {
            case .paragraph(let i), .quote(let i), .listItem(_, _, let i): visit(i)
            case .code: break
            }
        }
    }

    /// Every (user id, label) of a mention in the message's text.
    static func forEachMentionLabel(in message: Message, _ body: (String, String) -> Void) {
        func visit(_ inlines: [Inline]) {
            for i in inlines {
                switch i {
                case .user(let uid, let label?): body(uid, label)
                case .styled(_, let children): visit(children)
                default: break
                }
            }
        }
        for block in message.text.blocks {
            switch block {
            case .paragraph(let i), .quote(let i), .listItem(_, _, let i): visit(i)
            case .code: break
            }
        }
    }

    /// Names and handles that are also everyday words: replaced only when capitalised.
    static let commonWords: Set<String> = [
        "will", "may", "mark", "bill", "art", "june", "april", "august", "grant", "rob", "pat", "sue", "max", "hope",
        "joy", "faith", "page", "chase", "dawn", "guy", "jack", "ray", "victor", "drew", "lane", "rose", "lily", "ivy",
        "amber", "ruby", "jade", "crystal", "frank", "sunny", "holly", "robin", "penny", "gene", "jean", "don", "carol",
        "dash", "nick", "sky", "river", "storm", "autumn", "summer", "winter", "forest", "hunter", "cash", "miles",
        "bay", "brook", "cliff", "dean", "glen", "grace", "harmony", "major", "marshall", "mason", "norm", "price",
        "reed", "rich", "rusty", "sage", "scott", "sandy", "stone", "wade", "ward", "wolf", "young", "long", "little",
        "ops", "dev", "devops", "admin", "root", "oncall", "sre", "bot", "test", "user", "support", "team", "help",
        "info", "alert", "alerts", "deploy", "build", "ci", "qa", "it", "data", "web", "api", "app", "ok", "on", "in",
        "me", "an", "am", "al", "ed", "jo", "bo", "so", "do", "go", "no", "up", "is", "be", "we", "he", "us", "at",
    ]
}
