import Foundation
import WPCModel
import WPCTemplateEngine

/// What `markdown/document.mustache` receives. Every string is already
/// escaped for GFM (the templates declare `CONTENT_TYPE: TEXT`), so a
/// template prints them as they are. Field by field, the README's table.
public enum MarkdownView {
    /// The root.
    public static let shape = TemplateShape("markdown view", [
        .init("title", .text), .init("date", .optionalText), .init("document", .optionalText), .init("labels", .record(LabelsView.shape)),
        .init("introduction", .records(block)), .init("hasLegend", .flag), .init("legend", .records(entry)),
        .init("hasTaskTypes", .flag), .init("taskTypes", .records(entry)), .init("headings", .texts),
        .init("topics", .records(topic)), .init("footnotes", .records(footnote)), .init("hasFootnotes", .flag),
        .init("notes", .texts), .init("hasNotes", .flag),
    ])
    /// An introduction block.
    static let block = TemplateShape("markdown block", [
        .init("isHeading", .flag), .init("isParagraph", .flag), .init("isSeparator", .flag), .init("text", .text),
    ])
    /// A legend or task-type entry.
    static let entry = TemplateShape("markdown entry", [.init("code", .text), .init("text", .text)])
    /// One topic: a section with a pipe table of its tasks.
    static let topic = TemplateShape("markdown topic", [.init("number", .text), .init("title", .text), .init("rows", .records(row))])
    /// One pipe-table row: one indicator; a task's own cells only on its first row.
    static let row = TemplateShape("markdown row", [
        .init("task", .text), .init("plan", .text), .init("type", .text), .init("bodies", .text),
        .init("indicator", .text), .init("timeline", .text), .init("progress", .text),
    ])
    /// A GFM footnote definition: `[^label]: text`.
    static let footnote = TemplateShape("markdown footnote", [.init("label", .text), .init("mark", .text), .init("text", .text)])

    /// How the texts of a per-row Responsible-body cell are joined: a pipe-table cell is one line.
    static let bodiesSeparator = "; "

    /// The Markdown view of `programme`, in `labels`' words. Each
    /// footnote's text is printed once: a heading's mark whose footnote
    /// repeats an earlier one refers to that one, and repeats are left out of the notes.
    public static func record(_ programme: Programme, labels: Labels) -> TemplateRecord {
        let esc = MarkdownEscape.text
        let introduction = programme.introduction.map { block in
            TemplateValue.record(TemplateRecord(Self.block, [
                .flag(block.kind == .heading), .flag(block.kind == .paragraph), .flag(block.kind == .separator), .text(esc(block.text.text)),
            ]))
        }
        let legend = programme.legend.entries.map { TemplateValue.record(TemplateRecord(entry, [.text(esc($0.code)), .text(esc($0.text))])) }
        let taskTypes = programme.taskTypes.map { type in
            TemplateValue.record(TemplateRecord(entry, [.text(esc(type.code)), .text(esc(type.name + (type.text.isEmpty ? "" : ": " + type.text)))]))
        }
        let marks = SharedViews.headerMarks(programme)
        let repeats = FootnoteRepeats(programme.footnotes)
        let referenced = Set(marks.values.flatMap { $0 }.compactMap { repeats.target(ofMark: $0) })
        func label(_ mark: String) -> String { String(FootnoteAnchor.id(forMark: mark, repeats).dropFirst(3)) }
        let headings = Column.allCases.filter { $0 != .number && $0 != .topic }.map { column in
            MarkdownEscape.cell(labels.heading(of: column)) + (marks[column] ?? []).map { "[^\(label($0))]" }.joined()
        }
        let footnotes = referenced.sorted().map { index in
            let footnote = programme.footnotes[index]
            return TemplateValue.record(TemplateRecord(Self.footnote, [
                .text(String(FootnoteAnchor.id(index).dropFirst(3))), .text(footnote.mark), .text(emphasised(footnote.text.text)),
            ]))
        }
        let notes = repeats.printed.filter { !referenced.contains($0) }.map { esc(programme.footnotes[$0].mark) + " " + emphasised(programme.footnotes[$0].text.text) }
            + programme.remarks.map { esc($0.text) }
        return TemplateRecord(shape, [
            .text(esc(programme.title.text)), .optional(programme.date.map { esc($0.text) }), .optional(programme.document.map { esc($0.text) }),
            LabelsView.record(labels, escape: MarkdownEscape.text),
            .list(introduction), .flag(!legend.isEmpty), .list(legend), .flag(!taskTypes.isEmpty), .list(taskTypes),
            .texts(headings), .generated(TemplateSequence(count: programme.topics.count) { topic(programme.topics[$0], index: $0) }), .list(footnotes), .flag(!footnotes.isEmpty),
            .texts(notes), .flag(!notes.isEmpty),
        ])
    }

    private static func topic(_ topic: Topic, index: Int) -> TemplateValue {
        let cell = MarkdownEscape.cell
        let empty = TemplateValue.text("")
        var rows: [TemplateValue] = []
        for task in TopicLayout(topic, index: index).tasks {
            let text = TemplateValue.text(cell(task.numberedText)), plan = TemplateValue.text(cell(task.task.plan?.text ?? ""))
            let type = TemplateValue.text(cell(task.task.type?.text ?? "")), progress = TemplateValue.text(cell(task.task.progress?.text ?? ""))
            for row in 0..<task.rowCount {
                let first = row == 0
                let bodies = task.bodiesPerIndicator ? task.bodiesText(onRow: row, separator: bodiesSeparator) : (first ? task.spanningBodies ?? "" : "")
                rows.append(.record(TemplateRecord(Self.row, [
                    first ? text : empty, first ? plan : empty, first ? type : empty, .text(cell(bodies)),
                    .text(cell(task.indicatorText(onRow: row) ?? "")), .text(cell(task.timeline(onRow: row) ?? "")), first ? progress : empty,
                ])))
            }
        }
        return .record(TemplateRecord(Self.topic, [.text(cell(topic.numberAsWritten.text)), .text(cell(topic.title.text)), .list(rows)]))
    }

    /// Footnote text with its `**…**` emphasis kept as Markdown emphasis and everything else escaped.
    static func emphasised(_ text: String) -> String {
        EmphasisText.segments(text).map { segment in
            let escaped = MarkdownEscape.cell(segment.text)
            guard segment.strong else { return escaped }
            // Emphasis markers must hug the text, or GFM prints them literally.
            let core = escaped.trimmingCharacters(in: .whitespaces)
            guard !core.isEmpty else { return escaped }
            let lead = escaped.prefix { $0 == " " }, trail = String(escaped.reversed().prefix { $0 == " " })
            return lead + "**" + core + "**" + trail
        }.joined()
    }
}
