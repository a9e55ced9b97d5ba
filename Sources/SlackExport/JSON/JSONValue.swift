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

/// A JSON object: a dictionary of members; a repeated key keeps its last value, as most parsers do.
public struct JSONObject: Sendable, Equatable {
    /// The members by key.
    public var members: [String: JSONValue]

    /// Creates an object from its members.
    public init(_ members: [String: JSONValue] = [:]) { self.members = members }

    /// The member named `key`, or nil.
    public subscript(key: String) -> JSONValue? { members[key] }

    /// The keys in a stable (sorted) order, for deterministic iteration.
    public var sortedKeys: [String] { members.keys.sorted() }
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
        guard let s = members[key]?.stringOrNumber, !s.isEmpty else { return nil }
        return s
    }

    /// A boolean member, false when absent or of another type.
    public func flag(_ key: String) -> Bool { members[key]?.bool ?? false }

    /// An object member.
    public func object(_ key: String) -> JSONObject? { members[key]?.object }

    /// An array member (null or absent gives an empty array).
    public func array(_ key: String) -> [JSONValue] { members[key]?.array ?? [] }
}
