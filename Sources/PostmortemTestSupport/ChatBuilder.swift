import Foundation
import SlackExport

/// Builds small conversations in code for analysis tests: one line per message, times in
/// minutes from a fixed start.
public struct ChatBuilder {
    /// The start instant: Monday 2024-07-15 13:30:00 UTC.
    public static let start: Int64 = 1_721_050_200

    private var messages: [Message] = []
    private var users: [User] = []
    private var counter: Int32 = 0

    /// Creates an empty chat.
    public init() {}

    /// Adds a person.
    public mutating func person(_ id: String, _ name: String, title: String? = nil, timeZone: String = "America/New_York", guest: Bool = false) {
        users.append(User(id: id, handle: name.lowercased(), realName: name, displayName: name, title: title, timeZone: timeZone, isGuest: guest))
    }

    /// Adds a bot user known by name (alerting, incident or deploy bot, by its name), with the zone
    /// its profile gives, if any (Slack gives bots US Pacific).
    public mutating func bot(_ id: String, _ name: String, timeZone: String? = nil) {
        users.append(User(id: id, handle: name.lowercased(), realName: name, timeZone: timeZone, isBot: true))
    }

    /// Adds a message `minute` minutes after the start, written in mrkdwn (edited at `editedAt`
    /// minutes, when given; in an attachment of `colour`, when given; with `title` below it as an
    /// attachment's bold title, `text` then being its pretext, when given); returns its ts.
    @discardableResult
    public mutating func say(
        _ minute: Double, _ author: String, _ text: String, bot: Bool = false, replyTo parent: SlackTimestamp? = nil,
        reactions: [String] = [], pinned: Bool = false, editedAt editedMinute: Double? = nil, colour: String? = nil,
        title: String? = nil
    ) -> SlackTimestamp {
        counter += 1
        let seconds = Self.start + Int64((minute * 60).rounded(.down))
        let ts = SlackTimestamp(seconds: seconds, micros: counter)
        var body = MrkdwnParser.parse(text)
        if let title {
            // As the reader shows an attachment: its pretext, then its title as one bold paragraph.
            body.blocks.append(.paragraph([.styled(.bold, MrkdwnParser.parse(title).blocks.flatMap(\.inlines))]))
        }
        messages.append(
            Message(
                ts: ts, kind: bot ? .botMessage : .standard, authorID: author, isBot: bot, text: body,
                parentTS: parent, editedTS: editedMinute.map { SlackTimestamp(seconds: Self.start + Int64(($0 * 60).rounded(.down)), micros: 0) },
                reactions: reactions.map { Reaction(name: $0, count: 1) }, isPinned: pinned, attachmentColor: colour))
        return ts
    }

    /// The conversation and a workspace holding it.
    public func build(channel: String = "incident") -> (Conversation, Workspace) {
        let conversation = Conversation(info: ConversationInfo(id: "C1", name: channel), messages: messages)
        let workspace = Workspace(
            source: "test", shape: .workspaceFolder, users: UserDirectory(users), conversations: [conversation], report: LoadReport())
        return (conversation, workspace)
    }
}
