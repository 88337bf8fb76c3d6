/// WordprocessingML written as UTF-8 bytes: markup appended as it is, text
/// escaped over bytes (`&`, `<`, `>`, both quotes; the characters XML 1.0
/// forbids replaced by U+FFFD, as `XMLText.escaped` does).
struct XMLBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Markup, as it is.
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Markup built at run time, as it is.
    mutating func raw(_ markup: String) {
        var markup = markup
        markup.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Prebuilt markup bytes.
    mutating func raw(_ markup: [UInt8]) { bytes.append(contentsOf: markup) }

    /// A decimal number.
    mutating func number(_ value: Int) { raw(String(value)) }

    /// Programme text, escaped.
    mutating func text(_ text: String) {
        var copy = text
        copy.withUTF8 { self.text($0) }
    }

    /// UTF-8 text, escaped. (No nested function captures the loop's state:
    /// that would box it and check every access at run time.)
    mutating func text(_ text: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            let replacement: StaticString
            var length = 1
            switch byte {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&quot;"
            case 0x27: replacement = "&apos;"
            case 0x09, 0x0A, 0x0D:
                index += 1
                continue
            case 0x00..<0x20: replacement = "\u{FFFD}"
            // U+FFFE and U+FFFF: EF BF BE, EF BF BF.
            case 0xEF where index + 2 < count && text[index + 1] == 0xBF && (text[index + 2] == 0xBE || text[index + 2] == 0xBF):
                replacement = "\u{FFFD}"
                length = 3
            default:
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
            replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
            index += length
            start = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<count]))
    }
}
