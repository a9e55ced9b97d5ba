import Foundation
import SlackExport

/// A JSON value with ordered keys, written deterministically (same value, same bytes).
public enum JSONNode: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONNode])
    case object([(String, JSONNode)])
    /// An array of `count` elements made one by one as they are written: a year-long channel's
    /// timeline never exists as a whole tree, only as bytes.
    case elements(Int, @Sendable (Int) -> JSONNode)

    public static func == (a: JSONNode, b: JSONNode) -> Bool { a.rendered() == b.rendered() }

    /// An optional string, or null.
    public static func string(_ s: String?) -> JSONNode { s.map { .string($0) } ?? .null }
    /// An optional integer, or null.
    public static func int(_ i: Int?) -> JSONNode { i.map { .int($0) } ?? .null }

    /// The JSON text, pretty-printed with two-space indents and a final newline.
    public func rendered() -> String {
        String(decoding: renderedUTF8(), as: UTF8.self)
    }

    /// The JSON text as UTF-8 bytes, for writing out without a copy as a String (big analyses).
    public func renderedUTF8() -> [UInt8] {
        // Written as bytes: appending to a String scalar by scalar costs far more on big analyses.
        var out: [UInt8] = []
        write(into: &out, indent: 0, flush: nil)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// The same bytes as ``renderedUTF8()``, handed to `emit` in pieces of about `piece` bytes as they
    /// are made: a year-long channel's 250 MB analysis is never held whole.
    public func write(inPiecesOf piece: Int = 1 << 20, to emit: ([UInt8]) throws -> Void) throws {
        var out: [UInt8] = []
        out.reserveCapacity(piece + piece / 4)
        // The flush is an optional closure, so formally escaping; it does not outlive this call.
        try withoutActuallyEscaping(emit) { emit in
            try write(into: &out, indent: 0) { buffer in
                guard buffer.count >= piece else { return }
                try emit(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
            out.append(UInt8(ascii: "\n"))
            try emit(out)
        }
    }

    private func write(into out: inout [UInt8], indent: Int, flush: ((inout [UInt8]) throws -> Void)?) rethrows {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d): out.append(contentsOf: (d.isFinite ? String(format: "%.2f", d) : "null").utf8)
        case .string(let s): Self.quote(s, into: &out)
        case .array(let items):
            try Self.writeArray(count: items.count, { @Sendable in items[$0] }, into: &out, indent: indent, flush: flush)
        case .elements(let count, let element):
            try Self.writeArray(count: count, element, into: &out, indent: indent, flush: flush)
        case .object(let pairs):
            if pairs.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(contentsOf: "{\n".utf8)
            for (i, (key, value)) in pairs.enumerated() {
                Self.pad(indent + 1, into: &out)
                Self.quote(key, into: &out)
                out.append(contentsOf: ": ".utf8)
                try value.write(into: &out, indent: indent + 1, flush: flush)
                out.append(contentsOf: (i == pairs.count - 1 ? "\n" : ",\n").utf8)
            }
            Self.pad(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Arrays longer than this are rendered on all cores, a window of elements at a time.
    private static let parallelAbove = 4096
    private static let window = 8192
    private static let run = 256

    private static func writeArray(
        count: Int, _ element: @escaping @Sendable (Int) -> JSONNode, into out: inout [UInt8], indent: Int,
        flush: ((inout [UInt8]) throws -> Void)?
    ) rethrows {
        if count == 0 { out.append(contentsOf: "[]".utf8); return }
        out.append(contentsOf: "[\n".utf8)
        if count > parallelAbove {
            // A year-long timeline: each element's bytes are made on some core, then appended in
            // order, so the output is the same as the one-by-one loop's.
            var start = 0
            while start < count {
                let end = min(count, start + window)
                // One buffer per run of elements: a buffer per element cost as much as the rendering.
                let runs = stride(from: start, to: end, by: run).map { $0..<min(end, $0 + run) }
                let parts = ParallelMap.map(runs, chunk: 1) { _, range in
                    var bytes: [UInt8] = []
                    bytes.reserveCapacity(range.count * 512)
                    for i in range { appendElement(i, of: count, element(i), indent: indent, into: &bytes, flush: nil) }
                    return bytes
                }
                for part in parts {
                    out.append(contentsOf: part)
                    try flush?(&out)
                }
                start = end
            }
        } else {
            for i in 0..<count {
                try appendElement(i, of: count, element(i), indent: indent, into: &out, flush: flush)
                try flush?(&out)
            }
        }
        pad(indent, into: &out)
        out.append(UInt8(ascii: "]"))
    }

    /// Element `i` of an array of `count`: indented, and followed by a comma unless it is the last.
    private static func appendElement(
        _ i: Int, of count: Int, _ node: JSONNode, indent: Int, into out: inout [UInt8], flush: ((inout [UInt8]) throws -> Void)?
    ) rethrows {
        pad(indent + 1, into: &out)
        try node.write(into: &out, indent: indent + 1, flush: flush)
        out.append(contentsOf: (i == count - 1 ? "\n" : ",\n").utf8)
    }

    private static func pad(_ level: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    private static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        // Bytes are copied in runs; only quotes, backslashes, controls and the two JavaScript line
        // separators (E2 80 A8/A9) are escaped, as the scalar-by-scalar version did.
        s.withUTF8 { bytes in
            var runStart = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                let escape: String?
                var width = 1
                switch b {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    width = 3
                case 0..<0x20, 0x7F: escape = String(format: "\\u%04x", b)
                default: escape = nil
                }
                if let escape {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                    out.append(contentsOf: escape.utf8)
                    i += width
                    runStart = i
                } else {
                    i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
