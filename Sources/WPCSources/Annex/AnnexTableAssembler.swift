import WPCModel

/// The second pass: turns aligned rows into topics, tasks and indicators.
///
/// A row right after a page break may continue the row cut by that break:
/// then each of its cells is joined to the cell above with a single space
/// (task-level cells to the task, the indicator and timeline to the last
/// indicator unless they start a new one). Everything else follows the
/// annex's shape: a number starts a topic, a Tasks or Type cell starts a task,
/// and a row with only indicator cells adds an indicator to the task above.
///
/// The programme is built in place: each row costs the same however many
/// rows came before it.
struct AnnexTableAssembler {
    let aligner: RowAligner

    private(set) var topics: [Topic] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Whether the last Responsible-body text went to an indicator (so a
    /// continuation of it goes there too).
    private var lastBodiesOnIndicator = false
    private var timelines = TimelineCache()
    /// The cells that repeat from task to task, each text held once (the
    /// timelines' texts are held once by `timelines`).
    private var repeated = TextPool()

    init(aligner: RowAligner) { self.aligner = aligner }

    private var locator: SourceLocator { aligner.locator }

    /// Adds a row aligned by `aligner` (rows are aligned each on its own, so
    /// a reader may align them on every core); `followsBreak` says whether a
    /// page break came before it.
    mutating func add(_ cells: AlignedRow, followsBreak: Bool) {
        diagnostics += cells.repairs
        if followsBreak, isContinuation(cells) {
            merge(cells)
        } else {
            place(cells)
        }
    }

    // MARK: Continuations

    private func isContinuation(_ cells: AlignedRow) -> Bool {
        guard let topic = topics.indices.last, let taskIndex = topics[topic].tasks.indices.last else { return false }
        if cells[.number] != nil || cells[.type] != nil { return false }
        if let first = cells[.task]?.text.first, first.isUppercase,
           let last = topics[topic].tasks[taskIndex].text.text.utf8.last,
           last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") {
            return false
        }
        // A row that only starts a new indicator (with its own bodies, say) is
        // an indicator row in its own right, not the tail of the row above.
        let continuesTask = cells.hasAny([.topic, .task, .plan, .progress])
        if !continuesTask, startsNewIndicator(cells, after: topics[topic].tasks[taskIndex].indicators.last) { return false }
        return true
    }

    /// Whether the row's indicator is a new one rather than the rest of the last:
    /// the last already has its timeline, this one brings its own, and its text
    /// does not start in lower case.
    private func startsNewIndicator(_ cells: AlignedRow, after last: Indicator?) -> Bool {
        guard let indicator = cells[.indicator], cells[.timeline] != nil else { return false }
        guard let last else { return true }
        let lastHasTimeline = !(last.timeline?.raw.isBlank ?? true)
        return lastHasTimeline && !(indicator.text.first?.isLowercase ?? false)
    }

    private mutating func merge(_ cells: AlignedRow) {
        let topicIndex = topics.count - 1
        let taskIndex = topics[topicIndex].tasks.count - 1
        var merged: [String] = []

        func join(_ existing: inout WrittenText, _ column: Column) {
            guard let cell = cells[column] else { return }
            merged.append(column.heading)
            existing.append(cell.written)
        }
        func join(_ existing: inout WrittenText?, _ column: Column) {
            guard let cell = cells[column] else { return }
            merged.append(column.heading)
            if existing == nil { existing = WrittenText("") }
            existing?.append(cell.written)
        }

        if cells[.topic] != nil { join(&topics[topicIndex].title, .topic) }
        join(&topics[topicIndex].tasks[taskIndex].text, .task)
        join(&topics[topicIndex].tasks[taskIndex].plan, .plan)
        join(&topics[topicIndex].tasks[taskIndex].progress, .progress)
        if lastBodiesOnIndicator, let last = topics[topicIndex].tasks[taskIndex].indicators.indices.last {
            join(&topics[topicIndex].tasks[taskIndex].indicators[last].bodies, .bodies)
        } else {
            join(&topics[topicIndex].tasks[taskIndex].bodies, .bodies)
        }
        mergeIndicator(cells, topic: topicIndex, task: taskIndex, merged: &merged)

        let joinedCells = merged.filter { $0 != "a new indicator" }
        if !joinedCells.isEmpty, let first = cells.firstCell {
            let number = topics[topicIndex].numberAsWritten.text
            diagnostics.append(Diagnostic(
                .note, "annex.continued-row",
                "row continues task \(taskIndex + 1) of topic \(number.isEmpty ? "?" : number) after a page break; joined \(merged.joined(separator: ", ")) with single spaces",
                at: locator.location(first.point), length: first.text.unicodeScalars.count))
        }
    }

    private mutating func mergeIndicator(_ cells: AlignedRow, topic: Int, task: Int, merged: inout [String]) {
        let indicatorCell = cells[.indicator]
        let timelineCell = cells[.timeline]
        guard indicatorCell != nil || timelineCell != nil else { return }
        guard let last = topics[topic].tasks[task].indicators.indices.last else {
            topics[topic].tasks[task].indicators.append(Indicator(text: indicatorCell?.written, timeline: timeline(cells)))
            merged.append("a new indicator")
            return
        }
        if let indicatorCell {
            if startsNewIndicator(cells, after: topics[topic].tasks[task].indicators[last]) {
                topics[topic].tasks[task].indicators.append(Indicator(text: indicatorCell.written, timeline: timeline(cells)))
                merged.append("a new indicator")
                return
            }
            if topics[topic].tasks[task].indicators[last].text == nil { topics[topic].tasks[task].indicators[last].text = WrittenText("") }
            topics[topic].tasks[task].indicators[last].text?.append(indicatorCell.written)
            merged.append(Column.indicator.heading)
        }
        if let timelineCell {
            var raw = topics[topic].tasks[task].indicators[last].timeline?.raw ?? WrittenText("")
            raw.append(timelineCell.written)
            topics[topic].tasks[task].indicators[last].timeline = timelines.timeline(raw)
            merged.append(Column.timeline.heading)
        }
    }

