/// How a piece of a redline was changed between the drafts.
enum Revision: Sendable, Hashable {
    /// The same in both drafts.
    case kept
    /// Only in the new draft.
    case inserted
    /// Only in the old draft.
    case deleted
    /// A moved task at its old place.
    case movedFrom
    /// A moved task at its new place.
    case movedTo

    /// Whether the old draft has it (rejecting every change keeps it).
    var inOld: Bool { self == .kept || self == .deleted || self == .movedFrom }
    /// Whether the new draft has it (accepting every change keeps it).
    var inNew: Bool { self == .kept || self == .inserted || self == .movedTo }
}
