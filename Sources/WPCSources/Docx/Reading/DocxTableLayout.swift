import WPCModel

/// Which annex column each grid column of a Word table holds, read from the
/// table's column-header row: a heading cell names its column by its words
/// (`HeadingCell`, as for annex text) and covers the grid columns it spans.
/// Header rows Word repeats below it (`w:tblHeader`) add their text to the
/// heading above them ("Performance" / "Indicators").
struct DocxTableLayout {
    /// The annex column of each grid column that has one.
    private var columns: [Int: Column] = [:]
    /// The heading of each grid column, as the reader names it in locations.
    private var labels: [Int: String] = [:]
    /// The heading cells in grid order, for the heading rows' footnote marks.
    private(set) var headingCells: [AnnexCell] = []
    /// How many grid columns the heading row covers.
    private(set) var width = 0
    /// Headings that name no annex column, and columns named twice, in words.
    private(set) var problems: [(message: String, point: SourcePoint)] = []

    /// Whether `row` is a column-header row: "No" (or a spelling of it), then "Topic…".
    static func isHeading(_ row: WordRow) -> Bool {
        let named = row.cells.filter { !$0.text.isBlank }
        return named.count >= 3 && named[0].text.text.utf8.count <= 64 && AnnexLine.isHeading(named.map(DocxTableLayout.annexCell))
    }

    /// The layout of a table whose heading row is `heading`, with `below` the header rows under it.
    init(heading: WordRow, below: [WordRow]) {
        var texts: [(cell: WordCell, text: WrittenText)] = heading.cells.map { ($0, $0.text) }
        for row in below {
            for cell in row.cells where !cell.text.isBlank {
                if let index = texts.lastIndex(where: { $0.cell.gridStart <= cell.gridStart }) { texts[index].text.append(cell.text) }
            }
        }
        var named: [Column: String] = [:]
        for (cell, text) in texts where !text.isBlank {
            let annexCell = AnnexCell(text: text.text, origin: text.origin)
            headingCells.append(annexCell)
            let heading = HeadingCell(annexCell)
            let column = heading.column
            let label = column?.heading ?? heading.title
            if let column {
                if let earlier = named[column] {
                    problems.append(("the columns '\(earlier)' and '\(heading.title)' are both read as \(column.heading); their cells are joined", cell.start))
                } else {
                    named[column] = heading.title
                }
            } else {
                problems.append(("the column '\(heading.title)' is not one of the annex's columns; its cells are kept as remarks", cell.start))
            }
            for grid in cell.gridStart..<(cell.gridStart + cell.span) {
                columns[grid] = column
                labels[grid] = label
            }
            width = max(width, cell.gridStart + cell.span)
        }
    }

    /// The annex column a cell stands in: the one its first grid column holds.
    func column(of cell: WordCell) -> Column? { columns[cell.gridStart] }

    /// How locations name the column a cell stands in.
    func label(of cell: WordCell) -> String { labels[cell.gridStart] ?? "\(cell.gridStart + 1)" }

    /// Whether a table without a heading row of its own could continue this one: its cells fit the grid.
    func fits(_ table: WordTable) -> Bool {
        table.rows.allSatisfy { row in row.cells.allSatisfy { $0.gridStart + $0.span <= width } } && !table.rows.isEmpty
    }

    /// A table cell as the annex reader's cell (text and origin).
    static func annexCell(_ cell: WordCell) -> AnnexCell { AnnexCell(text: cell.text.text, origin: cell.text.origin) }
}
