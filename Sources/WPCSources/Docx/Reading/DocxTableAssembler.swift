import WPCModel

/// Turns the rows of the annex tables into topics, tasks and indicators.
///
/// Word says what the annex text cannot: a cell merged into the one above
/// (`w:vMerge` continue) belongs to it. So a row whose No and Topic cells
/// continue the cells above stays in their topic, a row whose Tasks cell
/// continues the one above stays in its task, and a row whose Tasks cell is
/// new starts a task. Where a table has no merges (each row its own cells),
/// the annex's rules apply: a number starts a topic (unless it repeats the
/// topic's own number), a Tasks or Type cell starts a task, a row with only
/// indicator cells adds an indicator to the task above, and a body in such a
/// row is that indicator's own.
struct DocxTableAssembler {
    /// A cell of a row, by column.
    enum Value {
        case text(WrittenText)
        /// Merged into the cell above.
        case continued
    }

    /// A row's cells by column; a missing column is an empty cell of its own.
    struct Row {
        private var cells = [Value?](repeating: nil, count: Column.allCases.count)

        subscript(column: Column) -> Value? {
            get { cells[column.index] }
            set { cells[column.index] = newValue }
        }

        /// The cells that hold text, in column order.
        var texts: [WrittenText] { cells.compactMap { if case .text(let text)? = $0 { return text }; return nil } }
    }

    private(set) var topics: [Topic] = []
    private(set) var notes: [PendingDiagnostic] = []
    private var timelines = TimelineCache()
    /// The tasks whose Tasks cell started with the task's own number (as
    /// every annex wpc writes prints it: "5.3 Develop…"), and where the first stands.
    private(set) var numberedTasks = 0
    private(set) var firstNumber: SourcePoint?

    /// The number of the topic the last row went to, as locations name it ("12"), if it has one.
    var topicLabel: String? {
        guard let topic = topics.last else { return nil }
        var number = UTF8Text.trimming(topic.numberAsWritten.text)
        if number.hasSuffix(".") { number.removeLast() }
        return number.isEmpty ? nil : number
    }

    /// The position of the task the last row went to in its topic (0 when none).
    var taskOrdinal: Int { topics.last?.tasks.count ?? 0 }

    mutating func add(_ row: Row) {
        let number = text(row[.number]), title = text(row[.topic])
        if opensTopic(number: number, title: title) {
            topics.append(Topic(numberAsWritten: number ?? WrittenText("", origin: title?.origin ?? .none), title: title ?? WrittenText("")))
            if number == nil, let title {
                notes.append(PendingDiagnostic(.warning, "docx.topic-without-number", "a Topic cell with no number starts a new topic",
                                               at: title.origin.point, length: title.text.unicodeScalars.count))
            }
            let taskCells: [Column] = [.task, .type, .plan, .bodies, .indicator, .timeline, .progress]
            if taskCells.allSatisfy({ text(row[$0]) == nil }) { return }
            startTask(row)
            return
        }
        let taskContinues = isContinued(row[.task])
        if !taskContinues, text(row[.task]) != nil || (text(row[.type]) != nil && !isContinued(row[.type])) {
            startTask(row)
            return
        }
        addToTask(row)
    }

    /// A number or a title in a cell of its own opens a topic, unless the
    /// number repeats the current topic's (a table that writes it on every row).
    private func opensTopic(number: WrittenText?, title: WrittenText?) -> Bool {
        guard number != nil || title != nil else { return false }
        if let number, let current = topics.last, UTF8Text.trimming(number.text) == UTF8Text.trimming(current.numberAsWritten.text),
           title == nil || title?.text == current.title.text {
            return false
        }
        return true
    }

    private mutating func startTask(_ row: Row) {
        if topics.isEmpty { addOrphanTopic(row) }
        var task = WorkTask(text: withoutNumber(text(row[.task])) ?? WrittenText(""), plan: text(row[.plan]), type: text(row[.type]),
                            bodies: text(row[.bodies]), progress: text(row[.progress]))
        let indicator = text(row[.indicator]), timeline = text(row[.timeline])
        if indicator != nil || timeline != nil { task.indicators.append(Indicator(text: indicator, timeline: timeline.map { timelines.timeline($0) })) }
        topics[topics.count - 1].tasks.append(task)
    }

    /// A row that starts no task adds to the last one: its own task-level
    /// cells are joined to the task's (with a note), its indicator cells make
    /// an indicator, and a timeline under a merged indicator joins that indicator's.
    private mutating func addToTask(_ row: Row) {
        if topics.isEmpty { addOrphanTopic(row) }
        let topic = topics.count - 1
        if topics[topic].tasks.isEmpty {
            topics[topic].tasks.append(WorkTask(text: WrittenText("", origin: row.texts.first?.origin ?? .none)))
        }
        let task = topics[topic].tasks.count - 1
        for column in [Column.plan, .type, .progress] {
            guard let cell = text(row[column]) else { continue }
            join(cell, to: &topics[topic].tasks[task], column: column)
            notes.append(PendingDiagnostic(.note, "docx.cell-joined",
                                           "a \(column.heading) cell in a row that continues task \(task + 1); joined to the task's with a space",
                                           at: cell.origin.point, length: cell.text.unicodeScalars.count))
        }
        let indicator = text(row[.indicator]), timeline = text(row[.timeline]), bodies = text(row[.bodies])
        if isContinued(row[.indicator]), let timeline, let last = topics[topic].tasks[task].indicators.indices.last {
            var raw = topics[topic].tasks[task].indicators[last].timeline?.raw ?? WrittenText("")
            raw.append(timeline)
            topics[topic].tasks[task].indicators[last].timeline = timelines.timeline(raw)
            if let bodies { topics[topic].tasks[task].indicators[last].bodies = bodies }
            return
        }
        if indicator != nil || timeline != nil || bodies != nil {
            topics[topic].tasks[task].indicators.append(Indicator(text: indicator, timeline: timeline.map { timelines.timeline($0) }, bodies: bodies))
        }
    }

    private func join(_ cell: WrittenText, to task: inout WorkTask, column: Column) {
        switch column {
        case .plan: task.plan = (task.plan ?? WrittenText("")).joined(with: cell)
        case .type: task.type = (task.type ?? WrittenText("")).joined(with: cell)
        case .progress: task.progress = (task.progress ?? WrittenText("")).joined(with: cell)
        default: break
        }
    }

    /// A Tasks cell without the task's own number before its text: the
    /// number the task is about to get (`TaskNumber`), then a space. A cell
    /// that starts with any other number keeps it.
    private mutating func withoutNumber(_ cell: WrittenText?) -> WrittenText? {
        guard let cell, let topic = topics.last else { return cell }
        let prefix = topic.taskNumber(topic.tasks.count, topicIndex: topics.count - 1).description + " "
        guard cell.text.utf8.starts(with: prefix.utf8) else { return cell }
        numberedTasks += 1
        if firstNumber == nil { firstNumber = cell.origin.point }
        return cell.dropping(prefix.utf8.count)
    }

    private mutating func addOrphanTopic(_ row: Row) {
        let origin = row.texts.first?.origin ?? .none
        topics.append(Topic(numberAsWritten: WrittenText("", origin: origin), title: WrittenText("", origin: origin)))
    }

    /// The cell's text when it is a cell of its own holding something.
    private func text(_ value: Value?) -> WrittenText? {
        guard case .text(let text)? = value, !text.isBlank else { return nil }
        return text
    }

    private func isContinued(_ value: Value?) -> Bool {
        if case .continued? = value { return true }
        return false
    }
}
