import Foundation

/// Which conversations to load from an export.
public enum ConversationSelection: Sendable, Equatable {
    /// Every conversation (for listings).
    case all
    /// One conversation by name or id; nil picks the only one that has messages.
    case one(String?)
}

/// Reads any supported shape of Slack export into a ``Workspace``.
///
/// The shape is detected from the content: a workspace export (folder or zip), one conversation's
/// folder, a day file, a ts-keyed object, Slack API responses, or slackdump's dump and chunk files.
/// Message times always come from `ts`, never from day-file names.
public struct ExportReader: Sendable {
    /// Size and nesting limits.
    public var limits: ReadLimits
    /// A `users.json` (or `users.list` response) to resolve names for shapes that carry none.
    public var usersFile: String?
    /// Called (from any thread) after each message file is decoded, for a progress display.
    public var progress: (@Sendable (ReadProgress) -> Void)?
    /// How much of each message to decode (``MessageDetail/outline`` for listings).
    public var detail: MessageDetail = .full
    /// Builds every member of day-file records, not just those decoded (to test that skipping changes nothing).
    var buildsUnusedFields = false

    /// Creates a reader.
    public init(limits: ReadLimits = ReadLimits(), usersFile: String? = nil) {
        self.limits = limits
        self.usersFile = usersFile
    }

