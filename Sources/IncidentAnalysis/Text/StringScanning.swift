/// Trimming and searching on scalars and bytes, without a round trip through NSString (costly on every message).
extension String {
    /// The text without leading and trailing spaces and tabs (and line breaks when `newlines`).
    func trimmingSpace(newlines: Bool = false) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmable(scalars[start], newlines: newlines) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard isTrimmable(scalars[before], newlines: newlines) else { break }
            end = before
        }
        if start == scalars.startIndex && end == scalars.endIndex { return self }
        return String(self[start..<end])
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs (and line breaks when `newlines`).
    func trimmingSpace(newlines: Bool = false) -> String { String(self).trimmingSpace(newlines: newlines) }
}

/// Matches Foundation's `.whitespaces` (Zs and tab) and, with `newlines`, `.whitespacesAndNewlines`.
private func isTrimmable(_ c: Unicode.Scalar, newlines: Bool) -> Bool {
    switch c.value {
    case 0x20, 0x09: return true
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return newlines
    case 0..<0x80: return false
    default: return c.properties.generalCategory == .spaceSeparator
    }
}

extension String {
    /// True when `needle` occurs in the text, compared byte for byte (no Foundation, no locale):
    /// the analysis calls this on every message, where `contains` through NSString is costly.
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        needle.makeContiguousUTF8()
        return needle.utf8.withContiguousStorageIfAvailable { containsBytes($0, foldingASCIICase: false) } ?? false
    }

    /// True when the UTF-8 `needle` occurs in the text; with `foldingASCIICase`, A–Z in the text
    /// match a needle written in lower case.
    func containsBytes(_ needle: [UInt8], foldingASCIICase fold: Bool) -> Bool {
        needle.withUnsafeBufferPointer { containsBytes($0, foldingASCIICase: fold) }
    }

    private func containsBytes(_ n: UnsafeBufferPointer<UInt8>, foldingASCIICase fold: Bool) -> Bool {
        guard let first = n.first else { return true }
        var haystack = self
        haystack.makeContiguousUTF8()
        return haystack.utf8.withContiguousStorageIfAvailable { h in
            @inline(__always) func at(_ i: Int) -> UInt8 { fold && h[i] >= 65 && h[i] <= 90 ? h[i] + 32 : h[i] }
            guard h.count >= n.count else { return false }
            var i = 0
            let last = h.count - n.count
            while i <= last {
                if at(i) == first {
                    var k = 1
                    while k < n.count && at(i + k) == n[k] { k += 1 }
                    if k == n.count { return true }
                }
                i += 1
            }
            return false
        } ?? false
    }
}
