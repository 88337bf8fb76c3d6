import WPCModel

/// What a rule looks at: the programme as read, the registry of responsible
/// bodies when one is available (the body rules stay silent without it), and
/// the locator that turns the points readers recorded into printed locations.
///
/// Everything more than one rule needs is worked out here, once per
/// programme: the list of tasks, each plan cell's codes, the footnote markers,
/// the resolved body cells. Rules never parse a cell themselves.
public struct CheckContext: Sendable {
    /// The programme to check.
    public let programme: Programme
    /// The known responsible bodies, if loaded.
    public let registry: BodyRegistry?
    /// Turns points in the programme's source into locations.
    public let locator: SourceLocator
    /// Every task with its topic, in document order.
    let tasks: [(topic: Topic, task: WorkTask)]
    /// Each task's plan codes as scanned, in the order of `tasks`.
    let scannedPlanCodes: [[ScannedPlanCode]]
    /// Every footnote marker of the programme.
    let footnoteMarkers: [FootnoteMarker]
    /// Every body cell resolved against the registry.
    let resolvedBodyCells: [ResolvedBodyCell]

    /// A context over `programme`, with `registry` for the body rules and
    /// `locator` for the source it was read from.
    public init(programme: Programme, registry: BodyRegistry? = nil, locator: SourceLocator = SourceLocator(file: "")) {
        self.programme = programme
        self.registry = registry
        self.locator = locator
        var tasks: [(topic: Topic, task: WorkTask)] = []
        for topic in programme.topics {
            for task in topic.tasks { tasks.append((topic, task)) }
        }
        self.tasks = tasks
        let legend = LegendIndex(programme.legend)
        self.scannedPlanCodes = tasks.map { PlanCodeScanner.scan($0.task.plan, legend: legend) }
        self.footnoteMarkers = FootnoteMarker.all(in: programme, locator: locator)
        self.resolvedBodyCells = ResolvedBodyCell.all(in: tasks, registry: registry)
    }

    /// Where byte `offset` of `text` stands, if its origin is known.
    func location(of text: WrittenText?, atOffset offset: Int = 0) -> SourceLocation? {
        text.flatMap { locator.location(of: $0, atOffset: offset) }
    }

    /// Where a task row starts: its Tasks cell, else the first of its cells that has a location.
    func location(of task: WorkTask) -> SourceLocation? {
        if let point = task.text.origin.point { return locator.location(point) }
        let cells: [WrittenText?] = [task.plan, task.type, task.bodies]
            + task.indicators.flatMap { [$0.text, $0.timeline?.raw, $0.bodies] }
        return cells.lazy.compactMap { $0?.origin.point }.first.map(locator.location)
    }

    /// Where a topic starts: its number, its title, else its first task.
    func location(of topic: Topic) -> SourceLocation? {
        if let point = topic.numberAsWritten.origin.point ?? topic.title.origin.point { return locator.location(point) }
        return topic.tasks.lazy.compactMap { location(of: $0) }.first
    }

    /// A short quotation of a task for messages: its first words.
    static func label(of task: WorkTask) -> String {
        quote(task.text.text)
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
