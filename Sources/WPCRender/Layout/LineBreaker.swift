/// One line of broken text and how it joins the next one.
public struct BrokenLine: Sendable, Hashable {
    /// How the text continues after this line.
    public enum Join: Sendable, Hashable {
        /// A space was dropped at the break.
        case space
        /// A word too long for the column was cut; nothing was dropped.
        case none
        /// The text had a line break here.
        case newline
        /// This is the last line.
        case end
    }

    public var text: String
    public var join: Join
}

/// Breaks text into lines the way a browser does for a cell declared with
/// `white-space: pre-line; overflow-wrap: anywhere`: greedily at spaces,
/// at the text's own line breaks, and inside a word only when the word alone
/// is wider than the column.
///
/// It breaks only at spaces, never after hyphens or slashes as a browser
/// may: with fewer places to break, it predicts as many lines as the browser
/// draws or more, so a page it fills never overflows.
public struct LineBreaker: Sendable {
    public var style: TextStyle
    /// The width available to the text, in CSS pixels.
    public var width: Double

    public init(style: TextStyle, width: Double) {
        self.style = style
        self.width = width
    }

    /// The lines of `text`; an empty text has no lines.
    public func lines(_ text: String) -> [BrokenLine] {
        var result: [BrokenLine] = []
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, paragraph) in paragraphs.enumerated() {
            var lines = breakParagraph(paragraph)
            if lines.isEmpty { lines = [BrokenLine(text: "", join: .end)] }
            let isLast = index == paragraphs.count - 1
            lines[lines.count - 1].join = isLast ? .end : .newline
            result += lines
        }
        if result.count == 1, result[0].text.isEmpty { return [] }
        return result
    }

    /// The number of lines `text` takes.
    public func lineCount(_ text: String) -> Int { lines(text).count }

    private func breakParagraph(_ paragraph: Substring) -> [BrokenLine] {
        let words = paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
        let space = style.width(of: " ")
        var lines: [BrokenLine] = []
        var current = ""
        var currentWidth = 0.0
        for word in words {
            let wordWidth = style.width(of: word)
            if current.isEmpty {
                if wordWidth <= width {
                    current = String(word)
                    currentWidth = wordWidth
                } else {
                    (current, currentWidth) = cut(word, into: &lines)
                }
            } else if currentWidth + space + wordWidth <= width {
                current += " " + word
                currentWidth += space + wordWidth
            } else {
                lines.append(BrokenLine(text: current, join: .space))
                if wordWidth <= width {
                    current = String(word)
                    currentWidth = wordWidth
                } else {
                    (current, currentWidth) = cut(word, into: &lines)
                }
            }
        }
        if !current.isEmpty { lines.append(BrokenLine(text: current, join: .space)) }
        return lines
    }

    /// Cuts a word wider than the column into full lines; returns the rest.
    private func cut(_ word: Substring, into lines: inout [BrokenLine]) -> (String, Double) {
        var piece = ""
        var pieceWidth = 0.0
        for character in word {
            let characterWidth = style.width(of: String(character))
            if !piece.isEmpty, pieceWidth + characterWidth > width {
                lines.append(BrokenLine(text: piece, join: .none))
                piece = ""
                pieceWidth = 0
            }
            piece.append(character)
            pieceWidth += characterWidth
        }
        return (piece, pieceWidth)
    }
}

extension Array where Element == BrokenLine {
    /// The text these lines hold, rejoined: the inverse of breaking, up to
    /// runs of spaces (which a browser collapses anyway).
    public var joinedText: String {
        var text = ""
        for (index, line) in enumerated() {
            text += line.text
            guard index < count - 1 else { break }
            switch line.join {
            case .space: text += " "
            case .newline: text += "\n"
            case .none, .end: break
            }
        }
        return text
    }
}
