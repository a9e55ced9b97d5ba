/// What the colour of a monitor's attachment says about its alert, whatever language its text is in.
enum AlertColour {
    /// True when `color` marks the alert cleared: Slack's "good", "green", or a hex colour whose hue is
    /// green. Red and amber are not read as firing: monitors colour warnings, change records and
    /// their own brand alike.
    static func marksCleared(_ color: String) -> Bool {
        switch color.lowercased() {
        case "good", "green": return true
        default: return hue(ofHex: color).map { $0 >= 75 && $0 <= 170 } ?? false
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
        // A grey or a near-grey ("#cccccc") has no colour to read.
        guard chroma >= 0.15 else { return nil }
        let sector: Double =
            if high == r { ((g - b) / chroma).truncatingRemainder(dividingBy: 6) }
            else if high == g { (b - r) / chroma + 2 }
            else { (r - g) / chroma + 4 }
        let degrees = sector * 60
        return degrees < 0 ? degrees + 360 : degrees
    }
}
