import WPCModel
import WPCTemplateEngine

/// The diff report's view as `diff/report.mustache` reads it: the shapes,
/// field by field the README's table, and the conversion of the view.
extension DiffReportView {
    /// The root.
    public static let shape = TemplateShape("diff report", [
        .init("heading", .text), .init("old", .record(DiffShapes.draft)), .init("new", .record(DiffShapes.draft)),
        .init("same", .flag), .init("total", .number), .init("summary", .records(DiffShapes.summary)),
        .init("renumbered", .records(DiffShapes.renumbering)), .init("hasRenumbered", .flag),
        .init("metadata", .records(DiffShapes.metadata)), .init("hasMetadata", .flag),
        .init("columns", .records(DiffShapes.column)), .init("topics", .records(DiffShapes.topic)),
        .init("lang", .text), .init("labels", .record(LabelsView.shape)),
    ])

    /// The view as the template reads it.
    public var record: TemplateRecord {
        TemplateRecord(Self.shape, [
            .text(heading), old.value, new.value, .flag(same), .number(total),
            .list(summary.map { .record(TemplateRecord(DiffShapes.summary, [.text($0.kind), .text($0.label), .number($0.count)])) }),
            .list(renumbered.map { .record(TemplateRecord(DiffShapes.renumbering, [.number($0.old), .number($0.new)])) }),
            .flag(hasRenumbered),
            .list(metadata.map { .record(TemplateRecord(DiffShapes.metadata, [.text($0.field), $0.value.value])) }),
            .flag(hasMetadata),
            .list(columns.map { .record(TemplateRecord(DiffShapes.column, [.text($0.key), .text($0.heading)])) }),
            .list(topics.map(\.value)),
            .text(labels[.languageTag]), LabelsView.record(labels),
        ])
    }
}

/// The nested shapes of the diff report.
enum DiffShapes {
    static let draft = TemplateShape("draft", [.init("file", .text), .init("title", .text), .init("date", .text)])
    static let summary = TemplateShape("change count", [.init("kind", .text), .init("label", .text), .init("count", .number)])
    static let renumbering = TemplateShape("renumbering", [.init("old", .number), .init("new", .number)])
    static let metadata = TemplateShape("metadata change", [.init("field", .text), .init("value", .record(cell))])
    static let column = TemplateShape("diff column", [.init("key", .text), .init("heading", .text)])
    static let topic = TemplateShape("diff topic", [.init("state", .text), .init("rows", .records(row))])
    static let row = TemplateShape("diff row", [
        .init("state", .text), .init("topic", .optionalRecord(topicCells)), .init("note", .optionalText),
        .init("task", .record(cell)), .init("plan", .record(cell)), .init("type", .record(cell)), .init("bodies", .record(cell)),
        .init("indicator", .record(cell)), .init("timeline", .record(cell)), .init("progress", .record(cell)),
    ])
    static let topicCells = TemplateShape("diff topic cells", [
        .init("rowspan", .number), .init("number", .record(cell)), .init("title", .record(cell)),
    ])
    static let cell = TemplateShape("diff cell", [.init("state", .text), .init("lines", .records(line))])
    static let line = TemplateShape("diff line", [.init("segments", .records(segment))])
    static let segment = TemplateShape("diff segment", [
        .init("text", .text), .init("isEqual", .flag), .init("isInserted", .flag), .init("isDeleted", .flag),
    ])
}

extension DraftView {
    var value: TemplateValue { .record(TemplateRecord(DiffShapes.draft, [.text(file), .text(title), .text(date)])) }
}

extension DiffTopicView {
    var value: TemplateValue { .record(TemplateRecord(DiffShapes.topic, [.text(state), .list(rows.map(\.value))])) }
}

extension DiffRowView {
    var value: TemplateValue {
        .record(TemplateRecord(DiffShapes.row, [
            .text(state),
            .optional(topic.map { TemplateRecord(DiffShapes.topicCells, [.number($0.rowspan), $0.number.value, $0.title.value]) }),
            .optional(note), task.value, plan.value, type.value, bodies.value, indicator.value, timeline.value, progress.value,
        ]))
    }
}

extension DiffCellView {
    var value: TemplateValue {
        .record(TemplateRecord(DiffShapes.cell, [
            .text(state),
            .list(lines.map { line in
                .record(TemplateRecord(DiffShapes.line, [.list(line.segments.map { segment in
                    .record(TemplateRecord(DiffShapes.segment, [.text(segment.text), .flag(segment.isEqual), .flag(segment.isInserted), .flag(segment.isDeleted)]))
                })]))
            }),
        ]))
    }
}
