/// A strict, bounded JSON parser over UTF-8 bytes that reports where input goes wrong.
///
/// Written for exports nobody checked: nesting depth is capped (no stack overflow on
/// `[[[[…`), errors carry line and column, and invalid UTF-8 inside strings is replaced
/// and reported rather than fatal, so one bad byte does not lose a day of messages.
public struct JSONParser {
    /// Limits that keep a hostile document from exhausting the stack.
    public struct Limits: Sendable {
        /// Deepest nesting of arrays and objects accepted.
        public var maxDepth: Int
        /// Creates limits.
        public init(maxDepth: Int = 512) { self.maxDepth = maxDepth }
    }

    /// What went wrong and where (1-based line and column, 0-based byte offset).
    public struct Failure: Error, Sendable, Equatable {
        public var message: String
        public var offset: Int
        public var line: Int
        public var column: Int
        /// "line L, column C: message".
        public var description: String { "line \(line), column \(column): \(message)" }
    }

    /// Facts about a parse that a caller reports as warnings.
    public struct Notes: Sendable, Equatable {
        /// Strings held bytes that were not valid UTF-8 and were replaced with U+FFFD.
        public var replacedInvalidUTF8 = false
        /// The input started with a UTF-8 byte-order mark, which was skipped.
        public var skippedByteOrderMark = false
    }

    /// Which members of record objects to build; the others are checked for JSON syntax and
    /// skipped without building strings or trees (a reader's fields are a fraction of a message).
    ///
    /// Records are the objects directly inside the outermost array, or inside an array that is a
    /// member of the outermost object (`{"messages": […]}`).
    public struct RecordFields: Sendable {
        struct Field: Sendable {
            let name: String
            let utf8: [UInt8]
            /// A string value longer than this many bytes is skipped as if absent.
            let maxStringBytes: Int
        }
        /// Fields by the UTF-8 length of their name, so a key is compared with few candidates.
        let byLength: [[Field]]

        /// Keeps `names`; for those in `stringsUpTo`, a string value only up to that many bytes.
        public init(_ names: [String], stringsUpTo caps: [String: Int] = [:]) {
            var table: [[Field]] = []
            for name in Set(names).sorted() {
                let utf8 = Array(name.utf8)
                while table.count <= utf8.count { table.append([]) }
                table[utf8.count].append(Field(name: name, utf8: utf8, maxStringBytes: caps[name] ?? Int.max))
            }
            byLength = table
        }

        func field(_ bytes: [UInt8], _ range: Range<Int>) -> Field? {
            guard range.count < byLength.count else { return nil }
            return byLength[range.count].first { $0.utf8.elementsEqual(bytes[range]) }
        }
    }

    private let bytes: [UInt8]
    private var index = 0
    private let limits: Limits
    private(set) var notes = Notes()
    private let fields: RecordFields?
    /// The depth of record objects (2 inside a top-level array, 3 inside a top-level object's array).
    private var recordDepth = 0

    private init(bytes: [UInt8], limits: Limits, fields: RecordFields? = nil) {
        self.bytes = bytes
        self.limits = limits
        self.fields = fields
    }

    /// Parses one JSON document; trailing content other than whitespace is an error.
    ///
    /// With `records`, members of record objects that are not listed are skipped (their syntax is
    /// still checked, but invalid UTF-8 inside them goes unnoticed, as nobody reads them).
    public static func parse(_ bytes: [UInt8], limits: Limits = Limits(), records: RecordFields? = nil) throws(Failure) -> (JSONValue, Notes) {
        var parser = JSONParser(bytes: bytes, limits: limits, fields: records)
        parser.skipByteOrderMark()
        parser.skipWhitespace()
        if parser.index >= bytes.count { throw parser.failure("the file is empty") }
        parser.recordDepth = bytes[parser.index] == UInt8(ascii: "[") ? 2 : 3
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        if parser.index < bytes.count {
            throw parser.failure("unexpected content after the JSON value")
        }
        return (value, parser.notes)
    }

