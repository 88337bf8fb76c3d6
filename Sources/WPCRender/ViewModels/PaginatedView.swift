import WPCModel

/// What `html/page.mustache` receives: the paginated annex, shaped for display.
public struct PaginatedView: Sendable {
    public var title: String
    public var date: String?
    public var document: String?
    public var style: StyleView
    public var columns: [ColumnView]
    public var frontSheets: [FrontSheetView]
    public var pages: [PageView]
    public var pageCount: Int
    /// Front sheets plus table pages: the number of printed sheets.
    public var sheetCount: Int
}

/// One sheet of front matter.
public struct FrontSheetView: Sendable {
    /// Lower-case roman numeral: "i", "ii", …
    public var label: String
    public var blocks: [FrontBlockView]
}

/// One front-matter block; exactly one of the `is…` flags is true.
public struct FrontBlockView: Sendable {
    public var kind: String
    public var isTitle: Bool
    public var isSubtitle: Bool
    public var isHeading: Bool
    public var isParagraph: Bool
    public var isSeparator: Bool
    public var isEntry: Bool
    public var isContentsEntry: Bool
    public var text: String
    /// For contents entries, the page number; otherwise empty.
    public var page: String
    public var continued: Bool
}

/// One table page.
public struct PageView: Sendable {
    public var number: Int
    public var count: Int
    public var rows: [RowView]
    public var footnotes: [FootnoteView]
    public var hasFootnotes: Bool
    /// Predicted heights in px, written into data attributes for checking.
    public var predictedTableHeight: String
}

/// One task piece on a page.
public struct RowView: Sendable {
    /// "3.2": topic position and task position, 1-based; the same on every piece of a split task.
    public var taskID: String
    /// 0 for a task's first piece, 1… for continuations.
    public var part: Int
    public var isContinuation: Bool
    public var continues: Bool
    public var showsTopic: Bool
    public var topicContinued: Bool
    public var number: String
    public var topic: String
    public var task: String
    public var plan: String
    public var type: String
    public var bodies: String
    public var bodiesPerIndicator: Bool
    public var bands: [BandView]
    public var progress: String
    public var predictedHeight: String
}

/// One indicator's band: its blocks in the bodies, indicator and timeline columns share `height`.
public struct BandView: Sendable {
    public var height: String
    public var isFirst: Bool
    public var indicator: String
    public var timeline: String
    public var bodies: String
}

extension PaginatedView {
    /// The view of `programme` laid out by `paginator`.
    public init(programme: Programme, geometry: PageGeometry = PageGeometry()) {
        let pagination = Paginator(geometry: geometry).paginate(programme)
        let front = FrontMatterLayout(geometry: geometry).layout(programme, pagination: pagination)
        let count = pagination.pages.count
        title = programme.title.text
        date = programme.date?.text
        document = programme.document?.text
        style = StyleView(geometry)
        columns = ColumnView.all(marks: pagination.headerMarks, footnotes: programme.footnotes, geometry: geometry)
        frontSheets = front.enumerated().map { index, sheet in
            FrontSheetView(label: RomanNumeral.lowercase(index + 1), blocks: sheet.blocks.map(FrontBlockView.init))
        }
        pages = pagination.pages.map { page in
            PageView(number: page.number, count: count,
                     rows: page.rows.map { RowView($0, lineHeight: geometry.bodyText.lineHeight) },
                     footnotes: page.footnotes.map { FootnoteView(programme.footnotes[$0], in: programme.footnotes) },
                     hasFootnotes: !page.footnotes.isEmpty,
                     predictedTableHeight: CSSNumber.format(page.tableHeight + pagination.columnHeaderHeight))
        }
        pageCount = count
        sheetCount = count + front.count
    }
}

extension FrontBlockView {
    init(_ block: FrontBlock) {
        kind = block.kind.rawValue
        isTitle = block.kind == .title
        isSubtitle = block.kind == .subtitle
        isHeading = block.kind == .heading
        isParagraph = block.kind == .paragraph
        isSeparator = block.kind == .separator
        isEntry = block.kind == .entry
        isContentsEntry = block.kind == .contentsEntry
        text = block.lines.joinedText
        page = block.page.map(String.init) ?? ""
        continued = block.continued
    }
}

extension RowView {
    init(_ row: PlacedRow, lineHeight: Double) {
        let block = row.block
        taskID = "\(block.topicIndex + 1).\(block.taskIndex + 1)"
        part = block.part
        isContinuation = block.part > 0
        continues = !block.isLastPart
        showsTopic = row.showsTopic
        topicContinued = row.topicContinued
        number = row.number.joinedText
        topic = row.topic.joinedText
        task = block.task.joinedText
        plan = block.plan.joinedText
        type = block.type.joinedText
        bodies = block.bodies.joinedText
        bodiesPerIndicator = block.bodiesPerIndicator
        bands = block.bands.enumerated().map { index, band in
            BandView(height: CSSNumber.px(Double(band.lineCount) * lineHeight), isFirst: index == 0,
                     indicator: band.indicator.joinedText, timeline: band.timeline.joinedText, bodies: band.bodies.joinedText)
        }
        progress = block.progress.joinedText
        predictedHeight = CSSNumber.format(row.height)
    }
}

/// Roman numerals for front-matter sheet labels.
enum RomanNumeral {
    static func lowercase(_ number: Int) -> String {
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = number
        var result = ""
        for (value, letters) in table {
            while rest >= value {
                result += letters
                rest -= value
            }
        }
        return result
    }
}
