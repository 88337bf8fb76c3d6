/// What changed between two drafts of a programme, field by field, in the
/// order of the merged document (new draft's order, removed items where they
/// stood). Empty when the drafts say the same thing.
///
/// Tasks inside an added or removed topic, and indicators inside an added or
/// removed task, are implied by that change and not listed again.
public struct Changeset: Sendable, Hashable {
    /// Every change, in merged document order.
    public var changes: [Change]
    /// Topics whose number changed (because a topic was inserted, removed or
    /// moved), reported once here rather than as changes.
    public var renumbered: [Renumbering]

    public init(changes: [Change] = [], renumbered: [Renumbering] = []) {
        self.changes = changes
        self.renumbered = renumbered
    }

    /// True when the drafts say the same thing (renumbering alone is a difference).
    public var isEmpty: Bool { changes.isEmpty && renumbered.isEmpty }

    /// How many changes of each kind, every kind present (zero when none).
    public var counts: [ChangeKind: Int] {
        var counts = Dictionary(uniqueKeysWithValues: ChangeKind.allCases.map { ($0, 0) })
        for change in changes { counts[change.kind, default: 0] += 1 }
        return counts
    }
}

/// The kinds of change, spelt as in the JSON report.
public enum ChangeKind: String, Codable, Sendable, Hashable, CaseIterable {
    case topicAdded = "topic-added"
    case topicRemoved = "topic-removed"
    case topicRenamed = "topic-renamed"
    case taskAdded = "task-added"
    case taskRemoved = "task-removed"
    case taskMoved = "task-moved"
    case taskChanged = "task-changed"
    case indicatorAdded = "indicator-added"
    case indicatorRemoved = "indicator-removed"
    case indicatorChanged = "indicator-changed"
    case metadataChanged = "metadata-changed"
}

/// The field a change is about.
public enum ChangeField: String, Codable, Sendable, Hashable, CaseIterable {
    /// A topic's title or the programme's title.
    case title
    /// A task's or an indicator's text, or the programme's introduction.
    case text
    case plan, type, bodies, timeline, progress
    /// The programme's date line.
    case date
}

/// Where an item stands in one draft: the topic's number (its 1-based
/// position when it has none), and 1-based positions of the task within the
/// topic and of the indicator within the task.
public struct ChangePosition: Sendable, Hashable, CustomStringConvertible {
    public var topic: Int
    public var task: Int?
    public var indicator: Int?

    public init(topic: Int, task: Int? = nil, indicator: Int? = nil) {
        self.topic = topic
        self.task = task
        self.indicator = indicator
    }

    /// "3", "3.2" or "3.2/1" (topic 3, task 2, indicator 1).
    public var description: String {
        var text = "\(topic)"
        if let task { text += ".\(task)" }
        if let indicator { text += "/\(indicator)" }
        return text
    }
}

/// One field's difference: the text before and after (nil when the cell was
/// empty) and the word-level difference between them.
public struct FieldEdit: Sendable, Hashable {
    public var field: ChangeField
    public var before: String?
    public var after: String?
    /// `WordDiff.diff(before, after)`.
    public var words: [WordSegment]

    public init(field: ChangeField, before: String?, after: String?) {
        self.field = field
        self.before = before
        self.after = after
        self.words = WordDiff.diff(before ?? "", after ?? "")
    }
}

/// One change. `old` and `new` locate the item in each draft (nil on the side
/// where it does not exist); `field`, `before` and `after` say what changed
/// for `*-changed`, `topic-renamed` and `metadata-changed`; for added and
/// removed items `before`/`after` hold the item's text. A `task-moved`
/// carries the moved task's own field edits in `edits`.
public struct Change: Sendable, Hashable {
    public var kind: ChangeKind
    public var old: ChangePosition?
    public var new: ChangePosition?
    public var field: ChangeField?
    public var before: String?
    public var after: String?
    /// The word-level difference of `before` and `after` when both are given.
    public var words: [WordSegment]
    /// For `task-moved`: the moved task's field edits.
    public var edits: [FieldEdit]

    public init(
        kind: ChangeKind, old: ChangePosition?, new: ChangePosition?, field: ChangeField? = nil,
        before: String? = nil, after: String? = nil, edits: [FieldEdit] = []
    ) {
        self.kind = kind
        self.old = old
        self.new = new
        self.field = field
        self.before = before
        self.after = after
        self.words = (before != nil && after != nil) || field != nil ? WordDiff.diff(before ?? "", after ?? "") : []
        self.edits = edits
    }

    /// A field edit as a change of `kind` (its word difference is the edit's, not made again).
    public init(_ kind: ChangeKind, old: ChangePosition?, new: ChangePosition?, edit: FieldEdit) {
        self.kind = kind
        self.old = old
        self.new = new
        self.field = edit.field
        self.before = edit.before
        self.after = edit.after
        self.words = edit.words
        self.edits = []
    }
}

/// A topic whose number changed: `old` in the old draft, `new` in the new.
public struct Renumbering: Codable, Sendable, Hashable {
    public var old: Int
    public var new: Int

    public init(old: Int, new: Int) {
        self.old = old
        self.new = new
    }
}
