/// A word of a text and where it starts, as a byte offset, so a diagnostic
/// can point at it inside its cell.
public struct TextWord: Sendable, Hashable {
    public var text: String
    /// UTF-8 byte offset of the word's first byte in the text.
    public var offset: Int

    public init(text: String, offset: Int) {
        self.text = text
        self.offset = offset
    }

    /// The word's length in UTF-8 bytes.
    public var byteCount: Int { text.utf8.count }

    /// The offset just past the word's last byte.
    public var end: Int { offset + byteCount }

    /// The words of `text`, split on white space.
    public static func split(_ text: String) -> [TextWord] {
        UTF8Text.withBytes(of: text) { bytes in
            var words: [TextWord] = []
            var index = 0, start = -1
            let count = bytes.count
            while index < count {
                let space = UTF8Text.whitespaceLength(bytes, at: index)
                if space > 0 {
                    if start >= 0 {
                        words.append(TextWord(text: UTF8Text.string(bytes, start..<index), offset: start))
                        start = -1
                    }
                    index += space
                } else {
                    if start < 0 { start = index }
                    index += 1
                }
            }
            if start >= 0 { words.append(TextWord(text: UTF8Text.string(bytes, start..<count), offset: start)) }
            return words
        }
    }
}
