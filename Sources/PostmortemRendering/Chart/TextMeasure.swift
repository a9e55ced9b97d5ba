/// Approximate text widths for laying out chart labels without a font engine.
///
/// The factors are em fractions for a typical sans-serif face, rounded up so estimates err wide:
/// a label measured here never takes more room than it was given.
enum TextMeasure {
    /// The estimated width of `text` at `size` (pixels).
    static func width(_ text: String, size: Double) -> Double {
        var em = 0.0
        for scalar in text.unicodeScalars { em += factor(scalar) }
        return em * size
    }

    /// The longest prefix of `text` (with `…` when cut) that fits in `width`.
    static func fit(_ text: String, width: Double, size: Double) -> String {
        if Self.width(text, size: size) <= width { return text }
        var chars = Array(text)
        while !chars.isEmpty {
            chars.removeLast()
            let candidate = String(chars).trimmingTrailingSpaces() + "…"
            if Self.width(candidate, size: size) <= width { return candidate }
        }
        return ""
    }

    private static func factor(_ s: Unicode.Scalar) -> Double {
        switch s {
        case " ": return 0.30
        case "i", "l", "j", "I", ".", ",", ":", ";", "'", "|", "!", "`": return 0.32
        case "f", "t", "r", "(", ")", "[", "]", "{", "}", "/", "\\", "-", "\"": return 0.40
        case "m", "w", "M", "W", "@", "%": return 0.90
        case "0"..."9": return 0.58
        case "A"..."Z": return 0.70
        case "a"..."z": return 0.56
        default:
            if s.value < 0x80 { return 0.60 }
            if s.value < 0x2E80 { return 0.70 }
            return 1.05
        }
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
