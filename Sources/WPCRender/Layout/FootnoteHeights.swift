import WPCModel

/// The footnotes of a programme measured for the foot of a page, and which
/// of them a task's text refers to.
struct FootnoteHeights {
    private let heights: [Double]
    private let marks: [String]
    private let gap: Double
    private let markStarts: Set<Unicode.Scalar>
    /// Whether every mark starts outside ASCII: then a text of ASCII bytes holds none.
    private let marksStartOutsideASCII: Bool

    init(programme: Programme, geometry: PageGeometry) {
        // Measured in bold throughout: emphasised words are wider, and the
        // wider face can only predict more lines, never fewer.
        let style = TextStyle(face: .bold, size: geometry.footnoteText.size, lineHeight: geometry.footnoteText.lineHeight)
        let breaker = LineBreaker(style: style, width: geometry.sheetWidth - 1)
        heights = programme.footnotes.map { footnote in
            Double(max(1, breaker.lineCount(footnote.mark + " " + footnote.plainText))) * style.lineHeight
        }
        marks = programme.footnotes.map(\.mark)
        markStarts = Set(marks.compactMap(\.unicodeScalars.first).filter { !($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) })
        marksStartOutsideASCII = markStarts.allSatisfy { !$0.isASCII }
        gap = geometry.footnotesGap
    }

    /// The total height of the footnotes at `indices`, with the gap above them.
    func height(of indices: Set<Int>) -> Double {
        indices.isEmpty ? 0 : gap + indices.reduce(0) { $0 + heights[$1] }
    }

    /// Whether `text` is all ASCII.
    static func isASCII(_ text: String) -> Bool {
        UTF8Text.withBytes(of: text) { UTF8Text.isASCII($0) }
    }

    /// The footnotes whose marks a task's cells contain. Only marks that
    /// cannot be ordinary text (not letters or digits of ASCII) are looked for.
    func indices(appearingIn task: WorkTask) -> Set<Int> {
        var found = Set<Int>()
        guard !markStarts.isEmpty else { return found }
        // A cheap scan for the marks' first scalars first: most cells hold none,
        // and a full substring search on every cell was a fifth of the time.
        // Marks are superscripts: a cell of ASCII bytes cannot hold one.
        var candidates: [String] = []
        func consider(_ text: String?) {
            guard let text else { return }
            if marksStartOutsideASCII, FootnoteHeights.isASCII(text) { return }
            if text.unicodeScalars.contains(where: { markStarts.contains($0) }) { candidates.append(text) }
        }
        for text in [task.text.text, task.plan?.text, task.type?.text, task.bodies?.text, task.progress?.text] { consider(text) }
        for indicator in task.indicators {
            consider(indicator.text?.text)
            consider(indicator.timeline?.raw.text)
            consider(indicator.bodies?.text)
        }
        guard !candidates.isEmpty else { return found }
        for (index, mark) in marks.enumerated() where !mark.isEmpty && !mark.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            if candidates.contains(where: { $0.contains(mark) }) { found.insert(index) }
        }
        return found
    }
}
