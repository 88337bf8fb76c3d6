import WPCModel

/// Writes a programme as clean annex text: the title block, the introduction,
/// one column-header row, one table row per task and per further indicator,
/// then the footnotes. `AnnexTextReader` reads it back to the same programme.
///
/// Tabs and line breaks inside a cell cannot be represented in this format;
/// they are written as single spaces.
public struct AnnexTextWriter: Sendable {
    public init() {}

    /// The annex text of `programme`, ending with a newline.
    public func write(_ programme: Programme) -> String {
        var lines: [String] = []
        lines.append(Self.clean(programme.title.text))
        if let date = programme.date { lines.append(Self.clean(date.text)) }
        if let document = programme.document { lines.append(Self.clean(document.text)) }
        lines.append("")
        for block in programme.introduction {
            lines.append(Self.clean(block.text.text))
            lines.append("")
        }

        let headings = programme.headings.isEmpty ? [HeadingRow(marks: [])] : programme.headings
        var written = Set<String>()
        lines.append(headingRow(headings[0]))
        for (index, topic) in programme.topics.enumerated() { lines += rows(of: topic, index: index) }
        lines.append("")
        for remark in programme.remarks {
            lines.append(Self.clean(remark.text))
            lines.append("")
        }
        lines += footnotes(marked: headings[0], in: programme, written: &written)
        for heading in headings.dropFirst() {
            lines.append(headingRow(heading))
            lines.append("")
            lines += footnotes(marked: heading, in: programme, written: &written)
        }
        for footnote in programme.footnotes where !written.contains(footnote.mark) {
            lines.append("\(footnote.mark) \(Self.clean(footnote.text.text))")
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func headingRow(_ heading: HeadingRow) -> String {
        Column.ordered.map { column in
            ([column.heading] + heading.marks(on: column)).joined(separator: " ")
        }.joined(separator: "\t")
    }

    private func footnotes(marked heading: HeadingRow, in programme: Programme, written: inout Set<String>) -> [String] {
        var lines: [String] = []
        for footnote in programme.footnotes where heading.marks.contains(where: { $0.mark == footnote.mark }) {
            guard written.insert(footnote.mark).inserted else { continue }
            lines.append("\(footnote.mark) \(Self.clean(footnote.text.text))")
            lines.append("")
        }
        return lines
    }

    /// The rows of `topic`, as the shared row layout lays them out: the
    /// task's row, then a row per further indicator (Tasks cell empty) with
    /// its own bodies. The task's row holds the task's bodies, so a first
    /// indicator that names its own is written on a row of its own too.
    /// (The annex text carries no task numbers: it is a source format.)
    private func rows(of topic: Topic, index: Int) -> [String] {
        var rows: [String] = []
        for (taskIndex, layout) in TopicLayout(topic, index: index).tasks.enumerated() {
            let task = layout.task
            let shared = layout.firstIndicatorSharesTaskRow ? task.indicators.first : nil
            rows.append(row([
                taskIndex == 0 ? topic.numberAsWritten.text : "", taskIndex == 0 ? topic.title.text : "",
                task.text.text, task.plan?.text ?? "", task.type?.text ?? "", task.bodies?.text ?? "",
                shared?.text?.text ?? "", shared?.timeline?.raw.text ?? "", task.progress?.text ?? "",
            ]))
            for indicator in task.indicators.dropFirst(shared == nil ? 0 : 1) {
                rows.append(row(["", "", "", "", "", indicator.bodies?.text ?? "", indicator.text?.text ?? "", indicator.timeline?.raw.text ?? "", ""]))
            }
        }
        return rows
    }

    /// One table line: the nine cells in `Column.ordered` order.
    private func row(_ cells: [String]) -> String {
        cells.map(Self.clean).joined(separator: "\t")
    }

    /// A cell's text with tabs and line breaks (`\n`, `\r\n`, `\r`) made single spaces.
    static func clean(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        let oneLine = LineIndex.joinLines(of: text, with: " ")
        return String(decoding: oneLine.utf8.map { $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
    }
}
