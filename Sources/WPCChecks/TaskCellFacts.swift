import WPCModel

/// What the structure rules ask of a task's cells, worked out once per task
/// in the context's pass over the programme: which required cells are blank
/// and what its indicators hold. Three rules then read one byte per task, and
/// look at the cells themselves only for a task they have something to say about.
struct TaskCellFacts: OptionSet, Sendable {
    let rawValue: UInt8

    /// The Tasks cell has no words.
    static let textBlank = TaskCellFacts(rawValue: 1 << 0)
    /// The WCO Strategic Plan cell has no words (or is missing).
    static let planBlank = TaskCellFacts(rawValue: 1 << 1)
    /// The Responsible body cell has no words (or is missing).
    static let bodiesBlank = TaskCellFacts(rawValue: 1 << 2)
    /// Some indicator has words in its text or its timeline.
    static let hasIndicator = TaskCellFacts(rawValue: 1 << 3)
    /// The task has indicators, and every one names its own bodies.
    static let everyIndicatorHasBodies = TaskCellFacts(rawValue: 1 << 4)
    /// Some indicator has text but no timeline.
    static let indicatorWithoutTimeline = TaskCellFacts(rawValue: 1 << 5)
    /// Some indicator has a timeline but no text.
    static let timelineWithoutIndicator = TaskCellFacts(rawValue: 1 << 6)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The facts of `task`'s cells.
    init(_ task: TaskView) {
        let cells = task.pointer
        var facts: TaskCellFacts = []
        if cells.pointee.text.isBlank { facts.insert(.textBlank) }
        if cells.pointee.plan?.isBlank ?? true { facts.insert(.planBlank) }
        if cells.pointee.bodies?.isBlank ?? true { facts.insert(.bodiesBlank) }
        var everyHasBodies = !cells.pointee.indicators.isEmpty
        CheckContext.forEachIndicator(of: task) { indicator in
            let hasText = indicator.hasText, hasTimeline = indicator.hasTimeline
            if hasText || hasTimeline { facts.insert(.hasIndicator) }
            if hasText, !hasTimeline { facts.insert(.indicatorWithoutTimeline) }
            if !hasText, hasTimeline { facts.insert(.timelineWithoutIndicator) }
            if !indicator.hasBodies { everyHasBodies = false }
        }
        if everyHasBodies { facts.insert(.everyIndicatorHasBodies) }
        self = facts
    }
}
