import WPCViews

/// The element ids of a diff report's rows and topics, which the summary's
/// links point at. Built from indices, not from the numbers people read, so
/// they are unique even when a draft repeats a topic number.
enum DiffAnchor {
    /// The row of a task of the new draft (kept, changed, added or moved in).
    static func row(new index: Alignment.TaskIndex) -> String { "new-\(index.topic + 1)-\(index.task + 1)" }

    /// The row of a task only the old draft has there (removed, or moved away).
    static func row(old index: Alignment.TaskIndex) -> String { "old-\(index.topic + 1)-\(index.task + 1)" }

    /// The number cell of a topic of the new draft.
    static func topic(new index: Int) -> String { "new-topic-\(index + 1)" }

    /// The number cell of a topic only the old draft has.
    static func topic(old index: Int) -> String { "old-topic-\(index + 1)" }

    /// A change of the document's own title, date or introduction.
    static func document(_ field: ChangeField?) -> String {
        switch field {
        case .title: "document-title"
        case .date: "document-date"
        default: "document-introduction"
        }
    }
}
