import WPCModel

/// wpc's record of the programme, which `wpc render --format docx` stores in
/// the documents it writes as a custom XML part (`customXml/item1.xml`, as
/// Office add-ins keep their data): the programme in wpc's XML vocabulary.
///
/// Word cannot show all of a programme: the document wpc writes has no
/// introduction, prints the column headings once (a Word export repeats them
/// with new footnote marks on every page), and prints a footnote that repeats
/// another once. The record holds those. It is used only while the document
/// still shows what the record says — every cell of the tables, the title
/// block, the footnotes shown, the remarks — and then the programme is the
/// record's, each value located where the document shows it. A document
/// edited in Word after wpc wrote it is read from what it shows, and a note
/// says the record was set aside and why.
struct StoredRecord {
    /// The vocabulary a record is written in.
    static let namespace = "urn:wpc:work-programme:1"

    /// The record's part.
    let part: String
    /// The programme it holds, its points in the package's line numbering.
    let programme: Programme

    /// The record the main document relates to, if it carries one; a record
    /// that cannot be read is set aside with a note. Its part is added to `map`.
    /// - Throws: `SourceError` when the part cannot be unpacked (a ZIP bomb, a damaged entry).
    static func read(_ package: DocxPackage, map: inout PackageMap) throws(SourceError) -> (record: StoredRecord?, note: PendingDiagnostic?) {
        for name in package.allRelated("customXml") {
            let part = try package.part(name)
            guard isRecord(part.lines.bytes) else { continue }
            let first = map.addPart(name, lines: part.lines)
            map.addPlace(at: SourcePoint(line: first, byteColumn: 1), "wpc's record of the programme (\(name))")
            do {
                let programme = try XMLProgrammeReader().programme(SourceText(path: package.path, bytes: part.lines.bytes, encoding: .utf8), firstLine: first)
                return (StoredRecord(part: name, programme: programme), nil)
            } catch {
                return (nil, PendingDiagnostic(.note, "docx.stored-record",
                                               "the document carries wpc's record of the programme (\(name)), but it cannot be read (\(error.message)); the programme is read from what the document shows",
                                               at: SourcePoint(line: first + max(0, error.location.line - 1), byteColumn: 0)))
            }
        }
        return (nil, nil)
    }

    /// Whether a custom XML part is written in wpc's vocabulary (other add-ins keep theirs there too).
    private static func isRecord(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes.prefix(4096), as: UTF8.self).contains("xmlns=\"\(namespace)\"")
    }

    /// The programme: the record's, located where `visible` (what the document
    /// shows) holds each value, when the two agree; else what differs first.
    func merged(into visible: Programme, map: inout PackageMap) -> Result<Programme, StoredRecordDifference> {
        if let difference = StoredRecordComparison.firstDifference(visible: visible, stored: programme) {
            return .failure(StoredRecordDifference(note: PendingDiagnostic(
                .note, "docx.stored-record",
                "the document was changed after wpc wrote it (\(difference.what)), so wpc's record of the programme (\(part)) is set aside and the programme is read from what the document shows",
                at: difference.point,
                help: "what Word does not show (the introduction, the column headings' repeated marks, repeated footnotes) is then missing; write the document again with `wpc render --format docx` to store a new record")))
        }
        var result = programme
        StoredRecordComparison.locate(&result, visible: visible)
        for footnote in result.footnotes where !visible.footnotes.contains(where: { $0.mark == footnote.mark }) {
            if let point = footnote.text.origin.point { map.addPlace(at: point, "footnote \(footnote.mark), kept in wpc's record (\(part))") }
        }
        for (index, block) in result.introduction.enumerated() where visible.introduction.isEmpty {
            if let point = block.text.origin.point { map.addPlace(at: point, "introduction, block \(index + 1), kept in wpc's record (\(part))") }
        }
        for (index, row) in result.headings.enumerated() where !visible.headings.contains(row) {
            if let point = row.marks.first?.origin.point { map.addPlace(at: point, "column headings \(index + 1), kept in wpc's record (\(part))") }
        }
        return .success(result)
    }
}

/// Why a record was set aside.
struct StoredRecordDifference: Error {
    var note: PendingDiagnostic
}
