import WPCModel

/// Reads the annex as users receive it: the plain-text export of the Word
/// table, with running headers, repeated column-header rows, cells cut at
/// page breaks, rows with a tab too many or too few, and footnotes between
/// pages. Every repair it makes is returned as a note.
public struct AnnexTextReader: Sendable {
    public init() {}

    /// Reads `source` into a programme.
    /// - Throws: `SourceError` when the text holds no work-programme table.
    public func read(_ source: SourceText) throws(SourceError) -> ReadResult {
        try read(source, lettingTextGo: false)
    }

    /// Reads `source` into a programme; when `lettingTextGo`, the text's
    /// bytes are let go as the rows are passed (`TextRelease`), and the
    /// result's source keeps only its line index. The caller must hold no
    /// other copy of the text: it would read zeros where the bytes were.
    func read(_ source: SourceText, lettingTextGo: Bool) throws(SourceError) -> ReadResult {
        var scan = AnnexScanner(source: source).scan()
        try checkTable(scan, source: source)

        let legend = LegendParser.legend(from: scan.footnotes)
        let taskTypes = LegendParser.taskTypes(from: scan.footnotes)
        let aligner = RowAligner(kinds: CellKind(legend: legend, taskTypes: taskTypes), locator: source.locator)
        var assembler = AnnexTableAssembler(aligner: aligner)
        // Rows are aligned on every core, a batch at a time, while the batch
        // before is handed to the assembler in order (so that aligned rows
        // never pile up): each row's cells are made from its line by the
        // thread that aligns it, and moved to the assembler, never copied.
        // Once a batch's first row is handed over, no row before it is read again.
        let rows = scan.rows
        scan.rows = []
        let batch = 4096
        var release = lettingTextGo ? TextRelease(of: source.lines, fileOffset: source.fileOffset) : nil
        ParallelMap.produce(rows.count, chunk: 256, batch: batch, { index in
            aligner.align(AnnexScanner.cells(of: rows[index], in: source))
        }) { index, aligned in
            assembler.add(aligned, followsBreak: rows[index].followsBreak)
            if index % batch == 0 { release?.release(linesBefore: rows[index].line) }
        }

        let title = scan.title ?? WrittenText("")
        let programme = Programme(
            title: title,
            date: scan.date,
            document: scan.document,
            committee: Self.committee(in: title.text),
            period: Period.find(in: title.text),
            introduction: scan.introduction,
            legend: legend,
            taskTypes: taskTypes,
            footnotes: scan.footnotes,
            headings: Self.headingVariants(scan.headings),
            topics: assembler.finish(),
            remarks: scan.remarks
        )
        let kept = release.map { source.replacingLines($0.finish()) } ?? source
        return ReadResult(programme: programme, diagnostics: scan.diagnostics + assembler.diagnostics, source: kept)
    }

    private func checkTable(_ scan: AnnexScanner.Scan, source: SourceText) throws(SourceError) {
        let locator = source.locator
        func firstCell(of row: AnnexScanner.Row) -> AnnexCell? { AnnexScanner.cells(of: row, in: source).first }
        guard let firstHeading = scan.headings.first else {
            if let row = scan.rows.first {
                throw SourceError(
                    "not a work-programme annex: the first tab-separated row is not a column-header row (No, Topic, Tasks, …)",
                    at: firstCell(of: row).map { locator.location($0.point) } ?? SourceLocation(file: source.path, line: row.line, column: 1))
            }
            throw SourceError(
                "not a work-programme annex: no tab-separated table with a column-header row (No, Topic, Tasks, …) was found",
                file: source.path)
        }
        if let row = scan.rows.first, let headingLine = firstHeading.first.map({ Int($0.point.line) }), row.line < headingLine {
            throw SourceError("table row before the first column-header row", at: locator.location((firstCell(of: row) ?? firstHeading[0]).point))
        }
        let expected = Column.allCases
        let named = firstHeading.filter { !$0.isEmpty }
        for (index, cell) in named.enumerated() {
            let column = HeadingCell(cell).column
            guard index < expected.count, column == expected[index] else {
                let wanted = index < expected.count ? "'\(expected[index].heading)'" : "no further column"
                throw SourceError(
                    "unexpected column heading '\(HeadingCell(cell).title)'; expected \(wanted) (columns: \(expected.map(\.heading).joined(separator: ", ")))",
                    at: locator.location(cell.point))
            }
        }
        if named.count < expected.count {
            throw SourceError(
                "the column-header row has \(named.count) columns; expected \(expected.count): \(expected.map(\.heading).joined(separator: ", "))",
                at: locator.location(firstHeading[0].point))
        }
    }

    /// The distinct sets of footnote marks the column-header rows carry, in order.
    static func headingVariants(_ headings: [[AnnexCell]]) -> [HeadingRow] {
        var variants: [HeadingRow] = []
        for cells in headings {
            var marks: [FootnoteReference] = []
            for (index, cell) in cells.filter({ !$0.isEmpty }).enumerated() where index < Column.count {
                let heading = HeadingCell(cell)
                guard !heading.marks.isEmpty else { continue }
                let column = heading.column ?? Column.ordered[index]
                for mark in heading.marks {
                    marks.append(FootnoteReference(mark: mark.mark, column: column, origin: Origin(mark.point)))
                }
            }
            // A header row without marks says nothing about the footnotes.
            let row = HeadingRow(marks: marks)
            if !marks.isEmpty, !variants.contains(row) { variants.append(row) }
        }
        return variants
    }

    /// "Draft PTC Work Programme 2019-2022" → "PTC".
    static func committee(in title: String) -> String? {
        let words = TextWord.split(title).map(\.text)
        guard let index = words.firstIndex(where: { $0.lowercased() == "work" }), index > 0 else { return nil }
        let candidate = words[index - 1]
        return candidate.lowercased() == "draft" ? nil : candidate
    }
}
