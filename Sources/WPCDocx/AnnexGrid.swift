import WPCModel

/// The annex table as Word needs it: the row layout every writer shares
/// (`TopicLayout`), with each cell's part in a vertical merge.
///
/// Word has no row spans: a merged cell is a `restart` cell followed by
/// `continue` cells in the rows below. The No and Topic cells merge over all
/// of a topic's rows; the Tasks, Plan, Type and Progress cells over a task's;
/// the Responsible-body cell over the task's too, unless an indicator names
/// bodies of its own: then every row has its own cell (the first with the
/// task's bodies and its indicator's, each a paragraph).
enum AnnexGrid {
    /// How a cell takes part in a vertical merge (`w:vMerge`).
    enum Merge: Sendable, Hashable {
        /// A cell of its own.
        case none
        /// The top cell of a merged block; it holds the text.
        case restart
        /// A cell merged into the one above; it holds nothing.
        case `continue`
    }

    /// One cell: its paragraphs' texts (none for an empty cell) and its part in a merge.
    struct Cell: Sendable, Hashable {
        var texts: Texts
        var merge: Merge

        static let continued = Cell(texts: .none, merge: .continue)
    }

    /// A cell's paragraphs: most cells have one text or none.
    enum Texts: Sendable, Hashable {
        case none
        case one(String)
        case several([String])

        init(_ text: String?) {
            guard let text, !text.isEmpty else {
                self = .none
                return
            }
            self = .one(text)
        }

        init(_ texts: [String]) {
            switch texts.count {
            case 0: self = .none
            case 1: self = .one(texts[0])
            default: self = .several(texts)
            }
        }
    }

    /// Calls `body` with each table row of `programme`, one cell per
    /// `Column.ordered` entry (the array is reused between calls); every
    /// Tasks cell starts with the task's number.
    static func forEachRow(of programme: Programme, _ body: ([Cell]) -> Void) {
        var row: [Cell] = []
        row.reserveCapacity(Column.count)
        for (index, topic) in programme.topics.enumerated() { forEachRow(of: topic, index: index, reusing: &row, body) }
    }

    /// The table rows of the topic at `index`, each one cell per
    /// `Column.ordered` entry: what a writer that lays topics out one by one
    /// (the redline) starts from. Its Tasks cells are numbered like the
    /// annex's, so a redline's numbers change where the drafts' do.
    static func rows(of topic: Topic, index: Int) -> [[Cell]] {
        var rows: [[Cell]] = []
        var row: [Cell] = []
        forEachRow(of: topic, index: index, reusing: &row) { rows.append($0) }
        return rows
    }

    /// Calls `body` with each table row of `topic` (at `index` among the topics), built in `row`.
    private static func forEachRow(of topic: Topic, index: Int, reusing row: inout [Cell], _ body: ([Cell]) -> Void) {
        let layout = TopicLayout(topic, index: index)
        var topicRow = true
        for task in layout.tasks {
            for index in 0..<task.rowCount {
                let taskRow = index == 0
                row.removeAll(keepingCapacity: true)
                for column in Column.ordered {
                    switch task.span(of: column) {
                    case .topic:
                        row.append(topicRow ? Cell(texts: Texts(column == .number ? topic.numberAsWritten.text : topic.title.text), merge: .restart) : .continued)
                    case .task:
                        row.append(taskRow ? Cell(texts: Texts(taskText(task, column)), merge: .restart) : .continued)
                    case .row:
                        let texts: Texts = switch column {
                        case .indicator: Texts(task.indicatorText(onRow: index))
                        case .timeline: Texts(task.timeline(onRow: index))
                        default: Texts(task.bodies(onRow: index))
                        }
                        row.append(Cell(texts: texts, merge: .none))
                    }
                }
                body(row)
                topicRow = false
            }
        }
    }

    /// The text a task-wide cell of `column` shows; the Tasks cell starts with the task's number.
    private static func taskText(_ layout: TaskLayout, _ column: Column) -> String? {
        let task = layout.task
        return switch column {
        case .task: layout.numberedText
        case .plan: task.plan?.text
        case .type: task.type?.text
        case .progress: task.progress?.text
        case .bodies: task.bodies?.text
        case .number, .topic, .indicator, .timeline: nil
        }
    }

}
