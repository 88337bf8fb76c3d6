/// A word of a text and where it starts, counted in characters, so a
/// diagnostic can point at it inside its cell.
public struct TextWord: Sendable, Hashable {
    public var text: String
    /// Character offset of the word's first character in the text.
    public var offset: Int

    public init(text: String, offset: Int) {
        self.text = text
        self.offset = offset
    }

    /// The words of `text`, split on white space.
    public static func split(_ text: String) -> [TextWord] {
        var words: [TextWord] = []
        var current = ""
        var start = 0
        for (offset, character) in text.enumerated() {
            if character.isWhitespace {
                if !current.isEmpty { words.append(TextWord(text: current, offset: start)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(TextWord(text: current, offset: start)) }
        return words
    }
}
