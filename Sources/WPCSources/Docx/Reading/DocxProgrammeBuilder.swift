import WPCModel

/// Makes the programme out of what the Word scanner read: the paragraphs
/// before the first annex table are the title block and the introduction
/// (decided by `TitleBlock`, as for annex text); the annex tables, found by
/// their column headings, give the topics; paragraphs after them that start
/// with a superscript mark are footnotes (as office suites write footnotes
/// converted from HTML), others are remarks; Word's own footnotes come from
/// the footnotes part, marked by their position in document order. It also
/// draws the package map's regions: each table cell and each paragraph.
struct DocxProgrammeBuilder {
    private(set) var map: PackageMap
    private(set) var notes: [PendingDiagnostic] = []

    private var titleBlock = TitleBlock()
    private var introduction: [IntroBlock] = []
    private var footnotes: [Footnote] = []
    private var remarks: [WrittenText] = []
    private var headingRows: [[AnnexCell]] = []
    private var assembler = DocxTableAssembler()
    private var layout: DocxTableLayout?

    init(map: PackageMap) { self.map = map }

    /// Whether a table with the annex's column headings was found.
    var foundAnnex: Bool { layout != nil }

    /// Reads the document's blocks, then Word's footnotes (`footnotes` from the
    /// footnotes part, referenced in the order of `body.footnoteReferences`).
    mutating func read(_ body: WordBody, footnotes wordFootnotes: [String: (text: WordText, start: SourcePoint)]) {
        for block in body.blocks {
            switch block {
            case .paragraph(let paragraph):
                map.addPlace(at: paragraph.start, "paragraph \(paragraph.number)")
                line(paragraph.text.written, emphasised: paragraph.text.emphasised)
            case .table(let table):
                read(table)
            }
        }
        for verdict in titleBlock.finish() { place(verdict) }
        var seen = Set<String>()
        var fromWord: [Footnote] = []
        for reference in body.footnoteReferences where seen.insert(reference.id).inserted {
            guard let footnote = wordFootnotes[reference.id] else {
                notes.append(PendingDiagnostic(.warning, "docx.missing-footnote",
                                               "footnote \(reference.mark) is referenced but the document holds no footnote \(reference.id)", at: nil))
                continue
            }
            map.addPlace(at: footnote.start, "footnote \(reference.mark)")
            fromWord.append(Footnote(mark: reference.mark, text: footnote.text.emphasised))
        }
        footnotes = fromWord + footnotes
    }

    /// The programme read.
    func programme() -> Programme {
        let title = titleBlock.title ?? WrittenText("")
        let legend = LegendParser.legend(from: footnotes)
        return Programme(
            title: title, date: titleBlock.date, document: titleBlock.document,
            committee: AnnexTextReader.committee(in: title.text), period: Period.find(in: title.text),
            introduction: introduction, legend: legend, taskTypes: LegendParser.taskTypes(from: footnotes),
            footnotes: footnotes, headings: AnnexTextReader.headingVariants(headingRows),
            topics: assembler.topics, remarks: remarks)
    }

    /// The reader's findings, with the assembler's.
    var findings: [PendingDiagnostic] { notes + assembler.notes }

    /// The note for Tasks cells that started with their tasks' numbers, read
    /// as numbers (as wpc prints them), not as text; nil when none did.
    var taskNumbersNote: PendingDiagnostic? {
        guard assembler.numberedTasks > 0 else { return nil }
        return PendingDiagnostic(.note, "docx.task-numbers",
                                 "\(assembler.numberedTasks) Tasks cells start with their task's number (\"1.1 …\", as wpc prints them); read as numbers, not as the tasks' text",
                                 at: assembler.firstNumber)
    }

    // MARK: Tables

    private mutating func read(_ table: WordTable) {
        for row in table.rows { map.addPlace(at: row.start, "table \(table.number), row \(row.number)") }
        for removed in table.removedRows {
            map.addPlace(at: removed.start, "table \(table.number), a row \(removed.inserted ? "inserted" : "deleted") after row \(removed.after)")
        }
        if let headingIndex = table.rows.firstIndex(where: DocxTableLayout.isHeading) {
            // Rows above the heading row (a caption, a running header drawn in the table) are text.
            for row in table.rows[..<headingIndex] { readAsText(row, table: table) }
            var below: [WordRow] = []
            var index = headingIndex + 1
            while index < table.rows.count, table.rows[index].isHeader, !DocxTableLayout.isHeading(table.rows[index]) {
                below.append(table.rows[index])
                index += 1
            }
            let layout = DocxTableLayout(heading: table.rows[headingIndex], below: below)
            for problem in layout.problems { notes.append(PendingDiagnostic(.warning, "docx.column", problem.message, at: problem.point)) }
            self.layout = layout
            for row in table.rows[headingIndex...(index - 1)] { drawHeading(row, table: table, layout: layout) }
            headingRows.append(layout.headingCells)
            readRows(table.rows[index...], of: table, layout: layout)
        } else if let layout, layout.fits(table) {
            // A table with no heading row of its own after an annex table goes on with its columns.
            readRows(table.rows[...], of: table, layout: layout)
        } else {
            for row in table.rows { readAsText(row, table: table) }
        }
    }

