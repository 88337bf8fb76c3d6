import WPCModel

/// `word/document.xml`: the document reference at the top right, the title
/// and date, the annex table, then the footnotes and remarks under it.
struct DocumentPart: Sendable {
    var programme: Programme
    var layout: PageLayout

    /// The table's border: a thin black line round every cell.
    private static let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
    /// The header row's shading.
    private static let headingFill = "D9D9D9"

    /// The whole part.
    var xml: String {
        var body = ""
        if let document = programme.document, !document.isBlank {
            body += Paragraph(style: DocxStyles.reference, text: document.text).xml
        }
        body += Paragraph(style: DocxStyles.title, text: programme.title.text).xml
        if let date = programme.date, !date.isBlank {
            body += Paragraph(style: DocxStyles.date, text: date.text).xml
        }
        body += table
        let notes = footnoteParagraphs + programme.remarks.map { Paragraph(style: DocxStyles.remark, text: $0.text) }
        // Word wants a paragraph between a table and the section's end.
        body += (notes.isEmpty ? [Paragraph(style: DocxStyles.footnote, [])] : notes).map(\.xml).joined()
        body += layout.sectionXML(header: PackageParts.RelationshipID.header,
                                  firstHeader: PackageParts.RelationshipID.firstHeader,
                                  footer: PackageParts.RelationshipID.footer)
        return XMLPart.declaration
            + "<w:document xmlns:w=\"\(XMLPart.wordNamespace)\" xmlns:r=\"\(XMLPart.relationshipNamespace)\">"
            + "<w:body>\(body)</w:body></w:document>"
    }

    /// The running header of the pages after the first: title and date in
    /// italics, as the seed's Word document prints them.
    var runningHeader: [Paragraph] {
        [Paragraph(style: DocxStyles.header, text: programme.title.text)]
            + (programme.date.map { [Paragraph(style: DocxStyles.header, text: $0.text)] } ?? [])
    }

    /// The footnotes printed under the table. A Word export repeats the
    /// legend's footnote on every page under a new mark (¹, then ⁴, ⁵…); a
    /// footnote whose text, emphasis aside, repeats one already printed is
    /// such a repeat and is left out. Any footnote that says something new is
    /// kept, whatever heading row it belongs to.
    static func printedFootnotes(_ programme: Programme) -> [Footnote] {
        var seen = Set<String>()
        return programme.footnotes.filter { seen.insert(BodyRegistry.normalise($0.plainText)).inserted }
    }

    private var footnoteParagraphs: [Paragraph] {
        DocumentPart.printedFootnotes(programme).map { footnote in
            Paragraph(style: DocxStyles.footnote, [Run.mark(footnote.mark), Run(text: " ")] + Run.emphasised(footnote.text.text))
        }
    }

    private var table: String {
        let widths = layout.columnWidths
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(layout.textWidth)\" w:type=\"dxa\"/>"
            + "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"]
                .map { "<w:\($0) \(DocumentPart.border)/>" }.joined() + "</w:tblBorders>"
            + "<w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
            + "</w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        xml += headingRow
        for row in AnnexGrid(programme: programme).rows {
            // An indicator row stays whole on one page, as readers of the annex
            // expect; merged task and topic cells still run on over the break.
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for (column, cell) in zip(Column.allCases, row) {
                let merge = switch cell.merge {
                case .none: ""
                case .restart: "<w:vMerge w:val=\"restart\"/>"
                case .continue: "<w:vMerge/>"
                }
                let centred = column == .number || column == .type
                let paragraphs = cell.paragraphs.isEmpty ? [Paragraph(style: DocxStyles.tableText, [])] : cell.paragraphs
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(layout.width(of: column))\" w:type=\"dxa\"/>\(merge)</w:tcPr>"
                    + paragraphs.map { paragraph in
                        var paragraph = paragraph
                        if centred { paragraph.alignment = "center" }
                        return paragraph.xml
                    }.joined()
                    + "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// The column headings with the first heading row's footnote marks,
    /// repeated by Word at the top of every page (`w:tblHeader`).
    private var headingRow: String {
        let heading = programme.headings.first ?? HeadingRow(marks: [])
        var xml = "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        for column in Column.allCases {
            let marks = heading.marks(on: column)
            let runs = [Run(text: column.heading)] + marks.enumerated().map { index, mark in
                Run.mark(index == 0 ? mark : "," + mark)
            }
            xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(layout.width(of: column))\" w:type=\"dxa\"/>"
                + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(DocumentPart.headingFill)\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
                + Paragraph(style: DocxStyles.tableHeading, runs).xml + "</w:tc>"
        }
        return xml + "</w:tr>"
    }
}
