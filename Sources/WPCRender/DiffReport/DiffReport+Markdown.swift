import Foundation
import WPCViews

extension DiffReport {
    /// The report as GitHub-flavoured Markdown: counts, renumbering, then
    /// every change with its words marked (~~deleted~~, **inserted**). All
    /// text from the drafts is escaped.
    public func markdown() -> String {
        var out = "# Changes from \(MarkdownEscape.text(oldFile)) to \(MarkdownEscape.text(newFile))\n\n"
        out += "- Old: \(MarkdownEscape.text(old.title.text))" + (old.date.map { ", " + MarkdownEscape.text($0.text) } ?? "") + "\n"
        out += "- New: \(MarkdownEscape.text(new.title.text))" + (new.date.map { ", " + MarkdownEscape.text($0.text) } ?? "") + "\n\n"
        guard !changeset.isEmpty else { return out + "No changes.\n" }
        out += "## Summary\n\n| Change | Count |\n|---|---:|\n"
        for (kind, count) in nonZeroCounts { out += "| \(kind.label(count: count)) (`\(kind.rawValue)`) | \(count) |\n" }
        out += "| **total** | **\(changeset.changes.count)** |\n\n"
        if !changeset.renumbered.isEmpty {
            out += "Renumbered topics (old → new): " + changeset.renumbered.map { "\($0.old) → \($0.new)" }.joined(separator: ", ") + "\n\n"
        }
        out += "## Changes\n\n"
        for change in changeset.changes { out += "- " + markdownLine(change) + "\n" }
        return out
    }

    private func markdownLine(_ change: Change) -> String {
        let head = "**\(DiffReport.place(change))** `\(change.kind.rawValue)`"
        if let field = change.field { return head + " \(field.rawValue): " + DiffReport.markdownWords(change.words) }
        if change.kind == .taskMoved {
            let edits = change.edits.map { "\($0.field.rawValue): " + DiffReport.markdownWords($0.words) }
            return head + (edits.isEmpty ? "" : " — " + edits.joined(separator: "; "))
        }
        return head + " " + MarkdownEscape.text(DiffReport.shorten(change.after ?? change.before ?? "", to: 400))
    }

    /// Word segments as inline Markdown: deletions struck through, insertions in bold.
    static func markdownWords(_ segments: [WordSegment]) -> String {
        if segments.isEmpty { return "(empty)" }
        return segments.map { segment -> String in
            let folded = segment.text.split(whereSeparator: \.isNewline).joined(separator: " ")
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
