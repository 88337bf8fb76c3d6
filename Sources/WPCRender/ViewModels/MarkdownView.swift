import Foundation
import WPCModel

/// What `markdown/document.mustache` receives. Every string is already
/// escaped for GFM (the templates declare `CONTENT_TYPE: TEXT`), so a
/// template prints them as they are.
public struct MarkdownView: Sendable {
    public var title: String
    public var date: String?
    public var document: String?
    public var introduction: [MarkdownBlockView]
    public var hasLegend: Bool
    public var legend: [MarkdownEntryView]
    public var hasTaskTypes: Bool
    public var taskTypes: [MarkdownEntryView]
    /// The table's header cells, footnote references included ("WCO Strategic Plan[^1]").
    public var headings: [String]
    public var topics: [MarkdownTopicView]
    /// Footnotes the tables refer to, as GFM footnote definitions.
    public var footnotes: [MarkdownFootnoteView]
    public var hasFootnotes: Bool
    /// Footnotes no table refers to, and remarks: printed as notes so nothing is lost.
    public var notes: [String]
    public var hasNotes: Bool
}

/// An introduction block.
public struct MarkdownBlockView: Sendable {
    public var isHeading: Bool
    public var isParagraph: Bool
    public var isSeparator: Bool
    public var text: String
}

/// A legend or task-type entry.
public struct MarkdownEntryView: Sendable {
    public var code: String
    public var text: String
}

/// One topic: a section with a pipe table of its tasks.
public struct MarkdownTopicView: Sendable {
    public var number: String
    public var title: String
    /// One table row per indicator; a task's own cells only on its first row.
    public var rows: [MarkdownRowView]
}

/// One pipe-table row.
public struct MarkdownRowView: Sendable {
    public var task: String
    public var plan: String
    public var type: String
    public var bodies: String
    public var indicator: String
    public var timeline: String
    public var progress: String
}

/// A GFM footnote definition: `[^label]: text`.
public struct MarkdownFootnoteView: Sendable {
    public var label: String
    public var mark: String
    public var text: String
}

extension MarkdownView {
    /// The Markdown view of `programme`.
    public init(programme: Programme) {
        let esc = MarkdownEscape.text
        title = esc(programme.title.text)
        date = programme.date.map { esc($0.text) }
        document = programme.document.map { esc($0.text) }
        introduction = programme.introduction.map { block in
            MarkdownBlockView(isHeading: block.kind == .heading, isParagraph: block.kind == .paragraph,
                              isSeparator: block.kind == .separator, text: esc(block.text.text))
        }
        legend = programme.legend.entries.map { MarkdownEntryView(code: esc($0.code), text: esc($0.text)) }
        hasLegend = !legend.isEmpty
        taskTypes = programme.taskTypes.map { type in
            MarkdownEntryView(code: esc(type.code), text: esc(type.name + (type.text.isEmpty ? "" : ": " + type.text)))
        }
        hasTaskTypes = !taskTypes.isEmpty
        let marks = ColumnView.headerMarks(programme)
        let referenced = Set(marks.values.flatMap { $0 })
        func label(_ mark: String) -> String { String(FootnoteAnchor.id(for: mark, in: programme.footnotes).dropFirst(3)) }
        headings = Column.allCases.filter { $0 != .number && $0 != .topic }.map { column in
            MarkdownEscape.cell(column.heading) + (marks[column] ?? []).map { "[^\(label($0))]" }.joined()
        }
        topics = programme.topics.map { topic in
            var rows: [MarkdownRowView] = []
            for task in (topic.tasks.isEmpty ? [WorkTask(text: "")] : topic.tasks) {
                let shape = TaskShape(task)
                for (index, row) in shape.rows.enumerated() {
                    let first = index == 0
                    let cell = MarkdownEscape.cell
                    rows.append(MarkdownRowView(
                        task: first ? cell(task.text.text) : "", plan: first ? cell(task.plan?.text ?? "") : "",
                        type: first ? cell(task.type?.text ?? "") : "",
                        bodies: cell((shape.bodiesPerIndicator ? row.bodies : (first ? task.bodies?.text : nil)) ?? ""),
                        indicator: cell(row.indicator ?? ""), timeline: cell(row.timeline ?? ""),
                        progress: first ? cell(task.progress?.text ?? "") : ""))
                }
            }
            return MarkdownTopicView(number: MarkdownEscape.cell(topic.numberAsWritten.text), title: MarkdownEscape.cell(topic.title.text), rows: rows)
        }
        footnotes = programme.footnotes.filter { referenced.contains($0.mark) }.map { footnote in
            MarkdownFootnoteView(label: label(footnote.mark), mark: footnote.mark, text: MarkdownView.emphasised(footnote.text.text))
        }
        hasFootnotes = !footnotes.isEmpty
        notes = programme.footnotes.filter { !referenced.contains($0.mark) }.map { esc($0.mark) + " " + MarkdownView.emphasised($0.text.text) }
            + programme.remarks.map { esc($0.text) }
        hasNotes = !notes.isEmpty
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
