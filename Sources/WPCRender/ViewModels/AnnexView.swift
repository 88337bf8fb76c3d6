import WPCModel

/// What `annex/annex.mustache` receives: the single Policy-Commission annex
/// table, one row per indicator, with merged cells computed.
public struct AnnexView: Sendable {
    public var title: String
    public var date: String?
    /// "Annex II to doc. PC0571Ea", drawn at the top right.
    public var document: String?
    public var columns: [ColumnView]
    public var topics: [AnnexTopicView]
    public var footnotes: [FootnoteView]
    public var hasFootnotes: Bool
    public var remarks: [String]
}

/// A topic's rows.
public struct AnnexTopicView: Sendable {
    public var number: String
    public var title: String
    /// How many table rows the topic spans (the No and Topic cells' rowspan).
    public var rowspan: Int
    public var rows: [AnnexRowView]
}

/// One table row: one indicator of a task. The first row of a topic carries
/// the topic cells, the first row of a task the task's cells.
public struct AnnexRowView: Sendable {
    public var topicStart: Bool
    /// Repeated from the topic so a row template can draw the merged cells.
    public var number: String
    public var topic: String
    public var topicRowspan: Int
    public var taskStart: Bool
    public var taskID: String
    public var taskRowspan: Int
    public var task: String
    public var plan: String
    public var type: String
    public var progress: String
    /// True on a task's first row when one Responsible-body cell spans the task.
    public var bodiesSpanTask: Bool
    /// True when this row has its own Responsible-body cell.
    public var bodiesPerRow: Bool
    public var bodies: String
    public var indicator: String
    public var timeline: String
}

extension AnnexView {
    /// The annex of `programme`.
    public init(programme: Programme, geometry: PageGeometry = PageGeometry()) {
        title = programme.title.text
        date = programme.date?.text
        document = programme.document?.text
        columns = ColumnView.all(marks: ColumnView.headerMarks(programme), footnotes: programme.footnotes, geometry: geometry)
        footnotes = programme.footnotes.map { FootnoteView($0, in: programme.footnotes) }
        hasFootnotes = !programme.footnotes.isEmpty
        remarks = programme.remarks.map(\.text)
        topics = programme.topics.enumerated().map { topicIndex, topic in
            let tasks = topic.tasks.isEmpty ? [WorkTask(text: "")] : topic.tasks
            let shapes = tasks.map(TaskShape.init)
            let span = shapes.reduce(0) { $0 + $1.rows.count }
            var rows: [AnnexRowView] = []
            for (taskIndex, (task, shape)) in zip(tasks, shapes).enumerated() {
                for (rowIndex, row) in shape.rows.enumerated() {
                    rows.append(AnnexRowView(
                        topicStart: rows.isEmpty, number: topic.numberAsWritten.text, topic: topic.title.text, topicRowspan: span,
                        taskStart: rowIndex == 0, taskID: "\(topicIndex + 1).\(taskIndex + 1)", taskRowspan: shape.rows.count,
                        task: task.text.text, plan: task.plan?.text ?? "", type: task.type?.text ?? "",
                        progress: task.progress?.text ?? "",
                        bodiesSpanTask: rowIndex == 0 && !shape.bodiesPerIndicator, bodiesPerRow: shape.bodiesPerIndicator,
                        bodies: shape.bodiesPerIndicator ? (row.bodies ?? "") : (task.bodies?.text ?? ""),
                        indicator: row.indicator ?? "", timeline: row.timeline ?? ""))
                }
            }
            return AnnexTopicView(number: topic.numberAsWritten.text, title: topic.title.text, rowspan: span, rows: rows)
        }
    }
}
