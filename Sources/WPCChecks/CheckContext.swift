import WPCModel

/// What a rule looks at: the programme as read, the registry of responsible
/// bodies when one is available (the body rules stay silent without it), and
/// the locator that turns the points readers recorded into printed locations.
///
/// Everything more than one rule needs is worked out here, once per
/// programme: the list of tasks, each plan cell's codes, the footnote markers,
/// the body cells with text that names no body, which of each task's cells are blank. Rules never
/// parse a cell themselves.
public struct CheckContext: Sendable {
    /// The programme to check.
    public let programme: Programme
    /// The known responsible bodies, if loaded.
    public let registry: BodyRegistry?
    /// Turns points in the programme's source into locations.
    public let locator: SourceLocator
    /// Each task's plan codes as scanned, in document order (see `forEachTask`).
    let scannedPlanCodes: PlanCodesPerTask
    /// Every footnote marker of the programme.
    let footnoteMarkers: [FootnoteMarker]
    /// The body cells whose resolution against the registry leaves text that names no body.
    let bodyCellsWithLeftovers: [ResolvedBodyCell]
    /// The numbered topics, as the numbering rules see them.
    let topicNumbers: [TopicNumbers.Entry]
    /// Each task's cell facts, in document order (see `forEachTask`).
    let taskFacts: [TaskCellFacts]

    /// A context over `programme`, with `registry` for the body rules and
    /// `locator` for the source it was read from.
    public init(programme: Programme, registry: BodyRegistry? = nil, locator: SourceLocator = SourceLocator(file: "")) {
        self.programme = programme
        self.registry = registry
        self.locator = locator
        // The parts read the programme independently: work them out side by side.
        let parts = ParallelMap.map(2) { half -> Parts in
            var parts = Parts()
            if half == 0 {
                let legend = LegendIndex(programme.legend)
                CheckContext.forEachTask(of: programme) { task, _ in
                    parts.scannedPlanCodes.add(task.plan, legend: legend)
                    parts.taskFacts.append(TaskCellFacts(task))
                }
                parts.topicNumbers = TopicNumbers.entries(programme)
            } else {
                parts.footnoteMarkers = FootnoteMarker.all(in: programme, locator: locator)
                parts.bodyCellsWithLeftovers = ResolvedBodyCell.withLeftovers(in: programme, registry: registry)
            }
            return parts
        }
        self.scannedPlanCodes = parts[0].scannedPlanCodes
        self.topicNumbers = parts[0].topicNumbers
        self.taskFacts = parts[0].taskFacts
        self.footnoteMarkers = parts[1].footnoteMarkers
        self.bodyCellsWithLeftovers = parts[1].bodyCellsWithLeftovers
    }

    /// What the context works out before any rule runs.
    private struct Parts: Sendable {
        var scannedPlanCodes = PlanCodesPerTask()
        var topicNumbers: [TopicNumbers.Entry] = []
        var taskFacts: [TaskCellFacts] = []
        var footnoteMarkers: [FootnoteMarker] = []
        var bodyCellsWithLeftovers: [ResolvedBodyCell] = []
    }

    /// Calls `body` with every task in document order and its position among
    /// all tasks. The task is lent, not copied: a rule that reads two cells of
    /// every task costs two cells, not the whole task.
    func forEachTask(_ body: (TaskView, _ ordinal: Int) -> Void) {
        CheckContext.forEachTask(of: programme, body)
    }

    static func forEachTask(of programme: Programme, _ body: (TaskView, _ ordinal: Int) -> Void) {
        var ordinal = 0
        forEachTopic(of: programme) { topic, _ in
            forEachTask(in: topic) { task in
                body(task, ordinal)
                ordinal += 1
            }
        }
    }

    /// Calls `body` with every task of `topic`, in order, each lent where it
    /// stands (`pointee` lends in place; a buffer's subscript would copy the task).
    static func forEachTask(in topic: borrowing Topic, _ body: (TaskView) -> Void) {
        topic.tasks.withUnsafeBufferPointer { tasks in
            guard let base = tasks.baseAddress else { return }
            for index in tasks.indices { body(TaskView(pointer: base + index)) }
        }
    }

    /// Calls `body` with every topic and its position, in document order,
    /// each lent where it stands (a copy would retain every cell of it).
    func forEachTopic(_ body: (borrowing Topic, _ index: Int) -> Void) {
        CheckContext.forEachTopic(of: programme, body)
    }

    static func forEachTopic(of programme: Programme, _ body: (borrowing Topic, _ index: Int) -> Void) {
        programme.topics.withUnsafeBufferPointer { topics in
            guard let base = topics.baseAddress else { return }
            for index in topics.indices { body((base + index).pointee, index) }
        }
    }

