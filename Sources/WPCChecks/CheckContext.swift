import WPCModel

/// What a rule looks at: the programme as read, and the registry of
/// responsible bodies when one is available (the body rules stay silent
/// without it).
public struct CheckContext: Sendable {
    /// The programme to check.
    public let programme: Programme
    /// The known responsible bodies, if loaded.
    public let registry: BodyRegistry?
    /// Every footnote marker of the programme, found once for the rules that need them.
    let footnoteMarkers: [FootnoteMarker]
    /// Every body cell resolved against the registry, once for the body rules.
    let resolvedBodyCells: [ResolvedBodyCell]

    /// A context over `programme`, with `registry` for the body rules.
    public init(programme: Programme, registry: BodyRegistry? = nil) {
        self.programme = programme
        self.registry = registry
        self.footnoteMarkers = FootnoteMarker.all(in: programme)
        self.resolvedBodyCells = ResolvedBodyCell.all(in: programme, registry: registry)
    }

    /// Every task with its topic and its position in document order.
    var tasks: [(topic: Topic, task: WorkTask)] { programme.allTasks }

    /// Where a task row starts: its Tasks cell, else the first of its cells that has a location.
    static func location(of task: WorkTask) -> SourceLocation? {
        let cells: [WrittenText?] = [task.text, task.plan, task.type, task.bodies]
            + task.indicators.flatMap { [$0.text, $0.timeline?.raw, $0.bodies] }
        return cells.lazy.compactMap { $0?.origin.location }.first
    }

    /// Where a topic starts: its number, its title, else its first task.
    static func location(of topic: Topic) -> SourceLocation? {
        topic.numberAsWritten.origin.location ?? topic.title.origin.location
            ?? topic.tasks.lazy.compactMap { location(of: $0) }.first
    }

    /// A short quotation of a task for messages: its first words.
    static func label(of task: WorkTask) -> String {
        quote(task.text.text)
    }

    /// `text` cut to about 40 characters, in quotes.
    static func quote(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        var result = ""
        for word in words {
            if result.count + word.count > 40 { return "'\(result) …'" }
            result += result.isEmpty ? String(word) : " " + word
        }
        return "'\(result)'"
    }
}
