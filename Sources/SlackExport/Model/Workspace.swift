/// Everything read from one export: people, conversations and what the reader had to skip.
public struct Workspace: Sendable {
    /// The path the user named (or `-` for standard input).
    public var source: String
    /// The shape the reader recognised.
    public var shape: ExportShape
    /// People and bots.
    public var users: UserDirectory
    /// Conversations, sorted by kind then name; a conversation listed with no messages is kept.
    public var conversations: [Conversation]
    /// Warnings about records skipped or repaired, and counts of what was dropped.
    public var report: LoadReport

    /// Creates a workspace.
    public init(source: String, shape: ExportShape, users: UserDirectory, conversations: [Conversation], report: LoadReport) {
        self.source = source
        self.shape = shape
        self.users = users
        self.conversations = conversations
        self.report = report
    }

    /// Looks names up in this workspace's users and channels, for rendering text.
    public var names: NameLookup {
        let users = self.users
        var channelNames: [String: String] = [:]
        for c in conversations where c.info.kind != .directMessage { channelNames[c.info.id] = c.info.name }
        let channels = channelNames
        return NameLookup(user: { users.name(for: $0) }, channel: { channels[$0] })
    }

    /// The name to show for a message's author.
    public func authorName(of message: Message) -> String {
        // A legacy integration (known only by its bot id) is shown by its per-message name, which is
        // what people saw; an app with a bot user in users.json is named from there.
        if message.isBot, let hint = message.authorNameHint, !hint.isEmpty, message.authorID.map({ $0.hasPrefix("B") }) ?? true {
            return hint
        }
        if let id = message.authorID, let user = users[id] { return user.name }
        if let hint = message.authorNameHint, !hint.isEmpty { return hint }
        return message.authorID ?? "unknown"
    }

    /// Picks one conversation by name or id (a leading `#` is ignored).
    ///
    /// With no selector, the only conversation with messages is chosen; several make a usage error
    /// that lists them.
    public func conversation(named selector: String?) throws(ExportError) -> Conversation {
        if let selector {
            if let i = ConversationInfo.index(of: selector, in: conversations.map(\.info)) { return conversations[i] }
            throw .conversationNotFound(selector, available: conversations.map(\.info.name), source: source)
        }
        let withMessages = conversations.filter { !$0.messages.isEmpty }
        if withMessages.count == 1 { return withMessages[0] }
        if conversations.count == 1 { return conversations[0] }
        if withMessages.isEmpty { throw .noMessages(source: source) }
        throw .conversationAmbiguous(withMessages.map(\.info.name), source: source)
    }

    /// The time zone most of the conversation's authors have in their profiles, else nil.
    public func prevailingTimeZone(in conversation: Conversation) -> String? {
        var authors = Set<String>()
        for m in conversation.messages where !m.isBot { if let a = m.authorID { authors.insert(a) } }
        var counts: [String: Int] = [:]
        for id in authors {
            if let tz = users[id]?.timeZone, !tz.isEmpty { counts[tz, default: 0] += 1 }
        }
        // Ties go to the alphabetically first zone so the choice is stable.
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key
    }
}

/// The shapes of input the reader understands.
public enum ExportShape: String, Sendable, Equatable {
    case workspaceZip = "workspace export (zip)"
    case workspaceFolder = "workspace export (folder)"
    case conversationFolder = "conversation folder"
    case dayFile = "day file"
    case tsKeyedObject = "ts-keyed messages"
    case apiResponse = "Slack API response"
    case slackdumpDump = "slackdump dump"
    case slackdumpChunks = "slackdump chunk archive"
    case singleMessage = "single message"
}
