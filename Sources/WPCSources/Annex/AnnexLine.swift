import WPCModel

/// One cell of a tab-separated row: its text with surrounding white space
/// trimmed, and where that text starts. (The Word reader makes cells too, from
/// table cells whose text may come from several runs: hence an origin.)
struct AnnexCell: Sendable {
    var text: String
    var origin: Origin

    /// A cell whose text starts at `point`.
    init(text: String, point: SourcePoint) {
        self.text = text
        self.origin = Origin(point)
    }

    /// A cell whose text comes from `origin`.
    init(text: String, origin: Origin) {
        self.text = text
        self.origin = origin
    }

    /// Where the text starts.
    var point: SourcePoint { origin.point ?? SourcePoint(line: 0, byteColumn: 0) }

    var isEmpty: Bool { text.isEmpty }

    var written: WrittenText { WrittenText(text, origin: origin) }

    /// The text's length in bytes.
    var byteCount: Int { text.utf8.count }
}

/// What a line of the export is, judged on its own.
enum AnnexLine: Sendable {
    case blank
    /// A column-header row ("No<TAB>Topic<TAB>Tasks…").
    case heading([AnnexCell])
    /// A row drawn only with dashes, left by the export between pages.
    case separator
    /// A row of the table. Its cells are not kept: they are split from its
    /// line when the row is aligned (`AnnexScanner.cells(of:in:)`),
    /// so a scan of the whole file holds no row's text.
    case row
    /// The first line of a footnote: its mark and text.
    case footnote(mark: String, text: AnnexCell)
    /// Any other line of text.
    case text(AnnexCell)

    /// Classifies the line `range` of `bytes`, line `number` of its file.
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, number: Int) -> AnnexLine {
        let trimmed = UTF8Text.trimmed(bytes, range)
        if trimmed.isEmpty { return .blank }
        if UTF8Text.find(0x09, in: bytes, range) != nil {
            // The line is not blank, so some cell holds text: trimming a cell
            // removes no more than trimming the line did.
            if isSeparator(bytes, range) { return .separator }
            if mayBeHeading(bytes, range) {
                let cells = splitCells(bytes, range, number: number)
                if isHeading(cells) { return .heading(cells) }
            }
            return .row
        }
        let point = { (offset: Int) in SourcePoint(line: number, byteColumn: offset - range.lowerBound + 1) }
        if let (mark, rest) = footnoteParts(bytes, trimmed) {
            return .footnote(mark: UTF8Text.string(bytes, mark), text: AnnexCell(text: UTF8Text.string(bytes, rest), point: point(rest.lowerBound)))
        }
        return .text(AnnexCell(text: UTF8Text.string(bytes, trimmed), point: point(trimmed.lowerBound)))
    }

    /// A footnote's mark and text, when the trimmed text `range` starts with
    /// superscript digits followed by white space ("¹ Strategic Goal …").
    static func footnoteParts(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (mark: Range<Int>, text: Range<Int>)? {
        var index = range.lowerBound
        while index < range.upperBound, let (_, length) = SuperscriptDigits.digit(bytes, at: index) { index += length }
        guard index > range.lowerBound, index < range.upperBound, UTF8Text.whitespaceLength(bytes, at: index) > 0 else { return nil }
        return (range.lowerBound..<index, UTF8Text.trimmed(bytes, index..<range.upperBound))
    }

    /// Walks a row's cells left to right: `body` is given each cell's text
    /// (its range, trimmed) and where the cell stands (where its text starts,
    /// or, for an empty cell, where the cell starts), and returns false to stop.
    static func forEachCell(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (_ text: Range<Int>, _ at: Int) -> Bool) {
        var start = range.lowerBound
        while true {
            let end = UTF8Text.find(0x09, in: bytes, start..<range.upperBound) ?? range.upperBound
            let trimmed = UTF8Text.trimmed(bytes, start..<end)
            guard body(trimmed, trimmed.isEmpty ? start : trimmed.lowerBound), end < range.upperBound else { return }
            start = end + 1
        }
    }

    /// Splits a row on tabs, trimming each cell and recording where its text starts.
    static func splitCells(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, number: Int) -> [AnnexCell] {
        var cells: [AnnexCell] = []
        cells.reserveCapacity(Column.count)
        forEachCell(bytes, range) { text, at in
            cells.append(AnnexCell(text: text.isEmpty ? "" : UTF8Text.string(bytes, text),
                                   point: SourcePoint(line: number, byteColumn: at - range.lowerBound + 1)))
            return true
        }
        return cells
    }

    /// A row whose non-empty cells are drawn only with `-`, `=` or `_`.
    private static func isSeparator(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var sawCell = false, onlyRules = true
        forEachCell(bytes, range) { text, _ in
            guard !text.isEmpty else { return true }
            sawCell = true
            onlyRules = text.allSatisfy { bytes[$0] == UInt8(ascii: "-") || bytes[$0] == UInt8(ascii: "=") || bytes[$0] == UInt8(ascii: "_") }
            return onlyRules
        }
        return sawCell && onlyRules
    }

    /// Whether the row's first cell could be a column header's "No", judged
    /// before any cell is made (`isHeading` decides).
    private static func mayBeHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var first = 0..<0
        forEachCell(bytes, range) { text, _ in
            first = text
            return false
        }
        return mayNameNumber(lead: first.first.map { bytes[$0] }, byteCount: first.count)
    }

    /// Whether a cell of `byteCount` bytes starting with `lead` may be a
    /// spelling of "No": most rows fail on the first byte (every spelling
    /// starts with "n", "N" or "#") or on their length.
    private static func mayNameNumber(lead: UInt8?, byteCount: Int) -> Bool {
        guard let lead else { return false }
        return (lead == UInt8(ascii: "n") || lead == UInt8(ascii: "N") || lead == UInt8(ascii: "#")) && byteCount <= 64
    }

    /// Whether `cells` are a column-header row: "No" (or a spelling of it),
    /// then "Topic…" (or, in wpc's French outputs, "Thème").
    static func isHeading(_ cells: [AnnexCell]) -> Bool {
        guard cells.count >= 3, mayNameNumber(lead: cells[0].text.utf8.first, byteCount: cells[0].byteCount) else { return false }
        let first = HeadingCell(cells[0]).title.lowercased()
        guard HeadingCell.numberHeadings.contains(first) else { return false }
        let second = HeadingCell(cells[1]).title.lowercased()
        return second.hasPrefix("topic") || second.hasPrefix("thème")
    }
}

