import WPCModel
import WPCViews

/// Writes the redline's rows (`RedlineRows`) into the annex table: the
/// annex's own cells (`AnnexCellMarkup`), their text tracked word by word in
/// rows both drafts share, wholly inserted or deleted in rows one draft
/// alone has, and moved in a moved task's rows.
struct RedlineTable {
    var markup: AnnexCellMarkup
    var options: DiffOptions

    /// Appends `rows`, each `w:tr` with its tracked insertion or deletion.
    func write(_ rows: [RedlineRow], to xml: inout XMLBytes, marks: inout RevisionMarks) {
        var openMove: Int?
        for row in rows {
            xml.raw("<w:tr><w:trPr><w:cantSplit/>")
            xml.raw(marks.rowProperty(row.revision))
            xml.raw("</w:trPr>")
            guard let cells = row.new ?? row.old else { continue }
            for (column, cell) in cells.enumerated() {
                xml.raw(markup.cellStart(column, cell.merge))
                let paragraphs = self.paragraphs(row, column)
                var opening = "", closing = ""
                if let name = row.move, row.opensMove, column == 0 {
                    let range = marks.moveRangeStart(row.revision, name: name)
                    opening = range.markup
                    openMove = range.id
                }
                if row.closesMove, column == cells.count - 1, let id = openMove {
                    closing = marks.moveRangeEnd(row.revision, id: id)
                    openMove = nil
                }
                for (index, paragraph) in paragraphs.enumerated() {
                    paragraph.write(to: &xml, marks: &marks,
                                    opening: index == 0 ? opening : "", closing: index == paragraphs.count - 1 ? closing : "")
                }
                xml.raw("</w:tc>")
            }
            xml.raw("</w:tr>")
        }
    }

    /// The paragraphs of one cell of `row`.
    private func paragraphs(_ row: RedlineRow, _ columnIndex: Int) -> [TrackedParagraph] {
        let column = Column.ordered[columnIndex]
        let format = AnnexCellMarkup.paragraph(column, [])
        guard let old = row.old, let new = row.new else {
            // A row of one draft: every paragraph, text and mark, inserted, deleted or moved.
            let cell = (row.new ?? row.old)?[columnIndex]
            return (cell?.texts.paragraphs ?? [""]).map { text in
                TrackedParagraph(format: format, runs: TrackedText.only(text, row.revision), mark: row.revision)
            }
        }
        let before = old[columnIndex].texts.paragraphs, after = new[columnIndex].texts.paragraphs
        // An ignored difference is no difference: the new text, untracked.
        let ignored = column == .progress && options.ignores(.progress)
        var entries: [ParagraphEntry] = []
        for index in 0..<max(before.count, after.count) {
            switch (index < before.count ? before[index] : nil, index < after.count ? after[index] : nil) {
            case (let a?, let b?):
                entries.append(ParagraphEntry(side: .kept, format: format, runs: TrackedText.runs(a, b, same: ignored || options.sameText(a, b))))
            case (let a?, nil):
                entries.append(ParagraphEntry(side: .deleted, format: format, runs: TrackedText.only(a, .deleted)))
            case (nil, let b?):
                entries.append(ParagraphEntry(side: .inserted, format: format, runs: TrackedText.only(b, .inserted)))
            case (nil, nil):
                break
            }
        }
        return ParagraphEntry.layOut(entries)
    }
}

extension AnnexGrid.Texts {
    /// The cell's paragraphs, as the annex writes them: one empty paragraph for an empty cell.
    var paragraphs: [String] {
        switch self {
        case .none: [""]
        case .one(let text): [text]
        case .several(let texts): texts
        }
    }
}
