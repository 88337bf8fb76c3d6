import WPCModel

/// Puts a row's cells back in their columns. A Word export sometimes has a
/// tab too many or too few; the cells whose content fixes their column (a
/// topic number, plan codes, a type, a timeline) vote for the shift that lines
/// them up, and a row with no such cell is aligned on its trailing Progress
/// cell. Every shift is reported as a note.
struct RowAligner {
    let kinds: CellKind
    let columnCount = Column.allCases.count

    /// The row's cells by column, and the diagnostic that explains a repair.
    func align(_ cells: [AnnexCell]) -> (cells: [Column: AnnexCell], diagnostics: [Diagnostic]) {
        let shift = bestShift(cells)
        var diagnostics: [Diagnostic] = []
        if shift != 0, let first = cells.first(where: { !$0.isEmpty }) {
            let direction = shift > 0 ? "right" : "left"
            let count = abs(shift)
            diagnostics.append(Diagnostic(
                .note, "annex.column-shift",
                "row has \(cells.count) cells; moved \(direction) by \(count) column\(count == 1 ? "" : "s") so that its cells line up with their columns",
                at: first.location, length: first.text.count,
                help: "the row has \(shift > 0 ? "a tab too few" : "a tab too many") at its start"))
        }
        var placed: [Column: AnnexCell] = [:]
        var overflow: [AnnexCell] = []
        for (index, cell) in cells.enumerated() where !cell.isEmpty {
            let target = index + shift
            if target >= 0, target < columnCount {
                placed[Column.allCases[target]] = cell
            } else {
                overflow.append(cell)
            }
        }
        for cell in overflow {
            // Never drop text: add it to the nearest column and say so.
            let column: Column = cell.location.column < (cells.first?.location.column ?? 0) ? .number : .progress
            if let existing = placed[column] {
                placed[column] = AnnexCell(text: existing.text + " " + cell.text, location: existing.location)
            } else {
                placed[column] = cell
            }
            diagnostics.append(Diagnostic(
                .warning, "annex.extra-cell",
                "row has a cell beyond the table's \(columnCount) columns; its text was added to \(column.heading)",
                at: cell.location, length: cell.text.count))
        }
        return (placed, diagnostics)
    }

    /// The shift most anchors agree on, among those that push no text off the table.
    func bestShift(_ cells: [AnnexCell]) -> Int {
        var votes: [Int: Int] = [:]
        for (index, cell) in cells.enumerated() {
            guard let column = kinds.anchor(for: cell.text), let expected = Column.allCases.firstIndex(of: column) else { continue }
            // A slipped tab moves a row by one; a short row lines up on its end.
            // A larger jump means the cell only looks like an anchor.
            let shift = expected - index
            guard abs(shift) <= 1 || shift == columnCount - cells.count else { continue }
            votes[shift, default: 0] += 1
        }
        let feasible = votes.keys.filter { isFeasible($0, cells) }
        if let best = feasible.max(by: { (votes[$0]!, -abs($0)) < (votes[$1]!, -abs($1)) }) {
            return best
        }
        let rightAligned = columnCount - cells.count
        if rightAligned != 0, isFeasible(rightAligned, cells), votes.isEmpty { return rightAligned }
        return 0
    }

    private func isFeasible(_ shift: Int, _ cells: [AnnexCell]) -> Bool {
        cells.enumerated().allSatisfy { index, cell in
            cell.isEmpty || (index + shift >= 0 && index + shift < columnCount)
        }
    }
}