    /// Calls `body` with every indicator of `task`, in order, each lent where it stands.
    static func forEachIndicator(of task: TaskView, _ body: (IndicatorView) -> Void) {
        task.pointer.pointee.indicators.withUnsafeBufferPointer { indicators in
            guard let base = indicators.baseAddress else { return }
            for index in indicators.indices { body(IndicatorView(pointer: base + index)) }
        }
    }

    /// Calls `body` with every Timeline cell, in document order.
    func forEachTimeline(_ body: (borrowing Timeline) -> Void) {
        forEachTask { task, _ in
            CheckContext.forEachIndicator(of: task) { indicator in
                if let timeline = indicator.pointer.pointee.timeline { body(timeline) }
            }
        }
    }

    /// Where byte `offset` of `text` stands, if its origin is known.
    func location(of text: WrittenText?, atOffset offset: Int = 0) -> SourceLocation? {
        text.flatMap { locator.location(of: $0, atOffset: offset) }
    }

    /// Where a task row starts: its Tasks cell, else the first of its cells that has a location.
    func location(of task: TaskView) -> SourceLocation? { location(of: task.pointer.pointee) }

    /// Where a task row starts: its Tasks cell, else the first of its cells that has a location.
    func location(of task: borrowing WorkTask) -> SourceLocation? {
        if let point = task.text.origin.point { return locator.location(point) }
        let cells: [WrittenText?] = [task.plan, task.type, task.bodies]
            + task.indicators.flatMap { [$0.text, $0.timeline?.raw, $0.bodies] }
        return cells.lazy.compactMap { $0?.origin.point }.first.map(locator.location)
    }

    /// Where a topic starts: its number, its title, else its first task.
    func location(of topic: borrowing Topic) -> SourceLocation? {
        if let point = topic.numberAsWritten.origin.point ?? topic.title.origin.point { return locator.location(point) }
        return topic.tasks.lazy.compactMap { location(of: $0) }.first
    }

    /// A short quotation of a task for messages: its first words.
    static func label(of task: TaskView) -> String {
        quote(task.text.text)
    }

    /// A short quotation of a task for messages: its first words.
    static func label(of task: WorkTask) -> String {
        quote(task.text.text)
    }

    /// `items` joined by `separator`, at most `shown` of them and then how
    /// many more: a help line names what the document defines (codes, marks,
    /// types), and a document can define any number. Work it out once per
    /// rule, not per finding.
    static func list(_ items: [String], separator: String = ", ", shown: Int = 12) -> String {
        guard items.count > shown else { return items.joined(separator: separator) }
        return items.prefix(shown).joined(separator: separator) + " and \(NumberText.grouped(items.count - shown)) more"
    }


    /// `text` cut to about 40 characters at a word boundary, in quotes.
    static func quote(_ text: String) -> String {
        var result = ""
        var length = 0
        for word in TextWord.split(text) {
            let wordLength = word.text.unicodeScalars.count
            if length + wordLength > 40 { return "'\(result) …'" }
            length += (result.isEmpty ? 0 : 1) + wordLength
            result += result.isEmpty ? word.text : " " + word.text
        }
        return "'\(result)'"
    }
}

/// A task lent to a rule for the length of one call of `forEachTask`: each
/// cell is read from the programme where it stands, so a rule pays for the
/// cells it reads and never for a copy of the whole task.
struct TaskView {
    /// Valid only during the call that lent it.
    let pointer: UnsafePointer<WorkTask>

    var text: WrittenText { pointer.pointee.text }
    var plan: WrittenText? { pointer.pointee.plan }
    var type: WrittenText? { pointer.pointee.type }
    var bodies: WrittenText? { pointer.pointee.bodies }
    var indicators: [Indicator] { pointer.pointee.indicators }
    var progress: WrittenText? { pointer.pointee.progress }
}

/// An indicator lent to a rule for the length of one call of
/// `forEachIndicator`; the questions most rules ask are answered in place,
/// with no copy of the cells.
struct IndicatorView {
    /// Valid only during the call that lent it.
    let pointer: UnsafePointer<Indicator>

    var text: WrittenText? { pointer.pointee.text }

    /// Whether the Performance Indicators cell has words.
    var hasText: Bool { !(pointer.pointee.text?.isBlank ?? true) }
    /// Whether the Timeline cell has words.
    var hasTimeline: Bool { !(pointer.pointee.timeline?.raw.isBlank ?? true) }
    /// Whether the indicator's own Responsible-body cell has words.
    var hasBodies: Bool { !(pointer.pointee.bodies?.isBlank ?? true) }
}
