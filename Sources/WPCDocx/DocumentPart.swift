import WPCModel

/// `word/document.xml`: the document reference at the top right, the title
/// and date, the annex table, then the footnotes and remarks under it.
struct DocumentPart: Sendable {
    var programme: Programme
    var layout: PageLayout
    /// The words the part adds: the column headings.
    var labels: Labels

    /// The table's border: a thin black line round every cell.
    private static let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
    /// The header row's shading.
    private static let headingFill = "D9D9D9"

    /// The whole part, as UTF-8.
    var bytes: [UInt8] {
        // Room for the whole part at once (a table cell's markup is about 250
        // bytes), so a 100 MB part is never copied while it grows.
        let rows = programme.topics.reduce(0) { $0 + TopicLayout.rowCount(of: $1) }
        var xml = XMLBytes(capacity: (1 << 16) + rows * Column.count * 300)
        xml.raw(XMLPart.declaration)
        xml.raw("<w:document xmlns:w=\"")
        xml.raw(XMLPart.wordNamespace)
        xml.raw("\" xmlns:r=\"")
        xml.raw(XMLPart.relationshipNamespace)
        xml.raw("\"><w:body>")
        if let document = programme.document, !document.isBlank {
            Paragraph(style: DocxStyles.reference, text: document.text).write(to: &xml)
        }
        Paragraph(style: DocxStyles.title, text: programme.title.text).write(to: &xml)
        if let date = programme.date, !date.isBlank {
            Paragraph(style: DocxStyles.date, text: date.text).write(to: &xml)
        }
        writeTable(to: &xml)
        let notes = footnoteParagraphs + programme.remarks.map { Paragraph(style: DocxStyles.remark, text: $0.text) }
        // Word wants a paragraph between a table and the section's end.
        for paragraph in notes.isEmpty ? [Paragraph(style: DocxStyles.footnote, [])] : notes { paragraph.write(to: &xml) }
        xml.raw(layout.sectionXML(header: PackageParts.RelationshipID.header,
                                  firstHeader: PackageParts.RelationshipID.firstHeader,
                                  footer: PackageParts.RelationshipID.footer))
        xml.raw("</w:body></w:document>")
        return xml.bytes
    }

    /// The whole part.
    var xml: String { String(decoding: bytes, as: UTF8.self) }

    /// The running header of the pages after the first: title and date in
    /// italics, as the seed's Word document prints them.
    var runningHeader: [Paragraph] {
        [Paragraph(style: DocxStyles.header, text: programme.title.text)]
            + (programme.date.map { [Paragraph(style: DocxStyles.header, text: $0.text)] } ?? [])
    }

    /// The footnotes printed under the table: each text once (see
    /// `FootnoteRepeats`); the legend a Word export repeats under ⁴, ⁵… is
    /// printed under its first mark only.
    static func printedFootnotes(_ programme: Programme) -> [Footnote] {
        FootnoteRepeats(programme.footnotes).printed.map { programme.footnotes[$0] }
    }

    private var footnoteParagraphs: [Paragraph] {
        DocumentPart.printedFootnotes(programme).map { footnote in
            Paragraph(style: DocxStyles.footnote, [Run.mark(footnote.mark), Run(text: " ")] + Run.emphasised(footnote.text.text))
        }
    }

    private func writeTable(to xml: inout XMLBytes) {
        writeTableStart(to: &xml)
        xml.raw(headingRow)
        let markup = AnnexCellMarkup(layout: layout)
        func paragraph(_ column: Int, _ text: String?, to xml: inout XMLBytes) {
            xml.raw(markup.paragraphStart(column))
            if let text, !text.isEmpty { Run(text: text).write(to: &xml) }
            xml.raw("</w:p>")
        }
        AnnexGrid.forEachRow(of: programme) { row in
            // An indicator row stays whole on one page, as readers of the annex
            // expect; merged task and topic cells still run on over the break.
            xml.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            for (column, cell) in row.enumerated() {
                xml.raw(markup.cellStart(column, cell.merge))
                switch cell.texts {
                case .none: paragraph(column, nil, to: &xml)
                case .one(let text): paragraph(column, text, to: &xml)
                case .several(let texts): for text in texts { paragraph(column, text, to: &xml) }
                }
                xml.raw("</w:tc>")
            }
            xml.raw("</w:tr>")
        }
        xml.raw("</w:tbl>")
    }

    /// `<w:tbl>`, its properties and grid: the table up to its heading row
    /// (the redline writes its own rows after it).
    func writeTableStart(to xml: inout XMLBytes) {
        let widths = layout.columnWidths
        let borders: String = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(DocumentPart.border)/>" }.joined()
        let grid: String = widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        xml.raw("<w:tbl><w:tblPr><w:tblW w:w=\"\(layout.textWidth)\" w:type=\"dxa\"/>")
        xml.raw("<w:tblBorders>" + borders + "</w:tblBorders>")
        xml.raw("<w:tblLayout w:type=\"fixed\"/>")
        xml.raw("<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>")
        xml.raw("</w:tblPr><w:tblGrid>" + grid + "</w:tblGrid>")
    }

    /// The column headings with the first heading row's footnote marks,
    /// repeated by Word at the top of every page (`w:tblHeader`).
    private var headingRow: String {
        var xml = "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        for column in Column.ordered {
            xml += headingCellStart(column) + Paragraph(style: DocxStyles.tableHeading, headingRuns(column)).xml + "</w:tc>"
        }
        return xml + "</w:tr>"
    }

    /// `<w:tc>` and the shaded properties of `column`'s heading cell.
    func headingCellStart(_ column: Column) -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"\(layout.width(of: column))\" w:type=\"dxa\"/>"
            + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(DocumentPart.headingFill)\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
    }

    /// `column`'s heading and the first heading row's footnote marks on it.
    func headingRuns(_ column: Column) -> [Run] {
        let heading = programme.headings.first ?? HeadingRow(marks: [])
        return [Run(text: labels.heading(of: column))] + heading.marks(on: column).enumerated().map { index, mark in
            Run.mark(index == 0 ? mark : "," + mark)
        }
    }
}
