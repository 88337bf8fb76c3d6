import WPCModel

/// The second pass: turns aligned rows into topics, tasks and indicators.
///
/// A row right after a page break may continue the row cut by that break:
/// then each of its cells is joined to the cell above with a single space
/// (task-level cells to the task, the indicator and timeline to the last
/// indicator unless they start a new one). Everything else follows the
/// annex's shape: a number starts a topic, a Tasks or Type cell starts a task,
/// and a row with only indicator cells adds an indicator to the task above.
struct AnnexTableAssembler {
    let aligner: RowAligner

    private(set) var topics: [Topic] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Whether the last Responsible-body text went to an indicator (so a
    /// continuation of it goes there too).
    private var lastBodiesOnIndicator = false

    init(aligner: RowAligner) { self.aligner = aligner }

    mutating func add(_ row: AnnexScanner.Row) {
        let (cells, repairs) = aligner.align(row.cells)
        diagnostics += repairs
        if row.followsBreak, isContinuation(cells) {
            merge(cells)
        } else {
            place(cells)
        }
    }

    // MARK: Continuations

    private func isContinuation(_ cells: [Column: AnnexCell]) -> Bool {
        guard let task = topics.last?.tasks.last else { return false }
        if cells[.number] != nil || cells[.type] != nil { return false }
        if let text = cells[.task]?.text, let first = text.first, first.isUppercase,
           let last = task.text.text.last, ".!?".contains(last) {
            return false
        }
        // A row that only starts a new indicator (with its own bodies, say) is
        // an indicator row in its own right, not the tail of the row above.
        let continuesTask = [Column.topic, .task, .plan, .progress].contains { cells[$0] != nil }
        if !continuesTask, startsNewIndicator(cells, after: task) { return false }
        return true
    }

    /// Whether the row's indicator is a new one rather than the rest of the last:
    /// the last already has its timeline, this one brings its own, and its text
    /// does not start in lower case.
    private func startsNewIndicator(_ cells: [Column: AnnexCell], after task: WorkTask) -> Bool {
        guard let indicator = cells[.indicator], cells[.timeline] != nil else { return false }
        guard let last = task.indicators.last else { return true }
        let lastHasTimeline = !(last.timeline?.raw.isBlank ?? true)
        return lastHasTimeline && !(indicator.text.first?.isLowercase ?? false)
    }

    private mutating func merge(_ cells: [Column: AnnexCell]) {
        let topicIndex = topics.count - 1
        let taskIndex = topics[topicIndex].tasks.count - 1
        var merged: [String] = []

        func join(_ existing: WrittenText?, _ column: Column) -> WrittenText? {
            guard let cell = cells[column] else { return existing }
            merged.append(column.heading)
            return (existing ?? WrittenText("", origin: .none)).joined(with: cell.written)
        }

        if cells[.topic] != nil, let title = join(topics[topicIndex].title, .topic) {
            topics[topicIndex].title = title
        }
        var task = topics[topicIndex].tasks[taskIndex]
        if let text = join(task.text, .task) { task.text = text }
        task.plan = join(task.plan, .plan)
        task.progress = join(task.progress, .progress)
        if lastBodiesOnIndicator, let last = task.indicators.indices.last {
            task.indicators[last].bodies = join(task.indicators[last].bodies, .bodies)
        } else {
            task.bodies = join(task.bodies, .bodies)
        }
        mergeIndicator(cells, into: &task, merged: &merged)
        topics[topicIndex].tasks[taskIndex] = task

        let joinedCells = merged.filter { $0 != "a new indicator" }
        if !joinedCells.isEmpty, let first = Column.allCases.lazy.compactMap({ cells[$0] }).first {
            let number = topics[topicIndex].numberAsWritten.text
            diagnostics.append(Diagnostic(
                .note, "annex.continued-row",
                "row continues task \(taskIndex + 1) of topic \(number.isEmpty ? "?" : number) after a page break; joined \(merged.joined(separator: ", ")) with single spaces",
                at: first.location, length: first.text.count))
        }
    }

    private func mergeIndicator(_ cells: [Column: AnnexCell], into task: inout WorkTask, merged: inout [String]) {
        let indicatorCell = cells[.indicator]
        let timelineCell = cells[.timeline]
        guard indicatorCell != nil || timelineCell != nil else { return }
        guard let last = task.indicators.indices.last else {
            task.indicators.append(Indicator(text: indicatorCell?.written, timeline: timelineCell.map { Timeline($0.written) }))
            merged.append("a new indicator")
            return
        }
        var indicator = task.indicators[last]
        if let indicatorCell {
            if startsNewIndicator(cells, after: task) {
                task.indicators.append(Indicator(text: indicatorCell.written, timeline: timelineCell.map { Timeline($0.written) }))
                merged.append("a new indicator")
                return
            }
            indicator.text = (indicator.text ?? WrittenText("")).joined(with: indicatorCell.written)
            merged.append(Column.indicator.heading)
        }
        if let timelineCell {
            let raw = (indicator.timeline?.raw ?? WrittenText("")).joined(with: timelineCell.written)
            indicator.timeline = Timeline(raw)
            merged.append(Column.timeline.heading)
        }
        task.indicators[last] = indicator
    }

    // MARK: Rows in their own right

    private mutating func place(_ cells: [Column: AnnexCell]) {
        if let number = cells[.number] {
            topics.append(Topic(numberAsWritten: number.written, title: cells[.topic]?.written ?? WrittenText("")))
        } else if let title = cells[.topic] {
            topics.append(Topic(numberAsWritten: WrittenText("", origin: Origin(title.location)), title: title.written))
            diagnostics.append(Diagnostic(
                .warning, "annex.topic-without-number",
                "a Topic cell with no number starts a new topic", at: title.location, length: title.text.count))
        }

        let opensTopic = cells[.number] != nil || cells[.topic] != nil
        let hasTaskCells = [Column.plan, .bodies, .indicator, .timeline, .progress].contains { cells[$0] != nil }
        if opensTopic && !hasTaskCells && cells[.task] == nil && cells[.type] == nil { return }
        if cells[.task] != nil || cells[.type] != nil || opensTopic {
            var task = WorkTask(
                text: cells[.task]?.written ?? WrittenText(""),
                plan: cells[.plan]?.written, type: cells[.type]?.written,
                bodies: cells[.bodies]?.written, progress: cells[.progress]?.written)
            if cells[.indicator] != nil || cells[.timeline] != nil {
                task.indicators.append(Indicator(text: cells[.indicator]?.written, timeline: cells[.timeline].map { Timeline($0.written) }))
            }
            appendTask(task, at: cells)
            lastBodiesOnIndicator = false
            return
        }

        // A row with no Tasks cell adds to the task above.
        ensureTask(at: cells)
        let topicIndex = topics.count - 1
        let taskIndex = topics[topicIndex].tasks.count - 1
        var task = topics[topicIndex].tasks[taskIndex]
        if let plan = cells[.plan] {
            task.plan = (task.plan ?? WrittenText("")).joined(with: plan.written)
            diagnostics.append(Diagnostic(
                .note, "annex.orphan-cell-joined",
                "plan codes in a row with no task; added to the task above", at: plan.location, length: plan.text.count))
        }
        if let progress = cells[.progress] {
            task.progress = (task.progress ?? WrittenText("")).joined(with: progress.written)
        }
        if cells[.indicator] != nil || cells[.timeline] != nil || cells[.bodies] != nil {
            task.indicators.append(Indicator(
                text: cells[.indicator]?.written, timeline: cells[.timeline].map { Timeline($0.written) },
                bodies: cells[.bodies]?.written))
            lastBodiesOnIndicator = cells[.bodies] != nil
        }
        topics[topicIndex].tasks[taskIndex] = task
    }

    private mutating func appendTask(_ task: WorkTask, at cells: [Column: AnnexCell]) {
        if topics.isEmpty { addOrphanTopic(at: cells) }
        topics[topics.count - 1].tasks.append(task)
    }

    /// Makes sure there is a task to add to, creating an empty one (reported by the checks) if needed.
    private mutating func ensureTask(at cells: [Column: AnnexCell]) {
        if topics.isEmpty { addOrphanTopic(at: cells) }
        if topics[topics.count - 1].tasks.isEmpty {
            let location = Column.allCases.lazy.compactMap { cells[$0]?.location }.first
            topics[topics.count - 1].tasks.append(WorkTask(text: WrittenText("", origin: location.map(Origin.init) ?? .none)))
        }
    }

    private mutating func addOrphanTopic(at cells: [Column: AnnexCell]) {
        let location = Column.allCases.lazy.compactMap { cells[$0]?.location }.first
        let origin = location.map(Origin.init) ?? .none
        topics.append(Topic(numberAsWritten: WrittenText("", origin: origin), title: WrittenText("", origin: origin)))
    }
}
