/// Turns JSON records of any dialect into model values, leniently: a field of the wrong type is
/// treated as absent, and a record that cannot be a message is skipped and counted.
struct RecordDecoder {
    /// Users learned from messages themselves (`user_profile`, `bot_profile`, `username`).
    var learnedUsers = UserDirectory()
    /// How much of each message to decode.
    var detail: MessageDetail = .full

    /// The message members this decoder reads; the parser skips the rest of each record.
    static func recordFields(_ detail: MessageDetail) -> JSONParser.RecordFields {
        let threading = [
            "type", "subtype", "ts", "thread_ts", "reply_count", "replies", "slackdump_thread_replies", "message",
            "hidden", "text", "user", "user_id", "username", "bot_id", "bot_profile",
        ]
        switch detail {
        case .full:
            return .init(
                threading + [
                    "user_profile", "blocks", "attachments", "comment", "reactions", "files", "file", "edited", "pinned_to",
                ])
        case .outline:
            // `text` is read only to recognise "This message was deleted."; longer texts are not built.
            return .init(threading, stringsUpTo: ["text": 64])
        }
    }

    /// The outcome of decoding one message record.
    enum Outcome {
        case message(Message, replies: [JSONValue])
        /// A deleted message or tombstone; replies nested under it (slackdump) are still kept.
        case deleted(replies: [JSONValue])
        case malformed(String)
    }

    /// Decodes one message record.
    mutating func message(_ value: JSONValue, userKey: String = "user") -> Outcome {
        guard case .object(let o) = value else { return .malformed("expected a message object, found \(value.typeName)") }
        if let type = o.string("type"), type != "message" {
            return .malformed("not a message (type \"\(type.prefix(40))\")")
        }
        let subtype = o.string("subtype")
        let nested = o.array("slackdump_thread_replies")
        switch subtype {
        case "tombstone", "message_deleted":
            return .deleted(replies: nested)
        case "message_changed":
            // Events API edit records carry the new message inside; exports never do, but API dumps may.
            if let inner = o["message"] { return message(inner, userKey: userKey) }
            return .deleted(replies: [])
        default:
            break
        }
        if o.flag("hidden") && o.string("text") == "This message was deleted." { return .deleted(replies: nested) }
        guard let rawTS = o["ts"]?.stringOrNumber else { return .malformed("no \"ts\"") }
        guard let ts = SlackTimestamp(rawTS) else { return .malformed("invalid \"ts\" \"\(rawTS.prefix(40))\"") }

        let kind = MessageKind(subtype: subtype)
        let botProfile = o.object("bot_profile")
        let botID = o.string("bot_id") ?? botProfile?.string("id")
        var userID = o.string(userKey) ?? o.string("user") ?? o.string("user_id")
        let isBot = kind == .botMessage || botProfile != nil || (botID != nil && userID == nil)
        var nameHint: String?
        if let profile = o.object("user_profile"), let id = userID {
            let user = User(
                id: id, handle: profile.string("name"), realName: profile.string("real_name"),
                displayName: profile.string("display_name"),
                isGuest: profile.flag("is_restricted") || profile.flag("is_ultra_restricted"))
            learnedUsers.add(user)
            nameHint = user.name
        }
        if isBot {
            // Legacy integrations override their name per message; that name is what people saw.
            nameHint = o.string("username") ?? botProfile?.string("name") ?? nameHint
            if userID == nil { userID = botID }
            if let botID, let name = botProfile?.string("name") {
                learnedUsers.add(User(id: botID, realName: name, isBot: true))
            }
        } else if userID == nil, let username = o.string("username") {
            nameHint = username
        }

        if detail == .outline {
            return .message(Self.outline(o, ts: ts, kind: kind, authorID: userID, nameHint: nameHint, isBot: isBot), replies: nested)
        }
        var text = RichText()
        if let raw = o.string("text") {
            text = MrkdwnParser.parse(raw)
        }
        let blocks = o.array("blocks")
        if !blocks.isEmpty {
            if text.isEmpty {
                text = RichTextBlocks.parse(blocks)
            } else if isBot {
                // An app's `text` is often a one-line fallback; its blocks hold the fields people read.
                let fromBlocks = RichTextBlocks.parse(blocks)
                if fromBlocks.plainText().count > text.plainText().count { text = fromBlocks }
            }
        }
        var attachmentColor: String?
        for attachment in o.array("attachments") {
            guard let a = attachment.object else { continue }
            let shown = Self.attachmentBlocks(a)
            text.blocks += shown
            // A link preview's colour is the linked site's, not a state.
            if attachmentColor == nil, !shown.isEmpty, let color = a.string("color"), !color.isEmpty { attachmentColor = color }
        }
        if kind == .fileShare, let comment = o.object("comment")?.string("comment") {
            text.blocks += MrkdwnParser.parse(comment).blocks
        }

        let (parentTS, isParent) = Self.threading(o, ts: ts)

        let reactions: [Reaction] = o.array("reactions").compactMap { r in
            guard let r = r.object, let name = r.string("name") else { return nil }
            let users = r.array("users").compactMap(\.string)
            let count = r["count"]?.int64.map { Int(clamping: $0) } ?? users.count
            return Reaction(name: name, count: max(count, users.count), userIDs: users)
        }
        var fileNames: [String] = []
        for file in o.array("files") + (o["file"].map { [$0] } ?? []) {
            guard let f = file.object, f.string("mode") != "tombstone", f.string("mode") != "hidden_by_limit" else { continue }
            if let name = f.string("title") ?? f.string("name") { fileNames.append(name) }
        }
        var editedTS: SlackTimestamp?
        if let edited = o.object("edited") {
            editedTS = edited["ts"]?.stringOrNumber.flatMap(SlackTimestamp.init) ?? ts
        }
        let pinned = !o.array("pinned_to").isEmpty

        let message = Message(
            ts: ts, kind: kind, authorID: userID, authorNameHint: nameHint, isBot: isBot, text: text,
            parentTS: parentTS, isThreadParent: isParent, editedTS: editedTS, reactions: reactions,
            isPinned: pinned, fileNames: fileNames, attachmentColor: attachmentColor)
        return .message(message, replies: nested)
    }

