import WPCModel

/// Finds the widest word of every column of a programme's annex table, with
/// the font's advance widths: what `ColumnFit` needs so that no column is
/// narrower than its longest word. One pass over the bytes of every cell.
public enum ColumnWords {
    /// The widest words of `programme`'s columns: cells (task numbers and the
    /// "(cont.)" mark included) in the regular face, headings with their
    /// footnote marks in the bold face, as widths at a font size of 1.
    public static func widths(of programme: Programme, labels: Labels) -> ColumnWordWidths {
        let regular = FontFace.regular.metrics, bold = FontFace.bold.metrics
        var cells = [Int](repeating: 0, count: Column.count)
        regular.withTable { table in
            func measure(_ text: String?, _ column: Column) {
                guard let text, !text.isEmpty else { return }
                let widest = widestWord(text, metrics: regular, table: table)
                if widest > cells[column.index] { cells[column.index] = widest }
            }
            measure(Labels.fill(labels[.topicContinued], ["title": ""]), .topic)
            for (topicIndex, topic) in programme.topics.enumerated() {
                measure(topic.numberAsWritten.text, .number)
                measure(topic.title.text, .topic)
                // The topic's last task has its widest number (an extract's too: its places only grow).
                if !topic.tasks.isEmpty { measure(topic.taskNumber(topic.tasks.count - 1, topicIndex: topicIndex).description, .task) }
                for task in topic.tasks {
                    measure(task.text.text, .task)
                    measure(task.plan?.text, .plan)
                    measure(task.type?.text, .type)
                    measure(task.bodies?.text, .bodies)
                    measure(task.progress?.text, .progress)
                    for indicator in task.indicators {
                        measure(indicator.text?.text, .indicator)
                        measure(indicator.timeline?.raw.text, .timeline)
                        measure(indicator.bodies?.text, .bodies)
                    }
                }
            }
        }
        let marks = programme.headings.first ?? HeadingRow(marks: [])
        let headings = bold.withTable { table in
            Column.ordered.map { column in
                widestWord(ColumnHeading.text(labels.heading(of: column), marks: marks.marks(on: column)), metrics: bold, table: table)
            }
        }
        let regularEm = Double(regular.unitsPerEm), boldEm = Double(bold.unitsPerEm)
        return ColumnWordWidths(cells: cells.map { Double($0) / regularEm }, headings: headings.map { Double($0) / boldEm })
    }

    /// The advance, in font units, of the widest word of `text`.
    private static func widestWord(_ text: String, metrics: FontMetrics, table: UnsafeBufferPointer<UInt16>) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = WordScanner(bytes: bytes)
            var widest = 0
            while let end = scanner.nextParagraph() {
                while let (_, units) = scanner.nextWord(before: end, metrics: metrics, table: table) {
                    if units > widest { widest = units }
                }
            }
            return widest
        }
    }
}

extension PageGeometry {
    /// The geometry with its columns fitted to the words of `programme`
    /// (headings in `labels`' words): what every paginated and annex output
    /// of the programme is laid out with.
    public func fitted(for programme: Programme, labels: Labels) -> PageGeometry {
        fitted(to: ColumnWords.widths(of: programme, labels: labels))
    }
}
