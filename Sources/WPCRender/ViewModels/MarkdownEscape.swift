import WPCModel

/// Escapes text for GFM so that it renders as the same visible text: no
/// emphasis, link, HTML tag or table cell boundary can come from the input.
public enum MarkdownEscape {
    /// ASCII punctuation that can start markup inline; GFM lets a backslash escape any of it.
    private static let inline: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "!", "&", "#", "{", "}", "$", "^"]

    /// Text for a paragraph or list item: inline markup escaped, and a line
    /// that would start a block (heading, list, quote, rule) defused.
    public static func text(_ text: String) -> String {
        LineIndex(text).allLines.map { line in
            var escaped = escapeInline(String(line))
            if let first = escaped.first, first == "-" || first == "+" || first == "=" { escaped.insert("\\", at: escaped.startIndex) }
            if let dot = leadingOrderedMarker(escaped) { escaped.insert("\\", at: dot) }
            return escaped
        }.joined(separator: "\n")
    }

    /// Text for a pipe-table cell: as `text`, with line breaks folded to
    /// spaces (a cell is one line) and `|` escaped.
    public static func cell(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return escapeInline(text) }
        // Blank lines fold away with the rest: a cell is one line.
        return escapeInline(LineIndex(text).allLines.filter { !$0.isEmpty }.joined(separator: " "))
    }

    private static func escapeInline(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            if inline.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// The index of the "." or ")" in a leading "12." that would start an ordered list.
    private static func leadingOrderedMarker(_ line: String) -> String.Index? {
        var index = line.startIndex
        while index < line.endIndex, line[index].isASCII, line[index].isNumber { index = line.index(after: index) }
        guard index != line.startIndex, index < line.endIndex, line[index] == "." || line[index] == ")" else { return nil }
        let next = line.index(after: index)
        return next == line.endIndex || line[next] == " " ? index : nil
    }
}