    // MARK: Rows in their own right

    private mutating func place(_ cells: AlignedRow) {
        if let number = cells[.number] {
            start(Topic(numberAsWritten: number.written, title: cells[.topic]?.written ?? WrittenText("")))
        } else if let title = cells[.topic] {
            start(Topic(numberAsWritten: WrittenText("", origin: Origin(title.point)), title: title.written))
            diagnostics.append(Diagnostic(
                .warning, "annex.topic-without-number",
                "a Topic cell with no number starts a new topic", at: locator.location(title.point),
                length: title.text.unicodeScalars.count))
        }

        let opensTopic = cells[.number] != nil || cells[.topic] != nil
        let hasTaskCells = cells.hasAny([.plan, .bodies, .indicator, .timeline, .progress])
        if opensTopic && !hasTaskCells && cells[.task] == nil && cells[.type] == nil { return }
        if cells[.task] != nil || cells[.type] != nil || opensTopic {
            var task = WorkTask(
                text: cells[.task]?.written ?? WrittenText(""),
                plan: repeating(.plan, cells), type: repeating(.type, cells),
                bodies: repeating(.bodies, cells), progress: repeating(.progress, cells))
            if cells[.indicator] != nil || cells[.timeline] != nil {
                task.indicators.append(Indicator(text: cells[.indicator]?.written, timeline: timeline(cells)))
            }
            if topics.isEmpty { addOrphanTopic(at: cells) }
            topics[topics.count - 1].tasks.append(task)
            lastBodiesOnIndicator = false
            return
        }

        // A row with no Tasks cell adds to the task above.
        ensureTask(at: cells)
        let topicIndex = topics.count - 1
        let taskIndex = topics[topicIndex].tasks.count - 1
        if let plan = cells[.plan] {
            if topics[topicIndex].tasks[taskIndex].plan == nil { topics[topicIndex].tasks[taskIndex].plan = WrittenText("") }
            topics[topicIndex].tasks[taskIndex].plan?.append(plan.written)
            diagnostics.append(Diagnostic(
                .note, "annex.orphan-cell-joined",
                "plan codes in a row with no task; added to the task above", at: locator.location(plan.point),
                length: plan.text.unicodeScalars.count))
        }
        if let progress = cells[.progress] {
            if topics[topicIndex].tasks[taskIndex].progress == nil { topics[topicIndex].tasks[taskIndex].progress = WrittenText("") }
            topics[topicIndex].tasks[taskIndex].progress?.append(progress.written)
        }
        if cells[.indicator] != nil || cells[.timeline] != nil || cells[.bodies] != nil {
            topics[topicIndex].tasks[taskIndex].indicators.append(Indicator(
                text: cells[.indicator]?.written, timeline: timeline(cells), bodies: repeating(.bodies, cells)))
            lastBodiesOnIndicator = cells[.bodies] != nil
        }
    }

    /// The row's Timeline cell, read once: aligning may have parsed it
    /// already, and an equal text's milestones are kept once.
    private mutating func timeline(_ cells: AlignedRow) -> Timeline? {
        guard let cell = cells[.timeline] else { return nil }
        if let milestones = cells.timelineMilestones { return timelines.timeline(cell.written, parsed: milestones) }
        return timelines.timeline(cell.written)
    }

    /// The row's cell in `column`, a column whose texts repeat from task to
    /// task, its text shared with an equal one read before.
    private mutating func repeating(_ column: Column, _ cells: AlignedRow) -> WrittenText? {
        cells[column].map { repeated.shared($0.written) }
    }

    /// Makes sure there is a task to add to, creating an empty one (reported by the checks) if needed.
    private mutating func ensureTask(at cells: AlignedRow) {
        if topics.isEmpty { addOrphanTopic(at: cells) }
        if topics[topics.count - 1].tasks.isEmpty {
            let point = cells.firstCell?.point
            topics[topics.count - 1].tasks.append(WorkTask(text: WrittenText("", origin: point.map(Origin.init) ?? .none)))
        }
    }

    private mutating func addOrphanTopic(at cells: AlignedRow) {
        let origin = cells.firstCell.map { Origin($0.point) } ?? .none
        start(Topic(numberAsWritten: WrittenText("", origin: origin), title: WrittenText("", origin: origin)))
    }

    /// Starts `topic`. The topic before it is complete (rows only ever add to
    /// the last topic), and is fitted.
    private mutating func start(_ topic: Topic) {
        fitLastTopic()
        topics.append(topic)
    }

    /// The topics, once every row is added, the last fitted like the others.
    mutating func finish() -> [Topic] {
        fitLastTopic()
        return topics
    }

    /// Fits the last topic's tasks and their indicators to their number.
    private mutating func fitLastTopic() {
        guard let last = topics.indices.last else { return }
        for task in topics[last].tasks.indices {
            topics[last].tasks[task].indicators = topics[last].tasks[task].indicators.fitted()
        }
        topics[last].tasks = topics[last].tasks.fitted()
    }
}
