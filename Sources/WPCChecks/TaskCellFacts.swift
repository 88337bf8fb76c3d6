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
    init(_ task: borrowing WorkTask) {
        var facts: TaskCellFacts = []
        if task.text.isBlank { facts.insert(.textBlank) }
        if task.plan?.isBlank ?? true { facts.insert(.planBlank) }
        if task.bodies?.isBlank ?? true { facts.insert(.bodiesBlank) }
        var everyHasBodies = !task.indicators.isEmpty
        task.indicators.withUnsafeBufferPointer { indicators in
            guard let base = indicators.baseAddress else { return }
            for index in indicators.indices {
                // Read in place: the buffer's subscript would copy the indicator.
                let indicator = base + index
                let hasText = !(indicator.pointee.text?.isBlank ?? true)
                let hasTimeline = !(indicator.pointee.timeline?.raw.isBlank ?? true)
                if hasText || hasTimeline { facts.insert(.hasIndicator) }
                if hasText, !hasTimeline { facts.insert(.indicatorWithoutTimeline) }
                if !hasText, hasTimeline { facts.insert(.timelineWithoutIndicator) }
                if indicator.pointee.bodies?.isBlank ?? true { everyHasBodies = false }
            }
        }
        if everyHasBodies { facts.insert(.everyIndicatorHasBodies) }
        self = facts
    }
}
