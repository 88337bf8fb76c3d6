import Foundation
import WPCModel
import ZIPFoundation

/// Why a DOCX package could not be made.
public struct DocxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The package part being written when it failed, e.g. `word/document.xml`.
    public var part: String
    public var reason: String

    /// A failure while writing `part`, for `reason`.
    public init(part: String, reason: String) {
        self.part = part
        self.reason = reason
    }

    /// `error: cannot write DOCX part word/document.xml: …`.
    public var description: String { "error: cannot write DOCX part \(part): \(reason)" }
}

/// Writes the Policy-Commission annex as a Word document: an Office Open XML
/// package with one A4 landscape section holding the document reference,
/// title, date, the nine-column annex table (merged No/Topic and task cells,
/// header row repeated on every page) and the footnotes under it.
///
/// The package is built in memory and its bytes depend only on the
/// programme: entries in a fixed order, stamped with the programme's date.
/// Given `record` (wpc's XML of the programme), the package also stores it
/// as a custom XML part, for wpc's Word reader (see `RecordParts`).
public struct DocxWriter: Sendable {
    /// The fixed words: column headings, "Page N of M", the document's language.
    public var labels: Labels
    /// The widest word of each column, when known: a column narrower than
    /// its widest word is widened to it (see `ColumnFit`); else the usual widths.
    public var words: ColumnWordWidths?
    /// wpc's XML of the programme, stored in the package when given.
    public var record: String?

    /// A writer in `labels`' words, its columns fitted to `words` when given;
    /// `record` is stored in the package when given.
    public init(labels: Labels, words: ColumnWordWidths? = nil, record: String? = nil) {
        self.labels = labels
        self.words = words
        self.record = record
    }

    /// The package's parts in the order they are stored; `[Content_Types].xml`
    /// first, as Office writes it; the record's parts last.
    func parts(of programme: Programme) -> [(path: String, bytes: Data)] {
        let layout = words.map { PageLayout().fitted(to: $0) } ?? PageLayout()
        let parts = DocxWriter.parts(of: programme, labels: labels, layout: layout)
        guard let record else { return parts }
        return parts.map { part in
            switch part.path {
            case "[Content_Types].xml": (part.path, Data(RecordParts.contentTypes(String(decoding: part.bytes, as: UTF8.self)).utf8))
            case "word/_rels/document.xml.rels": (part.path, Data(RecordParts.documentRelationships(String(decoding: part.bytes, as: UTF8.self)).utf8))
            default: part
            }
        } + RecordParts.parts(record).map { ($0.path, Data($0.xml.utf8)) }
    }

    /// The parts of the visible document, in the order they are stored, in
    /// `labels`' words on `layout`'s page. `documentXML` replaces the annex's
    /// own `word/document.xml` (the redline passes its own), and
    /// `description` goes into the document properties.
    static func parts(of programme: Programme, labels: Labels, layout: PageLayout = PageLayout(), documentXML: [UInt8]? = nil,
                      description: String? = nil) -> [(path: String, bytes: Data)] {
        let document = DocumentPart(programme: programme, layout: layout, labels: labels)
        let date = PackageDate(programme: programme)
        func text(_ xml: String) -> Data { Data(xml.utf8) }
        return [
            ("[Content_Types].xml", text(PackageParts.contentTypes)),
            ("_rels/.rels", text(PackageParts.packageRelationships)),
            ("docProps/core.xml", text(PackageParts.coreProperties(
                title: programme.title.text, subject: programme.document?.text,
                creator: programme.committee, timestamp: date.w3c, description: description))),
            ("docProps/app.xml", text(PackageParts.appProperties)),
            ("word/document.xml", Data(documentXML ?? document.bytes)),
            ("word/_rels/document.xml.rels", text(PackageParts.documentRelationships)),
            ("word/styles.xml", text(DocxStyles.xml(language: labels[.languageTag]))),
            ("word/settings.xml", text(PackageParts.settings)),
            ("word/header1.xml", text(PackageParts.header(document.runningHeader))),
            ("word/header2.xml", text(PackageParts.header([]))),
            ("word/footer1.xml", text(PackageParts.footer(numbering: labels[.pageNumbering]))),
        ]
    }

    /// The `.docx` bytes of `programme`'s annex.
    /// - Throws: `DocxError` when ZIPFoundation cannot build the package.
    public func write(_ programme: Programme) throws(DocxError) -> Data {
        try DocxWriter.package(self.parts(of: programme), modified: PackageDate(programme: programme).date)
    }

    /// `parts` zipped into a package, in their order, every entry stamped `modified`.
    /// - Throws: `DocxError` when ZIPFoundation cannot build the package.
    static func package(_ parts: [(path: String, bytes: Data)], modified: Date) throws(DocxError) -> Data {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw DocxError(part: "(package)", reason: "\(error)")
        }
        for part in parts {
            let bytes = part.bytes
            do {
                // Large chunks: the deflate stream does not depend on how its
                // input is cut, and a 100 MB document part costs far fewer calls.
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                    modificationDate: modified, permissions: 0o644, compressionMethod: .deflate, bufferSize: 1 << 20
                ) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            } catch {
                throw DocxError(part: part.path, reason: "\(error)")
            }
        }
        guard let data = archive.data else { throw DocxError(part: "(package)", reason: "the in-memory archive holds no data") }
        return data
    }
}
