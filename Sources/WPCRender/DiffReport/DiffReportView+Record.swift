import WPCModel
import WPCTemplateEngine

/// The diff report's view as `diff/report.mustache` reads it: the shapes,
/// field by field the README's table, and the conversion of the view.
extension DiffReportView {
    /// The root.
    public static let shape = TemplateShape("diff report", [
        .init("lang", .text), .init("heading", .text), .init("labels", .record(LabelsView.shape)),
        .init("old", .record(DiffShapes.draft)), .init("new", .record(DiffShapes.draft)),
        .init("same", .flag), .init("sameLine", .text), .init("total", .number),
        .init("summary", .records(DiffShapes.piece)), .init("ignored", .optionalText),
        .init("metadata", .records(DiffShapes.metadata)), .init("hasMetadata", .flag),
        .init("columns", .records(DiffShapes.column)), .init("hasRows", .flag), .init("full", .flag),
        .init("topics", .records(DiffShapes.topic)),
    ])

    /// The view as the template reads it.
    public var record: TemplateRecord {
        TemplateRecord(Self.shape, [
            .text(lang), .text(heading),
            LabelsView.record(labels),
            old.value, new.value, .flag(same), .text(sameLine), .number(total),
            .list(summary.map { .record(TemplateRecord(DiffShapes.piece, [.text($0.text), .text($0.anchor), .flag($0.isLink)])) }),
            .optional(ignored),
            .list(metadata.map { .record(TemplateRecord(DiffShapes.metadata, [.text($0.anchor), .text($0.field), $0.value.value])) }),
            .flag(hasMetadata),
            .list(columns.map { .record(TemplateRecord(DiffShapes.column, [.text($0.key), .text($0.heading)])) }),
            .flag(hasRows), .flag(full),
            .list(topics.map(\.value)),
        ])
    }
}

/// The nested shapes of the diff report.
enum DiffShapes {
    static let draft = TemplateShape("draft", [.init("file", .text), .init("title", .text), .init("date", .text)])
    static let piece = TemplateShape("summary piece", [.init("text", .text), .init("anchor", .text), .init("isLink", .flag)])
    static let metadata = TemplateShape("metadata change", [.init("anchor", .text), .init("field", .text), .init("value", .record(cell))])
    static let column = TemplateShape("diff column", [.init("key", .text), .init("heading", .text)])
    static let topic = TemplateShape("diff topic", [.init("state", .text), .init("skipped", .optionalText), .init("rows", .records(row))])
    static let row = TemplateShape("diff row", [
        .init("state", .text), .init("anchor", .optionalText), .init("place", .optionalText), .init("gap", .optionalText),
        .init("topic", .optionalRecord(topicCells)), .init("note", .optionalText),
        .init("task", .record(cell)), .init("plan", .record(cell)), .init("type", .record(cell)), .init("bodies", .record(cell)),
        .init("indicator", .record(cell)), .init("timeline", .record(cell)), .init("progress", .record(cell)),
    ])
    static let topicCells = TemplateShape("diff topic cells", [
        .init("anchor", .text), .init("rowspan", .number), .init("number", .record(cell)), .init("title", .record(cell)),
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
    var value: TemplateValue {
        .record(TemplateRecord(DiffShapes.topic, [.text(state), .optional(skipped), .list(rows.map(\.value))]))
    }
}

extension DiffRowView {
    var value: TemplateValue {
        .record(TemplateRecord(DiffShapes.row, [
            .text(state), .optional(anchor), .optional(place), .optional(gap),
            .optional(topic.map { TemplateRecord(DiffShapes.topicCells, [.text($0.anchor), .number($0.rowspan), $0.number.value, $0.title.value]) }),
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
