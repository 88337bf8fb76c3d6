import Foundation
import WPCModel
import WPCViews

/// Writes the redline of two drafts: the new draft's annex as a Word
/// document (the layout of `DocxWriter`) in which every difference from the
/// old draft is a tracked change — words inserted and deleted in a cell,
/// rows of added and removed tasks and indicators inserted and deleted, a
/// moved task's rows moved (`w:moveFrom`/`w:moveTo` under one move name),
/// the title block and the footnotes too. Accepting every change gives the
/// new draft's annex, rejecting every change the old draft's.
///
/// Every change is by `author` and dated with the new draft's date line,
/// so the same drafts always give the same bytes. A difference the options
/// ignore is not tracked: the new text stands.
public struct RedlineWriter: Sendable {
    /// The name Word shows for every change.
    public var author: String
    /// The annex's fixed words: column headings, "Page N of M", the document's language.
    public var labels: Labels
    /// The widest word of each column, when known (both drafts' words: see
    /// `ColumnWordWidths.merged(with:)`): the columns are fitted to them as
    /// the Word annex's are; else the usual widths.
    public var words: ColumnWordWidths?

    /// A writer whose changes are by `author`, in `labels`' words, its columns fitted to `words` when given.
    public init(author: String = "wpc", labels: Labels, words: ColumnWordWidths? = nil) {
        self.author = author
        self.labels = labels
        self.words = words
    }

    /// The `.docx` bytes of the redline from `old` to `new`, laid out along
    /// `alignment` (from `Differ.align`, with the same `options`);
    /// `description` goes into the document's properties.
    /// - Throws: `DocxError` when ZIPFoundation cannot build the package.
    public func write(old: Programme, new: Programme, alignment: Alignment, options: DiffOptions = DiffOptions(),
                      description: String? = nil) throws(DocxError) -> Data {
        let layout = words.map { PageLayout().fitted(to: $0) } ?? PageLayout()
        let document = RedlineDocumentPart(old: old, new: new, alignment: alignment, options: options, author: author, labels: labels,
                                           layout: layout)
        return try DocxWriter.package(DocxWriter.parts(of: new, labels: labels, layout: layout, documentXML: document.bytes, description: description),
                                      modified: PackageDate(programme: new).date)
    }
}
