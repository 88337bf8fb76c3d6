import WPCModel
import WPCViews

/// What a change amounts to for a reader: the summary counts changes by
/// these, in this order (topics, renumbering, tasks, indicators, the document).
enum SummaryCategory: CaseIterable {
    case topicAdded, topicRemoved, topicRenamed
    case taskAdded, taskRemoved, taskMoved, taskReworded, plan, type, bodies, progress
    case indicatorAdded, indicatorRemoved, indicatorReworded, timeline, indicatorBodies
    case title, date, introduction

    init(_ change: Change) {
        switch (change.kind, change.field) {
        case (.topicAdded, _): self = .topicAdded
        case (.topicRemoved, _): self = .topicRemoved
        case (.topicRenamed, _): self = .topicRenamed
        case (.taskAdded, _): self = .taskAdded
        case (.taskRemoved, _): self = .taskRemoved
        case (.taskMoved, _): self = .taskMoved
        case (.taskChanged, .plan): self = .plan
        case (.taskChanged, .type): self = .type
        case (.taskChanged, .bodies): self = .bodies
        case (.taskChanged, .progress): self = .progress
        case (.taskChanged, _): self = .taskReworded
        case (.indicatorAdded, _): self = .indicatorAdded
        case (.indicatorRemoved, _): self = .indicatorRemoved
        case (.indicatorChanged, .timeline): self = .timeline
        case (.indicatorChanged, .bodies): self = .indicatorBodies
        case (.indicatorChanged, _): self = .indicatorReworded
        case (.metadataChanged, .title): self = .title
        case (.metadataChanged, .date): self = .date
        case (.metadataChanged, _): self = .introduction
        }
    }

    /// The counted phrase ("{n} tasks reworded"); nil for the document's fields, said without a count.
    var phrase: (one: DiffLabel, other: DiffLabel)? {
        switch self {
        case .topicAdded: (.topicsAddedOne, .topicsAddedOther)
        case .topicRemoved: (.topicsRemovedOne, .topicsRemovedOther)
        case .topicRenamed: (.topicsRenamedOne, .topicsRenamedOther)
        case .taskAdded: (.tasksAddedOne, .tasksAddedOther)
        case .taskRemoved: (.tasksRemovedOne, .tasksRemovedOther)
        case .taskMoved: (.tasksMovedOne, .tasksMovedOther)
        case .taskReworded: (.tasksRewordedOne, .tasksRewordedOther)
        case .plan: (.plansChangedOne, .plansChangedOther)
        case .type: (.typesChangedOne, .typesChangedOther)
        case .bodies: (.bodiesChangedOne, .bodiesChangedOther)
        case .progress: (.progressChangedOne, .progressChangedOther)
        case .indicatorAdded: (.indicatorsAddedOne, .indicatorsAddedOther)
        case .indicatorRemoved: (.indicatorsRemovedOne, .indicatorsRemovedOther)
        case .indicatorReworded: (.indicatorsRewordedOne, .indicatorsRewordedOther)
        case .timeline: (.timelinesMovedOne, .timelinesMovedOther)
        case .indicatorBodies: (.indicatorBodiesChangedOne, .indicatorBodiesChangedOther)
        case .title, .date, .introduction: nil
        }
    }
}
