/// The character a `w:sym` element stands for. Word writes a symbol inserted
/// from a symbol font as the font's name and a code, often in the private-use
/// range (F000 + the font's byte). Symbol and Wingdings codes with a Unicode
/// equivalent are mapped (Greek letters, arrows, bullets, ticks, …); a code
/// outside the private-use range is its own character; anything else is kept
/// as the private-use character Word stores, so nothing silently vanishes.
enum WordSymbol {
    /// The text for `w:sym w:font="…" w:char="…"`, or nil when the code is not hexadecimal.
    static func text(font: String?, code: String) -> String? {
        guard let value = UInt32(code, radix: 16) else { return nil }
        let byte = value >= 0xF000 && value <= 0xF0FF ? value - 0xF000 : value
        let family = (font ?? "").lowercased()
        if family == "symbol", byte <= 0xFF, let mapped = symbolFont[UInt8(byte)] { return String(mapped) }
        if family.hasPrefix("wingdings"), byte <= 0xFF, let mapped = wingdings[UInt8(byte)] { return String(mapped) }
        if value < 0xF000 || value > 0xF0FF, let scalar = Unicode.Scalar(value) { return String(Character(scalar)) }
        if family == "symbol", byte >= 0x20, byte < 0x7F, let scalar = Unicode.Scalar(byte) { return String(Character(scalar)) }
        return Unicode.Scalar(value).map { String(Character($0)) }
    }

    /// The Symbol font's letters and signs that differ from ASCII.
    private static let symbolFont: [UInt8: Character] = {
        var table: [UInt8: Character] = [:]
        let upper = Array("ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ")
        let lower = Array("αβχδεφγηιϕκλμνοπθρστυϖωξψζ")
        for (index, letter) in upper.enumerated() { table[UInt8(0x41 + index)] = letter }
        for (index, letter) in lower.enumerated() { table[UInt8(0x61 + index)] = letter }
        let signs: [(UInt8, Character)] = [
            (0x22, "∀"), (0x24, "∃"), (0x27, "∋"), (0x2A, "∗"), (0x2D, "−"), (0x40, "≅"), (0x5C, "∴"), (0x5E, "⊥"),
            (0x60, "‾"), (0x7E, "∼"), (0xA1, "ϒ"), (0xA2, "′"), (0xA3, "≤"), (0xA4, "⁄"), (0xA5, "∞"), (0xA7, "♣"),
            (0xA8, "♦"), (0xA9, "♥"), (0xAA, "♠"), (0xAB, "↔"), (0xAC, "←"), (0xAD, "↑"), (0xAE, "→"), (0xAF, "↓"),
            (0xB0, "°"), (0xB1, "±"), (0xB2, "″"), (0xB3, "≥"), (0xB4, "×"), (0xB5, "∝"), (0xB6, "∂"), (0xB7, "•"),
            (0xB8, "÷"), (0xB9, "≠"), (0xBA, "≡"), (0xBB, "≈"), (0xBC, "…"), (0xC5, "⊕"), (0xC6, "∅"), (0xC7, "∩"),
            (0xC8, "∪"), (0xCE, "∈"), (0xD6, "√"), (0xD7, "⋅"), (0xD8, "¬"), (0xD9, "∧"), (0xDA, "∨"), (0xDB, "⇔"),
            (0xDC, "⇐"), (0xDD, "⇑"), (0xDE, "⇒"), (0xDF, "⇓"), (0xE0, "◊"), (0xE5, "∑"), (0xF2, "∫"),
        ]
        for (code, sign) in signs { table[code] = sign }
        return table
    }()

    /// The Wingdings signs documents use as bullets and ticks.
    private static let wingdings: [UInt8: Character] = [
        0x6C: "●", 0x6E: "■", 0x6F: "□", 0x71: "❑", 0x75: "◆", 0x76: "❖", 0x9F: "•", 0xA7: "▪", 0xA8: "◻",
        0xD8: "➢", 0xE0: "→", 0xE8: "➔", 0xF0: "⇨", 0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑",
    ]
}
