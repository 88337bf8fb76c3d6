/// Escaping for the XML this target writes by hand (it has no libxml2).
///
/// Every piece of programme text reaches the package through `escaped`, so a
/// task reading `<w:t>&amp;` stays text and can never become markup.
enum XMLText {
    /// The replacement for characters XML 1.0 forbids (most C0 controls,
    /// U+FFFE, U+FFFF): the document must stay well-formed, and a visible
    /// U+FFFD tells the reader that something was there.
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// `text` with `&`, `<`, `>` and both quotes escaped and forbidden
    /// characters replaced, safe in element content and in attribute values.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.unicodeScalars.append(isAllowed(scalar) ? scalar : replacement)
            }
        }
        return result
    }

    /// Whether XML 1.0 allows `scalar` in a document
    /// (`#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`;
    /// a Swift scalar is never a surrogate).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }

}
