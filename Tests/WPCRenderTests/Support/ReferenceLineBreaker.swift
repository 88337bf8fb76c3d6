import WPCRender

// The line breaker as it was before it worked on bytes: Characters, a
// String per character, a width lookup per scalar. Kept only to show that
// the byte-level breaker breaks every text at the same places.

extension FontMetrics {
    /// Width as the old code computed it: advances summed per scalar.
    func referenceWidth(of text: some StringProtocol, size: Double) -> Double {
        var units = 0
        for scalar in text.unicodeScalars { units += advance(of: scalar) }
        return Double(units) * size / Double(unitsPerEm)
    }
}

struct ReferenceLineBreaker: Sendable {
    var style: TextStyle
    /// The width available to the text, in CSS pixels.
    var width: Double

    init(style: TextStyle, width: Double) {
        self.style = style
        self.width = width
    }

    /// The lines of `text`; an empty text has no lines.
    func lines(_ text: String) -> [BrokenLine] {
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
    func lineCount(_ text: String) -> Int { lines(text).count }

    private func breakParagraph(_ paragraph: Substring) -> [BrokenLine] {
        let words = paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
        let space = style.face.metrics.referenceWidth(of: " ", size: style.size)
        var lines: [BrokenLine] = []
        var current = ""
        var currentWidth = 0.0
        for word in words {
            let wordWidth = style.face.metrics.referenceWidth(of: word, size: style.size)
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
            let characterWidth = style.face.metrics.referenceWidth(of: String(character), size: style.size)
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
