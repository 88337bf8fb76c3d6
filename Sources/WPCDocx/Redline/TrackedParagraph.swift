import WPCModel

/// A run of the redline and how it was changed.
struct TrackedRun: Sendable, Hashable {
    var revision: Revision
    var run: Run
}

/// A paragraph of the redline: its style and alignment (a `Paragraph`
/// whose own runs are unused), its tracked runs, and how its mark was
/// changed — an inserted mark vanishes when the changes are rejected, a
/// deleted one when they are accepted, joining the paragraph to the next.
struct TrackedParagraph: Sendable, Hashable {
    var format: Paragraph
    var runs: [TrackedRun]
    var mark: Revision
    /// The style and alignment the paragraph had in the old draft, when not `format`'s.
    var formerFormat: Paragraph? = nil

    /// Appends the paragraph: runs of one revision in one `w:ins`/`w:del`/`w:moveFrom`/`w:moveTo`.
    /// `opening` and `closing` go just inside the paragraph (a move range's start or end).
    func write(to xml: inout XMLBytes, marks: inout RevisionMarks, opening: String = "", closing: String = "") {
        var tracked = marks.markProperties(mark)
        if let formerFormat, formerFormat.style != format.style || formerFormat.alignment != format.alignment {
            tracked += marks.formerProperties(formerFormat)
        }
        format.writeStart(to: &xml, trackedProperties: tracked)
        xml.raw(opening)
        var index = 0
        while index < runs.count {
            let revision = runs[index].revision
            xml.raw(marks.open(revision))
            while index < runs.count, runs[index].revision == revision {
                runs[index].run.write(to: &xml, deleted: revision == .deleted)
                index += 1
            }
            xml.raw(marks.close(revision))
        }
        xml.raw(closing)
        xml.raw("</w:p>")
    }
}
