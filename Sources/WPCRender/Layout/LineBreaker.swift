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

    /// A line holding `text`, joined to the next as `join` says.
    public init(text: String, join: Join) {
        self.text = text
        self.join = join
    }
}

/// Breaks text into lines the way a browser does for a cell declared with
/// `white-space: pre-line; overflow-wrap: anywhere`: greedily at spaces,
/// at the text's own line breaks, and inside a word only when the word alone
/// is wider than the column.
///
/// It breaks only at spaces, never after hyphens or slashes as a browser
/// may: with fewer places to break, it predicts as many lines as the browser
/// draws or more, so a page it fills never overflows.
///
/// It reads UTF-8 bytes and sums advances from the font's flat table; it
/// builds no string unless asked for the lines themselves. The rules are
/// those of grapheme clusters: a paragraph ends at `\n` (not inside
/// `\r\n`), words are separated by spaces, tabs and lone `\r`s, except a
/// space that a combining mark follows or a prepended mark precedes (it
/// belongs to the word), and only a word wider than the column is cut, at a
/// character boundary.
public struct LineBreaker: Sendable {
    public var style: TextStyle
    /// The width available to the text, in CSS pixels.
    public var width: Double

    public init(style: TextStyle, width: Double) {
        self.style = style
        self.width = width
    }

    /// How many lines a text takes, and whether its lines rejoin to the text
    /// itself (no runs of spaces, tabs, or spaces at a line's ends).
    public struct Measure: Sendable, Hashable {
        public var lineCount: Int
        public var isNormal: Bool
    }

    /// The lines of `text`; an empty text has no lines.
    public func lines(_ text: String) -> [BrokenLine] {
        var sink = Sink(mode: .lines)
        var text = text
        _ = text.withUTF8 { breakText($0, into: &sink) }
        return sink.lines
    }

    /// The number of lines `text` takes.
    public func lineCount(_ text: String) -> Int { measure(text).lineCount }

    /// The number of lines `text` takes and whether it is already normal, without building lines.
    public func measure(_ text: String) -> Measure {
        var sink = Sink(mode: .count)
        var text = text
        return text.withUTF8 { breakText($0, into: &sink) }
    }

    /// Where each line of `text` lies in its UTF-8 bytes: from the first
    /// byte of its first word (or of a cut piece) to the end of its last; an
    /// empty paragraph's line is the empty range at the paragraph's end.
    public func lineSpans(_ text: String) -> [Range<Int>] {
        var sink = Sink(mode: .spans)
        var text = text
        _ = text.withUTF8 { breakText($0, into: &sink) }
        return sink.spans
    }