/// A heading cell split into its title and its trailing footnote marks.
struct HeadingCell {
    var title: String
    var marks: [(mark: String, point: SourcePoint)]

    init(_ cell: AnnexCell) {
        var marks: [(String, SourcePoint)] = []
        var title = ""
        UTF8Text.withBytes(of: cell.text) { bytes in
            // Marks trail the title, possibly separated by spaces or commas: "WCO Strategic Plan ¹", "Plan¹,⁴".
            var end = bytes.count
            while end > 0 {
                if bytes[end - 1] == 0x20 { end -= 1; continue }
                if bytes[end - 1] == UInt8(ascii: ","), !marks.isEmpty {
                    var before = end - 1
                    while before > 0, bytes[before - 1] == 0x20 { before -= 1 }
                    if HeadingCell.superscriptEnding(bytes, at: before) != nil {
                        end = before
                        continue
                    }
                }
                var start = end
                while start > 0, let (_, length) = HeadingCell.superscriptEnding(bytes, at: start) { start -= length }
                guard start < end else { break }
                marks.insert((UTF8Text.string(bytes, start..<end), cell.origin.point(atOffset: start) ?? cell.point), at: 0)
                end = start
            }
            title = UTF8Text.string(bytes, UTF8Text.trimmed(bytes, 0..<end))
        }
        self.title = title
        self.marks = marks
    }

    /// The superscript digit that ends just before `end`, if there is one.
    private static func superscriptEnding(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int) -> (Int, Int)? {
        for length in [2, 3] where end - length >= 0 {
            if let found = SuperscriptDigits.digit(bytes, at: end - length), found.length == length { return found }
        }
        return nil
    }

    /// Spellings of the first column's heading, in lower case. Each starts
    /// with "n" or "#" (`AnnexLine.isHeading` rejects other rows on their first byte).
    static let numberHeadings: Set<String> = ["no", "no.", "nr", "nr.", "n°", "nº", "#", "number"]

    /// The column this heading names, judged by its words, in English or in
    /// French (the headings of wpc's French outputs: Thème, Tâches, Organe
    /// responsable, Indicateurs de performance, Calendrier, État d'avancement).
    var column: Column? {
        let lower = title.lowercased()
        if HeadingCell.numberHeadings.contains(lower) { return .number }
        let words: [(String, Column)] = [
            ("type", .type), ("plan", .plan), ("strateg", .plan), ("responsib", .bodies), ("body", .bodies), ("bodies", .bodies),
            ("indicator", .indicator), ("timeline", .timeline), ("deadline", .timeline), ("progress", .progress),
            ("status", .progress), ("task", .task), ("topic", .topic),
            ("organe", .bodies), ("responsable", .bodies), ("indicateur", .indicator), ("calendrier", .timeline), ("échéance", .timeline),
            ("avancement", .progress), ("tâche", .task), ("thème", .topic),
        ]
        return words.first { HeadingCell.contains(lower, $0.0) }?.1
    }

    /// Whether `text` holds `word`, compared byte by byte.
    private static func contains(_ text: String, _ word: String) -> Bool {
        UTF8Text.withBytes(of: text) { haystack in
            UTF8Text.withBytes(of: word) { needle in
                guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
                var start = 0
                while let found = UTF8Text.find(first, in: haystack, start..<(haystack.count - needle.count + 1)) {
                    if (0..<needle.count).allSatisfy({ haystack[found + $0] == needle[$0] }) { return true }
                    start = found + 1
                }
                return false
            }
        }
    }
}
