/// Where a change stands in the two drafts, as 0-based indices (a change's
/// `ChangePosition` holds the numbers people read, which need not be unique):
/// what a report links a change to.
public struct ChangeSite: Sendable, Hashable {
    /// The topic in the old draft, nil when it is not there (or for the document's own fields).
    public var oldTopic: Int?
    /// The topic in the new draft.
    public var newTopic: Int?
    /// The task in the old draft, for a change to a task or its indicators.
    public var oldTask: Alignment.TaskIndex?
    /// The task in the new draft.
    public var newTask: Alignment.TaskIndex?

    public init(oldTopic: Int? = nil, newTopic: Int? = nil, oldTask: Alignment.TaskIndex? = nil, newTask: Alignment.TaskIndex? = nil) {
        self.oldTopic = oldTopic
        self.newTopic = newTopic
        self.oldTask = oldTask
        self.newTask = newTask
    }
}

/// A changeset with the site of each change (`changeSites[i]` is where
/// `changeset.changes[i]` stands) and of each renumbering.
public struct SitedChangeset: Sendable, Hashable {
    public var changeset: Changeset
    public var changeSites: [ChangeSite]
    public var renumberingSites: [ChangeSite]

    public init(changeset: Changeset, changeSites: [ChangeSite], renumberingSites: [ChangeSite]) {
        self.changeset = changeset
        self.changeSites = changeSites
        self.renumberingSites = renumberingSites
    }
}
