import WPCModel
import WPCViews

/// A diff of two drafts ready to report: the programmes, how their items
/// align, and the changeset. Renders as a terminal summary, Markdown, JSON or
/// HTML (the last through the templates of `Templates/diff/`).
public struct DiffReport: Sendable {
    public var old: Programme
    public var new: Programme
    /// The files as the user named them, for headings.
    public var oldFile: String
    public var newFile: String
    public var options: DiffOptions
    public var alignment: Alignment
    public var changeset: Changeset

    /// Diffs `old` against `new` with `options`.
    public init(old: Programme, new: Programme, oldFile: String, newFile: String, options: DiffOptions = DiffOptions()) {
        self.old = old
        self.new = new
        self.oldFile = oldFile
        self.newFile = newFile
        self.options = options
        let differ = Differ(options: options)
        alignment = differ.align(old, new)
        changeset = differ.changeset(old, new, alignment: alignment)
    }

    /// The changeset as JSON (schema: `Templates/diff/changeset.schema.json`).
    public func json() -> String { changeset.jsonText() }

    /// "15.3" or "15.3 → 16.3": where a change stands in each draft.
    public static func place(_ change: Change) -> String {
        switch (change.old, change.new) {
        case (let o?, let n?): o == n ? "\(o)" : "\(o) → \(n)"
        case (let o?, nil): "\(o)"
        case (nil, let n?): "\(n)"
        case (nil, nil): "document"
        }
    }

    /// The non-zero counts, in the kinds' order.
    var nonZeroCounts: [(ChangeKind, Int)] {
        let counts = changeset.counts
        return ChangeKind.allCases.compactMap { kind in counts[kind].flatMap { $0 > 0 ? (kind, $0) : nil } }
    }
}