    private mutating func readRows(_ rows: ArraySlice<WordRow>, of table: WordTable, layout: DocxTableLayout) {
        var columnIDs: [Int: Int32] = [:]
        for row in rows {
            if DocxTableLayout.isHeading(row) {
                // A header row repeated by hand: its marks may differ (⁴ instead of ¹).
                let repeated = DocxTableLayout(heading: row, below: [])
                headingRows.append(repeated.headingCells)
                drawHeading(row, table: table, layout: repeated)
                continue
            }
            var cells = DocxTableAssembler.Row()
            for cell in row.cells where !cell.continuesLeft {
                guard let column = layout.column(of: cell) else {
                    if !cell.text.isBlank {
                        remarks.append(cell.text)
                        notes.append(PendingDiagnostic(.warning, "docx.stray-text", "a cell outside the annex's columns; kept as a remark",
                                                       at: cell.text.origin.point, length: cell.text.text.unicodeScalars.count))
                    }
                    continue
                }
                if cell.merge == .continue {
                    if cells[column] == nil { cells[column] = .continued }
                } else if case .text(let earlier)? = cells[column] {
                    cells[column] = .text(earlier.joined(with: cell.text))
                } else {
                    cells[column] = .text(cell.text)
                }
            }
            assembler.add(cells)
            let topic = assembler.topicLabel, task = assembler.taskOrdinal
            for cell in row.cells {
                let column = layout.column(of: cell)
                let ownsTask = column != .number && column != .topic
                let id: Int32
                if let known = columnIDs[cell.gridStart] {
                    id = known
                } else {
                    id = map.columnID(layout.label(of: cell))
                    columnIDs[cell.gridStart] = id
                }
                map.addCell(at: cell.start, table: table.number, row: row.number, columnID: id, topic: topic, task: ownsTask ? task : 0)
            }
        }
    }

    private mutating func drawHeading(_ row: WordRow, table: WordTable, layout: DocxTableLayout) {
        for cell in row.cells {
            map.addCell(at: cell.start, table: table.number, row: row.number, column: layout.label(of: cell), topic: nil, task: 0)
        }
    }

    /// A row of a table that is not the annex: each cell's paragraphs are read like the body's.
    private mutating func readAsText(_ row: WordRow, table: WordTable) {
        for (index, cell) in row.cells.enumerated() {
            map.addCell(at: cell.start, table: table.number, row: row.number, column: "\(index + 1)", topic: nil, task: 0)
            for paragraph in cell.paragraphs { line(paragraph, emphasised: nil) }
        }
    }

    // MARK: Paragraphs

    /// A paragraph outside the annex table, as written and with bold as `**…**`.
    private mutating func line(_ text: WrittenText, emphasised: WrittenText?) {
        guard !text.isBlank else { return }
        if foundAnnex, let emphasised, let footnote = DocxProgrammeBuilder.footnote(emphasised) {
            footnotes.append(footnote)
            return
        }
        for verdict in titleBlock.read(text.text, origin: text.origin) { place(verdict) }
    }

    /// Prose before the annex is the introduction; after it, a remark (with a warning, as for annex text).
    private mutating func place(_ verdict: TitleBlock.Verdict) {
        guard case .prose(let text, let origin) = verdict else { return }
        let written = WrittenText(text, origin: origin)
        guard foundAnnex else {
            introduction.append(IntroBlock(kind: TitleBlock.introKind(text), text: written))
            return
        }
        remarks.append(written)
        notes.append(PendingDiagnostic(.warning, "docx.stray-text",
                                       "text outside the table that is neither a footnote nor a running header; kept as a remark",
                                       at: origin.point, length: text.unicodeScalars.count))
    }

    /// A paragraph that starts with a superscript mark and white space, as a footnote.
    static func footnote(_ text: WrittenText) -> Footnote? {
        UTF8Text.withBytes(of: text.text) { bytes -> Footnote? in
            guard let (mark, rest) = AnnexLine.footnoteParts(bytes, UTF8Text.trimmed(bytes, 0..<bytes.count)), !rest.isEmpty else { return nil }
            return Footnote(mark: UTF8Text.string(bytes, mark),
                            text: WrittenText(UTF8Text.string(bytes, rest), origin: text.origin.slice(from: rest.lowerBound, to: rest.upperBound)))
        }
    }
}

extension Origin {
    /// The origin of bytes `lower..<upper` of the text this origin describes, rebased to start at 0.
    func slice(from lower: Int, to upper: Int) -> Origin {
        guard let first = point(atOffset: lower) else { return .none }
        var result = Origin(first)
        for fragment in fragments where fragment.offset > lower && fragment.offset < upper {
            result.append(Origin(fragment.point), at: fragment.offset - lower)
        }
        return result
    }
}