    /// Reads the export at `path` (a folder, a zip, or a JSON/gzip file).
    public func read(_ path: String, selecting selection: ConversationSelection = .all) throws(ExportError) -> Workspace {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            var info = stat()
            if stat(path, &info) != 0, errno == ELOOP { throw .unreadable(path, reason: "a symbolic link loop") }
            if lstat(path, &info) == 0 { throw .unreadable(path, reason: "a symbolic link to nothing") }
            throw .notFound(path)
        }
        var plan: Plan
        if isDirectory.boolValue {
            let tree = try DirectoryTree(root: path, limits: limits)
            plan = try planTree(tree, name: path, isZip: false)
            Self.reportSkipped(tree, into: &plan.report)
        } else if Self.isZip(try readPrefix(atPath: path, display: path, count: 4)) {
            // A zip is read in place, entry by entry: only its entries count against --max-file-size.
            let tree = try ZipTree.open(path: path, limits: limits)
            plan = try planTree(tree, name: path, isZip: true)
            Self.reportSkipped(tree, into: &plan.report)
        } else {
            plan = try planFile(readFile(atPath: path, display: path, limit: limits.maxFileBytes), name: path)
        }
        return try load(plan, source: path, selection: selection)
    }

    /// Warns about (and counts) what a file tree left out: links that lead nowhere, pipes, unsafe names.
    static func reportSkipped(_ tree: any FileTree, into report: inout LoadReport) {
        for entry in tree.skipped {
            report.warn(tree.displayName(entry.path), entry.reason)
            report.skippedFiles += 1
        }
    }

    /// Reads an export whose bytes were already read (standard input); `name` is used in messages.
    public func read(bytes: [UInt8], name: String, selecting selection: ConversationSelection = .all) throws(ExportError) -> Workspace {
        var plan: Plan
        if Self.isZip(bytes) {
            let tree = try ZipTree.open(data: Data(bytes), name: name, limits: limits)
            plan = try planTree(tree, name: name, isZip: true)
            Self.reportSkipped(tree, into: &plan.report)
        } else {
            plan = try planFile(bytes, name: name)
        }
        return try load(plan, source: name, selection: selection)
    }

    // MARK: - Plans

    /// Where a conversation's message records come from.
    enum MessageSource {
        /// A day file (JSON array of messages) in the tree.
        case dayFile(String)
        /// Records already parsed, with the file they came from.
        case records([JSONValue], file: String, userKey: String)
    }

    struct PendingConversation {
        var info: ConversationInfo
        var sources: [MessageSource]
    }

    /// What detection found: the shape, the conversations and where their messages are.
    struct Plan {
        var shape: ExportShape
        var tree: (any FileTree)?
        var users = UserDirectory()
        var conversations: [PendingConversation] = []
        var report = LoadReport()
    }

    static func isZip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && (bytes[2] == 3 || bytes[2] == 5) && (bytes[3] == 4 || bytes[3] == 6)
    }

    static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B }

    /// `YYYY-MM-DD.json`, the name Slack gives day files.
    static func isDayFileName(_ name: Substring) -> Bool {
        let u = Array(name.utf8)
        guard u.count == 15, name.hasSuffix(".json") else { return false }
        for (i, c) in u.prefix(10).enumerated() {
            if i == 4 || i == 7 { if c != UInt8(ascii: "-") { return false } } else if c < 48 || c > 57 { return false }
        }
        return true
    }

    private static let metadataNames: Set<String> = [
        "channels.json", "groups.json", "dms.json", "mpims.json", "users.json", "org_users.json",
    ]

    private func planTree(_ tree: any FileTree, name: String, isZip: Bool) throws(ExportError) -> Plan {
        // The export's root is the shallowest folder holding Slack's metadata files; re-zipped
        // exports often add a wrapper folder.
        var root: String?
        for path in tree.paths {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard let last = parts.last, Self.metadataNames.contains(String(last)) else { continue }
            let folder = parts.dropLast().joined(separator: "/")
            if root == nil || folder.count < root!.count { root = folder }
        }
        if let root { return try planWorkspace(tree, root: root, isZip: isZip) }

        var dayFilesByFolder: [String: [String]] = [:]
        var gzipFiles: [String] = []
        var jsonFiles: [String] = []
        for path in tree.paths {
            let parts = path.split(separator: "/")
            guard let last = parts.last else { continue }
            if Self.isDayFileName(last) {
                dayFilesByFolder[parts.dropLast().joined(separator: "/"), default: []].append(path)
            } else if last.hasSuffix(".json.gz") || last.hasSuffix(".jsonl.gz") {
                gzipFiles.append(path)
            } else if last.hasSuffix(".json") {
                jsonFiles.append(path)
            }
        }
        if !dayFilesByFolder.isEmpty {
            if dayFilesByFolder.count == 1, let (folder, files) = dayFilesByFolder.first, folder.split(separator: "/").count <= 1 {
                // One conversation's folder (or a zip of one).
                let folderName = folder.isEmpty ? URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent : folder
                var plan = Plan(shape: .conversationFolder, tree: tree)
                plan.conversations = [
                    PendingConversation(
                        info: Self.inferredInfo(folderName), sources: files.map(MessageSource.dayFile))
                ]
                try loadUsersFile(into: &plan)
                return plan
            }
            // Conversation folders without metadata: a partial export.
            return try planWorkspace(tree, root: "", isZip: isZip)
        }
        if !gzipFiles.isEmpty { return try planChunkArchive(tree, files: gzipFiles) }
        if !jsonFiles.isEmpty { return try planJSONFiles(tree, files: jsonFiles, name: name) }
        throw .notAnExport(name, detail: "no channels.json, users.json, day files (YYYY-MM-DD.json) or slackdump files found")
    }

    private func planWorkspace(_ tree: any FileTree, root: String, isZip: Bool) throws(ExportError) -> Plan {
        var plan = Plan(shape: isZip ? .workspaceZip : .workspaceFolder, tree: tree)
        let prefix = root.isEmpty ? "" : root + "/"
        let present = Set(tree.paths)

        for file in ["users.json", "org_users.json"] where present.contains(prefix + file) {
            let values = try metadataArray(tree, prefix + file, report: &plan.report)
            for (index, value) in values.enumerated() {
                if let (user, botID) = RecordDecoder.user(value) {
                    plan.users.add(user, botID: botID)
                } else {
                    plan.report.warn(tree.displayName(prefix + file), "entry \(index) is not a user (no \"id\"); skipped")
                    plan.report.skippedMalformed += 1
                }
            }
        }
        if !present.contains(prefix + "users.json") && !present.contains(prefix + "org_users.json") && usersFile == nil {
            plan.report.warn(tree.displayName(prefix + "users.json"), "missing; names come from the messages themselves (give one with --users)")
        }
        try loadUsersFile(into: &plan)

        var infos: [ConversationInfo] = []
        let kinds: [(String, ConversationKind)] = [
            ("channels.json", .publicChannel), ("groups.json", .privateChannel),
            ("dms.json", .directMessage), ("mpims.json", .groupDirectMessage),
        ]
        for (file, kind) in kinds where present.contains(prefix + file) {
            let values = try metadataArray(tree, prefix + file, report: &plan.report)
            for (index, value) in values.enumerated() {
                if let info = RecordDecoder.conversation(value, defaultKind: kind) {
                    infos.append(info)
                } else {
                    plan.report.warn(tree.displayName(prefix + file), "entry \(index) has no \"id\" or \"name\"; skipped")
                    plan.report.skippedMalformed += 1
                }
            }
        }

        // Folders hold a conversation's day files; other files there are reported, not guessed at.
        var filesByFolder: [String: [String]] = [:]
        for path in tree.paths where path.hasPrefix(prefix) {
            let rel = path.dropFirst(prefix.count)
            let parts = rel.split(separator: "/")
            if parts.count == 1, Self.isDayFileName(parts[0]) {
                // A day file beside users.json: one conversation's files copied next to the metadata.
                let name = root.isEmpty ? Self.baseName(tree.displayName("")) : String(root.split(separator: "/").last ?? "")
                filesByFolder[name.isEmpty ? "messages" : name, default: []].append(path)
                continue
            }
            guard parts.count == 2 else { continue }
            let folder = String(parts[0])
            if folder.hasPrefix("__") { continue }  // slackdump's __uploads/, __avatars/
            if Self.isDayFileName(parts[1]) {
                filesByFolder[folder, default: []].append(path)
            } else if parts[1].hasSuffix(".json") {
                plan.report.warn(tree.displayName(path), "not named like a day file (YYYY-MM-DD.json); skipped")
                plan.report.skippedFiles += 1
            }
        }

        var claimed = Set<String>()
        for info in infos {
            // Folders are named by channel name, DMs by id; fall back to the other.
            let folder = filesByFolder[info.name] != nil ? info.name : (filesByFolder[info.id] != nil ? info.id : nil)
            if let folder { claimed.insert(folder) }
            let sources = folder.map { filesByFolder[$0]!.map(MessageSource.dayFile) } ?? []
            plan.conversations.append(PendingConversation(info: info, sources: sources))
        }
        for (folder, files) in filesByFolder.sorted(by: { $0.key < $1.key }) where !claimed.contains(folder) {
            plan.conversations.append(PendingConversation(info: Self.inferredInfo(folder), sources: files.map(MessageSource.dayFile)))
        }
        return plan
    }

    /// Metadata for a folder that no metadata file describes, guessed from its name.
    static func inferredInfo(_ folder: String) -> ConversationInfo {
        let kind: ConversationKind
        if folder.hasPrefix("mpdm-") {
            kind = .groupDirectMessage
        } else if folder.hasPrefix("D"), folder.count >= 9, folder.allSatisfy({ $0.isUppercase || $0.isNumber }) {
            kind = .directMessage
        } else {
            kind = .publicChannel
        }
        return ConversationInfo(id: folder, name: folder, kind: kind)
    }

    private func metadataArray(_ tree: any FileTree, _ path: String, report: inout LoadReport) throws(ExportError) -> [JSONValue] {
        let value = try parseJSON(tree.read(path), file: tree.displayName(path), report: &report)
        if case .object(let o) = value {
            // API listings wrap the array: {"ok":true,"channels":[…]} / {"members":[…]}.
            for key in ["members", "channels", "users", "groups", "ims"] {
                if let array = o[key]?.array { return array }
            }
        }
        guard let array = value.array else {
            throw .unexpectedContent(file: tree.displayName(path), detail: "expected an array, found \(value.typeName)")
        }
        return array
    }

    private func loadUsersFile(into plan: inout Plan) throws(ExportError) {
        guard let usersFile else { return }
        let bytes = try readFile(atPath: usersFile, display: usersFile, limit: limits.maxFileBytes)
        let value = try parseJSON(bytes, file: usersFile, report: &plan.report)
        let list: [JSONValue]
        if let array = value.array {
            list = array
        } else if let members = value.object?["members"]?.array ?? value.object?["users"]?.array {
            list = members
        } else {
            throw .unexpectedContent(file: usersFile, detail: "expected an array of users or a users.list response, found \(value.typeName)")
        }
        for (index, entry) in list.enumerated() {
            if let (user, botID) = RecordDecoder.user(entry) {
                plan.users.add(user, botID: botID)
            } else {
                plan.report.warn(usersFile, "entry \(index) is not a user (no \"id\"); skipped")
                plan.report.skippedMalformed += 1
            }
        }
    }

    func parseJSON(
        _ bytes: [UInt8], file: String, report: inout LoadReport, records: JSONParser.RecordFields? = nil
    ) throws(ExportError) -> JSONValue {
        report.filesRead += 1
        report.bytesRead += bytes.count
        do {
            let (value, notes) = try JSONParser.parse(bytes, limits: .init(maxDepth: limits.maxJSONDepth), records: records)
            note(notes, file: file, report: &report)
            return value
        } catch {
            throw .malformedJSON(file: file, detail: error.description)
        }
    }

    private func note(_ notes: JSONParser.Notes, file: String, report: inout LoadReport) {
        if notes.replacedInvalidUTF8 { report.warn(file, "holds bytes that are not valid UTF-8; they were replaced with U+FFFD") }
        if notes.skippedByteOrderMark { report.warn(file, "starts with a byte-order mark; ignored") }
    }

    // MARK: - Single files

    private func planFile(_ input: [UInt8], name: String) throws(ExportError) -> Plan {
        var bytes = input
        var report = LoadReport()
        if Self.isGzip(bytes) {
            bytes = try gunzip(bytes, limit: limits.maxFileBytes, file: name)
        }
        report.filesRead += 1
        report.bytesRead += bytes.count
        let values: [JSONValue]
        do {
            let (parsed, notes) = try JSONParser.parseSequence(bytes, limits: .init(maxDepth: limits.maxJSONDepth))
            note(notes, file: name, report: &report)
            values = parsed
        } catch {
            throw .malformedJSON(file: name, detail: error.description)
        }
        var plan = try planValues(values, file: name, baseName: Self.baseName(name))
        plan.report.absorb(report)
        try loadUsersFile(into: &plan)
        return plan
    }

    /// A conversation name from a file name: a day file takes its folder's name.
    static func baseName(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        var base = url.lastPathComponent
        for ext in [".gz", ".jsonl", ".json"] where base.hasSuffix(ext) { base = String(base.dropLast(ext.count)) }
        if isDayFileName(Substring(base + ".json")) {
            let parent = url.deletingLastPathComponent().lastPathComponent
            if !parent.isEmpty && parent != "/" && parent != "." { return parent }
        }
        return base.isEmpty || path == "-" ? "stdin" : base
    }

    private func planValues(_ values: [JSONValue], file: String, baseName: String) throws(ExportError) -> Plan {
        if values.count > 1 || values.first?.object?["t"] != nil {
            if values.allSatisfy({ $0.object?["messages"] != nil }) {
                return try planAPIPages(values, file: file, baseName: baseName)
            }
            if values.allSatisfy({ $0.object?["t"] != nil }) {
                return try planChunks(values, file: file)
            }
            throw .unexpectedContent(file: file, detail: "holds \(values.count) JSON values that are neither Slack API pages nor slackdump chunks")
        }
        guard let value = values.first else { throw .malformedJSON(file: file, detail: "the file is empty") }
        switch value {
        case .array(let elements):
            if !elements.isEmpty, elements.allSatisfy({ $0.object?["messages"] != nil && $0.object?["ts"] == nil }) {
                return try planAPIPages(elements, file: file, baseName: baseName)
            }
            var plan = Plan(shape: .dayFile)
            plan.conversations = [
                PendingConversation(info: Self.inferredInfo(baseName), sources: [.records(elements, file: file, userKey: "user")])
            ]
            return plan
        case .object(let o):
            if o["channel_id"] != nil, o["messages"]?.array != nil {
                var plan = Plan(shape: .slackdumpDump)
                plan.conversations = [Self.dumpConversation(o, file: file, baseName: baseName)]
                return plan
            }
            if o["messages"] != nil || o["ok"] != nil {
                return try planAPIPages([value], file: file, baseName: baseName)
            }
            if o["ts"] != nil, o["type"] != nil || o["text"] != nil {
                var plan = Plan(shape: .singleMessage)
                plan.conversations = [
                    PendingConversation(info: Self.inferredInfo(baseName), sources: [.records([value], file: file, userKey: "user")])
                ]
                return plan
            }
            if !o.isEmpty, o.members.keys.allSatisfy({ SlackTimestamp($0) != nil }) {
                // Keyed by ts: the values are messages (often with `user_id` for `user`).
                let records = o.sortedKeys.compactMap { key -> JSONValue? in
                    guard case .object(var m) = o[key] else { return o[key] }
                    if m["ts"] == nil { m["ts"] = .string(key) }
                    return .object(m)
                }
                var plan = Plan(shape: .tsKeyedObject)
                plan.conversations = [
                    PendingConversation(info: Self.inferredInfo(baseName), sources: [.records(records, file: file, userKey: "user_id")])
                ]
                return plan
            }
            throw .unexpectedContent(
                file: file,
                detail: "a JSON object that is not a day file, Slack API response, ts-keyed message map or slackdump file")
        default:
            throw .unexpectedContent(file: file, detail: "expected a JSON array or object, found \(value.typeName)")
        }
    }

    static func dumpConversation(_ o: JSONObject, file: String, baseName: String) -> PendingConversation {
        let id = o.string("channel_id") ?? baseName
        var info = inferredInfo(o.string("name") ?? id)
        info.id = id
        return PendingConversation(info: info, sources: [.records(o.array("messages"), file: file, userKey: "user")])
    }

    private func planAPIPages(_ pages: [JSONValue], file: String, baseName: String) throws(ExportError) -> Plan {
        var records: [JSONValue] = []
        var channelID: String?
        for (index, page) in pages.enumerated() {
            guard let o = page.object else {
                throw .unexpectedContent(file: file, detail: "page \(index) is a \(page.typeName), not a response object")
            }
            let messages = o.array("messages")
            if o["ok"]?.bool == false && messages.isEmpty {
                throw .apiError(file: file, error: o.string("error") ?? "ok is false")
            }
            if o["messages"] != nil && o["messages"]?.array == nil {
                throw .unexpectedContent(file: file, detail: "\"messages\" is a \(o["messages"]!.typeName), not an array")
            }
            channelID = channelID ?? o.string("channel") ?? o.string("channel_id")
            records += messages
        }
        var plan = Plan(shape: .apiResponse)
        var info = Self.inferredInfo(baseName)
        if let channelID { info.id = channelID }
        plan.conversations = [PendingConversation(info: info, sources: [.records(records, file: file, userKey: "user")])]
        return plan
    }

    // MARK: - slackdump

    private func planJSONFiles(_ tree: any FileTree, files: [String], name: String) throws(ExportError) -> Plan {
        var plan = Plan(shape: .slackdumpDump, tree: tree)
        var byID: [String: Int] = [:]
        for path in files {
            let display = tree.displayName(path)
            let value = try parseJSON(tree.read(path), file: display, report: &plan.report)
            let pending: PendingConversation
            if let o = value.object, o["channel_id"] != nil, o["messages"]?.array != nil {
                pending = Self.dumpConversation(o, file: display, baseName: Self.baseName(path))
            } else if let records = value.array {
                // slackdump's converter writes `<channel>.json` and `<channel>_thread_<ts>.json` arrays.
                var base = Self.baseName(path)
                if let range = base.range(of: "_thread_") { base = String(base[..<range.lowerBound]) }
                pending = PendingConversation(info: Self.inferredInfo(base), sources: [.records(records, file: display, userKey: "user")])
            } else {
                plan.report.warn(display, "neither a slackdump dump nor an array of messages; skipped")
                plan.report.skippedFiles += 1
                continue
            }
            // A thread file adds to its channel's conversation.
            if let existing = byID[pending.info.id] {
                plan.conversations[existing].sources += pending.sources
            } else {
                byID[pending.info.id] = plan.conversations.count
                plan.conversations.append(pending)
            }
        }
        if plan.conversations.isEmpty {
            throw .notAnExport(name, detail: "no channels.json, users.json, day files or slackdump files found")
        }
        try loadUsersFile(into: &plan)
        return plan
    }

    private func planChunkArchive(_ tree: any FileTree, files: [String]) throws(ExportError) -> Plan {
        var values: [JSONValue] = []
        var report = LoadReport()
        for path in files {
            let display = tree.displayName(path)
            let bytes = try gunzip(tree.read(path), limit: limits.maxFileBytes, file: display)
            report.filesRead += 1
            report.bytesRead += bytes.count
            do {
                let (parsed, notes) = try JSONParser.parseSequence(bytes, limits: .init(maxDepth: limits.maxJSONDepth))
                note(notes, file: display, report: &report)
                values += parsed
            } catch {
                throw .malformedJSON(file: display, detail: error.description)
            }
        }
        var plan = try planChunks(values, file: tree.displayName(""))
        plan.report.absorb(report)
        try loadUsersFile(into: &plan)
        return plan
    }

    /// slackdump chunks: one API call's result per record, `t` giving its type.
    private func planChunks(_ chunks: [JSONValue], file: String) throws(ExportError) -> Plan {
        var plan = Plan(shape: .slackdumpChunks)
        var infos: [String: ConversationInfo] = [:]
        var records: [String: [JSONValue]] = [:]
        var order: [String] = []
        for (index, chunk) in chunks.enumerated() {
            guard let o = chunk.object, let type = o["t"]?.int64 else {
                plan.report.warn(file, "record \(index) is not a slackdump chunk; skipped")
                plan.report.skippedMalformed += 1
                continue
            }
            let channel = o.string("id") ?? o.object("ci")?.string("id")
            if let channel, records[channel] == nil {
                records[channel] = []
                order.append(channel)
            }
            switch type {
            case 0, 1:  // history, thread replies (the parent `p` is repeated in `m` or given apart)
                guard let channel else { continue }
                if let parent = o["p"], parent.object != nil { records[channel]!.append(parent) }
                records[channel]! += o.array("m")
            case 3:  // users
                for u in o.array("u") { if let (user, botID) = RecordDecoder.user(u) { plan.users.add(user, botID: botID) } }
            case 4:  // channel list
                for c in o.array("ch") {
                    if let info = RecordDecoder.conversation(c, defaultKind: .publicChannel) { infos[info.id] = info }
                }
            case 5:  // one channel's info
                if let ci = o["ci"], let info = RecordDecoder.conversation(ci, defaultKind: .publicChannel) { infos[info.id] = info }
            default:
                break
            }
        }
        for id in order {
            let info = infos[id] ?? ConversationInfo(id: id, name: id)
            plan.conversations.append(PendingConversation(info: info, sources: [.records(records[id] ?? [], file: file, userKey: "user")]))
        }
        return plan
    }

    // MARK: - Loading messages

    private func load(_ plan: Plan, source: String, selection: ConversationSelection) throws(ExportError) -> Workspace {
        var report = plan.report
        let chosen: [PendingConversation]
        switch selection {
        case .all:
            chosen = plan.conversations
        case .one(let selector):
            chosen = [try Self.choose(plan.conversations, selector: selector, source: source)]
        }
        var learned = UserDirectory()
        var conversations: [Conversation] = []
        for pending in chosen {
            var builder = ConversationBuilder(info: pending.info)
            var decoded = try decodeSources(pending.sources, tree: plan.tree)
            builder.reserve(decoded.reduce(0) { $0 + $1.messages.count })
            // Each file is let go once merged, so a big export is not held twice.
            decoded.reverse()
            while let file = decoded.popLast() {
                report.absorb(file.report)
                builder.insert(file.messages)
                for user in file.decoder.learnedUsers.all { learned.add(user) }
            }
            conversations.append(builder.build(report: &report))
        }
        var users = plan.users
        for user in learned.all { users.add(user) }
        // A bot user known from users.json marks its messages as a bot's, whatever fields they carry.
        var botByAuthor: [String: Bool] = [:]
        for c in conversations.indices {
            for m in conversations[c].messages.indices where !conversations[c].messages[m].isBot {
                guard let id = conversations[c].messages[m].authorID else { continue }
                let isBot = botByAuthor[id] ?? {
                    let known = users[id]?.isBot == true
                    botByAuthor[id] = known
                    return known
                }()
                if isBot { conversations[c].messages[m].isBot = true }
            }
        }
        conversations.sort { ($0.info.kind.order, $0.info.name) < ($1.info.kind.order, $1.info.name) }
        return Workspace(source: source, shape: plan.shape, users: users, conversations: conversations, report: report)
    }

    /// Reads, parses and decodes a conversation's sources, day files in parallel, results in order.
    ///
    /// The first failure in file order is the one reported, so errors do not depend on timing.
    private func decodeSources(_ sources: [MessageSource], tree: (any FileTree)?) throws(ExportError) -> [DecodedFile] {
        let counter = progress.map { ProgressCounter(total: sources.count, observer: $0) }
        let reader = self
        let fields = buildsUnusedFields ? nil : RecordDecoder.recordFields(detail)
        // One file per task: day files vary in size, and each is a unit of progress.
        let results = ParallelMap.map(sources, chunk: 1) { _, source -> Result<DecodedFile, ExportError> in
            var file = DecodedFile(maxTextBytes: reader.limits.maxMessageBytes)
            file.decoder.detail = reader.detail
            var size = 0
            defer { counter?.add(bytes: size) }
            do {
                switch source {
                case .dayFile(let path):
                    guard let tree else { break }
                    let display = tree.displayName(path)
                    let bytes = try tree.read(path)
                    size = bytes.count
                    let value = try reader.parseJSON(bytes, file: display, report: &file.report, records: fields)
                    if let array = value.array {
                        file.decode(array, file: display, userKey: "user")
                    } else if let messages = value.object?["messages"]?.array {
                        file.decode(messages, file: display, userKey: "user")
                    } else {
                        throw ExportError.unexpectedContent(file: display, detail: "expected an array of messages, found \(value.typeName)")
                    }
                case .records(let records, let name, let userKey):
                    file.decode(records, file: name, userKey: userKey)
                }
                return .success(file)
            } catch let error as ExportError {
                return .failure(error)
            } catch {
                return .failure(.unreadable(String(describing: source), reason: String(describing: error)))
            }
        }
        var files: [DecodedFile] = []
        for result in results {
            switch result {
            case .success(let f): files.append(f)
            case .failure(let e): throw e
            }
        }
        return files
    }

    static func choose(_ all: [PendingConversation], selector: String?, source: String) throws(ExportError) -> PendingConversation {
        if let selector {
            if let i = ConversationInfo.index(of: selector, in: all.map(\.info)) { return all[i] }
            throw .conversationNotFound(selector, available: all.map(\.info.name).sorted(), source: source)
        }
        let withMessages = all.filter { !$0.sources.isEmpty }
        if withMessages.count == 1 { return withMessages[0] }
        if all.count == 1 { return all[0] }
        if withMessages.isEmpty { throw .noMessages(source: source) }
        throw .conversationAmbiguous(withMessages.map(\.info.name).sorted(), source: source)
    }
}

extension ConversationKind {
    var order: Int {
        switch self {
        case .publicChannel: return 0
        case .privateChannel: return 1
        case .groupDirectMessage: return 2
        case .directMessage: return 3
        }
    }
}
