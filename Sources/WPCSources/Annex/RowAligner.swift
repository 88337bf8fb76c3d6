import WPCModel

/// A row's cells by column, after alignment: one stored cell per column,
/// so that a row costs no allocation of its own.
struct AlignedRow {
    private var number, topic, task, plan, type, bodies, indicator, timeline, progress: AnnexCell?
    /// The milestones of the Timeline cell, when aligning already read them.
    var timelineMilestones: [Milestone]?
    /// The notes and warnings that explain how the row was repaired, if it was.
    var repairs: [Diagnostic] = []

    subscript(column: Column) -> AnnexCell? {
        get {
            switch column {
            case .number: number
            case .topic: topic
            case .task: task
            case .plan: plan
            case .type: type
            case .bodies: bodies
            case .indicator: indicator
            case .timeline: timeline
            case .progress: progress
            }
        }
        set {
            switch column {
            case .number: number = newValue
            case .topic: topic = newValue
            case .task: task = newValue
            case .plan: plan = newValue
            case .type: type = newValue
            case .bodies: bodies = newValue
            case .indicator: indicator = newValue
            case .timeline: timeline = newValue
            case .progress: progress = newValue
            }
        }
    }

    /// The first cell, in column order, that holds text.
    var firstCell: AnnexCell? { number ?? topic ?? task ?? plan ?? type ?? bodies ?? indicator ?? timeline ?? progress }

    /// Whether any of `columns` holds a cell.
    func hasAny(_ columns: [Column]) -> Bool { columns.contains { self[$0] != nil } }
}

/// Puts a row's cells back in their columns. A Word export sometimes has a
/// tab too many or too few; the cells whose content fixes their column (a
/// topic number, plan codes, a type, a timeline) vote for the shift that lines
/// them up, and a row with no such cell is aligned on its trailing Progress
/// cell. Every shift is reported as a note.
struct RowAligner {
    let kinds: CellKind
    let locator: SourceLocator
    let columnCount = Column.count

    /// The row's cells by column, with the diagnostics that explain a repair.
    func align(_ cells: [AnnexCell]) -> AlignedRow {
        let anchors = cells.map { kinds.anchor(for: $0.text) }
        let shift = bestShift(cells, anchors: anchors)
        var diagnostics: [Diagnostic] = []
        if shift != 0, let first = cells.first(where: { !$0.isEmpty }) {
            let direction = shift > 0 ? "right" : "left"
            let count = abs(shift)
            diagnostics.append(Diagnostic(
                .note, "annex.column-shift",
                "row has \(cells.count) cells; moved \(direction) by \(count) column\(count == 1 ? "" : "s") so that its cells line up with their columns",
                at: locator.location(first.point), length: first.text.unicodeScalars.count,
                help: "the row has \(shift > 0 ? "a tab too few" : "a tab too many") at its start"))
        }
        var placed = AlignedRow()
        var overflow: [AnnexCell] = []
        for (index, cell) in cells.enumerated() where !cell.isEmpty {
            let target = index + shift
            if target >= 0, target < columnCount {
                placed[Column.ordered[target]] = cell
                if target == Column.timeline.index { placed.timelineMilestones = anchors[index]?.milestones }
            } else {
                overflow.append(cell)
            }
        }
        for cell in overflow {
            // Never drop text: add it to the nearest column and say so.
            let column: Column = cell.point.byteColumn < (cells.first?.point.byteColumn ?? 0) ? .number : .progress
            if let existing = placed[column] {
                placed[column] = AnnexCell(text: existing.text + " " + cell.text, point: existing.point)
            } else {
                placed[column] = cell
            }
            diagnostics.append(Diagnostic(
                .warning, "annex.extra-cell",
                "row has a cell beyond the table's \(columnCount) columns; its text was added to \(column.heading)",
                at: locator.location(cell.point), length: cell.text.unicodeScalars.count))
        }
        placed.repairs = diagnostics
        return placed
    }

    /// The shift most anchors agree on, among those that push no text off the table.
    func bestShift(_ cells: [AnnexCell], anchors: [CellKind.Anchor?]) -> Int {
        // A slipped tab moves a row by one; a short row lines up on its end.
        // A larger jump means the cell only looks like an anchor. So only these
        // shifts can win (a row of many cells can need a shift of more than the
        // table's width), and each is weighed once, whatever the row's length.
        let rightAligned = columnCount - cells.count
        let candidates = rightAligned < -1 ? [rightAligned, -1, 0, 1] : rightAligned > 1 ? [-1, 0, 1, rightAligned] : [-1, 0, 1]
        var votes = [Int](repeating: 0, count: candidates.count)
        var voted = false
        for (index, anchor) in anchors.enumerated() {
            guard let column = anchor?.column, let slot = candidates.firstIndex(of: column.index - index) else { continue }
            votes[slot] += 1
            voted = true
        }
        var best: (shift: Int, votes: Int)?
        for (slot, shift) in candidates.enumerated() where votes[slot] > 0 && isFeasible(shift, cells) {
            guard let current = best else { best = (shift, votes[slot]); continue }
            if (votes[slot], -abs(shift)) > (current.votes, -abs(current.shift)) { best = (shift, votes[slot]) }
        }
        if let best { return best.shift }
        if rightAligned != 0, isFeasible(rightAligned, cells), !voted { return rightAligned }
        return 0
    }

    private func isFeasible(_ shift: Int, _ cells: [AnnexCell]) -> Bool {
        cells.enumerated().allSatisfy { index, cell in
            cell.isEmpty || (index + shift >= 0 && index + shift < columnCount)
        }
    }
}
