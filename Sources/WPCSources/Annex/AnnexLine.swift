import Foundation
import WPCModel

/// One cell of a tab-separated row: its text with surrounding white space
/// trimmed, and where that text starts.
struct AnnexCell: Sendable {
    var text: String
    var location: SourceLocation

    var isEmpty: Bool { text.isEmpty }

    var written: WrittenText { WrittenText(text, origin: Origin(location)) }
}

/// What a line of the export is, judged on its own.
enum AnnexLine: Sendable {
    case blank
    /// A column-header row ("No<TAB>Topic<TAB>Tasks…").
    case heading([AnnexCell])
    /// A row drawn only with dashes, left by the export between pages.
    case separator
    /// A row of the table.
    case row([AnnexCell])
    /// The first line of a footnote: its mark and text.
    case footnote(mark: String, text: AnnexCell)
    /// Any other line of text.
    case text(AnnexCell)

    /// Superscript digits, which footnote marks are made of.
    static let superscriptDigits: Set<Character> = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// Classifies `line` (1-based `number`) of `file`.
    static func classify(_ line: Substring, number: Int, file: String) -> AnnexLine {
        if line.allSatisfy(\.isWhitespace) { return .blank }
        if line.contains("\t") {
            let cells = splitCells(line, number: number, file: file)
            let nonEmpty = cells.filter { !$0.isEmpty }
            if !nonEmpty.isEmpty, nonEmpty.allSatisfy({ cell in cell.text.allSatisfy { "-=_".contains($0) } }) {
                return .separator
            }
            if isHeading(cells) { return .heading(cells) }
            return .row(cells)
        }
        let trimmed = trimmedCell(line, startColumn: 1, number: number, file: file)
        let mark = trimmed.text.prefix { superscriptDigits.contains($0) }
        if !mark.isEmpty, trimmed.text.dropFirst(mark.count).first?.isWhitespace == true {
            let rest = trimmed.text.dropFirst(mark.count)
            let lead = rest.prefix { $0.isWhitespace }.count
            let text = AnnexCell(text: String(rest.dropFirst(lead)), location: trimmed.location.advanced(by: mark.count + lead))
            return .footnote(mark: String(mark), text: text)
        }
        return .text(trimmed)
    }

    /// Splits a row on tabs, trimming each cell and recording its column.
    static func splitCells(_ line: Substring, number: Int, file: String) -> [AnnexCell] {
        var cells: [AnnexCell] = []
        var column = 1
        for piece in line.split(separator: "\t", omittingEmptySubsequences: false) {
            cells.append(trimmedCell(piece, startColumn: column, number: number, file: file))
            column += piece.count + 1
        }
        return cells
    }

    private static func trimmedCell(_ piece: Substring, startColumn: Int, number: Int, file: String) -> AnnexCell {
        guard let first = piece.firstIndex(where: { !$0.isWhitespace }),
              let last = piece.lastIndex(where: { !$0.isWhitespace }) else {
            return AnnexCell(text: "", location: SourceLocation(file: file, line: number, column: startColumn))
        }
        let lead = piece.distance(from: piece.startIndex, to: first)
        return AnnexCell(text: String(piece[first...last]), location: SourceLocation(file: file, line: number, column: startColumn + lead))
    }

    private static func isHeading(_ cells: [AnnexCell]) -> Bool {
        guard cells.count >= 3 else { return false }
        let first = HeadingCell(cells[0]).title.lowercased()
        let second = HeadingCell(cells[1]).title.lowercased()
        return HeadingCell.numberHeadings.contains(first) && second.hasPrefix("topic")
    }
}

/// A heading cell split into its title and its trailing footnote marks.
struct HeadingCell {
    var title: String
    var marks: [(mark: String, location: SourceLocation)]

    init(_ cell: AnnexCell) {
        var characters = Array(cell.text)
        var marks: [(String, SourceLocation)] = []
        // Marks trail the title, possibly separated by spaces: "WCO Strategic Plan ¹".
        while let last = characters.last, AnnexLine.superscriptDigits.contains(last) || last == " " {
            if last == " " { characters.removeLast(); continue }
            var end = characters.count
            var start = end
            while start > 0, AnnexLine.superscriptDigits.contains(characters[start - 1]) { start -= 1 }
            marks.insert((String(characters[start..<end]), cell.location.advanced(by: start)), at: 0)
            end = start
            characters.removeSubrange(start...)
        }
        self.title = String(characters).trimmingCharacters(in: .whitespaces)
        self.marks = marks
    }

    /// Spellings of the first column's heading.
    static let numberHeadings: Set<String> = ["no", "no.", "nr", "nr.", "n°", "nº", "#", "number"]

    /// The column this heading names, judged by its words.
    var column: Column? {
        let lower = title.lowercased()
        if HeadingCell.numberHeadings.contains(lower) { return .number }
        if lower.contains("type") { return .type }
        if lower.contains("plan") || lower.contains("strateg") { return .plan }
        if lower.contains("responsib") || lower.contains("body") || lower.contains("bodies") { return .bodies }
        if lower.contains("indicator") { return .indicator }
        if lower.contains("timeline") || lower.contains("deadline") { return .timeline }
        if lower.contains("progress") || lower.contains("status") { return .progress }
        if lower.contains("task") { return .task }
        if lower.contains("topic") { return .topic }
        return nil
    }
}
