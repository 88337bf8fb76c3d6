import Foundation
import WPCViews

extension DiffReport {
    /// A short summary for the terminal: one line of counts, one line per
    /// change (texts shortened), and the renumbering.
    public func terminalSummary(width: Int = 160) -> String {
        guard !changeset.isEmpty else { return "No changes between \(oldFile) and \(newFile).\n" }
        var lines = ["\(oldFile) → \(newFile): " + countsSentence() + "."]
        let placeWidth = min(14, changeset.changes.map { DiffReport.place($0).count }.max() ?? 0)
        for change in changeset.changes {
            let place = DiffReport.place(change).padding(toLength: max(placeWidth, DiffReport.place(change).count), withPad: " ", startingAt: 0)
            let kind = change.kind.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0)
            lines.append("  \(place)  \(kind) " + DiffReport.shorten(detail(change), to: max(20, width - placeWidth - 22)))
        }
        if !changeset.renumbered.isEmpty {
            lines.append("  renumbered: " + changeset.renumbered.map { "\($0.old)→\($0.new)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "11 changes (1 topic added, …), 2 topics renumbered".
    func countsSentence() -> String {
        let parts = nonZeroCounts.map { "\($0.1) \($0.0.label(count: $0.1))" }
        var sentence = "\(changeset.changes.count) change" + (changeset.changes.count == 1 ? "" : "s")
        if !parts.isEmpty { sentence += " (" + parts.joined(separator: ", ") + ")" }
        if !changeset.renumbered.isEmpty {
            sentence += ", \(changeset.renumbered.count) topic" + (changeset.renumbered.count == 1 ? "" : "s") + " renumbered"
        }
        return sentence
    }

    /// What a change says, in one line: `field: "before" → "after"` or the item's text.
    func detail(_ change: Change) -> String {
        func quoted(_ text: String?) -> String { text.map { "“\($0)”" } ?? "(empty)" }
        if let field = change.field { return "\(field.rawValue): \(quoted(change.before)) → \(quoted(change.after))" }
        if change.kind == .taskMoved {
            let edits = change.edits.map { "\($0.field.rawValue): \(quoted($0.before)) → \(quoted($0.after))" }
            return edits.isEmpty ? "(unchanged)" : edits.joined(separator: "; ")
        }
        return quoted(change.after ?? change.before)
    }

    /// `text` on one line, cut to `limit` characters with an ellipsis. Control
    /// characters become spaces, so text from a draft cannot drive the terminal.
    static func shorten(_ text: String, to limit: Int) -> String {
        let folded = String(text.map { $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control } ? " " : $0 })
        return folded.count <= limit ? folded : String(folded.prefix(limit - 1)) + "…"
    }
}
