/// Which view of a Word document with tracked changes is read.
public enum TrackedChangesView: String, Sendable, Hashable, CaseIterable {
    /// As if every change were accepted: insertions kept, deletions dropped.
    case accepted
    /// As if every change were rejected (`--as-original`): the text before the changes.
    case original
}
