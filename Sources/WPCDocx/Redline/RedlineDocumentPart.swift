import WPCModel
import WPCViews

/// `word/document.xml` of the redline: the title block, the table, the
/// notes, each tracked.
struct RedlineDocumentPart {
    var old: Programme
    var new: Programme
    var alignment: Alignment
    var options: DiffOptions
    var author: String
    /// The annex's fixed words (the column headings).
    var labels: Labels
    var layout = PageLayout()

    var bytes: [UInt8] {
        var marks = RevisionMarks(author: author, date: PackageDate(programme: new).w3c)
        let rows = RedlineRows(old: old, new: new, alignment: alignment).rows()
        var xml = XMLBytes(capacity: (1 << 16) + rows.count * Column.count * 400)
        xml.raw(XMLPart.declaration)
        xml.raw("<w:document xmlns:w=\"")
        xml.raw(XMLPart.wordNamespace)
        xml.raw("\" xmlns:r=\"")
        xml.raw(XMLPart.relationshipNamespace)
        xml.raw("\"><w:body>")
        let notes = RedlineNotes(old: old, new: new, options: options)
        for paragraph in ParagraphEntry.layOut(notes.titleBlock) { paragraph.write(to: &xml, marks: &marks) }
        writeTableStart(to: &xml, marks: &marks)
        RedlineTable(markup: AnnexCellMarkup(layout: layout), options: options).write(rows, to: &xml, marks: &marks)
        xml.raw("</w:tbl>")
        for paragraph in ParagraphEntry.layOut(notes.notes) { paragraph.write(to: &xml, marks: &marks) }
        xml.raw(layout.sectionXML(header: PackageParts.RelationshipID.header,
                                  firstHeader: PackageParts.RelationshipID.firstHeader,
                                  footer: PackageParts.RelationshipID.footer))
        xml.raw("</w:body></w:document>")
        return xml.bytes
    }

    /// The table's properties and its heading row, the footnote marks on the headings tracked.
    private func writeTableStart(to xml: inout XMLBytes, marks: inout RevisionMarks) {
        let before = DocumentPart(programme: old, layout: layout, labels: labels), after = DocumentPart(programme: new, layout: layout, labels: labels)
        after.writeTableStart(to: &xml)
        xml.raw("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
        for column in Column.ordered {
            xml.raw(after.headingCellStart(column))
            let a = before.headingRuns(column), b = after.headingRuns(column)
            let runs = Myers.diff(a, b).map { step in
                switch step {
                case .equal(_, let j): TrackedRun(revision: .kept, run: b[j])
                case .delete(let i): TrackedRun(revision: .deleted, run: a[i])
                case .insert(let j): TrackedRun(revision: .inserted, run: b[j])
                }
            }
            TrackedParagraph(format: Paragraph(style: DocxStyles.tableHeading, []), runs: runs, mark: .kept).write(to: &xml, marks: &marks)
            xml.raw("</w:tc>")
        }
        xml.raw("</w:tr>")
    }
}
