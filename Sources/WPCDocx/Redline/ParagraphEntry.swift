/// A paragraph of a run of paragraphs (a cell's, the title block's, the
/// notes'): in both drafts, or in one only.
struct ParagraphEntry: Sendable, Hashable {
    /// `.kept` for a paragraph of both drafts, `.deleted` for one the old draft alone has, `.inserted` for the new draft's alone.
    var side: Revision
    var format: Paragraph
    var runs: [TrackedRun]
}

extension ParagraphEntry {
    /// Lays out paragraphs so that accepting every change leaves exactly the
    /// new draft's paragraphs and rejecting every change the old draft's.
    ///
    /// A paragraph of one draft only has its mark inserted or deleted, so it
    /// joins the next paragraph on the other side (a joined paragraph takes
    /// the next one's style, as in Word). The last paragraph of a run (before
    /// a table, at a cell's or the body's end) has no next one: when
    /// one-sided paragraphs end the run, the last of them keeps its mark, the
    /// marks before it carry the change, and it takes the style of the
    /// paragraph it then joins, its own recorded as its former style where
    /// that is the old draft's. Old and new paragraphs at the end are first
    /// joined into one paragraph that holds both.
    static func layOut(_ entries: [ParagraphEntry]) -> [TrackedParagraph] {
        var entries = entries
        var tailStart = entries.count
        while tailStart > 0, entries[tailStart - 1].side != .kept { tailStart -= 1 }
        let tail = entries[tailStart...]
        var joinedFormer: Paragraph?
        if let lastOld = tail.lastIndex(where: { $0.side == .deleted }), let lastNew = tail.lastIndex(where: { $0.side == .inserted }) {
            // Old and new paragraphs end the run: the last of each become one paragraph in both drafts.
            let joined = ParagraphEntry(side: .kept, format: entries[lastNew].format, runs: entries[lastOld].runs + entries[lastNew].runs)
            joinedFormer = entries[lastOld].format
            for index in [lastOld, lastNew].sorted(by: >) { entries.remove(at: index) }
            entries.append(joined)
            tailStart = entries.count
        }
        var paragraphs = entries.map { TrackedParagraph(format: $0.format, runs: $0.runs, mark: $0.side) }
        if let joinedFormer { paragraphs[paragraphs.count - 1].formerFormat = joinedFormer }
        guard tailStart < paragraphs.count else { return paragraphs }
        // One side's paragraphs end the run: the last keeps its mark, the
        // marks before it (back to the last paragraph both drafts share) carry the change.
        let side = entries[tailStart].side
        let last = paragraphs.count - 1
        for index in max(tailStart - 1, 0)..<last { paragraphs[index].mark = side }
        paragraphs[last].mark = .kept
        if tailStart > 0 {
            let shared = entries[tailStart - 1].format
            if side == .deleted {
                // Accepting joins the run into one paragraph that must look like the shared one.
                paragraphs[last].formerFormat = paragraphs[last].format
                paragraphs[last].format = shared
            } else {
                // Rejecting joins it: the shared paragraph's look is the old draft's.
                paragraphs[last].formerFormat = shared
            }
        }
        return paragraphs
    }
}
