import WPCModel

/// A footnote marker found in the programme: a heading's mark or a run of
/// superscript digits inside a cell.
struct FootnoteMarker: Sendable {
    /// The mark as written ("⁵").
    var mark: String
    var location: SourceLocation?

    /// The mark with its digits made plain ("⁵" → "5"), so "⁵" and "5" compare equal.
    var key: String { FootnoteMarker.key(mark) }

    static let superscripts: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    ]

    /// Whether `character` is a superscript digit; compares scalar values, as
    /// this runs on every character of the programme.
    static func isSuperscriptDigit(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let value = scalars.first?.value, value >= 0xB2 else { return false }
        return value == 0xB2 || value == 0xB3 || value == 0xB9 || value == 0x2070 || (0x2074...0x2079).contains(value)
    }

    /// `mark` with superscript digits replaced by plain ones and white space removed.
    static func key(_ mark: String) -> String {
        String(mark.compactMap { $0.isWhitespace ? nil : (superscripts[$0] ?? $0) })
    }

    /// Every marker of `programme`: heading marks first, then superscripts in the
    /// title, introduction and table cells, in document order.
    static func all(in programme: Programme) -> [FootnoteMarker] {
        var markers = programme.headings.flatMap { row in
            row.marks.map { FootnoteMarker(mark: $0.mark, location: $0.origin.location) }
        }
        var texts: [WrittenText] = [programme.title] + programme.introduction.map(\.text)
        for topic in programme.topics {
            texts += [topic.numberAsWritten, topic.title]
            for task in topic.tasks {
                texts += [task.text, task.plan, task.type, task.bodies, task.progress].compactMap { $0 }
                for indicator in task.indicators {
                    texts += [indicator.text, indicator.timeline?.raw, indicator.bodies].compactMap { $0 }
                }
            }
        }
        for text in texts { markers += superscriptRuns(in: text) }
        return markers
    }

    /// Runs of superscript digits in `text`, each with its location.
    static func superscriptRuns(in text: WrittenText) -> [FootnoteMarker] {
        var markers: [FootnoteMarker] = []
        var run = ""
        var start = 0
        for (offset, character) in text.text.enumerated() {
            if isSuperscriptDigit(character) {
                if run.isEmpty { start = offset }
                run.append(character)
            } else if !run.isEmpty {
                markers.append(FootnoteMarker(mark: run, location: text.origin.location(atOffset: start)))
                run = ""
            }
        }
        if !run.isEmpty { markers.append(FootnoteMarker(mark: run, location: text.origin.location(atOffset: start))) }
        return markers
    }
}
