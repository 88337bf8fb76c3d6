/// The fixed words of `wpc diff`'s reports (terminal summary, Markdown, HTML,
/// PDF) and of the redline's document properties, one label each; their texts
/// are in the labels files (`diff.*` in `Templates/labels/*.labels`).
///
/// A pair of keys ending in `One`/`Other` (`-one`/`-other` in the files) is the
/// singular and the plural of one phrase, `{n}` its count (see
/// `DiffWording.counted`). The arguments a report passes fill the other
/// placeholders in the order the key lists them.
public enum DiffLabel: String, Sendable, Hashable, CaseIterable {
    case heading, oldDraft, newDraft, noChanges, lead, labelEnd, listSeparator, sentenceEnd, placesOpen, placesClose
    case changesOne, changesOther, andMore
    case ignoredLead, ignoredProgress, ignoredWhitespace, ignoredCase, ignoredPunctuation
    case keyLead, keyInserted, keyDeleted, keyChanged, keyMoved
    case movedFrom, movedTo, placeWas, moveStep, indicatorPlace
    case unchangedTasksOne, unchangedTasksOther, unchangedTopicsOne, unchangedTopicsOther
    case changesHeading, quoteOpen, quoteClose, empty, unchanged, documentPlace
    case fieldTitle, fieldText, fieldPlan, fieldType, fieldBodies, fieldTimeline, fieldProgress, fieldDate, fieldIntroduction
    case topicsAddedOne, topicsAddedOther, topicsRemovedOne, topicsRemovedOther, topicsRenamedOne, topicsRenamedOther
    case renumberedOne, renumberedRange
    case tasksAddedOne, tasksAddedOther, tasksRemovedOne, tasksRemovedOther
    case taskMovedFromTo, tasksMovedOne, tasksMovedOther
    case tasksRewordedOne, tasksRewordedOther, plansChangedOne, plansChangedOther, typesChangedOne, typesChangedOther
    case bodiesChangedOne, bodiesChangedOther, progressChangedOne, progressChangedOther
    case indicatorsAddedOne, indicatorsAddedOther, indicatorsRemovedOne, indicatorsRemovedOther
    case indicatorsRewordedOne, indicatorsRewordedOther, timelinesMovedOne, timelinesMovedOther
    case indicatorBodiesChangedOne, indicatorBodiesChangedOther
    case titleChanged, dateChanged, introductionChanged
    case redlineDescription

