import Foundation
import WPCViews

extension DiffReport {
    /// A short summary for the terminal: the summary in words, what was
    /// ignored, then one line per change (its place, what it is, the texts
    /// shortened). One line when the drafts are the same.
    public func terminalSummary(width: Int = 160) -> String {
        guard !changeset.isEmpty else { return sameSentence + (ignoredSentence.map { " " + $0 } ?? "") + "\n" }
        var lines = ["\(oldFile) → \(newFile)\(wording.text(.labelEnd)) " + summarySentence]
        if let ignored = ignoredSentence { lines.append(ignored) }
        let places = changeset.changes.indices.map(linePlace), labels = changeset.changes.map(label)
        let placeWidth = min(20, places.map(\.count).max() ?? 0), labelWidth = min(30, labels.map(\.count).max() ?? 0)
        for (index, change) in changeset.changes.enumerated() {
            let place = places[index].padding(toLength: max(placeWidth, places[index].count), withPad: " ", startingAt: 0)
            let label = labels[index].padding(toLength: max(labelWidth, labels[index].count), withPad: " ", startingAt: 0)
            lines.append("  \(place)  \(label)  " + DiffReport.shorten(detail(change), to: max(20, width - placeWidth - labelWidth - 6)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What a change says, in one line: `"before" → "after"` or the item's text.
    func detail(_ change: Change) -> String {
        if change.field != nil { return "\(wording.quoted(change.before)) → \(wording.quoted(change.after))" }
        if change.kind == .taskMoved {
            let edits = change.edits.map { "\(fieldName($0.field))\(wording.text(.labelEnd)) \(wording.quoted($0.before)) → \(wording.quoted($0.after))" }
            return edits.isEmpty ? wording.text(.unchanged) : edits.joined(separator: "; ")
        }
        return wording.quoted(change.after ?? change.before)
    }

    /// `text` on one line, cut to `limit` characters with an ellipsis. Control
    /// characters become spaces, so text from a draft cannot drive the terminal.
    static func shorten(_ text: String, to limit: Int) -> String {
        let folded = String(text.map { $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control } ? " " : $0 })
        return folded.count <= limit ? folded : String(folded.prefix(limit - 1)) + "…"
    }
}
