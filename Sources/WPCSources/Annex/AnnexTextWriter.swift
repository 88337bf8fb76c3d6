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
        for topic in programme.topics { lines += rows(of: topic) }
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

    private func rows(of topic: Topic) -> [String] {
        let number = topic.numberAsWritten.text
        let title = topic.title.text
        guard !topic.tasks.isEmpty else { return [row([.number: number, .topic: title])] }
        var rows: [String] = []
        for (taskIndex, task) in topic.tasks.enumerated() {
            let first = task.indicators.first
            rows.append(row([
                .number: taskIndex == 0 ? number : "",
                .topic: taskIndex == 0 ? title : "",
                .task: task.text.text,
                .plan: task.plan?.text ?? "",
                .type: task.type?.text ?? "",
                .bodies: task.bodies?.text ?? "",
                .indicator: first?.text?.text ?? "",
                .timeline: first?.timeline?.raw.text ?? "",
                .progress: task.progress?.text ?? "",
            ]))
            for indicator in task.indicators.dropFirst() {
                rows.append(row([
                    .bodies: indicator.bodies?.text ?? "",
                    .indicator: indicator.text?.text ?? "",
                    .timeline: indicator.timeline?.raw.text ?? "",
                ]))
            }
        }
        return rows
    }

    private func row(_ cells: [Column: String]) -> String {
        Column.ordered.map { Self.clean(cells[$0] ?? "") }.joined(separator: "\t")
    }

    /// A cell's text with tabs and line breaks (`\n`, `\r\n`, `\r`) made single spaces.
    static func clean(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        let oneLine = LineIndex.joinLines(of: text, with: " ")
        return String(decoding: oneLine.utf8.map { $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
    }
}
