import WPCModel

/// A task piece placed on a page, with the topic cells it shows there.
public struct PlacedRow: Sendable, Hashable {
    public var block: TaskBlock
    /// The No and Topic cells: shown on a topic's first row and, marked
    /// "(cont.)", on the first row of a page that continues a topic.
    public var showsTopic: Bool
    public var topicContinued: Bool
    public var number: CellLines
    public var topic: CellLines
    /// The row's predicted height in CSS pixels.
    public var height: Double
}

/// One page of the annex table.
public struct TablePage: Sendable, Hashable {
    /// 1-based.
    public var number: Int
    public var rows: [PlacedRow]
    /// Indices into `Programme.footnotes` of the footnotes printed at this
    /// page's foot: those whose marks its rows hold, each text once in the
    /// whole document (see `Pagination.frontFootnotes`).
    public var footnotes: [Int]
    /// Predicted heights, for tests and for the page script's comparison.
    public var tableHeight: Double
    public var footnotesHeight: Double
}

/// The annex table laid out into pages.
public struct Pagination: Sendable, Hashable {
    public var pages: [TablePage]
    /// The marks of the column-header row, per column.
    public var headerMarks: [Column: [String]]
    public var columnHeaderHeight: Double
    /// For each topic, the page its first row stands on.
    public var topicPages: [Int]
    /// Where each footnote mark points: the footnote that first says what its own says.
    public var repeats: FootnoteRepeats
    /// The footnotes the column-header row refers to, printed once in the
    /// front matter rather than under every page's table.
    public var frontFootnotes: Set<Int>
}

/// Lays the annex table into A4-landscape pages: each page gets the
/// column-header row, the rows that fit its height budget and the footnotes
/// whose marks appear on it. A task that does not fit is split by lines, its
/// text continuing on the next page; a piece left at the foot of a page holds
/// at least `minimumLines` lines and the whole topic title.
///
/// Each footnote's text is printed once in the whole document: the
/// footnotes of the column-header row in the front matter, the others under
/// the first page whose rows refer to them; a mark whose footnote repeats an
/// earlier one (`FootnoteRepeats`) points to that one.
public struct Paginator: Sendable {
    public var geometry: PageGeometry
    /// The words the pages add: column headings, "(cont.)".
    public var labels: Labels
    /// The fewest lines of a task worth leaving at the foot of a page.
    public var minimumLines = 2

    /// A paginator for pages of `geometry` with `labels`' words.
    public init(geometry: PageGeometry = PageGeometry(), labels: Labels) {
        self.geometry = geometry
        self.labels = labels
    }