    /// `text` as its lines rejoin: each paragraph's words joined by one
    /// space, paragraphs by `\n`.
    public static func normalized(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var scanner = WordScanner(bytes: bytes)
            var firstParagraph = true
            while let paragraphEnd = scanner.nextParagraph() {
                if !firstParagraph { output.append(0x0A) }
                firstParagraph = false
                var firstWord = true
                while let (word, _) = scanner.nextWord(before: paragraphEnd, metrics: nil) {
                    if !firstWord { output.append(0x20) }
                    firstWord = false
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[word]))
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// What breaking collects (nothing but the count, the lines, or where
    /// they lie) and where it is. A struct passed `inout`, so that the loop
    /// keeps its state in registers rather than in captured boxes.
    private struct Sink {
        enum Mode { case count, lines, spans }
        var mode: Mode
        var lines: [BrokenLine] = []
        var spans: [Range<Int>] = []
        /// The current line's bytes, when building lines.
        var current: [UInt8] = []
        var count = 0
        /// Where the current line lies in the text's bytes.
        var lineStart = 0
        var lineEnd = 0

        init(mode: Mode) { self.mode = mode }

        mutating func emit(_ join: BrokenLine.Join) {
            count += 1
            switch mode {
            case .count:
                break
            case .lines:
                lines.append(BrokenLine(text: String(decoding: current, as: UTF8.self), join: join))
                current.removeAll(keepingCapacity: true)
            case .spans:
                spans.append(lineStart..<lineEnd)
            }
        }
    }

    private func breakText(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) -> Measure {
        let metrics = style.face.metrics
        let size = style.size
        let em = Double(metrics.unitsPerEm)
        let building = sink.mode == .lines
        // The same arithmetic, in the same order, as measuring each word as a
        // String did: the same doubles, so the same breaks.
        let space = Double(metrics.advance(ofValue: 0x20)) * size / em
        return metrics.withTable { table in
            breakText(bytes, into: &sink, metrics: metrics, table: table, space: space, building: building)
        }
    }

    private func breakText(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink, metrics: FontMetrics,
                           table: UnsafeBufferPointer<UInt16>, space: Double, building: Bool) -> Measure {
        let size = style.size
        let em = Double(metrics.unitsPerEm)
        var scanner = WordScanner(bytes: bytes)
        var normal = true
        var paragraphs = 0
        while let paragraphEnd = scanner.nextParagraph() {
            paragraphs += 1
            let before = sink.count
            sink.lineStart = scanner.position
            sink.lineEnd = sink.lineStart
            var words = 0
            var hasCurrent = false
            var currentWidth = 0.0
            while let (word, units) = scanner.nextWord(before: paragraphEnd, metrics: metrics, table: table) {
                if scanner.separatorsBefore != (words == 0 ? 0 : 1) { normal = false }
                words += 1
                let wordWidth = Double(units) * size / em
                if hasCurrent, currentWidth + space + wordWidth <= width {
                    if building {
                        sink.current.append(0x20)
                        sink.current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[word]))
                    }
                    sink.lineEnd = word.upperBound
                    currentWidth += space + wordWidth
                    continue
                }
                if hasCurrent { sink.emit(.space) }
                hasCurrent = true
                sink.lineStart = word.lowerBound
                if wordWidth <= width {
                    if building { sink.current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[word])) }
                    sink.lineEnd = word.upperBound
                    currentWidth = wordWidth
                } else {
                    currentWidth = cut(UnsafeBufferPointer(rebasing: bytes[word]), at: word.lowerBound, metrics: metrics, into: &sink)
                }
            }
            if scanner.separatorsBefore > 0 { normal = false }
            if !hasCurrent, sink.count == before {
                sink.lineStart = paragraphEnd
                sink.lineEnd = paragraphEnd
            }
            if hasCurrent || sink.count == before { sink.emit(.space) }
            if building { sink.lines[sink.lines.count - 1].join = scanner.atEnd ? .end : .newline }
        }
        // A text with no words at all (empty, or only spaces) has no lines.
        if paragraphs == 1, scanner.wordCount == 0 {
            sink.lines.removeAll()
            sink.spans.removeAll()
            return Measure(lineCount: 0, isNormal: normal)
        }
        return Measure(lineCount: sink.count, isNormal: normal)
    }

    /// Cuts a word wider than the column into full lines at Character
    /// boundaries, as a browser wraps with `overflow-wrap: anywhere`;
    /// leaves the last piece as the current line and returns its width.
    /// Rare (long URLs, codes without spaces), so it works on Characters.
    /// `start` is the word's offset in the text.
    private func cut(_ word: UnsafeBufferPointer<UInt8>, at start: Int, metrics: FontMetrics, into sink: inout Sink) -> Double {
        let size = style.size
        let em = Double(metrics.unitsPerEm)
        var pieceWidth = 0.0
        var pieceIsEmpty = true
        var offset = start
        for character in String(decoding: word, as: UTF8.self) {
            let characterWidth = Double(metrics.units(of: String(character))) * size / em
            if !pieceIsEmpty, pieceWidth + characterWidth > width {
                sink.lineEnd = offset
                sink.emit(.none)
                sink.lineStart = offset
                pieceWidth = 0
            }
            if sink.mode == .lines { sink.current.append(contentsOf: String(character).utf8) }
            offset += character.utf8.count
            sink.lineEnd = offset
            pieceIsEmpty = false
            pieceWidth += characterWidth
        }
        return pieceWidth
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
