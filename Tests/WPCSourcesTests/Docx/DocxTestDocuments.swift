import Foundation
import WPCModel
import WPCSources
import WPCTestSupport

/// Reading Word documents built in code, and the pieces the tests build them from.
enum DocxTestDocuments {
    typealias W = WordDocument

    /// Reads `document` as the file `draft.docx`, in `view`.
    static func read(_ document: WordDocument, view: TrackedChangesView = .accepted) throws -> ReadResult {
        try SourceReader.read(document.data(), path: "draft.docx", options: ReadOptions(trackedChanges: view))
    }

    /// The title block every test document starts with.
    static let titleBlock = [W.paragraph("Draft PTC Work Programme 2019-2022"), W.paragraph("September 2019")].joined()

    /// A document of the title block and one annex table of `rows` (after the heading row).
    static func annex(_ rows: [String], footnotes: String? = nil, styles: String? = nil) -> WordDocument {
        WordDocument(body: titleBlock + W.table([W.headingRow()] + rows), footnotes: footnotes, styles: styles)
    }

    /// The first task of the first topic.
    static func firstTask(_ result: ReadResult) -> WorkTask? { result.programme.topics.first?.tasks.first }
}
