/// What `index/index.mustache` receives: a list of generated files (per-body
/// extracts) with a link to each.
public struct IndexView: Sendable {
    public var title: String
    public var date: String?
    public var entries: [IndexEntryView]

    public init(title: String, date: String?, entries: [IndexEntryView]) {
        self.title = title
        self.date = date
        self.entries = entries
    }
}

/// One linked file of the index.
public struct IndexEntryView: Sendable {
    /// Short name, e.g. a body's id ("IMSC").
    public var name: String
    /// Longer description, e.g. the body's full name.
    public var title: String
    /// The link target, relative to the index file.
    public var href: String
    public var taskCount: Int

    public init(name: String, title: String, href: String, taskCount: Int) {
        self.name = name
        self.title = title
        self.href = href
        self.taskCount = taskCount
    }
}
