import Foundation
import WPCModel

/// The first pass over an annex export: separates the title block,
/// introduction, running headers, column-header rows, table rows, footnotes
/// (re-joining one cut by a page break) and stray text. Table rows are kept
/// in order with a flag saying whether a page break came before them; cells
/// are assembled by `AnnexTableAssembler`.
struct AnnexScanner {
    /// A table row: its line (its cells are split from it when needed, by
    /// `cells(of:in:)`) and the page-break flag.
    struct Row: Sendable {
        var line: Int
        /// Whether anything other than a table row (a page break, running
        /// header, footnotes, a repeated column-header row) stands between this
        /// row and the previous one.
        var followsBreak: Bool
    }

    /// What the scan found.
    struct Scan {
        var title: WrittenText?
        var date: WrittenText?
        var document: WrittenText?
        var introduction: [IntroBlock] = []
        var headings: [[AnnexCell]] = []
        var rows: [Row] = []
        var footnotes: [Footnote] = []
        var remarks: [WrittenText] = []
        var diagnostics: [Diagnostic] = []
        /// Whether a running header or the document reference (a page turning)
        /// came after the last footnote, with no table row since: prose then
        /// continues that footnote on the next page.
        var pageTurnedSinceFootnote = false
    }

    let source: SourceText

    /// Lines are classified on every core (each on its own) and read in
    /// order, a batch behind: each classified line is moved to the reading,
    /// and freed once read.
    func scan() -> Scan {
        let source = self.source
        var reading = Reading(source: source)
        ParallelMap.produce(source.lines.count, chunk: 1024, batch: 8192, { index in
            AnnexScanner.classify(line: index + 1, in: source)
        }) { index, classified in
            reading.read(classified.line, number: index + 1, hadFormFeed: classified.hadFormFeed)
        }
        return reading.finish()
    }

    /// Line `number` classified; a form feed (some exports mark a page break
    /// with one) is dropped from the line first, and reported.
    private static func classify(line number: Int, in source: SourceText) -> (line: AnnexLine, hadFormFeed: Bool) {
        withText(ofLine: number, in: source) { text, range, hadFormFeed in
            (AnnexLine.classify(text, range, number: number), hadFormFeed)
        } ?? (.blank, false)
    }

    /// The cells of `row`, split from its line in `source` as the scan read it.
    static func cells(of row: Row, in source: SourceText) -> [AnnexCell] {
        withText(ofLine: row.line, in: source) { text, range, _ in
            AnnexLine.splitCells(text, range, number: row.line)
        } ?? []
    }

    /// Calls `body` with the bytes of line `number` of `source` (nil past the
    /// end): its range of the source's bytes, or, when it holds a form feed,
    /// a copy without it.
    private static func withText<Result>(ofLine number: Int, in source: SourceText,
                                         _ body: (UnsafeBufferPointer<UInt8>, Range<Int>, _ hadFormFeed: Bool) -> Result) -> Result? {
        source.withBytes { bytes in
            guard let range = source.lines.range(ofLine: number) else { return nil }
            guard UTF8Text.find(0x0C, in: bytes, range) != nil else { return body(bytes, range, false) }
            let stripped = range.map { bytes[$0] }.filter { $0 != 0x0C }
            return stripped.withUnsafeBufferPointer { body($0, 0..<$0.count, true) }
        }
    }

    /// The pass in order over the classified lines: what the scan has found
    /// so far, and where it stands.
    private struct Reading {
        let source: SourceText
        var scan = Scan()
        var tableStarted = false
        var sawBreak = false
        var titleBlock = TitleBlock()

        init(source: SourceText) { self.source = source }

        /// Reads line `number`, classified as `line`.
        mutating func read(_ line: consuming AnnexLine, number: Int, hadFormFeed: Bool) {
            if hadFormFeed, tableStarted { sawBreak = true }
            if case .row = line {} else if tableStarted { sawBreak = true }

            switch consume line {
            case .blank:
                return
            case .separator:
                return
            case .heading(let cells):
                tableStarted = true
                scan.pageTurnedSinceFootnote = false
                scan.headings.append(cells)
            case .row:
                // Never a row of empty cells: such a line is all white space
                // (a tab is white space), so it was classified blank.
                tableStarted = true
                scan.pageTurnedSinceFootnote = false
                scan.rows.append(Row(line: number, followsBreak: sawBreak))
                sawBreak = false
            case .footnote(let mark, let text):
                tableStarted = tableStarted || !scan.rows.isEmpty
                scan.footnotes.append(Footnote(mark: mark, text: text.written))
                scan.pageTurnedSinceFootnote = false
            case .text(let cell):
                take(titleBlock.read(cell.text, origin: cell.origin))
            }
        }

        /// The scan, once every line is read.
        mutating func finish() -> Scan {
            take(titleBlock.finish())
            scan.title = titleBlock.title
            scan.date = titleBlock.date
            scan.document = titleBlock.document
            return scan
        }

        private mutating func take(_ verdicts: [TitleBlock.Verdict]) {
            for verdict in verdicts {
                switch verdict {
                case .absorbed: break
                case .pageTurn: scan.pageTurnedSinceFootnote = true
                case .prose(let text, let origin): place(AnnexCell(text: text, origin: origin))
                }
            }
        }

        /// Puts a line of prose where it belongs: the introduction before the
        /// table, the open footnote it continues, or the remarks.
        private mutating func place(_ cell: AnnexCell) {
            let written = cell.written
            if !tableStarted {
                scan.introduction.append(IntroBlock(kind: TitleBlock.introKind(cell.text), text: written))
                return
            }
            // A footnote cut by a page break goes on after the next page's running
            // header; one that stops mid-sentence goes on wherever its rest stands.
            let continues = AnnexScanner.isUnfinished(scan.footnotes.last?.text.text) || scan.pageTurnedSinceFootnote
            if continues, TitleBlock.introKind(cell.text) != .separator, let last = scan.footnotes.indices.last {
                scan.footnotes[last].text.append(written)
                scan.diagnostics.append(Diagnostic(
                    .note, "annex.footnote-continued",
                    "footnote \(scan.footnotes[last].mark) continues here after a page break; joined with a space",
                    at: source.locator.location(cell.point), length: cell.text.unicodeScalars.count))
                return
            }
            scan.remarks.append(written)
            scan.diagnostics.append(Diagnostic(
                .warning, "annex.stray-text",
                "text outside the table that is neither a footnote nor a running header; kept as a remark",
                at: source.locator.location(cell.point), length: cell.text.unicodeScalars.count))
        }
    }

    /// A footnote whose text stops mid-sentence (it was cut by a page break).
    static func isUnfinished(_ text: String?) -> Bool {
        guard let text, let last = UTF8Text.trimming(text).utf8.last else { return false }
        return ![UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ")")].contains(last)
    }
}
