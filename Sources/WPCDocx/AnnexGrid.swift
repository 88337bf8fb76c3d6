import WPCModel

/// The annex table as Word needs it: one row per indicator (a task without
/// indicators, and a topic without tasks, still get one row), nine cells a
/// row, and for each cell whether it starts or continues a vertical merge.
///
/// Word has no row spans: a merged cell is a `restart` cell followed by
/// `continue` cells in the rows below. The No and Topic cells merge over all
/// of a topic's rows; the Tasks, Plan, Type and Progress cells over a task's.
/// The Responsible-body cell merges over the task's rows too, unless an
/// indicator names bodies of its own: then, as in the seed's Word document,
/// every indicator row has its own bodies cell, the first showing the task's
/// bodies (and its indicator's, when they differ) and the others their
/// indicator's bodies or nothing. The other writers draw the column alike.
struct AnnexGrid: Sendable, Hashable {
    /// How a cell takes part in a vertical merge (`w:vMerge`).
    enum Merge: Sendable, Hashable {
        /// A cell of its own.
        case none
        /// The top cell of a merged block; it holds the text.
        case restart
        /// A cell merged into the one above; it holds nothing.
        case `continue`
    }

    /// One cell: its paragraphs and its part in a merge.
    struct Cell: Sendable, Hashable {
        var paragraphs: [Paragraph]
        var merge: Merge

        static let continued = Cell(paragraphs: [], merge: .continue)
    }

    /// The rows, each with one cell per `Column.allCases` entry.
    var rows: [[Cell]]

    init(programme: Programme) {
        rows = []
        for topic in programme.topics {
            let tasks = topic.tasks.isEmpty ? [WorkTask(text: "")] : topic.tasks
            var topicRow = true
            for task in tasks {
                let indicators = task.indicators.isEmpty ? [Indicator(text: nil)] : task.indicators
                let bodiesPerRow = task.indicators.contains { $0.bodies != nil }
                for (index, indicator) in indicators.enumerated() {
                    let taskRow = index == 0
                    var row: [Cell] = []
                    for column in Column.allCases {
                        switch column {
                        case .number:
                            row.append(topicRow ? AnnexGrid.merged(topic.numberAsWritten.text) : .continued)
                        case .topic:
                            row.append(topicRow ? AnnexGrid.merged(topic.title.text) : .continued)
                        case .task:
                            row.append(taskRow ? AnnexGrid.merged(task.text.text) : .continued)
                        case .plan:
                            row.append(taskRow ? AnnexGrid.merged(task.plan?.text) : .continued)
                        case .type:
                            row.append(taskRow ? AnnexGrid.merged(task.type?.text) : .continued)
                        case .progress:
                            row.append(taskRow ? AnnexGrid.merged(task.progress?.text) : .continued)
                        case .bodies:
                            if bodiesPerRow {
                                row.append(Cell(paragraphs: AnnexGrid.bodies(of: task, indicator, first: taskRow), merge: .none))
                            } else {
                                row.append(taskRow ? AnnexGrid.merged(task.bodies?.text) : .continued)
                            }
                        case .indicator:
                            row.append(AnnexGrid.single(indicator.text?.text))
                        case .timeline:
                            row.append(AnnexGrid.single(indicator.timeline?.raw.text))
                        }
                    }
                    rows.append(row)
                    topicRow = false
                }
            }
        }
    }

    /// How many rows a topic takes: the sum of its tasks' rows.
    static func rowCount(of topic: Topic) -> Int {
        topic.tasks.isEmpty ? 1 : topic.tasks.reduce(0) { $0 + max(1, $1.indicators.count) }
    }

    private static func paragraphs(_ text: String?) -> [Paragraph] {
        guard let text, !text.isEmpty else { return [] }
        return [Paragraph(style: DocxStyles.tableText, text: text)]
    }

    private static func merged(_ text: String?) -> Cell { Cell(paragraphs: paragraphs(text), merge: .restart) }

    private static func single(_ text: String?) -> Cell { Cell(paragraphs: paragraphs(text), merge: .none) }

    /// A per-row bodies cell: nothing of the task's is lost when its first
    /// indicator names other bodies.
    private static func bodies(of task: WorkTask, _ indicator: Indicator, first: Bool) -> [Paragraph] {
        let own = indicator.bodies?.text
        guard first, let taskBodies = task.bodies?.text, !taskBodies.isEmpty else { return paragraphs(own) }
        guard let own, !own.isEmpty, own != taskBodies else { return paragraphs(taskBodies) }
        return paragraphs(taskBodies) + paragraphs(own)
    }
}
