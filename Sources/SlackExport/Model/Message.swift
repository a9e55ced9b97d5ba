/// One message of a conversation, reduced to what a postmortem needs.
///
/// A value type whose fields live in one shared, copy-on-write box: a year-long channel's
/// messages are copied into several arrays on their way through the analysis, and copying a box
/// reference is one retain where copying a dozen fields was a dozen.
public struct Message: Sendable, Equatable {
    /// The fields, shared between copies until one of them changes.
    private struct Fields: Sendable, Equatable {
        var ts: SlackTimestamp
        var kind: MessageKind
        var authorID: String?
        var authorNameHint: String?
        var isBot: Bool
        var text: RichText
        var parentTS: SlackTimestamp?
        var isThreadParent: Bool
        var editedTS: SlackTimestamp?
        var reactions: [Reaction]
        var isPinned: Bool
        var fileNames: [String]
        var attachmentColor: String?
    }

    // Immutable: a change makes a new box (changes are rare: the reader builds each message once),
    // and reads need no exclusivity checks.
    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    private mutating func change(_ body: (inout Fields) -> Void) {
        var fields = box.fields
        body(&fields)
        box = Box(fields)
    }

    /// The message's `ts`: its time and identity.
    public var ts: SlackTimestamp {
        get { box.fields.ts }
        set { change { $0.ts = newValue } }
    }
    /// What sort of message this is.
    public var kind: MessageKind {
        get { box.fields.kind }
        set { change { $0.kind = newValue } }
    }
    /// The author: a user id, else the bot id, else nil for system messages.
    public var authorID: String? {
        get { box.fields.authorID }
        set { change { $0.authorID = newValue } }
    }
    /// The author's name as the message itself carries it (bot `username`, `bot_profile.name`,
    /// embedded `user_profile`); the directory is consulted first when showing a name.
    public var authorNameHint: String? {
        get { box.fields.authorNameHint }
        set { change { $0.authorNameHint = newValue } }
    }
    /// True when a bot or integration posted the message.
    public var isBot: Bool {
        get { box.fields.isBot }
        set { change { $0.isBot = newValue } }
    }
    /// The text, with attachment and block content included.
    public var text: RichText {
        get { box.fields.text }
        set { change { $0.text = newValue } }
    }
    /// The parent's `ts` for thread replies (nil for top-level messages and thread parents).
    public var parentTS: SlackTimestamp? {
        get { box.fields.parentTS }
        set { change { $0.parentTS = newValue } }
    }
    /// True when this message has replies (`reply_count` > 0 or it is a `thread_ts` root).
    public var isThreadParent: Bool {
        get { box.fields.isThreadParent }
        set { change { $0.isThreadParent = newValue } }
    }
    /// The `ts` of the last edit, when the message was edited.
    public var editedTS: SlackTimestamp? {
        get { box.fields.editedTS }
        set { change { $0.editedTS = newValue } }
    }
    /// Reactions with their counts.
    public var reactions: [Reaction] {
        get { box.fields.reactions }
        set { change { $0.reactions = newValue } }
    }
    /// True when the message was pinned to a channel.
    public var isPinned: Bool {
        get { box.fields.isPinned }
        set { change { $0.isPinned = newValue } }
    }
    /// Names of files shared with the message.
    public var fileNames: [String] {
        get { box.fields.fileNames }
        set { change { $0.fileNames = newValue } }
    }

    /// The colour of the first shown legacy attachment that has one ("danger", "good", "#36a64f"; a
    /// link preview's is the linked site's and is not kept): how monitors mark an alert firing or
    /// cleared, whatever language their text is in.
    public var attachmentColor: String? {
        get { box.fields.attachmentColor }
        set { change { $0.attachmentColor = newValue } }
    }

    /// Creates a message.
    public init(
        ts: SlackTimestamp, kind: MessageKind = .standard, authorID: String? = nil, authorNameHint: String? = nil,
        isBot: Bool = false, text: RichText = RichText(), parentTS: SlackTimestamp? = nil,
        isThreadParent: Bool = false, editedTS: SlackTimestamp? = nil, reactions: [Reaction] = [],
        isPinned: Bool = false, fileNames: [String] = [], attachmentColor: String? = nil
    ) {
        box = Box(Fields(
            ts: ts, kind: kind, authorID: authorID, authorNameHint: authorNameHint, isBot: isBot, text: text, parentTS: parentTS,
            isThreadParent: isThreadParent, editedTS: editedTS, reactions: reactions, isPinned: isPinned, fileNames: fileNames,
            attachmentColor: attachmentColor))
    }

    public static func == (a: Message, b: Message) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

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
