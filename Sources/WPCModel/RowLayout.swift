/// How the annex table draws a topic: the one row layout every writer
/// uses (annex HTML, paginated HTML, Markdown, annex text, Word).
///
/// - One row per indicator; a task without indicators still takes one row,
///   and a topic without tasks is drawn as one empty task.
/// - No and Topic span the topic's rows; Tasks, WCO Strategic Plan, Type
///   and Progress span the task's rows; Performance indicator and Timeline
///   belong to each row.
/// - Responsible body spans the task's rows, unless an indicator names its
///   own bodies: then each row has its own cell. The first shows the task's
///   bodies and, when its indicator names others, those too (nothing of the
///   task's is lost); each later row shows its indicator's own bodies.
/// - Every task carries its number (`TaskNumber`: "5.3"), printed before
///   its text in the Tasks cell; the empty task of a topic without tasks has none.
/// - A task carried over to the next page repeats the topic's cells, its
///   title marked "(cont.)" (in the output's language).
public struct TopicLayout: Sendable {
    public let topic: Topic
    /// The topic's number (`Topic.number(atIndex:)`).
    public let number: Int
    /// The tasks as drawn: the topic's, or one empty task when it has none.
    public let tasks: [TaskLayout]
    /// The number of rows the topic spans.
    public let rowCount: Int

    /// The rows of `topic`, which stands at `index` (0-based) among the programme's topics.
    public init(_ topic: Topic, index: Int) {
        self.topic = topic
        number = topic.number(atIndex: index)
        tasks = topic.tasks.isEmpty
            ? [TaskLayout(WorkTask(text: ""))]
            : topic.tasks.enumerated().map { TaskLayout($1, number: topic.taskNumber($0, topicIndex: index)) }
        rowCount = tasks.reduce(0) { $0 + $1.rowCount }
    }

    /// The number of rows `topic` spans, without laying out its tasks.
    public static func rowCount(of topic: Topic) -> Int {
        topic.tasks.isEmpty ? 1 : topic.tasks.reduce(0) { $0 + max(1, $1.indicators.count) }
    }

}

/// Which rows a cell spans.
public enum CellSpan: Sendable, Hashable {
    /// All the topic's rows: No, Topic.
    case topic
    /// All the task's rows: Tasks, WCO Strategic Plan, Type, Progress, and
    /// Responsible body when no indicator names its own.
    case task
    /// One row: Performance indicator, Timeline, and Responsible body when
    /// an indicator names its own.
    case row
}

/// A task as table rows.
public struct TaskLayout: Sendable {
    public let task: WorkTask
    /// The task's number; nil for the empty task drawn for a topic without tasks.
    public let number: TaskNumber?
    /// Whether the Responsible-body column has a cell per row (some indicator
    /// names its own bodies) rather than one cell for the task.
    public let bodiesPerIndicator: Bool

    /// The rows of `task`, numbered `number`.
    public init(_ task: WorkTask, number: TaskNumber? = nil) {
        self.task = task
        self.number = number
        bodiesPerIndicator = task.indicators.contains { $0.bodies != nil }
    }

    /// The task's number as printed ("5.3"), empty for no number.
    public var numberText: String { number?.description ?? "" }

    /// The Tasks cell as every table prints it: the number, a space, the
    /// task's text ("5.3 Develop a Guidance…"); the text alone without a number.
    public var numberedText: String { number.map { "\($0) " + task.text.text } ?? task.text.text }

    /// One row per indicator, at least one.
    public var rowCount: Int { max(task.indicators.count, 1) }

    /// How `column`'s cells span this task's rows.
    public func span(of column: Column) -> CellSpan {
        switch column {
        case .number, .topic: .topic
        case .task, .plan, .type, .progress: .task
        case .bodies: bodiesPerIndicator ? .row : .task
        case .indicator, .timeline: .row
        }
    }

    /// The indicator drawn on `row`; nil on the one row of a task without indicators.
    public func indicator(onRow row: Int) -> Indicator? {
        row < task.indicators.count ? task.indicators[row] : nil
    }

    /// The Performance-indicator cell of `row`.
    public func indicatorText(onRow row: Int) -> String? { indicator(onRow: row)?.text?.text }

    /// The Timeline cell of `row`, as written.
    public func timeline(onRow row: Int) -> String? { indicator(onRow: row)?.timeline?.raw.text }

    /// The Responsible-body cell spanning the task, when `bodiesPerIndicator` is false.
    public var spanningBodies: String? { bodiesPerIndicator ? nil : task.bodies?.text }

    /// The texts of `row`'s own Responsible-body cell, when `bodiesPerIndicator`:
    /// on the first row the task's bodies, then its indicator's own when they
    /// differ; on later rows the indicator's own. Empty texts are left out.
    public func bodies(onRow row: Int) -> [String] {
        let own = indicator(onRow: row)?.bodies?.text ?? ""
        guard row == 0, let taskBodies = task.bodies?.text, !taskBodies.isEmpty else { return own.isEmpty ? [] : [own] }
        return own.isEmpty || own == taskBodies ? [taskBodies] : [taskBodies, own]
    }

    /// `row`'s own Responsible-body texts joined by `separator`.
    public func bodiesText(onRow row: Int, separator: String) -> String {
        bodies(onRow: row).joined(separator: separator)
    }

    /// Whether, in the annex text, the first indicator is written on the
    /// task's row. That row's Responsible-body cell is the task's, so an
    /// indicator naming its own bodies is written on a row of its own below
    /// it (Tasks cell empty), which reads back as the same task.
    public var firstIndicatorSharesTaskRow: Bool { task.indicators.first?.bodies == nil }
}
