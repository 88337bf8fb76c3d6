import WPCModel
import WPCViews

/// The paragraphs around the redline's table — the title block above it
/// and the footnotes and remarks below — as entries for
/// `ParagraphEntry.layOut`: each paragraph paired with its counterpart in
/// the other draft, or standing alone.
struct RedlineNotes {
    var old: Programme
    var new: Programme
    var options: DiffOptions

    /// The document reference, the title and the date line.
    var titleBlock: [ParagraphEntry] {
        func line(_ style: String, _ before: WrittenText?, _ after: WrittenText?) -> [ParagraphEntry] {
            let a = before.flatMap { $0.isBlank ? nil : $0.text }, b = after.flatMap { $0.isBlank ? nil : $0.text }
            let format = Paragraph(style: style, [])
            switch (a, b) {
            case (let a?, let b?): return [ParagraphEntry(side: .kept, format: format, runs: TrackedText.runs(a, b, same: options.sameText(a, b)))]
            case (let a?, nil): return [ParagraphEntry(side: .deleted, format: format, runs: TrackedText.only(a, .deleted))]
            case (nil, let b?): return [ParagraphEntry(side: .inserted, format: format, runs: TrackedText.only(b, .inserted))]
            case (nil, nil): return []
            }
        }
        return line(DocxStyles.reference, old.document, new.document)
            + [ParagraphEntry(side: .kept, format: Paragraph(style: DocxStyles.title, []),
                              runs: TrackedText.runs(old.title.text, new.title.text, same: options.sameText(old.title.text, new.title.text)))]
            + line(DocxStyles.date, old.date, new.date)
    }

    /// The printed footnotes (paired by their marks) and the remarks (paired
    /// when equal); a draft with neither has one empty footnote paragraph, as the annex does.
    var notes: [ParagraphEntry] {
        let before = Self.notes(of: old), after = Self.notes(of: new)
        var entries: [ParagraphEntry] = []
        for step in Myers.diff(before.map(\.key), after.map(\.key)) {
            switch step {
            case .equal(let i, let j): entries.append(pair(before[i], after[j]))
            case .delete(let i): entries.append(ParagraphEntry(side: .deleted, format: before[i].format, runs: before[i].runs(.deleted)))
            case .insert(let j): entries.append(ParagraphEntry(side: .inserted, format: after[j].format, runs: after[j].runs(.inserted)))
            }
        }
        return entries
    }

    private func pair(_ a: Note, _ b: Note) -> ParagraphEntry {
        var runs: [TrackedRun] = []
        if let oldMark = a.mark, let newMark = b.mark {
            if oldMark == newMark {
                runs.append(TrackedRun(revision: .kept, run: Run.mark(newMark)))
            } else {
                runs += [TrackedRun(revision: .deleted, run: Run.mark(oldMark)), TrackedRun(revision: .inserted, run: Run.mark(newMark))]
            }
            runs.append(TrackedRun(revision: .kept, run: Run(text: " ")))
        }
        runs += EmphasisedChange.runs(a.text, b.text, same: options.sameText(a.text, b.text))
        return ParagraphEntry(side: .kept, format: b.format, runs: runs)
    }

    /// A footnote or remark of one draft.
    private struct Note {
        var mark: String?
        var text: String
        var format: Paragraph

        /// What pairs it with the other draft's: a footnote's mark, a remark's text.
        var key: String { mark.map { "footnote " + $0 } ?? "remark " + text }

        /// All of it as runs of `revision`.
        func runs(_ revision: Revision) -> [TrackedRun] {
            var runs = mark.map { [Run.mark($0), Run(text: " ")] } ?? []
            runs += mark == nil ? (text.isEmpty ? [] : [Run(text: text)]) : Run.emphasised(text)
            return runs.map { TrackedRun(revision: revision, run: $0) }
        }
    }

    private static func notes(of programme: Programme) -> [Note] {
        let notes = DocumentPart.printedFootnotes(programme).map { Note(mark: $0.mark, text: $0.text.text, format: Paragraph(style: DocxStyles.footnote, [])) }
            + programme.remarks.map { Note(mark: nil, text: $0.text, format: Paragraph(style: DocxStyles.remark, [])) }
        return notes.isEmpty ? [Note(mark: nil, text: "", format: Paragraph(style: DocxStyles.footnote, []))] : notes
    }
}
