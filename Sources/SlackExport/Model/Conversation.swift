/// What kind of conversation a channel is.
public enum ConversationKind: String, Sendable, Equatable, CaseIterable {
    case publicChannel = "public"
    case privateChannel = "private"
    case directMessage = "dm"
    case groupDirectMessage = "group_dm"
}

/// A conversation's metadata (from `channels.json` and friends, or inferred).
public struct ConversationInfo: Sendable, Equatable {
    /// The Slack id (`C…`, `G…`, `D…`), or the folder name when the export gives none.
    public var id: String
    /// The name (`general`, `mpdm-a--b-1`), or the id for DMs.
    public var name: String
    /// Public, private, DM or group DM.
    public var kind: ConversationKind
    /// Member ids, when listed.
    public var memberIDs: [String]
    /// The topic at export time.
    public var topic: String?
    /// The purpose at export time.
    public var purpose: String?

    /// Creates conversation metadata.
    public init(
        id: String, name: String, kind: ConversationKind = .publicChannel, memberIDs: [String] = [],
        topic: String? = nil, purpose: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.memberIDs = memberIDs
        self.topic = topic
        self.purpose = purpose
    }
}

/// A conversation and its messages, sorted by `ts`, thread replies included.
public struct Conversation: Sendable, Equatable {
    /// The conversation's metadata.
    public var info: ConversationInfo
    /// Every message, top-level and replies, in `ts` order.
    public var messages: [Message]

    /// Creates a conversation; messages are sorted by `ts`.
    public init(info: ConversationInfo, messages: [Message]) {
        self.info = info
        // Sorting positions, not the messages themselves: a message is a large value, costly to
        // move about; most exports arrive in order and need no sorting at all.
        if Self.isSorted(messages) {
            self.messages = messages
        } else {
            self.messages = messages.indices.sorted { messages[$0].ts < messages[$1].ts }.map { messages[$0] }
        }
    }

    /// True when `messages` are in `ts` order (checked without copying them).
    static func isSorted(_ messages: [Message]) -> Bool {
        messages.withUnsafeBufferPointer { m in
            m.indices.dropFirst().allSatisfy { m[$0 - 1].ts <= m[$0].ts }
        }
    }

    /// The replies to the message with `ts`, in order.
    public func replies(to ts: SlackTimestamp) -> [Message] {
        messages.filter { $0.parentTS == ts }
    }

    /// Top-level messages (thread parents, broadcasts and ordinary posts), in order.
    public var topLevel: [Message] {
        messages.filter { $0.parentTS == nil || $0.kind == .threadBroadcast }
    }

    /// The first and last message times, or nil when empty.
    public var span: ClosedRange<SlackTimestamp>? {
        guard let first = messages.first?.ts, let last = messages.last?.ts else { return nil }
        return first...last
    }

    /// Only the messages with `from <= ts < to` (either bound optional).
    public func restricted(from: SlackTimestamp?, to: SlackTimestamp?) -> Conversation {
        var copy = self
        copy.messages = messages.filter { m in
            if let from, m.ts < from { return false }
            if let to, !(m.ts < to) { return false }
            return true
        }
        return copy
    }
}

extension ConversationInfo {
    /// The position of the conversation a user's selector names: by id, then name, then name in
    /// any case; a leading `#` is ignored.
    static func index(of selector: String, in infos: [ConversationInfo]) -> Int? {
        let wanted = selector.hasPrefix("#") ? String(selector.dropFirst()) : selector
        return infos.firstIndex { $0.id == wanted } ?? infos.firstIndex { $0.name == wanted }
            ?? infos.firstIndex { $0.name.lowercased() == wanted.lowercased() }
    }
}
