import WPCModel

/// A paragraph of the document body (outside any table).
struct WordParagraph: Sendable {
    var text: WordText
    /// Its position among the body's paragraphs, 1-based.
    var number: Int
    /// Where its `w:p` starts.
    var start: SourcePoint
}

/// How a table cell takes part in a vertical merge.
enum WordMerge: Sendable, Equatable {
    case none, restart, `continue`
}

/// A table cell: its paragraphs joined by single spaces, where each of them
/// starts in that text, the grid columns it covers and its part in a merge.
struct WordCell: Sendable {
    var text: WrittenText
    /// Byte offsets in `text` where the second and later paragraphs start.
    var paragraphStarts: [Int]
    /// The first grid column it covers, 0-based.
    var gridStart: Int
    /// How many grid columns it covers (`w:gridSpan`).
    var span: Int
    var merge: WordMerge
    /// Whether it continues the cell to its left (the old `w:hMerge`).
    var continuesLeft: Bool
    /// Where its `w:tc` starts.
    var start: SourcePoint

    /// The cell's paragraphs, each as written.
    var paragraphs: [WrittenText] {
        guard !paragraphStarts.isEmpty else { return text.isBlank ? [] : [text] }
        var result: [WrittenText] = []
        let bytes = Array(text.text.utf8)
        var bounds = [0] + paragraphStarts
        bounds.append(bytes.count + 1)
        for index in 0..<(bounds.count - 1) {
            let lower = bounds[index], upper = bounds[index + 1] - 1
            guard lower < upper else { continue }
            let point = text.origin.point(atOffset: lower)
            result.append(WrittenText(String(decoding: bytes[lower..<upper], as: UTF8.self), origin: point.map(Origin.init) ?? .none))
        }
        return result
    }
}

/// A table row, as it stands in the view read (a row deleted by a tracked change is left out).
struct WordRow: Sendable {
    var cells: [WordCell] = []
    /// 1-based position among the table's rows, as the view shows them.
    var number: Int
    /// Whether Word repeats it at the top of each page (`w:tblHeader`).
    var isHeader = false
    var start: SourcePoint
}

/// A table of the document body (tables inside cells are read as their cell's text).
struct WordTable: Sendable {
    /// 1-based position among the body's tables.
    var number: Int
    var rows: [WordRow] = []
    var start: SourcePoint
    /// Rows a tracked change takes out of the view read: where each starts, the row it
    /// follows, and whether it was inserted (left out of the original) or deleted.
    var removedRows: [(start: SourcePoint, after: Int, inserted: Bool)] = []
}

/// What the document body holds, in order.
enum WordBlock: Sendable {
    case paragraph(WordParagraph)
    case table(WordTable)
}

/// A kind of tracked change, as counted in the reader's note.
enum WordChangeKind: Sendable, Hashable {
    case insertion, deletion, move, formatting
}

/// What reading `word/document.xml` (or `word/footnotes.xml`) found.
struct WordBody: Sendable {
    var blocks: [WordBlock] = []
    /// The footnote references in document order: the footnote's id and the mark it gets.
    var footnoteReferences: [(id: String, mark: String)] = []
    /// The footnotes' text by id (footnotes part only), with where each starts.
    var footnotes: [String: (text: WordText, start: SourcePoint)] = [:]
    /// Every tracked change, with where it starts.
    var changes: [(kind: WordChangeKind, point: SourcePoint)] = []
    /// Where comments are anchored.
    var comments: [SourcePoint] = []
    /// Where text boxes (not read) stand.
    var textBoxes: [SourcePoint] = []
    /// Where endnote references (not read) stand.
    var endnotes: [SourcePoint] = []
    /// Cells Word shows merged into the one above but which hold text of their own.
    var hiddenMergedText: [SourcePoint] = []
}
