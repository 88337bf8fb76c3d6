import WPCModel

/// A footnote marker found in the programme: a heading's mark or a run of
/// superscript digits inside a cell.
struct FootnoteMarker: Sendable {
    /// The mark as written ("⁵").
    var mark: String
    var location: SourceLocation?

    /// The mark with its digits made plain ("⁵" → "5"), so "⁵" and "5" compare equal.
    var key: String { SuperscriptDigits.plain(mark) }

    /// `mark` with superscript digits replaced by plain ones and white space removed.
    static func key(_ mark: String) -> String { SuperscriptDigits.plain(mark) }

    /// Every marker of `programme`: heading marks first, then superscripts in the
    /// title, introduction and table cells, in document order.
    static func all(in programme: Programme, locator: SourceLocator) -> [FootnoteMarker] {
        var markers = programme.headings.flatMap { row in
            row.marks.map { FootnoteMarker(mark: $0.mark, location: $0.origin.point.map(locator.location)) }
        }
        func collect(_ text: borrowing WrittenText?) {
            guard let text = copy text else { return }
            superscriptRuns(in: text, locator: locator, into: &markers)
        }
        collect(programme.title)
        for block in programme.introduction { collect(block.text) }
        // Cells are read where they stand, in document order.
        CheckContext.forEachTopic(of: programme) { topic, _ in
            collect(topic.numberAsWritten)
            collect(topic.title)
            CheckContext.forEachTask(in: topic) { task in
                collect(task.pointer.pointee.text)
                collect(task.pointer.pointee.plan)
                collect(task.pointer.pointee.type)
                collect(task.pointer.pointee.bodies)
                collect(task.pointer.pointee.progress)
                CheckContext.forEachIndicator(of: task) { indicator in
                    collect(indicator.pointer.pointee.text)
                    collect(indicator.pointer.pointee.timeline?.raw)
                    collect(indicator.pointer.pointee.bodies)
                }
            }
        }
        return markers
    }

    /// Appends the runs of superscript digits in `text`, each with its location.
    static func superscriptRuns(in text: WrittenText, locator: SourceLocator, into markers: inout [FootnoteMarker]) {
        UTF8Text.withBytes(of: text.text) { bytes in
            var index = 0, start = -1
            let count = bytes.count
            func close(at end: Int) {
                guard start >= 0 else { return }
                markers.append(FootnoteMarker(mark: UTF8Text.string(bytes, start..<end),
                                              location: locator.location(of: text, atOffset: start)))
                start = -1
            }
            while index < count {
                // Superscript digits are never ASCII: skip ASCII runs eight bytes at a time.
                let next = UTF8Text.firstNonASCII(bytes, in: index..<count)
                if next > index {
                    close(at: index)
                    index = next
                    continue
                }
                if let (_, length) = SuperscriptDigits.digit(bytes, at: index) {
                    if start < 0 { start = index }
                    index += length
                    continue
                }
                close(at: index)
                index += 1
            }
            close(at: count)
        }
    }
}