    /// The pages of `programme`'s table.
    public func paginate(_ programme: Programme) -> Pagination {
        let heading = programme.headings.first ?? HeadingRow(marks: [])
        var headerMarks: [Column: [String]] = [:]
        for column in Column.allCases { headerMarks[column] = heading.marks(on: column) }
        let headerHeight = columnHeaderHeight(marks: headerMarks)
        let footnotes = FootnoteHeights(programme: programme, geometry: geometry)
        let repeats = FootnoteRepeats(programme.footnotes)
        let front = Set(heading.marks.compactMap { repeats.target(ofMark: $0.mark) })
        // Footnotes printed so far, the front matter's included.
        var printed = front

        var state = PageState(number: 1)
        var pages: [TablePage] = []
        var topicPages: [Int] = []
        let budget = geometry.bodyBudget - headerHeight

        func finishPage() {
            pages.append(TablePage(number: state.number, rows: state.rows, footnotes: state.footnotes.sorted(),
                                   tableHeight: state.tableHeight, footnotesHeight: state.footnotesHeight))
            state = PageState(number: state.number + 1)
        }

        let numberBreaker = geometry.breaker(for: .number), titleBreaker = geometry.breaker(for: .topic)
        for (topicIndex, topic) in programme.topics.enumerated() {
            var firstOfTopic = true
            for (taskIndex, layout) in TopicLayout(topic, index: topicIndex).tasks.enumerated() {
                var block = TaskBlock(layout, topicIndex: topicIndex, taskIndex: taskIndex, geometry: geometry)
                let markIndices = Set(footnotes.indices(appearingIn: layout.task).map { repeats.firstIndices[$0] })
                while true {
                    let showsTopic = firstOfTopic || state.rows.isEmpty
                    let continued = !firstOfTopic
                    let number = showsTopic ? CellLines(topic.numberAsWritten.text, breaker: numberBreaker) : .empty
                    let title = showsTopic
                        ? CellLines(continued ? labels.text(.topicContinued, ["title": topic.title.text]) : topic.title.text, breaker: titleBreaker)
                        : .empty
                    let topicLines = max(number.count, title.count)
                    let newMarks = markIndices.subtracting(printed)
                    let extraFootnotes = newMarks.isEmpty ? 0 : footnotes.height(of: state.footnotes.union(newMarks)) - state.footnotesHeight
                    let room = budget - state.tableHeight - state.footnotesHeight - extraFootnotes
                    let height = geometry.rowHeight(lines: max(block.lineCount, topicLines), style: geometry.bodyText)
                    let place = { (piece: TaskBlock, height: Double) in
                        if firstOfTopic { topicPages.append(state.number) }
                        state.rows.append(PlacedRow(block: piece, showsTopic: showsTopic, topicContinued: showsTopic && continued,
                                                    number: number, topic: title, height: height))
                        state.tableHeight += height
                        state.footnotes.formUnion(newMarks)
                        printed.formUnion(newMarks)
                        state.footnotesHeight += extraFootnotes
                        firstOfTopic = false
                    }
                    if height <= room {
                        place(block, height)
                        break
                    }
                    let fitting = Int(((room - geometry.rowHeight(lines: 0, style: geometry.bodyText) + geometry.bodyText.lineHeight) / geometry.bodyText.lineHeight).rounded(.down))
                    let fewest = state.rows.isEmpty ? 1 : max(minimumLines, topicLines)
                    if fitting >= fewest, fitting >= topicLines, fitting < block.lineCount {
                        let (head, tail) = block.split(at: fitting, geometry: geometry)
                        place(head, geometry.rowHeight(lines: max(head.lineCount, topicLines), style: geometry.bodyText))
                        block = tail
                        finishPage()
                    } else if !state.rows.isEmpty {
                        finishPage()
                    } else {
                        // Nothing fits even on an empty page (a topic title
                        // taller than the page): place it rather than loop.
                        place(block, height)
                        break
                    }
                }
            }
        }
        if !state.rows.isEmpty || pages.isEmpty { finishPage() }
        return Pagination(pages: pages, headerMarks: headerMarks, columnHeaderHeight: headerHeight, topicPages: topicPages,
                          repeats: repeats, frontFootnotes: front)
    }

    /// The height of the column-header row: each heading with its marks, in the heading style.
    public func columnHeaderHeight(marks: [Column: [String]]) -> Double {
        let tallest = Column.allCases.map { column in
            LineBreaker(style: geometry.headingText, width: geometry.textWidth(of: column))
                .lineCount(ColumnHeading.text(labels.heading(of: column), marks: marks[column] ?? []))
        }.max() ?? 1
        return geometry.rowHeight(lines: tallest, style: geometry.headingText)
    }
}

/// What a page being filled holds so far.
private struct PageState {
    var number: Int
    var rows: [PlacedRow] = []
    var tableHeight = 0.0
    var footnotes: Set<Int> = []
    var footnotesHeight = 0.0
}

/// A column heading as printed: "WCO Strategic Plan ¹".
public enum ColumnHeading {
    /// The heading text followed by its footnote marks.
    public static func text(_ heading: String, marks: [String]) -> String {
        marks.isEmpty ? heading : heading + " " + marks.joined(separator: " ")
    }
}
