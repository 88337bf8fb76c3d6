import WPCModel

/// The page the paginated HTML declares, in CSS pixels (96 per inch): an A4
/// landscape sheet, the fixed column widths of the annex table, the fonts,
/// paddings and the heights of the running header and footer.
///
/// The paginator measures with these numbers and the templates' CSS is
/// written from them (they reach the template through the view-model), so
/// the prediction and the browser's layout cannot drift apart.
public struct PageGeometry: Sendable, Hashable {
    /// The printable area of an A4 landscape sheet with 10 mm margins is
    /// 277 mm × 190 mm = 1046.9 px × 718.1 px; a sheet is drawn a little
    /// smaller so that rounding never pushes it onto a second sheet.
    public var sheetWidth = 1046.0
    public var sheetHeight = 712.0
    /// `@page` margin, in millimetres.
    public var pageMarginMM = 10.0
    /// The running header block (title, date, document reference) and the gap under it.
    public var runningHeaderHeight = 40.0
    /// The "page N of M" footer line, pinned to the bottom of the sheet.
    public var footerHeight = 16.0
    /// Space between the table and the footnotes.
    public var footnotesGap = 6.0
    /// Kept free at the foot of every page for what the metrics cannot know
    /// (sub-pixel rounding, a fallback font for a missing glyph).
    public var safetyMargin = 10.0

    /// Widths of the nine columns, in `Column.allCases` order; they sum to
    /// the table width. These are the usual widths; `fitted(to:)` widens a
    /// column to its widest word.
    public var columnWidths: [Double] = PageGeometry.usualColumnWidths
    /// The usual widths of the nine columns, in CSS pixels.
    public static let usualColumnWidths: [Double] = [34, 104, 214, 78, 46, 122, 222, 122, 103]
    /// Cell padding, top/bottom and left/right; cells have a 1 px right and bottom border.
    public var cellPaddingVertical = 2.0
    public var cellPaddingHorizontal = 3.0
    public var cellBorder = 1.0

    public var bodyText = TextStyle(face: .regular, size: 10, lineHeight: 12)
    public var headingText = TextStyle(face: .bold, size: 10, lineHeight: 12)
    public var footnoteText = TextStyle(face: .regular, size: 8, lineHeight: 10)
    /// Front matter: introduction, legend, table of contents.
    public var frontText = TextStyle(face: .regular, size: 11, lineHeight: 15)
    public var frontHeading = TextStyle(face: .bold, size: 13, lineHeight: 18)
    /// Vertical gap after each front-matter block.
    public var frontBlockGap = 5.0

    public init() {}

    /// The table's width: the columns plus the table's own 1 px left border.
    public var tableWidth: Double { columnWidths.reduce(0, +) + cellBorder }

    /// The width of `column`.
    public func width(of column: Column) -> Double {
        columnWidths[Column.allCases.firstIndex(of: column) ?? 0]
    }

    /// The width text may take inside `column`'s cells. One pixel less than
    /// the CSS content box, so rounding in the browser never adds a line.
    public func textWidth(of column: Column) -> Double {
        width(of: column) - 2 * cellPaddingHorizontal - cellBorder - 1
    }

    /// The line breaker for the body text of `column`'s cells.
    public func breaker(for column: Column) -> LineBreaker {
        LineBreaker(style: bodyText, width: textWidth(of: column))
    }

    /// The narrowest `column` can be for a word `wordWidth` wide to fit on
    /// one line: the word, the cell's padding and border, and the pixel
    /// `textWidth` keeps back.
    public func minimumWidth(forWord wordWidth: Double) -> Double {
        wordWidth + 2 * cellPaddingHorizontal + cellBorder + 1
    }

    /// The geometry with column widths that fit `words` (see `ColumnFit`):
    /// the usual widths, a column too narrow for its widest word widened
    /// and the others narrowed to make room.
    public func fitted(to words: ColumnWordWidths) -> PageGeometry {
        var fitted = self
        let minimums = Column.ordered.map { minimumWidth(forWord: words.widest($0, bodySize: bodyText.size, headingSize: headingText.size)) }
        fitted.columnWidths = ColumnFit.fit(usual: columnWidths.map { Int($0.rounded()) }, minimums: minimums).map(Double.init)
        return fitted
    }

    /// The height of a table row whose tallest cell holds `lines` lines of `style`.
    public func rowHeight(lines: Int, style: TextStyle) -> Double {
        Double(max(lines, 1)) * style.lineHeight + 2 * cellPaddingVertical + cellBorder
    }

    /// The height left for table rows and footnotes on a page, before the column-header row.
    public var bodyBudget: Double {
        sheetHeight - runningHeaderHeight - footerHeight - safetyMargin
    }
}
