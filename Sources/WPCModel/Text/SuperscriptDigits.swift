/// The superscript digits footnote marks are written with (⁰ ¹ ² ³ ⁴ … ⁹),
/// recognised over UTF-8 bytes.
public enum SuperscriptDigits {
    /// The ten superscript digits, ⁰ first.
    public static let all: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// The digit (0–9) of the superscript scalar at `index` and its length in
    /// bytes, or nil when no superscript digit starts there.
    @inlinable
    public static func digit(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (digit: Int, length: Int)? {
        let byte = bytes[index]
        if byte == 0xC2, index + 1 < bytes.count {
            switch bytes[index + 1] {
            case 0xB2: return (2, 2)
            case 0xB3: return (3, 2)
            case 0xB9: return (1, 2)
            default: return nil
            }
        }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x81 {
            let last = bytes[index + 2]
            if last == 0xB0 { return (0, 3) }
            if last >= 0xB4 && last <= 0xB9 { return (Int(last - 0xB0), 3) }
        }
        return nil
    }

    /// Whether `character` is a superscript digit.
    public static func contains(_ character: Character) -> Bool { all.contains(character) }

    /// `mark` with its superscript digits made plain ("⁵" → "5") and white
    /// space removed, so that "⁵" and "5" compare equal.
    public static func plain(_ mark: String) -> String {
        UTF8Text.withBytes(of: mark) { bytes in
            var result: [UInt8] = []
            var index = 0
            while index < bytes.count {
                if let (digit, length) = digit(bytes, at: index) {
                    result.append(UInt8(0x30 + digit))
                    index += length
                } else if case let space = UTF8Text.whitespaceLength(bytes, at: index), space > 0 {
                    index += space
                } else {
                    result.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The superscript form of a number written in plain digits ("12" → "¹²").
    public static func superscript(_ number: Int) -> String {
        String(String(number).compactMap { $0.wholeNumberValue.map { all[$0] } })
    }
}
