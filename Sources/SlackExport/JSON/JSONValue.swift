/// A parsed JSON value, kept close to the source so that readers can be lenient about types.
///
/// Numbers keep their source lexeme: Slack `ts` values and ids must never round through `Double`.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number exactly as written in the source, e.g. `"1452837318.000002"` or `"-3"`.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

/// A JSON object; a repeated key keeps its last value, as most parsers do.
///
/// Members are kept in source order and looked up by a scan from the end: a message object has a
/// dozen keys, and comparing short keys is far cheaper than hashing each into a dictionary. Large
/// objects get an index, so lookups never grow with an object's size.
public struct JSONObject: Sendable, Equatable {
    private var pairs: [(key: String, value: JSONValue)]
    /// For objects of more than `indexedAbove` members: each key's last position.
    private var positions: [String: Int]?
    private static let indexedAbove = 16

    /// Creates an object from its members.
    public init(_ members: [String: JSONValue] = [:]) {
        self.init(pairs: members.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) })
    }

    /// Creates an object from members in source order (a later repeat of a key wins).
    init(pairs: [(key: String, value: JSONValue)]) {
        self.pairs = pairs
        if pairs.count > Self.indexedAbove {
            var index: [String: Int] = [:]
            index.reserveCapacity(pairs.count)
            for (i, pair) in pairs.enumerated() { index[pair.key] = i }
            positions = index
        }
    }

    /// The member named `key`, or nil; setting replaces it or adds it.
    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { pairs[$0].value } }
        set {
            if let i = position(of: key) {
                if let newValue { pairs[i].value = newValue } else { self = JSONObject(pairs: pairs.filter { $0.key != key }) }
            } else if let newValue {
                pairs.append((key: key, value: newValue))
                if positions != nil || pairs.count > Self.indexedAbove { self = JSONObject(pairs: pairs) }
            }
        }
    }

    private func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        var i = pairs.count - 1
        while i >= 0 {
            if pairs[i].key == key { return i }
            i -= 1
        }
        return nil
    }

    /// The members by key.
    public var members: [String: JSONValue] {
        Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// True when the object has no members.
    public var isEmpty: Bool { pairs.isEmpty }

    /// The keys in a stable (sorted) order, for deterministic iteration.
    public var sortedKeys: [String] { members.keys.sorted() }

    public static func == (a: JSONObject, b: JSONObject) -> Bool { a.members == b.members }
}

extension JSONValue {
    /// The object, when this value is one.
    public var object: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The elements, when this value is an array.
    public var array: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// A string, or the lexeme of a number: Slack writes ids and times both ways across dialects.
    public var stringOrNumber: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n
        default: return nil
        }
    }

    /// The string, when this value is one.
    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// A whole number from a number or a numeric string (`"created": "1452837318"` in old exports).
    public var int64: Int64? {
        switch self {
        case .number(let n): return Int64(n) ?? Double(n).flatMap { $0.isFinite && abs($0) < 9e18 ? Int64($0) : nil }
        case .string(let s): return Int64(s) ?? Double(s).flatMap { $0.isFinite && abs($0) < 9e18 ? Int64($0) : nil }
        default: return nil
        }
    }

    /// A boolean from `true`/`false`, or nil for anything else.
    public var bool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// A short name of this value's JSON type, for error messages.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

extension JSONObject {
    /// A non-empty string member (a number lexeme is accepted too).
    public func string(_ key: String) -> String? {
        guard let s = self[key]?.stringOrNumber, !s.isEmpty else { return nil }
        return s
    }

    /// A boolean member, false when absent or of another type.
    public func flag(_ key: String) -> Bool { self[key]?.bool ?? false }

    /// An object member.
    public func object(_ key: String) -> JSONObject? { self[key]?.object }

    /// An array member (null or absent gives an empty array).
    public func array(_ key: String) -> [JSONValue] { self[key]?.array ?? [] }
}
