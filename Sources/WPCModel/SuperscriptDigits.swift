/// The superscript digits footnote marks are written with (`¹`, `²`, …):
/// the one table every reader and writer uses.
public enum SuperscriptDigits {
    /// Each superscript digit scalar with its plain digit.
    public static let plainDigits: [Unicode.Scalar: Unicode.Scalar] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    ]

    /// Whether `scalar` is a superscript digit (compares values: this runs on every scalar of a programme).
    @inlinable
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 0xB2 || value == 0xB3 || value == 0xB9 || value == 0x2070 || (0x2074...0x2079).contains(value)
    }

    /// `text` with its superscript digits made plain ("¹²" → "12"); other scalars kept.
    public static func plain(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(plainDigits[scalar] ?? scalar) }
        return String(result)
    }
}
