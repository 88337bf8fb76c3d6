import WPCModel
import WPCSynthetic

/// Makes Word-like annex exports of a programme with page breaks in other
/// places than the seed's: running headers (plain or in italics), repeated
/// column-header rows (with or without marks, "No" or "No."), rows cut at a
/// page break with their cells continued on the next page (text cut
/// mid-sentence, plan-code and body lists split, timelines pushed over),
/// footnote blocks between pages with one footnote cut in two, separator rows
/// of dashes, and a leading tab added or dropped on some rows.
///
/// The cuts follow what a real export does: a topic number and a task type
/// are one line and never move to the next page.
public struct AnnexExportGenerator {
    /// How the variant differs from the clean export.
    public struct Options: Sendable {
        public var seed: UInt64
        /// Chance that a page ends after a given row.
        public var breakChance = 0.18
        /// Chance that a page break cuts the row before it.
        public var cutChance = 0.6
        /// Chance that a row gets a stray leading tab (or loses one).
        public var tabSlipChance = 0.1

        public init(seed: UInt64) { self.seed = seed }
    }

    private struct Row {
        var cells: [String]
        /// Whether the row starts a task (has a type that must not move).
        var isTaskRow: Bool
    }

    public init() {}

    /// One export of `programme`.
    public func export(_ programme: Programme, options: Options) -> String {
        var random = SeededRandom(seed: options.seed)
        var lines: [String] = []
        let title = programme.title.text
        let date = programme.date?.text ?? ""
        lines += [title, ""]
        for block in programme.introduction { lines += [block.text.text, ""] }

        let headings = programme.headings.isEmpty ? [HeadingRow(marks: [])] : programme.headings
        var nextHeading = 1
        var footnotesWritten = Set<String>()
        var cutFootnoteDone = false
        var documentWritten = programme.document == nil

        func runningHeader() -> [String] {
            random.chance(0.5) ? ["*\(title)", "\(date)*", ""] : [title, date, ""]
        }

        func footnoteBlock(for heading: HeadingRow) -> [String] {
            var block: [String] = []
            for footnote in programme.footnotes where heading.marks.contains(where: { $0.mark == footnote.mark }) {
                guard footnotesWritten.insert(footnote.mark).inserted else { continue }
                let text = footnote.text.text
                let words = text.split(separator: " ", omittingEmptySubsequences: false)
                if !cutFootnoteDone, words.count > 12 {
                    // Cut this footnote in two across a page break.
                    // Anywhere, even at a sentence's end: the next page's running header comes between.
                    let cut = Int.random(in: 2..<(words.count - 1), using: &random)
                    cutFootnoteDone = true
                    block += ["\(footnote.mark) " + words[..<cut].joined(separator: " "), ""]
                    if !documentWritten, let document = programme.document {
                        block += document.text.split(separator: " ", maxSplits: 2).count == 3
                            ? splitDocument(document.text) + [""] : [document.text, ""]
                        documentWritten = true
                    }
                    block += runningHeader()
                    block += [words[cut...].joined(separator: " "), ""]
                } else {
                    block += ["\(footnote.mark) \(text)", ""]
                }
            }
            return block
        }

        func headingRow(_ heading: HeadingRow, plain: Bool) -> String {
            let numberHeading = random.chance(0.3) ? "No." : "No"
            return Column.allCases.map { column in
                let name = column == .number ? numberHeading : column.heading
                return plain ? name : ([name] + heading.marks(on: column)).joined(separator: " ")
            }.joined(separator: "\t")
        }

        lines += runningHeader()
        lines.append(headingRow(headings[0], plain: false))
        var pageHeading = headings[0]

        let rows = tableRows(programme)
        var index = 0
        var rowsOnPage = 0
        while index < rows.count {
            var row = rows[index]
            let isLast = index == rows.count - 1
            rowsOnPage += 1
            // A page holds at least one whole row besides what it carries over.
            if !isLast, rowsOnPage > 1, random.chance(options.breakChance) {
                rowsOnPage = 0
                var carried: [String]? = nil
                if random.chance(options.cutChance), let (first, rest) = cut(row, using: &random) {
                    row.cells = first
                    carried = rest
                }
                lines.append(slip(row.cells, using: &random, chance: options.tabSlipChance))
                if random.chance(0.3) { lines.append(Column.allCases.map { _ in "-----" }.joined(separator: "\t")) }
                lines.append("")
                lines += footnoteBlock(for: pageHeading)
                lines += runningHeader()
                if nextHeading < headings.count, random.chance(0.5) {
                    pageHeading = headings[nextHeading]
                    nextHeading += 1
                    lines.append(headingRow(pageHeading, plain: false))
                } else {
                    lines.append(headingRow(pageHeading, plain: random.chance(0.4)))
                }
                if let carried { lines.append(slip(carried, using: &random, chance: options.tabSlipChance)) }
            } else {
                lines.append(slip(row.cells, using: &random, chance: options.tabSlipChance))
            }
            index += 1
        }
        lines.append("")
        for remark in programme.remarks { lines += [remark.text, ""] }
        lines += footnoteBlock(for: pageHeading)
        while nextHeading < headings.count {
            lines += ["", headingRow(headings[nextHeading], plain: false), ""]
            lines += footnoteBlock(for: headings[nextHeading])
            nextHeading += 1
        }
        for footnote in programme.footnotes where !footnotesWritten.contains(footnote.mark) {
            lines += ["\(footnote.mark) \(footnote.text.text)", ""]
        }
        if !documentWritten, let document = programme.document { lines += splitDocument(document.text) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func splitDocument(_ text: String) -> [String] {
        // "Annex II to doc. PC0571Ea" → "Annex II to" / "doc. PC0571Ea", as the seed prints it.
        guard let range = text.range(of: " doc.") else { return [text] }
        return [String(text[..<range.lowerBound]), String(text[text.index(after: range.lowerBound)...])]
    }

    private func tableRows(_ programme: Programme) -> [Row] {
        var rows: [Row] = []
        for topic in programme.topics {
            if topic.tasks.isEmpty {
                rows.append(Row(cells: cells([.number: topic.numberAsWritten.text, .topic: topic.title.text]), isTaskRow: false))
            }
            for (taskIndex, task) in topic.tasks.enumerated() {
                let first = task.indicators.first
                rows.append(Row(cells: cells([
                    .number: taskIndex == 0 ? topic.numberAsWritten.text : "",
                    .topic: taskIndex == 0 ? topic.title.text : "",
                    .task: task.text.text, .plan: task.plan?.text ?? "", .type: task.type?.text ?? "",
                    .bodies: task.bodies?.text ?? "", .indicator: first?.text?.text ?? "",
                    .timeline: first?.timeline?.raw.text ?? "", .progress: task.progress?.text ?? "",
                ]), isTaskRow: true))
                for indicator in task.indicators.dropFirst() {
                    rows.append(Row(cells: cells([
                        .bodies: indicator.bodies?.text ?? "", .indicator: indicator.text?.text ?? "",
                        .timeline: indicator.timeline?.raw.text ?? "",
                    ]), isTaskRow: false))
                }
            }
        }
        return rows
    }

    private func cells(_ values: [Column: String]) -> [String] { Column.allCases.map { values[$0] ?? "" } }

    /// Cuts a row as a page break would: each multi-word cell may leave its
    /// tail for the next page; the number, topic title and type stay.
    private func cut(_ row: Row, using random: inout SeededRandom) -> ([String], [String])? {
        var first = row.cells
        var rest = Array(repeating: "", count: row.cells.count)
        var movedAny = false
        for column in [Column.task, .plan, .bodies, .indicator] {
            let index = Column.allCases.firstIndex(of: column)!
            let words = row.cells[index].split(separator: " ")
            guard words.count >= 2, random.chance(0.7) else { continue }
            // Word cuts a cell between lines, so a cut text keeps a line's worth
            // of words; a list of codes or bodies may keep a single one.
            let fewest = column == .task || column == .indicator ? 2 : 1
            guard words.count > fewest else { continue }
            var cut = Int.random(in: fewest..<words.count, using: &random)
            if column == .task {
                // A new task at the top of a page has a type; a continuation has none,
                // so the cut must not leave a full sentence that looks like a whole task.
                while cut > fewest, let last = words[cut - 1].last, ".!?".contains(last) { cut -= 1 }
                if let last = words[cut - 1].last, ".!?".contains(last) { continue }
            }
            first[index] = words[..<cut].joined(separator: " ")
            rest[index] = words[cut...].joined(separator: " ")
            movedAny = true
        }
        let timeline = Column.allCases.firstIndex(of: .timeline)!
        let indicator = Column.allCases.firstIndex(of: .indicator)!
        if !row.cells[timeline].isEmpty, random.chance(0.3) {
            // The timeline goes over whole.
            rest[timeline] = row.cells[timeline]
            first[timeline] = ""
            if rest[indicator].isEmpty, !first[indicator].isEmpty {
                rest[indicator] = ""
            }
            movedAny = true
        }
        // A part left with no text at all would not be a row of the export.
        guard movedAny, first.contains(where: { !$0.isEmpty }), rest.contains(where: { !$0.isEmpty }) else { return nil }
        return (first, rest)
    }

    /// Adds or drops a leading tab now and then, as exports sometimes do.
    private func slip(_ cells: [String], using random: inout SeededRandom, chance: Double) -> String {
        var line = cells.joined(separator: "\t")
        if random.chance(chance) {
            if line.hasPrefix("\t"), random.chance(0.5) {
                line.removeFirst()
            } else {
                line = "\t" + line
            }
        }
        return line
    }
}
