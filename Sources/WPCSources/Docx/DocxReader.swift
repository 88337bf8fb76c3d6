import Foundation
import WPCModel

/// Reads a work programme straight from a Word document (.docx): the ZIP
/// package is opened and checked (`DocxPackage`), its main document and
/// footnotes are parsed in one streaming pass each under the XML reader's safe
/// settings (`WordBodyScanner`), the annex tables are found by their column
/// headings and read through their merged cells (`DocxProgrammeBuilder`), and
/// wpc's stored record, when the document carries one that agrees with what
/// it shows, fills in what Word cannot show (`StoredRecord`).
///
/// Every value read carries its point in the package; the result's locator
/// names the table, row and column it stands in, and the part and line.
public struct DocxReader: Sendable {
    /// The limits and the view of tracked changes.
    public var options: ReadOptions

    public init(options: ReadOptions = ReadOptions()) { self.options = options }

    /// Reads the Word document in `data`, read from `path`.
    /// - Throws: `SourceError` when the package is damaged, unsafe, too large
    ///   when unpacked, not a Word document, or holds no annex table.
    public func read(_ data: Data, path: String) throws(SourceError) -> ReadResult {
        let package = try DocxPackage(data, path: path, options: options)
        let styles = try package.related("styles").map { name throws(SourceError) -> WordStyles in
            let scanner = WordStylesScanner()
            try PackageXML.parse(package.part(name), path: path, into: scanner)
            return scanner.styles
        } ?? WordStyles()
        let numbering = try package.related("numbering").map { name throws(SourceError) -> WordNumbering in
            let scanner = WordNumberingScanner()
            try PackageXML.parse(package.part(name), path: path, into: scanner)
            return scanner.numbering
        } ?? WordNumbering()

        var map = PackageMap()
        let document = try package.part(package.mainDocument)
        let firstLine = map.addPart(document.name, lines: document.lines)
        let scanner = try PackageXML.parse(document, path: path) { bytes in
            WordBodyScanner(bytes: bytes, lines: document.lines, firstLine: firstLine, isFootnotes: false, view: options.trackedChanges,
                            styles: styles, numbering: numbering, counter: WordNumbering.Counter())
        }
        var body = scanner.body

        var footnotes: [String: (text: WordText, start: SourcePoint)] = [:]
        if let name = package.related("footnotes") {
            let part = try package.part(name)
            let first = map.addPart(part.name, lines: part.lines)
            let footnoteScanner = try PackageXML.parse(part, path: path) { bytes in
                WordBodyScanner(bytes: bytes, lines: part.lines, firstLine: first, isFootnotes: true, view: options.trackedChanges,
                                styles: styles, numbering: numbering, counter: scanner.counter)
            }
            footnotes = footnoteScanner.body.footnotes
            body.changes += footnoteScanner.body.changes
            body.comments += footnoteScanner.body.comments
        }

        var builder = DocxProgrammeBuilder(map: map)
        builder.read(body, footnotes: footnotes)
        guard builder.foundAnnex else {
            throw SourceError("a Word document, but not a work programme: no table in it has the annex's column headings (No, Topic, Tasks, …)",
                              at: PackageXML.location(path))
        }
        var programme = builder.programme()
        var findings = builder.findings + DocxNotes.findings(body, view: options.trackedChanges)
        map = builder.map

        let stored = try StoredRecord.read(package, map: &map)
        if let note = stored.note { findings.append(note) }
        var fromRecord = false
        if let record = stored.record {
            switch record.merged(into: programme, map: &map) {
            case .success(let merged):
                programme = merged
                fromRecord = true
            case .failure(let difference): findings.append(difference.note)
            }
        }
        // wpc's own task numbers are said only when the document is read from what it shows.
        if !fromRecord, let note = builder.taskNumbersNote { findings.append(note) }
        map.sortRegions()
        let locator = SourceLocator(file: path, package: map)
        let diagnostics = DocxNotes.summarise(findings, body: body, view: options.trackedChanges, locator: locator)
        return ReadResult(programme: programme, diagnostics: diagnostics, source: SourceText(path: path, text: ""), locator: locator)
    }
}
