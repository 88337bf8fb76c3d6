import Foundation
import WPCModel

/// The first pass over an annex export: separates the title block,
/// introduction, running headers, column-header rows, table rows, footnotes
/// (re-joining one cut by a page break) and stray text. Table rows are kept
/// in order with a flag saying whether a page break came before them; cells
/// are assembled by `AnnexTableAssembler`.
struct AnnexScanner {
    /// A table row with the page-break flag.
    struct Row {
        var cells: [AnnexCell]
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

    /// Lines are classified on every core (each on its own), then read in order.
    func scan() -> Scan {
        let source = self.source
        let lines = ParallelMap.map(source.lines.count, chunk: 4096) { index in
            source.withBytes { bytes in AnnexScanner.classify(bytes, line: index + 1, in: source.lines) }
        }
        return scan(lines)
    }

    /// Line `number` classified; a form feed (some exports mark a page break
    /// with one) is dropped from the line first, and reported.
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, line number: Int, in lines: LineIndex) -> (line: AnnexLine, hadFormFeed: Bool) {
        guard let range = lines.range(ofLine: number) else { return (.blank, false) }
        guard UTF8Text.find(0x0C, in: bytes, range) != nil else { return (AnnexLine.classify(bytes, range, number: number), false) }
        let stripped = range.map { bytes[$0] }.filter { $0 != 0x0C }
        let line = stripped.withUnsafeBufferPointer { AnnexLine.classify($0, 0..<$0.count, number: number) }
        return (line, true)
    }

    private func scan(_ lines: [(line: AnnexLine, hadFormFeed: Bool)]) -> Scan {
        var scan = Scan()
        var tableStarted = false
        var sawBreak = false
        var pendingAnnexLine: AnnexCell?

        for (index, (line, hadFormFeed)) in lines.enumerated() {
            let number = index + 1
            if hadFormFeed, tableStarted { sawBreak = true }
            if case .row = line {} else if tableStarted { sawBreak = true }

            switch line {
            case .blank:
                continue
            case .separator:
                continue
            case .heading(let cells):
                tableStarted = true
                scan.pageTurnedSinceFootnote = false
                scan.headings.append(cells)
            case .row(let cells):
                if cells.allSatisfy(\.isEmpty) { continue }
                tableStarted = true
                scan.pageTurnedSinceFootnote = false
                scan.rows.append(Row(cells: cells, line: number, followsBreak: sawBreak))
                sawBreak = false
            case .footnote(let mark, let text):
                tableStarted = tableStarted || !scan.rows.isEmpty
                scan.footnotes.append(Footnote(mark: mark, text: text.written))
                scan.pageTurnedSinceFootnote = false
            case .text(let cell):
                let plain = Self.unwrapEmphasis(cell.text)
                // "Annex II to" waits for its "doc. PC0571Ea" line, wherever the pair stands.
                if let pending = pendingAnnexLine {
                    pendingAnnexLine = nil
                    if plain.hasPrefix("doc.") || plain.hasPrefix("Doc.") {
                        let joined = WrittenText(pending.text, origin: Origin(pending.point)).joined(with: WrittenText(plain, origin: Origin(cell.point)))
                        if scan.document == nil { scan.document = joined }
                        scan.pageTurnedSinceFootnote = true
                        continue
                    }
                    prose(pending, in: &scan, tableStarted: tableStarted)
                }
                if Self.isAnnexReference(plain) {
                    if plain.contains("doc.") {
                        if scan.document == nil { scan.document = WrittenText(plain, origin: Origin(cell.point)) }
                        scan.pageTurnedSinceFootnote = true
                    } else {
                        pendingAnnexLine = AnnexCell(text: plain, point: cell.point)
                    }
                    continue
                }
                prose(cell, in: &scan, tableStarted: tableStarted)
            }
        }
        if let pending = pendingAnnexLine {
            prose(pending, in: &scan, tableStarted: tableStarted)
        }
        return scan
    }

    /// A line of text that is not a document reference: the title (the first
    /// such line), a running header (the title or the date again), the date,
    /// or prose.
    private func prose(_ cell: AnnexCell, in scan: inout Scan, tableStarted: Bool) {
        let plain = Self.unwrapEmphasis(cell.text)
        guard let title = scan.title else {
            scan.title = WrittenText(plain, origin: Origin(cell.point))
            return
        }
        if plain == title.text {
            scan.pageTurnedSinceFootnote = true
            return
        }
        if Self.isDateLine(plain) {
            guard let date = scan.date else {
                scan.date = WrittenText(plain, origin: Origin(cell.point))
                return
            }
            if plain == date.text {
                scan.pageTurnedSinceFootnote = true
                return
            }
        }
        place(cell, in: &scan, tableStarted: tableStarted)
    }

    /// Puts a line of prose where it belongs: the introduction before the
    /// table, the open footnote it continues, or the remarks.
    private func place(_ cell: AnnexCell, in scan: inout Scan, tableStarted: Bool) {
        let written = cell.written
        if !tableStarted {
            scan.introduction.append(IntroBlock(kind: Self.introKind(cell.text), text: written))
            return
        }
        // A footnote cut by a page break goes on after the next page's running
        // header; one that stops mid-sentence goes on wherever its rest stands.
        let continues = Self.isUnfinished(scan.footnotes.last?.text.text) || scan.pageTurnedSinceFootnote
        if continues, Self.introKind(cell.text) != .separator, let last = scan.footnotes.indices.last {
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

    /// A footnote whose text stops mid-sentence (it was cut by a page break).
    static func isUnfinished(_ text: String?) -> Bool {
        guard let text, let last = UTF8Text.trimming(text).utf8.last else { return false }
        return ![UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ")")].contains(last)
    }

    /// Strips `*…*` or `**…**` that wraps a whole line (running headers are
    /// sometimes exported in italics across two lines).
    static func unwrapEmphasis(_ text: String) -> String {
        UTF8Text.withBytes(of: text) { bytes in
            let star = UInt8(ascii: "*"), space = UInt8(ascii: " ")
            var lower = 0, upper = bytes.count
            // A line of nothing but asterisks and spaces is drawing: keep it whole.
            if bytes.contains(where: { $0 != star && $0 != space }) {
                while lower < upper, bytes[lower] == star { lower += 1 }
                while upper > lower, bytes[upper - 1] == star { upper -= 1 }
            }
            return UTF8Text.string(bytes, UTF8Text.trimmed(bytes, lower..<upper))
        }
    }

    /// "September 2019", "15 September 2019", "Autumn 2020": a line that is
    /// exactly one dated milestone, with the day of the month if any.
    static func isDateLine(_ text: String) -> Bool {
        var words = TextWord.split(text).map(\.text)
        if words.count == 3, words[0].utf8.count <= 2, words[0].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { words.removeFirst() }
        let milestones = TimelineParser.parse(words.joined(separator: " "))
        guard milestones.count == 1, let milestone = milestones.first else { return false }
        switch milestone.kind {
        case .month, .season: return milestone.annotation == nil
        default: return false
        }
    }

    /// "Annex II to", "Annex II to doc. PC0571Ea".
    static func isAnnexReference(_ text: String) -> Bool {
        text.hasPrefix("Annex ") && text.count <= 60 && !text.hasSuffix(".")
    }

    static func introKind(_ text: String) -> IntroBlock.Kind {
        if text.allSatisfy({ "*-_·• ".contains($0) }) { return .separator }
        if text.count <= 60, let last = text.last, !".:;,".contains(last) { return .heading }
        return .paragraph
    }
}
