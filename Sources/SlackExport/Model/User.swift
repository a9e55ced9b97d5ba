/// A member of the workspace, as far as the export tells.
public struct User: Sendable, Equatable {
    /// The Slack id (`U…`, `W…`, or a bot id `B…` for bots known only by their bot id).
    public var id: String
    /// The legacy handle (`name`).
    public var handle: String?
    /// The full name.
    public var realName: String?
    /// The display name people chose; often empty.
    public var displayName: String?
    /// The job title from the profile.
    public var title: String?
    /// The IANA time zone from the profile.
    public var timeZone: String?
    /// True for bots and apps.
    public var isBot: Bool
    /// True for deactivated accounts.
    public var isDeleted: Bool
    /// True for guests (multi- or single-channel).
    public var isGuest: Bool

    /// Creates a user.
    public init(
        id: String, handle: String? = nil, realName: String? = nil, displayName: String? = nil,
        title: String? = nil, timeZone: String? = nil, isBot: Bool = false, isDeleted: Bool = false,
        isGuest: Bool = false
    ) {
        self.id = id
        self.handle = handle
        self.realName = realName
        self.displayName = displayName
        self.title = title
        self.timeZone = timeZone
        self.isBot = isBot
        self.isDeleted = isDeleted
        self.isGuest = isGuest
    }

    /// The name to show: display name, else real name, else handle, else the id.
    public var name: String {
        for candidate in [displayName, realName, handle] {
            if let c = candidate?.trimmingSpaces, !c.isEmpty { return c }
        }
        return id
    }

    /// Fills fields this user lacks from another record of the same person.
    mutating func merge(_ other: User) {
        handle = handle ?? other.handle
        realName = realName.nonEmpty ?? other.realName
        displayName = displayName.nonEmpty ?? other.displayName
        title = title.nonEmpty ?? other.title
        timeZone = timeZone ?? other.timeZone
        isBot = isBot || other.isBot
        isGuest = isGuest || other.isGuest
    }
}

/// Every person and bot known to the reader, by id.
public struct UserDirectory: Sendable, Equatable {
    private(set) var usersByID: [String: User] = [:]
    /// Bot ids (`B…`) mapped to the user id of their bot user, from `profile.bot_id`.
    private(set) var userIDByBotID: [String: String] = [:]

    /// Creates an empty directory.
    public init() {}

    /// Creates a directory of users.
    public init(_ users: [User]) {
        for u in users { add(u) }
    }

    /// All users, sorted by id.
    public var all: [User] { usersByID.keys.sorted().compactMap { usersByID[$0] } }

    /// The user with this id (a bot id resolves to its bot user).
    public subscript(id: String) -> User? {
        if let u = usersByID[id] { return u }
        if let uid = userIDByBotID[id] { return usersByID[uid] }
        return nil
    }

    /// The display name for an id, or nil when the id is unknown.
    public func name(for id: String) -> String? { self[id]?.name }

    /// Adds a user; a second record for the same id only fills gaps in the first.
    public mutating func add(_ user: User, botID: String? = nil) {
        if var existing = usersByID[user.id] {
            existing.merge(user)
            usersByID[user.id] = existing
        } else {
            usersByID[user.id] = user
        }
        if let botID, !botID.isEmpty { userIDByBotID[botID] = user.id }
    }

    /// Replaces a user's record whole (or adds it), keeping bot-id links; for privacy rewrites.
    public mutating func replace(_ user: User) {
        usersByID[user.id] = user
    }

    /// Links a bot id to a user id (from `profile.bot_id` or a message's `bot_profile.user_id`).
    public mutating func link(botID: String, toUser userID: String) {
        userIDByBotID[botID] = userID
    }

    /// The number of users.
    public var count: Int { usersByID.count }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

extension Optional where Wrapped == String {
    var nonEmpty: String? {
        guard let s = self, !s.isEmpty else { return nil }
        return s
    }
}