    /// Parses a sequence of JSON documents separated by whitespace (JSON Lines, or API pages
    /// saved one after another).
    public static func parseSequence(_ bytes: [UInt8], limits: Limits = Limits()) throws(Failure) -> ([JSONValue], Notes) {
        var parser = JSONParser(bytes: bytes, limits: limits)
        parser.skipByteOrderMark()
        var values: [JSONValue] = []
        parser.skipWhitespace()
        if parser.index >= bytes.count { throw parser.failure("the file is empty") }
        while parser.index < bytes.count {
            values.append(try parser.parseValue(depth: 0))
            parser.skipWhitespace()
        }
        return (values, parser.notes)
    }

    // MARK: - Values

    private mutating func parseValue(depth: Int) throws(Failure) -> JSONValue {
        guard index < bytes.count else { throw failure("unexpected end of data (the file looks truncated)") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw failure("unexpected character \(describe(bytes[index]))")
        }
    }

    /// An object; with `fields`, a record whose unlisted members are checked for syntax and skipped.
    private mutating func parseObject(depth: Int, keeping fields: RecordFields? = nil) throws(Failure) -> JSONValue {
        if depth > limits.maxDepth { throw failure("nesting deeper than \(limits.maxDepth) levels") }
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { index += 1; return .object(JSONObject(pairs: members)) }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else {
                throw failure(index >= bytes.count ? "unexpected end of data inside an object" : "expected a quoted key")
            }
            let keyStart = index
            // The key, or (keeping only some fields) the field it names, nil for one to skip.
            var key = ""
            var field: RecordFields.Field?
            if let fields {
                if try skipString() {
                    field = fields.field(bytes, keyStart + 1..<index - 1)
                } else {
                    // A key with escapes is rare: decode it and look it up by name.
                    index = keyStart
                    let escaped = try parseString()
                    field = fields.byLength.joined().first { $0.name == escaped }
                }
            } else {
                key = try parseString()
            }
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else {
                throw failure("expected ':' after key \"\((fields == nil ? key : decodedKey(from: keyStart)).prefix(40))\"")
            }
            index += 1
            skipWhitespace()
            if fields == nil {
                members.append((key: key, value: try parseValue(depth: depth)))
            } else if let field {
                try member(field, depth: depth).map { members.append((key: field.name, value: $0)) }
            } else {
                try skipValue(depth: depth)
            }
            if try closes(.object) { return .object(JSONObject(pairs: members)) }
        }
    }

    /// A kept field's value; nil for a string longer than the field keeps (skipped as if absent).
    private mutating func member(_ field: RecordFields.Field, depth: Int) throws(Failure) -> JSONValue? {
        guard field.maxStringBytes < Int.max, peek() == UInt8(ascii: "\"") else { return try parseValue(depth: depth) }
        let start = index
        _ = try skipString()
        guard index - start - 2 <= field.maxStringBytes else { return nil }
        index = start
        return .string(try parseString())
    }

    private mutating func parseArray(depth: Int) throws(Failure) -> JSONValue {
        if depth > limits.maxDepth { throw failure("nesting deeper than \(limits.maxDepth) levels") }
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") { index += 1; return .array(elements) }
        let records = fields != nil && depth + 1 == recordDepth
        while true {
            skipWhitespace()
            if records, peek() == UInt8(ascii: "{") {
                elements.append(try parseObject(depth: depth + 1, keeping: fields))
            } else {
                elements.append(try parseValue(depth: depth))
            }
            if try closes(.array) { return .array(elements) }
        }
    }

    private enum Container {
        case object, array
        var name: String { self == .object ? "object" : "array" }
        var closer: UInt8 { self == .object ? UInt8(ascii: "}") : UInt8(ascii: "]") }
    }

    /// After a member or element: true past the closing bracket, false past a comma.
    private mutating func closes(_ container: Container) throws(Failure) -> Bool {
        skipWhitespace()
        switch peek() {
        case UInt8(ascii: ","):
            index += 1
            return false
        case container.closer:
            index += 1
            return true
        case nil: throw failure("unexpected end of data inside an \(container.name)")
        default: throw failure("expected ',' or '\(Character(Unicode.Scalar(container.closer)))' in an \(container.name)")
        }
    }

    private func decodedKey(from quote: Int) -> String {
        var parser = JSONParser(bytes: bytes, limits: limits)
        parser.index = quote
        return (try? parser.parseString()) ?? ""
    }

    /// Checks one value's syntax and moves past it, building nothing.
    private mutating func skipValue(depth: Int) throws(Failure) {
        guard index < bytes.count else { throw failure("unexpected end of data (the file looks truncated)") }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            let inner = depth + 1
            if inner > limits.maxDepth { throw failure("nesting deeper than \(limits.maxDepth) levels") }
            index += 1
            skipWhitespace()
            if peek() == UInt8(ascii: "}") { index += 1; return }
            while true {
                skipWhitespace()
                guard peek() == UInt8(ascii: "\"") else {
                    throw failure(index >= bytes.count ? "unexpected end of data inside an object" : "expected a quoted key")
                }
                let keyStart = index
                _ = try skipString()
                skipWhitespace()
                guard peek() == UInt8(ascii: ":") else {
                    throw failure("expected ':' after key \"\(decodedKey(from: keyStart).prefix(40))\"")
                }
                index += 1
                skipWhitespace()
                try skipValue(depth: inner)
                if try closes(.object) { return }
            }
        case UInt8(ascii: "["):
            let inner = depth + 1
            if inner > limits.maxDepth { throw failure("nesting deeper than \(limits.maxDepth) levels") }
            index += 1
            skipWhitespace()
            if peek() == UInt8(ascii: "]") { index += 1; return }
            while true {
                skipWhitespace()
                try skipValue(depth: inner)
                if try closes(.array) { return }
            }
        case UInt8(ascii: "\""): _ = try skipString()
        case UInt8(ascii: "t"): try expectLiteral("true")
        case UInt8(ascii: "f"): try expectLiteral("false")
        case UInt8(ascii: "n"): try expectLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try scanNumber()
        default: throw failure("unexpected character \(describe(bytes[index]))")
        }
    }

    /// Moves past a string, checking its escapes; true when it had none.
    private mutating func skipString() throws(Failure) -> Bool {
        let openQuote = index
        index += 1
        var plain = true
        while index < bytes.count {
            let c = bytes[index]
            if c == UInt8(ascii: "\"") {
                index += 1
                return plain
            }
            if c == UInt8(ascii: "\\") {
                plain = false
                index += 1
                guard let e = peek() else { break }
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 1
                case UInt8(ascii: "u"):
                    index += 1
                    _ = try parseHex4()
                default:
                    throw failure("invalid escape \\\(describe(e)) in a string")
                }
                continue
            }
            if c < 0x20 { throw failure("control character \(describe(c)) inside a string") }
            index += 1
        }
        index = openQuote
        throw failure("unterminated string")
    }

    private mutating func parseNumber() throws(Failure) -> String {
        let range = try scanNumber()
        return String(decoding: bytes[range], as: UTF8.self)
    }

    private mutating func scanNumber() throws(Failure) -> Range<Int> {
        let start = index
        if peek() == UInt8(ascii: "-") { index += 1 }
        guard let first = peek(), isDigit(first) else { throw failure("invalid number") }
        if first == UInt8(ascii: "0") {
            index += 1
        } else {
            while let c = peek(), isDigit(c) { index += 1 }
        }
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard let c = peek(), isDigit(c) else { throw failure("invalid number: digits expected after '.'") }
            while let c = peek(), isDigit(c) { index += 1 }
        }
        if let e = peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            index += 1
            if let s = peek(), s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { index += 1 }
            guard let c = peek(), isDigit(c) else { throw failure("invalid number: digits expected in exponent") }
            while let c = peek(), isDigit(c) { index += 1 }
        }
        return start..<index
    }

    private mutating func parseString() throws(Failure) -> String {
        let openQuote = index
        index += 1
        let runStart = index
        // Fast path: no escapes, so the string is the bytes between the quotes, decoded once.
        while index < bytes.count {
            let c = bytes[index]
            if c == UInt8(ascii: "\"") {
                let s = decodeUTF8(bytes[runStart..<index])
                index += 1
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 { throw failure("control character \(describe(c)) inside a string") }
            index += 1
        }
        guard index < bytes.count else {
            index = openQuote
            throw failure("unterminated string")
        }
        // Slow path: copy runs and decoded escapes into one buffer.
        var buffer = [UInt8](bytes[runStart..<index])
        while true {
            guard index < bytes.count else {
                index = openQuote
                throw failure("unterminated string")
            }
            let c = bytes[index]
            if c == UInt8(ascii: "\"") {
                index += 1
                return decodeUTF8(buffer[...])
            }
            if c == UInt8(ascii: "\\") {
                index += 1
                try parseEscape(into: &buffer)
                continue
            }
            if c < 0x20 { throw failure("control character \(describe(c)) inside a string") }
            buffer.append(c)
            index += 1
        }
    }

    private mutating func decodeUTF8(_ slice: ArraySlice<UInt8>) -> String {
        // Decoding repairs invalid UTF-8 on a fast path; comparing the bytes tells whether it had
        // to. (`String(validating:)` on a slice runs unspecialised generic code for every string.)
        let (string, repaired) = slice.withUnsafeBufferPointer { buf -> (String, Bool) in
            guard buf.count > 0 else { return ("", false) }
            let s = String(decoding: buf, as: UTF8.self)
            // ASCII cannot need repair; most strings are, and checking is cheaper than comparing.
            if Self.isASCII(buf) { return (s, false) }
            return (s, !(s.utf8.count == buf.count && s.utf8.elementsEqual(buf)))
        }
        if repaired { notes.replacedInvalidUTF8 = true }
        return string
    }

    private static func isASCII(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = buf.count
        let raw = UnsafeRawBufferPointer(buf)
        while i + 8 <= n {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < n {
            if buf[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    private mutating func parseEscape(into buffer: inout [UInt8]) throws(Failure) {
        guard let c = peek() else { throw failure("unterminated string") }
        index += 1
        func append(_ scalar: Unicode.Scalar) { buffer.append(contentsOf: Array(String(scalar).utf8)) }
        switch c {
        case UInt8(ascii: "\""): buffer.append(c)
        case UInt8(ascii: "\\"): buffer.append(c)
        case UInt8(ascii: "/"): buffer.append(c)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try parseHex4()
            if (0xD800...0xDBFF).contains(unit) {
                // A high surrogate must pair with a following low surrogate escape.
                if peek() == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") {
                    let save = index
                    index += 2
                    let low = try parseHex4()
                    if (0xDC00...0xDFFF).contains(low) {
                        let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                        append(Unicode.Scalar(value) ?? "\u{FFFD}")
                        return
                    }
                    index = save
                }
                notes.replacedInvalidUTF8 = true
                append("\u{FFFD}")
            } else if (0xDC00...0xDFFF).contains(unit) {
                notes.replacedInvalidUTF8 = true
                append("\u{FFFD}")
            } else {
                append(Unicode.Scalar(unit) ?? "\u{FFFD}")
            }
        default:
            index -= 1
            throw failure("invalid escape \\\(describe(c)) in a string")
        }
    }

    private mutating func parseHex4() throws(Failure) -> UInt16 {
        guard index + 4 <= bytes.count else { throw failure("truncated \\u escape") }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let c = bytes[index]
            let digit: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c - UInt8(ascii: "A") + 10
            default: throw failure("invalid \\u escape")
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    private mutating func expectLiteral(_ word: String) throws(Failure) {
        for expected in word.utf8 {
            guard index < bytes.count else { throw failure("unexpected end of data (the file looks truncated)") }
            guard bytes[index] == expected else { throw failure("unexpected character \(describe(bytes[index]))") }
            index += 1
        }
    }

    // MARK: - Helpers

    private mutating func skipByteOrderMark() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3
            notes.skippedByteOrderMark = true
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

    private func describe(_ c: UInt8) -> String {
        if c >= 0x21 && c < 0x7F { return "'\(Character(Unicode.Scalar(c)))'" }
        return "byte 0x" + String(c, radix: 16, uppercase: true)
    }

    private func failure(_ message: String) -> Failure {
        let end = min(index, bytes.count)
        var line = 1
        var lineStart = 0
        for i in 0..<end where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        // Columns count characters, not bytes: UTF-8 continuation bytes do not advance them.
        let column = bytes[lineStart..<end].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return Failure(message: message, offset: end, line: line, column: column)
    }
}
