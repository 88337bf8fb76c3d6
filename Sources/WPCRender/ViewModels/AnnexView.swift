import WPCModel
import WPCTemplateEngine

/// What `annex/annex.mustache` receives: the single Policy-Commission annex
/// table, one row per indicator, with merged cells computed from the row
/// layout. Field by field, the README's table for this template.
public enum AnnexView {
    /// The root: `title`, `date`, `document`, `lang`, `labels`, `print`, `columns[]`, `topics[]`, `footnotes[]`, `hasFootnotes`, `remarks[]`.
    public static let shape = TemplateShape("annex view", [
        .init("title", .text), .init("date", .optionalText), .init("document", .optionalText),
        .init("lang", .text), .init("labels", .record(LabelsView.shape)), .init("print", .record(PrintedPageCSS.shape)),
        .init("columns", .records(SharedViews.column)), .init("topics", .records(topic)),
        .init("footnotes", .records(SharedViews.footnote)), .init("hasFootnotes", .flag), .init("remarks", .texts),
    ])
    /// A topic's rows: `number`, `title`, `rowspan`, `rows[]`.
    static let topic = TemplateShape("annex topic", [
        .init("number", .text), .init("title", .text), .init("rowspan", .number), .init("rows", .records(row)),
    ])
    /// One table row: one indicator of a task. The first row of a topic
    /// carries the topic cells, the first row of a task the task's cells;
    /// `taskNumber` is absent for the empty row of a topic without tasks.
    static let row = TemplateShape("annex row", [
        .init("topicStart", .flag), .init("number", .text), .init("topic", .text), .init("topicRowspan", .number),
        .init("taskStart", .flag), .init("taskID", .text), .init("taskNumber", .optionalText), .init("taskRowspan", .number),
        .init("task", .text), .init("plan", .text), .init("type", .text), .init("progress", .text),
        .init("bodiesSpanTask", .flag), .init("bodiesPerRow", .flag), .init("bodies", .text),
        .init("indicator", .text), .init("timeline", .text),
    ])

    /// The annex of `programme` in `labels`' words, its columns fitted to its words.
    public static func record(_ programme: Programme, geometry usual: PageGeometry = PageGeometry(), labels: Labels) -> TemplateRecord {
        let geometry = usual.fitted(for: programme, labels: labels)
        let repeats = FootnoteRepeats(programme.footnotes)
        let printed = repeats.printed
        return TemplateRecord(shape, [
            .text(programme.title.text), .optional(programme.date?.text), .optional(programme.document?.text),
            .text(labels[.languageTag]), LabelsView.record(labels), PrintedPageCSS.record(programme, labels: labels),
            SharedViews.columns(marks: SharedViews.headerMarks(programme), repeats: repeats, geometry: geometry, labels: labels),
            .generated(TemplateSequence(count: programme.topics.count) { topic(programme.topics[$0], index: $0) }),
            .list(printed.map { SharedViews.footnote($0, of: programme.footnotes) }),
            .flag(!printed.isEmpty), .texts(programme.remarks.map(\.text)),
        ])
    }

    private static func topic(_ topic: Topic, index: Int) -> TemplateValue {
        let layout = TopicLayout(topic, index: index)
        // The title is the topic's heading, printed with its spaces collapsed (see the style's `h2.topic-title`).
        let number = TemplateValue.text(topic.numberAsWritten.text), title = TemplateValue.text(LineBreaker.normalized(topic.title.text))
        let span = TemplateValue.number(layout.rowCount)
        var rows: [TemplateValue] = []
        rows.reserveCapacity(layout.rowCount)
        for (taskIndex, task) in layout.tasks.enumerated() {
            let taskID = TemplateValue.text("\(index + 1).\(taskIndex + 1)")
            let taskNumber = TemplateValue.optional(task.number?.description)
            let taskRowspan = TemplateValue.number(task.rowCount)
            let text = TemplateValue.text(task.task.text.text), plan = TemplateValue.text(task.task.plan?.text ?? "")
            let type = TemplateValue.text(task.task.type?.text ?? ""), progress = TemplateValue.text(task.task.progress?.text ?? "")
            let perRow = task.bodiesPerIndicator
            for row in 0..<task.rowCount {
                rows.append(.record(TemplateRecord(Self.row, [
                    .flag(rows.isEmpty), number, title, span,
                    .flag(row == 0), taskID, taskNumber, taskRowspan, text, plan, type, progress,
                    .flag(row == 0 && !perRow), .flag(perRow),
                    .text(perRow ? task.bodiesText(onRow: row, separator: "\n") : task.spanningBodies ?? ""),
                    .text(task.indicatorText(onRow: row) ?? ""), .text(task.timeline(onRow: row) ?? ""),
                ])))
            }
        }
        return .record(TemplateRecord(Self.topic, [number, title, span, .list(rows)]))
    }
}
