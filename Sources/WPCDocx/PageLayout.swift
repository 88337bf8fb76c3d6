import WPCModel

/// The Word page of the annex, in twentieths of a point (twips): an A4
/// landscape sheet, its margins and the nine fixed column widths.
struct PageLayout: Sendable, Hashable {
    /// A4 landscape: 297 mm × 210 mm.
    var pageWidth = 16838
    var pageHeight = 11906
    /// 12.7 mm all round (Word's "narrow"): the annex is wide.
    var margin = 720
    /// Distance from the sheet's edge to the running header and footer.
    var headerDistance = 340
    /// Relative widths of the columns in `Column.ordered` order: the
    /// paginated HTML's widths, so both outputs share the table's look.
    var columnShares = [34, 104, 214, 78, 46, 122, 222, 122, 103]

    /// The width between the margins.
    var textWidth: Int { pageWidth - 2 * margin }

    /// The columns' widths, summing exactly to `textWidth` (the last column
    /// takes what rounding leaves).
    var columnWidths: [Int] {
        let total = columnShares.reduce(0, +)
        var widths = columnShares.dropLast().map { $0 * textWidth / total }
        widths.append(textWidth - widths.reduce(0, +))
        return widths
    }

    /// Each cell's margins (`TableNormal`'s `w:tblCellMar`, left and right) and
    /// a point kept back for the office suite's own rounding, in twips.
    static let cellMargins = 2 * 57
    static let slack = 20

    /// The layout with column shares that fit `words` (see `ColumnFit`): no
    /// column narrower than its widest word at the table's 8 pt, in both faces.
    func fitted(to words: ColumnWordWidths) -> PageLayout {
        var fitted = self
        // 8 pt text: a width at size 1 times 8 points of 20 twips.
        let minimums = Column.ordered.map { Double(PageLayout.cellMargins + PageLayout.slack) + words.widest($0, bodySize: 160, headingSize: 160) }
        fitted.columnShares = ColumnFit.fit(usual: columnWidths, minimums: minimums)
        return fitted
    }

    /// The width of `column`.
    func width(of column: Column) -> Int {
        columnWidths[column.index]
    }

    /// `w:sectPr`: the page, its margins, and the running header and footer.
    func sectionXML(header: String, firstHeader: String, footer: String) -> String {
        "<w:sectPr>"
            + "<w:headerReference w:type=\"default\" r:id=\"\(header)\"/>"
            + "<w:headerReference w:type=\"first\" r:id=\"\(firstHeader)\"/>"
            + "<w:footerReference w:type=\"default\" r:id=\"\(footer)\"/>"
            + "<w:footerReference w:type=\"first\" r:id=\"\(footer)\"/>"
            + "<w:pgSz w:w=\"\(pageWidth)\" w:h=\"\(pageHeight)\" w:orient=\"landscape\"/>"
            + "<w:pgMar w:top=\"\(margin)\" w:right=\"\(margin)\" w:bottom=\"\(margin)\" w:left=\"\(margin)\""
            + " w:header=\"\(headerDistance)\" w:footer=\"\(headerDistance)\" w:gutter=\"0\"/>"
            // The first page carries the title block itself, so its running header is empty.
            + "<w:titlePg/>"
            + "</w:sectPr>"
    }
}
