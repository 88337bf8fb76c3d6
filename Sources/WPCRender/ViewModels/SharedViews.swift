import Foundation
import WPCModel

/// A column of the annex table as the templates draw it.
public struct ColumnView: Sendable {
    /// A CSS class name: "number", "topic", "task", "plan", "type", "bodies", "indicator", "timeline", "progress".
    public var key: String
    public var heading: String
    /// The footnote marks on the heading ("¹").
    public var marks: [MarkView]
    /// The declared width in CSS pixels.
    public var width: String
}

/// A footnote mark, with the anchor of its footnote.
public struct MarkView: Sendable {
    public var mark: String
    /// An id-safe name for the footnote ("fn-1").
    public var anchor: String
}

/// A footnote as drawn under a table.
public struct FootnoteView: Sendable {
    public var mark: String
    public var anchor: String
    public var segments: [TextSegment]
}

/// Numbers for the CSS a template declares: the paginator measured with
/// exactly these, so a template must use them, not its own.
public struct StyleView: Sendable {
    public var sheetWidth: String
    public var sheetHeight: String
    public var pageMargin: String
    public var runningHeaderHeight: String
    public var footerHeight: String
    public var footnotesGap: String
    public var tableWidth: String
    public var cellPadding: String
    public var cellPaddingHorizontal: String
    public var bodyFontSize: String
    public var bodyLineHeight: String
    public var headingFontSize: String
    public var headingLineHeight: String
    public var footnoteFontSize: String
    public var footnoteLineHeight: String
    public var frontFontSize: String
    public var frontLineHeight: String
    public var frontHeadingFontSize: String
    public var frontHeadingLineHeight: String
    public var frontBlockGap: String
    public var contentsPageWidth: String

    init(_ geometry: PageGeometry) {
        func px(_ value: Double) -> String { CSSNumber.px(value) }
        sheetWidth = px(geometry.sheetWidth)
        sheetHeight = px(geometry.sheetHeight)
        pageMargin = CSSNumber.format(geometry.pageMarginMM) + "mm"
        runningHeaderHeight = px(geometry.runningHeaderHeight)
        footerHeight = px(geometry.footerHeight)
        footnotesGap = px(geometry.footnotesGap)
        tableWidth = px(geometry.tableWidth)
        cellPadding = px(geometry.cellPaddingVertical) + " " + px(geometry.cellPaddingHorizontal)
        cellPaddingHorizontal = px(geometry.cellPaddingHorizontal)
        bodyFontSize = px(geometry.bodyText.size)
        bodyLineHeight = px(geometry.bodyText.lineHeight)
        headingFontSize = px(geometry.headingText.size)
        headingLineHeight = px(geometry.headingText.lineHeight)
        footnoteFontSize = px(geometry.footnoteText.size)
        footnoteLineHeight = px(geometry.footnoteText.lineHeight)
        frontFontSize = px(geometry.frontText.size)
        frontLineHeight = px(geometry.frontText.lineHeight)
        frontHeadingFontSize = px(geometry.frontHeading.size)
        frontHeadingLineHeight = px(geometry.frontHeading.lineHeight)
        frontBlockGap = px(geometry.frontBlockGap)
        contentsPageWidth = px(FrontMatterLayout.contentsPageWidth)
    }
}

/// Formats numbers for CSS without locale or trailing zeros.
enum CSSNumber {
    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    static func px(_ value: Double) -> String { format(value) + "px" }
}

extension ColumnView {
    /// The nine columns with `marks` on their headings and `geometry`'s widths.
    static func all(marks: [Column: [String]], footnotes: [Footnote], geometry: PageGeometry) -> [ColumnView] {
        Column.allCases.map { column in
            ColumnView(key: column.rawValue, heading: column.heading,
                       marks: (marks[column] ?? []).map { MarkView(mark: $0, anchor: FootnoteAnchor.id(for: $0, in: footnotes)) },
                       width: CSSNumber.px(geometry.width(of: column)))
        }
    }

    /// The marks of the programme's first heading row.
    static func headerMarks(_ programme: Programme) -> [Column: [String]] {
        let heading = programme.headings.first ?? HeadingRow(marks: [])
        var marks: [Column: [String]] = [:]
        for column in Column.allCases { marks[column] = heading.marks(on: column) }
        return marks
    }
}

extension FootnoteView {
    init(_ footnote: Footnote, in footnotes: [Footnote]) {
        self.init(mark: footnote.mark, anchor: FootnoteAnchor.id(for: footnote.mark, in: footnotes),
                  segments: EmphasisText.segments(footnote.text.text))
    }
}

/// Stable, id-safe anchors for footnotes: "fn-1" for the first footnote.
enum FootnoteAnchor {
    static func id(for mark: String, in footnotes: [Footnote]) -> String {
        guard let index = footnotes.firstIndex(where: { $0.mark == mark }) else { return "fn-missing" }
        return "fn-\(index + 1)"
    }
}
