/// One message of a conversation, reduced to what a postmortem needs.
public struct Message: Sendable, Equatable {
    /// The message's `ts`: its time and identity.
    public var ts: SlackTimestamp
    /// What sort of message this is.
    public var kind: MessageKind
    /// The author: a user id, else the bot id, else nil for system messages.
    public var authorID: String?
    /// The author's name as the message itself carries it (bot `username`, `bot_profile.name`,
    /// embedded `user_profile`); the directory is consulted first when showing a name.
    public var authorNameHint: String?
    /// True when a bot or integration posted the message.
    public var isBot: Bool
    /// The text, with attachment and block content included.
    public var text: RichText
    /// The parent's `ts` for thread replies (nil for top-level messages and thread parents).
    public var parentTS: SlackTimestamp?
    /// True when this message has replies (`reply_count` > 0 or it is a `thread_ts` root).
    public var isThreadParent: Bool
    /// The `ts` of the last edit, when the message was edited.
    public var editedTS: SlackTimestamp?
    /// Reactions with their counts.
    public var reactions: [Reaction]
    /// True when the message was pinned to a channel.
    public var isPinned: Bool
    /// Names of files shared with the message.
    public var fileNames: [String]

    /// Creates a message.
    public init(
        ts: SlackTimestamp, kind: MessageKind = .standard, authorID: String? = nil, authorNameHint: String? = nil,
        isBot: Bool = false, text: RichText = RichText(), parentTS: SlackTimestamp? = nil,
        isThreadParent: Bool = false, editedTS: SlackTimestamp? = nil, reactions: [Reaction] = [],
        isPinned: Bool = false, fileNames: [String] = []
    ) {
        self.ts = ts
        self.kind = kind
        self.authorID = authorID
        self.authorNameHint = authorNameHint
        self.isBot = isBot
        self.text = text
        self.parentTS = parentTS
        self.isThreadParent = isThreadParent
        self.editedTS = editedTS
        self.reactions = reactions
        self.isPinned = isPinned
        self.fileNames = fileNames
    }

    /// True when the message was edited after posting.
    public var isEdited: Bool { editedTS != nil }
    /// True for a thread reply.
    public var isReply: Bool { parentTS != nil }
}

/// The kinds of message the reader distinguishes; unknown subtypes keep their name.
public enum MessageKind: Sendable, Equatable, Hashable {
    /// An ordinary message from a person or an app.
    case standard
    /// A legacy integration message (`bot_message`).
    case botMessage
    /// A `/me` action.
    case meMessage
    /// A thread reply also sent to the channel.
    case threadBroadcast
    /// Someone joined (`channel_join`, `group_join`).
    case join
    /// Someone left.
    case leave
    /// The topic was set.
    case topic
    /// The purpose was set.
    case purpose
    /// The conversation was renamed.
    case rename
    /// A file was shared (legacy `file_share`, `file_comment`, `file_mention`).
    case fileShare
    /// A message was pinned or unpinned.
    case pin
    /// Any other subtype, by name; shown by its text as Slack asks clients to.
    case other(String)

    /// Maps a Slack `subtype` to a kind.
    public init(subtype: String?) {
        switch subtype ?? "" {
        case "": self = .standard
        case "bot_message": self = .botMessage
        case "me_message": self = .meMessage
        case "thread_broadcast", "reply_broadcast": self = .threadBroadcast
        case "channel_join", "group_join": self = .join
        case "channel_leave", "group_leave": self = .leave
        case "channel_topic", "group_topic": self = .topic
        case "channel_purpose", "group_purpose": self = .purpose
        case "channel_name", "group_name": self = .rename
        case "file_share", "file_comment", "file_mention": self = .fileShare
        case "pinned_item", "unpinned_item": self = .pin
        case let other: self = .other(other)
        }
    }

    /// True for membership and channel-settings notices rather than conversation.
    public var isChannelEvent: Bool {
        switch self {
        case .join, .leave, .topic, .purpose, .rename, .pin: return true
        default: return false
        }
    }

    /// A short stable name for output (`message`, `join`, …).
    public var name: String {
        switch self {
        case .standard: return "message"
        case .botMessage: return "bot_message"
        case .meMessage: return "me_message"
        case .threadBroadcast: return "thread_broadcast"
        case .join: return "join"
        case .leave: return "leave"
        case .topic: return "topic"
        case .purpose: return "purpose"
        case .rename: return "rename"
        case .fileShare: return "file_share"
        case .pin: return "pin"
        case .other(let s): return s
        }
    }
}

/// An emoji reaction on a message.
public struct Reaction: Sendable, Equatable {
    /// The emoji name without colons (may carry a skin tone: `thumbsup::skin-tone-3`).
    public var name: String
    /// How many people reacted; authoritative even when `users` is truncated.
    public var count: Int
    /// Who reacted, as far as the export lists them.
    public var userIDs: [String]

    /// Creates a reaction.
    public init(name: String, count: Int, userIDs: [String] = []) {
        self.name = name
        self.count = count
        self.userIDs = userIDs
    }
}

/// How much of each message a reader decodes.
public enum MessageDetail: Sendable, Equatable {
    /// Everything a document shows: text with blocks and attachments, reactions, files, edits.
    case full
    /// Time, author, kind and thread place only: enough to count and list, far cheaper to read.
    case outline
}
