/// A run of text, emphasised or not: footnotes and legends mark emphasis
/// as `**SG**`, which HTML draws as `<strong>`, Word as bold and Markdown as
/// `**` again.
public struct TextSegment: Sendable, Hashable {
    public var text: String
    public var strong: Bool

    /// A run of `text`, emphasised when `strong`.
    public init(text: String, strong: Bool) {
        self.text = text
        self.strong = strong
    }
}

/// Splits `**…**` emphasis out of text as written: the one splitter every writer uses.
public enum EmphasisText {
    /// The segments of `text`; an unpaired `**` stays as written, empty segments are dropped.
    public static func segments(_ text: String) -> [TextSegment] {
        var parts: [Substring] = []
        var start = text.utf8.startIndex
        var index = start
        let utf8 = text.utf8
        while index < utf8.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == UInt8(ascii: "*"), next < utf8.endIndex, utf8[next] == UInt8(ascii: "*") {
                parts.append(text[start..<index])
                start = utf8.index(after: next)
                index = start
            } else {
                index = next
            }
        }
        parts.append(text[start..<utf8.endIndex])
        guard parts.count >= 3 else { return text.isEmpty ? [] : [TextSegment(text: text, strong: false)] }
        var segments: [TextSegment] = []
        for (index, part) in parts.enumerated() {
            if index == parts.count - 1, parts.count % 2 == 0 {
                segments.append(TextSegment(text: "**" + part, strong: false))
            } else if !part.isEmpty {
                segments.append(TextSegment(text: String(part), strong: index % 2 == 1))
            }
        }
        return segments
    }
}
