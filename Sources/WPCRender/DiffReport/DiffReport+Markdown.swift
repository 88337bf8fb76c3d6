import Foundation
import WPCModel
import WPCViews

extension DiffReport {
    /// The report as GitHub-flavoured Markdown: the summary in words, what
    /// was ignored, then every change with its place and its words marked
    /// (~~deleted~~, **inserted**). One line when the drafts are the same.
    /// All text from the drafts is escaped.
    public func markdown() -> String {
        guard !changeset.isEmpty else {
            return MarkdownEscape.text(sameSentence + (ignoredSentence.map { " " + $0 } ?? "")) + "\n"
        }
        var out = "# \(MarkdownEscape.text(wording.text(.heading, oldFile, newFile)))\n\n"
        let colon = wording.text(.labelEnd) + " "
        out += "- \(wording.text(.oldDraft))\(colon)\(MarkdownEscape.text(old.title.text))" + (old.date.map { ", " + MarkdownEscape.text($0.text) } ?? "") + "\n"
        out += "- \(wording.text(.newDraft))\(colon)\(MarkdownEscape.text(new.title.text))" + (new.date.map { ", " + MarkdownEscape.text($0.text) } ?? "") + "\n\n"
        out += MarkdownEscape.text(summarySentence) + "\n\n"
        if let ignored = ignoredSentence { out += "*" + MarkdownEscape.text(ignored) + "*\n\n" }
        guard !changeset.changes.isEmpty else { return out }
        out += "## \(wording.text(.changesHeading))\n\n"
        for index in changeset.changes.indices { out += "- " + markdownLine(index) + "\n" }
        return out
    }

    private func markdownLine(_ index: Int) -> String {
        let change = changeset.changes[index]
        let head = "**\(MarkdownEscape.text(linePlace(index)))** \(MarkdownEscape.text(label(change)))"
        let colon = MarkdownEscape.text(wording.text(.labelEnd)) + " "
        if change.field != nil { return head + colon + markdownWords(change.words) }
        if change.kind == .taskMoved {
            let edits = change.edits.map { MarkdownEscape.text(fieldName($0.field)) + colon + markdownWords($0.words) }
            return head + (edits.isEmpty ? "" : " — " + edits.joined(separator: "; "))
        }
        return head + colon + MarkdownEscape.text(DiffReport.shorten(change.after ?? change.before ?? "", to: 400))
    }

    /// `text` on one line, as a list item must be: each run of line ends
    /// (split as `LineIndex` splits them) becomes one space, so the words
    /// on either side stay apart.
    static func oneLine(_ text: String) -> String {
        let lines = LineIndex(text).allLines
        guard lines.count > 1 else { return text }
        let words = lines.filter { !$0.isEmpty }.joined(separator: " ")
        return (lines.first?.isEmpty == true ? " " : "") + words + (lines.last?.isEmpty == true && !words.isEmpty ? " " : "")
    }

    /// Word segments as inline Markdown: deletions struck through, insertions in bold.
    func markdownWords(_ segments: [WordSegment]) -> String {
        if segments.isEmpty { return wording.text(.empty) }
        return segments.map { segment -> String in
            let folded = Self.oneLine(segment.text)
            let text = MarkdownEscape.text(folded)
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, segment.kind != .equal else { return text }
            // Emphasis must hug the words, so spaces go outside the markers.
            let lead = String(text.prefix { $0 == " " }), trail = String(text.reversed().prefix { $0 == " " })
            let mark = segment.kind == .deleted ? "~~" : "**"
            return lead + mark + trimmed + mark + trail
        }.joined()
    }
}