    /// A message's place in a thread: its parent's `ts` for a reply, or whether it starts one.
    private static func threading(_ o: JSONObject, ts: SlackTimestamp) -> (parent: SlackTimestamp?, isParent: Bool) {
        var parentTS: SlackTimestamp?
        var isParent = false
        if let threadRaw = o["thread_ts"]?.stringOrNumber, let thread = SlackTimestamp(threadRaw) {
            if thread == ts || thread.raw == ts.raw {
                isParent = true
            } else {
                parentTS = thread
            }
        }
        if (o["reply_count"]?.int64 ?? 0) > 0 || !o.array("replies").isEmpty || !o.array("slackdump_thread_replies").isEmpty {
            isParent = parentTS == nil
        }
        return (parentTS, isParent)
    }

    /// A message without its text, reactions, files or edits (``MessageDetail/outline``).
    private static func outline(
        _ o: JSONObject, ts: SlackTimestamp, kind: MessageKind, authorID: String?, nameHint: String?, isBot: Bool
    ) -> Message {
        let (parentTS, isParent) = threading(o, ts: ts)
        return Message(
            ts: ts, kind: kind, authorID: authorID, authorNameHint: nameHint, isBot: isBot,
            parentTS: parentTS, isThreadParent: isParent)
    }

    /// The visible content of a legacy attachment: pretext, title, text and fields.
    ///
    /// Link previews (unfurls) repeat a URL already in the text and are left out.
    static func attachmentBlocks(_ a: JSONObject) -> [TextBlock] {
        if a["from_url"] != nil || a["original_url"] != nil, !a.flag("is_msg_unfurl") { return [] }
        var blocks: [TextBlock] = []
        if let pretext = a.string("pretext") { blocks += MrkdwnParser.parse(pretext).blocks }
        if let author = a.string("author_name") { blocks.append(.paragraph([.text(author)])) }
        if let title = a.string("title") {
            let inlines = MrkdwnParser.parse(title).blocks.flatMap(\.inlines)
            if let link = a.string("title_link") {
                blocks.append(.paragraph([.styled(.bold, [.link(url: link, label: TextRender.plain(inlines))])]))
            } else {
                blocks.append(.paragraph([.styled(.bold, inlines)]))
            }
        }
        if let text = a.string("text") { blocks += MrkdwnParser.parse(text).blocks }
        for field in a.array("fields") {
            guard let f = field.object else { continue }
            let title = f.string("title")
            let value = f.string("value")
            if title == nil && value == nil { continue }
            var inlines: [Inline] = []
            if let title { inlines.append(.styled(.bold, [.text(title + ":")])) }
            if let value {
                if title != nil { inlines.append(.text(" ")) }
                inlines += MrkdwnParser.parse(value).blocks.flatMap(\.inlines)
            }
            blocks.append(.paragraph(inlines))
        }
        let nested = a.array("blocks")
        if !nested.isEmpty { blocks += RichTextBlocks.parse(nested).blocks }
        if blocks.isEmpty, let fallback = a.string("fallback") { blocks += MrkdwnParser.parse(fallback).blocks }
        return blocks
    }

    // MARK: - Metadata

    /// A user from `users.json` or a `users.list` member.
    static func user(_ value: JSONValue) -> (User, botID: String?)? {
        guard let o = value.object, let id = o.string("id") else { return nil }
        let profile = o.object("profile")
        let user = User(
            id: id, handle: o.string("name"),
            realName: profile?.string("real_name") ?? o.string("real_name"),
            displayName: profile?.string("display_name"),
            title: profile?.string("title"),
            timeZone: o.string("tz"),
            isBot: o.flag("is_bot") || id == "USLACKBOT",
            isDeleted: o.flag("deleted"),
            isGuest: o.flag("is_restricted") || o.flag("is_ultra_restricted"))
        return (user, profile?.string("bot_id"))
    }

    /// A conversation from `channels.json`, `groups.json`, `dms.json`, `mpims.json` or an API listing.
    static func conversation(_ value: JSONValue, defaultKind: ConversationKind) -> ConversationInfo? {
        guard let o = value.object, let id = o.string("id") ?? o.string("name") else { return nil }
        var kind = defaultKind
        if o.flag("is_im") { kind = .directMessage } else if o.flag("is_mpim") { kind = .groupDirectMessage } else if o.flag("is_private") || o.flag("is_group") {
            kind = .privateChannel
        }
        let members = o.array("members").compactMap(\.string)
        let name = o.string("name") ?? id
        return ConversationInfo(
            id: id, name: name, kind: kind, memberIDs: members,
            topic: o.object("topic")?.string("value"), purpose: o.object("purpose")?.string("value"))
    }
}

/// Minimal plain rendering used while decoding (the full renderers live with RichText).
enum TextRender {
    static func plain(_ inlines: [Inline]) -> String {
        RichText([.paragraph(inlines)]).plainText()
    }
}
