import WPCModel

/// What the Word reader tells about a document beyond its programme: the
/// tracked changes it applied (counted, with where they are, and in which
/// view), the comments it left out, and content it could not read (text boxes,
/// endnotes, text hidden in merged cells). Nothing is dropped without a word.
enum DocxNotes {
    /// The findings made from what the scan counted, except the tracked-changes
    /// note, which needs the package map to name places (see `summarise`).
    static func findings(_ body: WordBody, view: TrackedChangesView) -> [PendingDiagnostic] {
        var findings: [PendingDiagnostic] = []
        if let first = body.comments.first {
            let count = body.comments.count
            findings.append(PendingDiagnostic(.note, "docx.comments",
                                              "the document has \(count) comment\(count == 1 ? "" : "s"); comments are not part of the programme and are left out",
                                              at: first))
        }
        if let first = body.textBoxes.first {
            let count = body.textBoxes.count
            findings.append(PendingDiagnostic(.warning, "docx.text-box",
                                              "\(count) text box\(count == 1 ? "" : "es") in the document: wpc does not read text boxes, so their text is left out",
                                              at: first, help: "move the text into the table or a paragraph"))
        }
        if let first = body.endnotes.first {
            let count = body.endnotes.count
            findings.append(PendingDiagnostic(.warning, "docx.endnotes",
                                              "\(count) endnote\(count == 1 ? "" : "s") in the document: wpc reads footnotes only, so endnotes are left out",
                                              at: first, help: "convert the endnotes to footnotes in Word (References > Footnotes > Convert)"))
        }
        for point in body.hiddenMergedText {
            findings.append(PendingDiagnostic(.warning, "docx.hidden-merged-text",
                                              "a cell merged into the one above holds text of its own, which Word does not show; left out", at: point))
        }
        return findings
    }

    /// Every finding located, with the note on tracked changes first.
    static func summarise(_ findings: [PendingDiagnostic], body: WordBody, view: TrackedChangesView, locator: SourceLocator) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let note = trackedChanges(body, view: view, locator: locator) { diagnostics.append(note) }
        return diagnostics + findings.map { $0.diagnostic(locator) }
    }

    /// "the document has 5 tracked changes (3 insertions, 2 deletions), read
    /// as if all were accepted: in table 1, row 4 (topic 2, task 1), column
    /// Tasks; paragraph 3".
    private static func trackedChanges(_ body: WordBody, view: TrackedChangesView, locator: SourceLocator) -> Diagnostic? {
        guard let first = body.changes.first else { return nil }
        var counts: [WordChangeKind: Int] = [:]
        for change in body.changes { counts[change.kind, default: 0] += 1 }
        let names: [(WordChangeKind, String, String)] = [(.insertion, "insertion", "insertions"), (.deletion, "deletion", "deletions"),
                                                         (.move, "move", "moves"), (.formatting, "formatting change", "formatting changes")]
        let parts = names.compactMap { kind, one, many in counts[kind].map { "\($0) \($0 == 1 ? one : many)" } }
        // Places in order, the columns of one row named together: "table 1, row 4 (topic 2, task 1), columns Tasks and Timeline".
        var places: [(key: String, columns: [String])] = []
        for change in body.changes {
            let location = locator.location(change.point)
            var key = location.package?.place ?? location.package?.partLine(line: location.line, column: 0) ?? "the document"
            var column: String?
            if let cell = location.package?.cell {
                key = TableCellPlace(table: cell.table, row: cell.row, column: "", topic: cell.topic, task: cell.task).description
                key = String(key.dropLast(", column ".count))
                column = cell.column
            }
            if let index = places.firstIndex(where: { $0.key == key }) {
                if let column, !places[index].columns.contains(column) { places[index].columns.append(column) }
            } else {
                places.append((key, column.map { [$0] } ?? []))
            }
        }
        let named = places.map { place -> String in
            switch place.columns.count {
            case 0: place.key
            case 1: "\(place.key), column \(place.columns[0])"
            default: "\(place.key), columns \(place.columns.dropLast().joined(separator: ", ")) and \(place.columns.last ?? "")"
            }
        }
        let shown = named.prefix(5).joined(separator: "; ") + (named.count > 6 ? "; and \(named.count - 5) more places" : named.count == 6 ? "; and 1 more place" : "")
        let count = body.changes.count
        let viewText = view == .accepted ? "read as if all were accepted" : "read as if all were rejected (--as-original)"
        let help = view == .accepted ? "--as-original reads the document as it was before the changes" : "without --as-original the changes are read as accepted"
        return Diagnostic(.note, "docx.tracked-changes",
                          "the document has \(count) tracked change\(count == 1 ? "" : "s") (\(parts.joined(separator: ", "))), \(viewText): in \(shown)",
                          at: locator.location(first.point), help: help)
    }
}
