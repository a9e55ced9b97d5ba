/// Collects a conversation's messages from many files: merges duplicate copies (the same `ts`
/// from history and from a thread), flattens slackdump's nested replies, drops deleted ones.
struct ConversationBuilder {
    let info: ConversationInfo
    /// Messages in the order read (usually already by time). Duplicates are merged once, when
    /// built: looking each `ts` up as it arrived cost a hash of every message.
    private var messages: [Message] = []

    init(info: ConversationInfo) { self.info = info }

    /// Makes room for `count` messages at once.
    mutating func reserve(_ count: Int) {
        messages.reserveCapacity(count)
    }

    /// Adds messages already decoded (in order), e.g. by ``DecodedFile``.
    mutating func insert(_ messages: [Message]) {
        self.messages.append(contentsOf: messages)
    }

    /// The conversation, sorted by `ts` with duplicates merged (each counted in `report`); the
    /// builder gives its messages away (no copy of a big channel).
    mutating func build(report: inout LoadReport) -> Conversation {
        var messages: [Message] = []
        swap(&messages, &self.messages)
        if !Conversation.isSorted(messages) {
            // Positions sort, not messages (large values); the position breaks ties so that copies
            // of one message stay in the order read.
            messages = messages.indices.sorted { (messages[$0].ts, $0) < (messages[$1].ts, $1) }.map { messages[$0] }
        }
        if messages.indices.dropFirst().contains(where: { messages[$0 - 1].ts == messages[$0].ts }) {
            var merged: [Message] = []
            merged.reserveCapacity(messages.count)
            for message in messages {
                if let last = merged.indices.last, merged[last].ts == message.ts {
                    report.mergedDuplicates += 1
                    merged[last] = Self.merge(merged[last], with: message)
                } else {
                    merged.append(message)
                }
            }
            messages = merged
        }
        // A parent is a parent when some message replies to it, whatever its own fields say.
        let parents = Set(messages.compactMap { $0.parentTS?.raw })
        if !parents.isEmpty {
            for i in messages.indices where !messages[i].isThreadParent && parents.contains(messages[i].ts.raw) {
                messages[i].isThreadParent = true
            }
        }
        return Conversation(info: info, messages: messages)
    }

    /// Two copies of one message (history and thread, or an edit): the most recent edit wins,
    /// otherwise the copy with more content; thread facts from either are kept.
    private static func merge(_ existing: Message, with message: Message) -> Message {
        var kept = existing
        if (message.editedTS ?? message.ts) > (existing.editedTS ?? existing.ts) {
            kept = message
        } else if existing.text.isEmpty && !message.text.isEmpty {
            kept = message
        }
        kept.isThreadParent = existing.isThreadParent || message.isThreadParent
        if kept.parentTS == nil { kept.parentTS = existing.parentTS ?? message.parentTS }
        if existing.kind == .threadBroadcast || message.kind == .threadBroadcast { kept.kind = .threadBroadcast }
        return kept
    }
}

/// One day file read, parsed and decoded on its own, so files can be handled in parallel and
/// merged in their original order.
struct DecodedFile {
    var messages: [Message] = []
    var report = LoadReport()
    var decoder = RecordDecoder()
    /// Longest `text` decoded, in UTF-8 bytes (``ReadLimits/maxMessageBytes``).
    var maxTextBytes = Int.max

    init(maxTextBytes: Int = Int.max) { self.maxTextBytes = maxTextBytes }

    /// Decodes records (and slackdump's nested replies) in order, counting what is skipped.
    mutating func decode(_ records: [JSONValue], file: String, userKey: String) {
        for (index, original) in records.enumerated() {
            var record = original
            // A hostile 20 MB "message" would cost half a gigabyte to parse: keep its beginning.
            if case .object(var o) = record, let text = o["text"]?.string, text.utf8.count > maxTextBytes {
                o["text"] = .string(Self.prefix(of: text, bytes: maxTextBytes))
                record = .object(o)
                report.warn(
                    file,
                    "message \(index): text of \(formatBytes(text.utf8.count)) cut to its first \(formatBytes(maxTextBytes)) (raise it with --max-message-size)")
            }
            switch decoder.message(record, userKey: userKey) {
            case .malformed(let why):
                report.warn(file, "message \(index): \(why); skipped")
                report.skippedMalformed += 1
            case .deleted(let replies):
                report.droppedDeleted += 1
                if !replies.isEmpty { decode(replies, file: file + " (replies of a deleted message)", userKey: userKey) }
            case .message(let message, let replies):
                messages.append(message)
                if !replies.isEmpty { decode(replies, file: file + " (replies of \(message.ts.raw))", userKey: userKey) }
            }
        }
    }

    /// The longest prefix of `text` of at most `bytes` UTF-8 bytes that ends between two Unicode
    /// scalars (checked in constant time, so hostile combining sequences cannot slow it down).
    static func prefix(of text: String, bytes: Int) -> String {
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: min(max(0, bytes), text.utf8.count))
        while end > text.startIndex, String.Index(end, within: text.unicodeScalars) == nil { end = text.utf8.index(before: end) }
        return String(text.unicodeScalars[..<end])
    }
}
