/// What the colour of a monitor's attachment says about its alert, whatever language its text is in.
enum AlertColour: Equatable {
    /// Red, amber or yellow: the alert is firing.
    case alarm
    /// Green: the alert cleared.
    case clear

    /// The state `color` marks: Slack's "danger" and "warning", and reds, oranges and yellows,
    /// alarm; "good" and greens clear; blues, purples, greys and unreadable values say nothing.
    init?(_ color: String) {
        switch color.lowercased() {
        case "danger", "warning", "red", "orange", "yellow": self = .alarm
        case "good", "green": self = .clear
        default:
            guard let hue = Self.hue(ofHex: color) else { return nil }
            if hue < 65 || hue >= 330 {
                self = .alarm
            } else if hue >= 75 && hue <= 170 {
                self = .clear
            } else {
                return nil
            }
        }
    }

    /// The hue in degrees of "#rrggbb", "rrggbb" or "#rgb", or nil for a grey or an unreadable value.
    static func hue(ofHex color: String) -> Double? {
        var digits = Substring(color)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        if digits.count == 3 { digits = Substring(digits.map { "\($0)\($0)" }.joined()) }
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        let r = Double((value >> 16) & 0xFF) / 255, g = Double((value >> 8) & 0xFF) / 255, b = Double(value & 0xFF) / 255
        let high = max(r, g, b), low = min(r, g, b), chroma = high - low
        // A grey or a near-grey ("#439FE0" is blue; "#cccccc" is no colour at all).
        guard chroma >= 0.15 else { return nil }
        let sector: Double =
            if high == r { ((g - b) / chroma).truncatingRemainder(dividingBy: 6) }
            else if high == g { (b - r) / chroma + 2 }
            else { (r - g) / chroma + 4 }
        let degrees = sector * 60
        return degrees < 0 ? degrees + 360 : degrees
    }
}
