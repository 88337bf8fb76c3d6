import WPCModel

/// `word/document.xml`: the document reference at the top right, the title
/// and date, the annex table, then the footnotes and remarks under it.
struct DocumentPart: Sendable {
    var programme: Programme
    var layout: PageLayout
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
    private var footnoteParagraphs: [Paragraph] {
        FootnoteRepeats(programme.footnotes).printed.map { programme.footnotes[$0] }.map { footnote in
            Paragraph(style: DocxStyles.footnote, [Run.mark(footnote.mark), Run(text: " ")] + Run.emphasised(footnote.text.text))
        }
    }

    private func writeTable(to xml: inout XMLBytes) {
        let widths = layout.columnWidths
        let borders: String = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(DocumentPart.border)/>" }.joined()
        let grid: String = widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        xml.raw("<w:tbl><w:tblPr><w:tblW w:w=\"\(layout.textWidth)\" w:type=\"dxa\"/>")
        xml.raw("<w:tblBorders>" + borders + "</w:tblBorders>")
        xml.raw("<w:tblLayout w:type=\"fixed\"/>")
        xml.raw("<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>")
        xml.raw("</w:tblPr><w:tblGrid>" + grid + "</w:tblGrid>")
        xml.raw(headingRow)
        // Each column's cell properties and paragraph start, made once.
        let cellStarts = Column.ordered.map { column in
            [AnnexGrid.Merge.none, .restart, .continue].map { merge in
                let vMerge = switch merge {
                case .none: ""
                case .restart: "<w:vMerge w:val=\"restart\"/>"
                case .continue: "<w:vMerge/>"
                }
                return Array("<w:tc><w:tcPr><w:tcW w:w=\"\(layout.width(of: column))\" w:type=\"dxa\"/>\(vMerge)</w:tcPr>".utf8)
            }
        }
        let paragraphStarts = Column.ordered.map { column in
            let centred = column == .number || column == .type
            return Array("<w:p><w:pPr><w:pStyle w:val=\"\(DocxStyles.tableText)\"/>\(centred ? "<w:jc w:val=\"center\"/>" : "")</w:pPr>".utf8)
        }
        func paragraph(_ column: Int, _ text: String?, to xml: inout XMLBytes) {
            xml.raw(paragraphStarts[column])
            if let text, !text.isEmpty { Run(text: text).write(to: &xml) }
            xml.raw("</w:p>")
        }
        AnnexGrid.forEachRow(of: programme) { row in
            // An indicator row stays whole on one page, as readers of the annex
            // expect; merged task and topic cells still run on over the break.
            xml.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            for (column, cell) in row.enumerated() {
                let merge = switch cell.merge {
                case .none: 0
                case .restart: 1
                case .continue: 2
                }
                xml.raw(cellStarts[column][merge])
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

    /// The column headings with the first heading row's footnote marks,
    /// repeated by Word at the top of every page (`w:tblHeader`).
    private var headingRow: String {
        let heading = programme.headings.first ?? HeadingRow(marks: [])
        var xml = "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        for column in Column.ordered {
            let marks = heading.marks(on: column)
            let runs = [Run(text: labels.heading(of: column))] + marks.enumerated().map { index, mark in
                Run.mark(index == 0 ? mark : "," + mark)
            }
            xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(layout.width(of: column))\" w:type=\"dxa\"/>"
                + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(DocumentPart.headingFill)\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
                + Paragraph(style: DocxStyles.tableHeading, runs).xml + "</w:tc>"
        }
        return xml + "</w:tr>"
    }
}
