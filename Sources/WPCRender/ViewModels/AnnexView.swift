import WPCModel
import WPCTemplateEngine

/// What `annex/annex.mustache` receives: the single Policy-Commission annex
/// table, one row per indicator, with merged cells computed from the row
/// layout. Field by field, the README's table for this template.
public enum AnnexView {
    /// The root: `title`, `date`, `document`, `columns[]`, `topics[]`, `footnotes[]`, `hasFootnotes`, `remarks[]`.
    public static let shape = TemplateShape("annex view", [
        .init("title", .text), .init("date", .optionalText), .init("document", .optionalText),
        .init("columns", .records(SharedViews.column)), .init("topics", .records(topic)),
        .init("footnotes", .records(SharedViews.footnote)), .init("hasFootnotes", .flag), .init("remarks", .texts),
    ])
    /// A topic's rows: `number`, `title`, `rowspan`, `rows[]`.
    static let topic = TemplateShape("annex topic", [
        .init("number", .text), .init("title", .text), .init("rowspan", .number), .init("rows", .records(row)),
    ])
    /// One table row: one indicator of a task. The first row of a topic
    /// carries the topic cells, the first row of a task the task's cells.
    static let row = TemplateShape("annex row", [
        .init("topicStart", .flag), .init("number", .text), .init("topic", .text), .init("topicRowspan", .number),
        .init("taskStart", .flag), .init("taskID", .text), .init("taskRowspan", .number), .init("task", .text),
        .init("plan", .text), .init("type", .text), .init("progress", .text),
        .init("bodiesSpanTask", .flag), .init("bodiesPerRow", .flag), .init("bodies", .text),
        .init("indicator", .text), .init("timeline", .text),
    ])

    /// The annex of `programme`.
    public static func record(_ programme: Programme, geometry: PageGeometry = PageGeometry()) -> TemplateRecord {
        TemplateRecord(shape, [
            .text(programme.title.text), .optional(programme.date?.text), .optional(programme.document?.text),
            SharedViews.columns(marks: SharedViews.headerMarks(programme), footnotes: programme.footnotes, geometry: geometry),
            .generated(TemplateSequence(count: programme.topics.count) { topic(programme.topics[$0], position: $0 + 1) }),
            .list(programme.footnotes.map { SharedViews.footnote($0, in: programme.footnotes) }),
            .flag(!programme.footnotes.isEmpty), .texts(programme.remarks.map(\.text)),
        ])
    }

    private static func topic(_ topic: Topic, position: Int) -> TemplateValue {
        let layout = TopicLayout(topic)
        let number = TemplateValue.text(topic.numberAsWritten.text), title = TemplateValue.text(topic.title.text)
        let span = TemplateValue.number(layout.rowCount)
        var rows: [TemplateValue] = []
        rows.reserveCapacity(layout.rowCount)
        for (taskIndex, task) in layout.tasks.enumerated() {
            let taskID = TemplateValue.text("\(position).\(taskIndex + 1)")
            let taskRowspan = TemplateValue.number(task.rowCount)
            let text = TemplateValue.text(task.task.text.text), plan = TemplateValue.text(task.task.plan?.text ?? "")
            let type = TemplateValue.text(task.task.type?.text ?? ""), progress = TemplateValue.text(task.task.progress?.text ?? "")
            let perRow = task.bodiesPerIndicator
            for row in 0..<task.rowCount {
                rows.append(.record(TemplateRecord(Self.row, [
                    .flag(rows.isEmpty), number, title, span,
                    .flag(row == 0), taskID, taskRowspan, text, plan, type, progress,
                    .flag(row == 0 && !perRow), .flag(perRow),
                    .text(perRow ? task.bodiesText(onRow: row, separator: "\n") : task.spanningBodies ?? ""),
                    .text(task.indicatorText(onRow: row) ?? ""), .text(task.timeline(onRow: row) ?? ""),
                ])))
            }
        }
        return .record(TemplateRecord(Self.topic, [number, title, span, .list(rows)]))
    }
}