    /// The label's key, with the placeholders its text may hold (in argument order).
    public var key: LabelKey {
        switch self {
        case .heading: LabelKey("diff.heading", placeholders: ["old", "new"])
        case .oldDraft: LabelKey("diff.old-draft")
        case .newDraft: LabelKey("diff.new-draft")
        case .noChanges: LabelKey("diff.no-changes", placeholders: ["old", "new"])
        case .lead: LabelKey("diff.lead", placeholders: ["changes"])
        case .labelEnd: LabelKey("diff.label-end")
        case .listSeparator: LabelKey("diff.list-separator")
        case .sentenceEnd: LabelKey("diff.sentence-end")
        case .placesOpen: LabelKey("diff.places-open")
        case .placesClose: LabelKey("diff.places-close")
        case .changesOne: LabelKey("diff.changes-one", placeholders: ["n"])
        case .changesOther: LabelKey("diff.changes-other", placeholders: ["n"])
        case .andMore: LabelKey("diff.and-more", placeholders: ["n"])
        case .ignoredLead: LabelKey("diff.ignored-lead", placeholders: ["what"])
        case .ignoredProgress: LabelKey("diff.ignored-progress")
        case .ignoredWhitespace: LabelKey("diff.ignored-whitespace")
        case .ignoredCase: LabelKey("diff.ignored-case")
        case .ignoredPunctuation: LabelKey("diff.ignored-punctuation")
        case .keyLead: LabelKey("diff.key-lead")
        case .keyInserted: LabelKey("diff.key-inserted")
        case .keyDeleted: LabelKey("diff.key-deleted")
        case .keyChanged: LabelKey("diff.key-changed")
        case .keyMoved: LabelKey("diff.key-moved")
        case .movedFrom: LabelKey("diff.moved-from", placeholders: ["place"])
        case .movedTo: LabelKey("diff.moved-to", placeholders: ["place"])
        case .placeWas: LabelKey("diff.place-was", placeholders: ["place", "was"])
        case .moveStep: LabelKey("diff.move-step", placeholders: ["from", "to"])
        case .indicatorPlace: LabelKey("diff.indicator-place", placeholders: ["task", "indicator"])
        case .unchangedTasksOne: LabelKey("diff.unchanged-tasks-one", placeholders: ["n"])
        case .unchangedTasksOther: LabelKey("diff.unchanged-tasks-other", placeholders: ["n"])
        case .unchangedTopicsOne: LabelKey("diff.unchanged-topics-one", placeholders: ["n"])
        case .unchangedTopicsOther: LabelKey("diff.unchanged-topics-other", placeholders: ["n"])
        case .changesHeading: LabelKey("diff.changes-heading")
        case .quoteOpen: LabelKey("diff.quote-open")
        case .quoteClose: LabelKey("diff.quote-close")
        case .empty: LabelKey("diff.empty")
        case .unchanged: LabelKey("diff.unchanged")
        case .documentPlace: LabelKey("diff.document-place")
        case .fieldTitle: LabelKey("diff.field-title")
        case .fieldText: LabelKey("diff.field-text")
        case .fieldPlan: LabelKey("diff.field-plan")
        case .fieldType: LabelKey("diff.field-type")
        case .fieldBodies: LabelKey("diff.field-bodies")
        case .fieldTimeline: LabelKey("diff.field-timeline")
        case .fieldProgress: LabelKey("diff.field-progress")
        case .fieldDate: LabelKey("diff.field-date")
        case .fieldIntroduction: LabelKey("diff.field-introduction")
        case .topicsAddedOne: LabelKey("diff.topics-added-one", placeholders: ["n"])
        case .topicsAddedOther: LabelKey("diff.topics-added-other", placeholders: ["n"])
        case .topicsRemovedOne: LabelKey("diff.topics-removed-one", placeholders: ["n"])
        case .topicsRemovedOther: LabelKey("diff.topics-removed-other", placeholders: ["n"])
        case .topicsRenamedOne: LabelKey("diff.topics-renamed-one", placeholders: ["n"])
        case .topicsRenamedOther: LabelKey("diff.topics-renamed-other", placeholders: ["n"])
        case .renumberedOne: LabelKey("diff.renumbered-one", placeholders: ["old", "new"])
        case .renumberedRange: LabelKey("diff.renumbered-range", placeholders: ["old-first", "old-last", "new-first", "new-last"])
        case .tasksAddedOne: LabelKey("diff.tasks-added-one", placeholders: ["n"])
        case .tasksAddedOther: LabelKey("diff.tasks-added-other", placeholders: ["n"])
        case .tasksRemovedOne: LabelKey("diff.tasks-removed-one", placeholders: ["n"])
        case .tasksRemovedOther: LabelKey("diff.tasks-removed-other", placeholders: ["n"])
        case .taskMovedFromTo: LabelKey("diff.task-moved-from-to", placeholders: ["from", "to"])
        case .tasksMovedOne: LabelKey("diff.tasks-moved-one", placeholders: ["n"])
        case .tasksMovedOther: LabelKey("diff.tasks-moved-other", placeholders: ["n"])
        case .tasksRewordedOne: LabelKey("diff.tasks-reworded-one", placeholders: ["n"])
        case .tasksRewordedOther: LabelKey("diff.tasks-reworded-other", placeholders: ["n"])
        case .plansChangedOne: LabelKey("diff.plans-changed-one", placeholders: ["n"])
        case .plansChangedOther: LabelKey("diff.plans-changed-other", placeholders: ["n"])
        case .typesChangedOne: LabelKey("diff.types-changed-one", placeholders: ["n"])
        case .typesChangedOther: LabelKey("diff.types-changed-other", placeholders: ["n"])
        case .bodiesChangedOne: LabelKey("diff.bodies-changed-one", placeholders: ["n"])
        case .bodiesChangedOther: LabelKey("diff.bodies-changed-other", placeholders: ["n"])
        case .progressChangedOne: LabelKey("diff.progress-changed-one", placeholders: ["n"])
        case .progressChangedOther: LabelKey("diff.progress-changed-other", placeholders: ["n"])
        case .indicatorsAddedOne: LabelKey("diff.indicators-added-one", placeholders: ["n"])
        case .indicatorsAddedOther: LabelKey("diff.indicators-added-other", placeholders: ["n"])
        case .indicatorsRemovedOne: LabelKey("diff.indicators-removed-one", placeholders: ["n"])
        case .indicatorsRemovedOther: LabelKey("diff.indicators-removed-other", placeholders: ["n"])
        case .indicatorsRewordedOne: LabelKey("diff.indicators-reworded-one", placeholders: ["n"])
        case .indicatorsRewordedOther: LabelKey("diff.indicators-reworded-other", placeholders: ["n"])
        case .timelinesMovedOne: LabelKey("diff.timelines-moved-one", placeholders: ["n"])
        case .timelinesMovedOther: LabelKey("diff.timelines-moved-other", placeholders: ["n"])
        case .indicatorBodiesChangedOne: LabelKey("diff.indicator-bodies-changed-one", placeholders: ["n"])
        case .indicatorBodiesChangedOther: LabelKey("diff.indicator-bodies-changed-other", placeholders: ["n"])
        case .titleChanged: LabelKey("diff.title-changed")
        case .dateChanged: LabelKey("diff.date-changed")
        case .introductionChanged: LabelKey("diff.introduction-changed")
        case .redlineDescription: LabelKey("diff.redline-description", placeholders: ["old", "new"])
        }
    }
}

extension LabelKey {
    /// The labels of `wpc diff`'s reports and redline.
    static let diff: [LabelKey] = DiffLabel.allCases.map(\.key)
}
