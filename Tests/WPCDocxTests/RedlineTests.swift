import Foundation
import WPCApp
import WPCDocx
import WPCModel
import WPCRender
import WPCTestSupport
import WPCViews
import XCTest

/// The redline of two drafts of the bundled programme (`RevisedDrafts`: a
/// rewording, a moved task, added and removed tasks and indicators, an added
/// topic with renumbering, moved timelines, a changed date and footnote),
/// read back both ways: accepting every change gives NEW's annex and
/// rejecting every change OLD's, cell by cell and paragraph by paragraph.
final class RedlineTests: XCTestCase {
    static let author = "A. Delegate & Co"

    /// The drafts, the redline and its document part, and the widest words
    /// of both drafts, which the redline's columns are fitted to.
    struct Fixture {
        var old: Programme
        var new: Programme
        var redline: Data
        var document: Data
        var words: ColumnWordWidths
    }

    static func fixture(_ drafts: (old: Programme, new: Programme), options: DiffOptions = DiffOptions()) throws -> Fixture {
        let report = DiffReport(old: drafts.old, new: drafts.new, oldFile: "september.xml", newFile: "march.xml", options: options, labels: TestLabels.english)
        var job = DiffJob(oldPath: "september.xml", newPath: "march.xml", format: .docx, options: options)
        job.author = author
        let redline = try job.redline(report)
        let document = try XCTUnwrap(try DocxPackage(redline).parts["word/document.xml"])
        let words = ColumnWords.widths(of: drafts.old, labels: TestLabels.english)
            .merged(with: ColumnWords.widths(of: drafts.new, labels: TestLabels.english))
        return Fixture(old: drafts.old, new: drafts.new, redline: redline, document: document, words: words)
    }

    static let revised: Result<Fixture, Error> = Result { try fixture(RevisedDrafts.make()) }

    /// Accepting (or rejecting) every change of `fixture` gives `programme`'s own annex, on the redline's columns.
    static func assertView(_ view: TrackedChanges.View, of fixture: Fixture, is programme: Programme,
                           file: StaticString = #filePath, line: UInt = #line) throws {
        let seen = try TrackedChanges(fixture.document, view: view)
        let annex = try DocxPackage(DocxWriter(labels: TestLabels.english, words: fixture.words).write(programme)).table()
        XCTAssertEqual(seen.dangling, [], "paragraph text left with nothing to join", file: file, line: line)
        XCTAssertEqual(seen.rows.count, annex.rows.count, "rows", file: file, line: line)
        for (index, (row, expected)) in zip(seen.rows, annex.trackedRows).enumerated() where row != expected {
            XCTFail("row \(index): \(row.cells.map(\.text)) (merges \(row.cells.map { $0.vMerge ?? "-" })) is not \(expected.cells.map(\.text)) (merges \(expected.cells.map { $0.vMerge ?? "-" }))", file: file, line: line)
            break
        }
        XCTAssertEqual(seen.paragraphs, annex.trackedParagraphs, "paragraphs outside the table", file: file, line: line)
    }

    func testAcceptingEveryChangeGivesTheNewAnnex() throws {
        let fixture = try Self.revised.get()
        try Self.assertView(.acceptAll, of: fixture, is: fixture.new)
    }

    func testRejectingEveryChangeGivesTheOldAnnex() throws {
        let fixture = try Self.revised.get()
        try Self.assertView(.rejectAll, of: fixture, is: fixture.old)
    }

    func testEveryKindOfChangeIsTrackedAsWordExpects() throws {
        let fixture = try Self.revised.get()
        let xml = String(decoding: fixture.document, as: UTF8.self)
        // Words inside cells and the title block.
        XCTAssertTrue(xml.contains("<w:del w:id="), "deleted words")
        XCTAssertTrue(xml.contains("<w:delText xml:space=\"preserve\">September 2019</w:delText>"))
        XCTAssertTrue(xml.contains("<w:t xml:space=\"preserve\">March 2020</w:t></w:r></w:ins>"))
        XCTAssertTrue(xml.contains("<w:t xml:space=\"preserve\">and update </w:t></w:r></w:ins>"), "inserted words in a cell")
        // Rows: the added topic's, the added task's and indicator's inserted; the removed ones deleted.
        XCTAssertGreaterThanOrEqual(Self.count("<w:trPr><w:cantSplit/><w:ins ", in: xml), 4)
        XCTAssertGreaterThanOrEqual(Self.count("<w:trPr><w:cantSplit/><w:del ", in: xml), 4)
        // The moved task: one move, its source and destination ranges sharing the name, each range closed.
        let names = Self.matches(#"<w:move(From|To)RangeStart w:id="(\d+)" w:name="([^"]+)""#, in: xml)
        XCTAssertEqual(names.map { $0[1] }, ["From", "To"])
        XCTAssertEqual(Set(names.map { $0[3] }), ["wpc-move-1"])
        for start in names {
            XCTAssertTrue(xml.contains("<w:move\(start[1])RangeEnd w:id=\"\(start[2])\"/>"), "range \(start[2]) is closed")
        }
        XCTAssertTrue(xml.contains("<w:moveFrom w:id="))
        XCTAssertTrue(xml.contains("<w:moveTo w:id="))
        XCTAssertTrue(xml.contains("Compendium of E-Commerce case studies"))
        // Deleted text is in w:delText and only there; moved-away text stays in w:t, as Word writes it.
        let deletions = Self.matches(#"<w:del w:id="\d+" w:author="[^"]*" w:date="[^"]*">(.*?)</w:del>"#, in: xml)
        XCTAssertGreaterThan(deletions.count, 10)
        for deletion in deletions {
            XCTAssertFalse(deletion[1].contains("<w:t "), String(deletion[1].prefix(300)))
        }
        XCTAssertEqual(Self.count("<w:delText", in: xml), Self.count("</w:delText>", in: xml))
        // The footnote's inserted words.
        XCTAssertTrue(xml.contains("<w:t xml:space=\"preserve\">working groups </w:t></w:r></w:ins>"), "a footnote's words")
    }

    func testEveryChangeHasItsOwnIdTheAuthorAndTheNewDraftsDate() throws {
        let fixture = try Self.revised.get()
        let xml = String(decoding: fixture.document, as: UTF8.self)
        let marks = Self.matches(#"<w:(ins|del|moveFrom|moveTo|moveFromRangeStart|moveToRangeStart) w:id="(\d+)"([^>]*)>"#, in: xml)
        XCTAssertGreaterThan(marks.count, 50)
        let ids = marks.map { $0[2] }
        XCTAssertEqual(ids.count, Set(ids).count, "every w:id once")
        for mark in marks {
            XCTAssertTrue(mark[3].contains(" w:author=\"A. Delegate &amp; Co\""), mark[0])
            XCTAssertTrue(mark[3].contains(" w:date=\"2020-03-01T00:00:00Z\""), mark[0])
        }
        // The same drafts give the same bytes.
        XCTAssertEqual(try Self.fixture(RevisedDrafts.make()).redline, fixture.redline)
    }

    func testIdenticalDraftsGiveTheAnnexWithoutATrackedChange() throws {
        let (old, _) = try RevisedDrafts.make()
        let fixture = try Self.fixture((old, old))
        let annex = try XCTUnwrap(try DocxPackage(RenderJob.render(old, as: .docx, language: .en)).parts["word/document.xml"])
        XCTAssertEqual(fixture.document, annex, "the redline of a draft against itself is the annex render writes, byte for byte: its columns fitted too")
        let xml = String(decoding: fixture.document, as: UTF8.self)
        for element in ["<w:ins ", "<w:del ", "<w:moveFrom", "<w:moveTo"] { XCTAssertFalse(xml.contains(element), element) }
    }

    func testIgnoredDifferencesAreNotTrackedAndThePropertiesSaySo() throws {
        var (old, new) = try RevisedDrafts.make()
        new = old
        new.topics[0].tasks[0].progress = "Reported at the 230th PTC"
        new.topics[0].tasks[1].text = WrittenText(old.topics[0].tasks[1].text.text.uppercased())
        let fixture = try Self.fixture((old, new), options: DiffOptions(ignoring: [.progress, .case]))
        let xml = String(decoding: fixture.document, as: UTF8.self)
        for element in ["<w:ins ", "<w:del "] { XCTAssertFalse(xml.contains(element), element) }
        try Self.assertView(.acceptAll, of: fixture, is: new)
        let core = try XCTUnwrap(DocxPackage(fixture.redline).text("docProps/core.xml"))
        XCTAssertTrue(core.contains("<dc:description>Changes from september.xml to march.xml, tracked. Ignored: progress, case.</dc:description>"), core)
    }

    // MARK: Helpers

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
        let string = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: string.length)).map { match in
            (0..<match.numberOfRanges).map { match.range(at: $0).location == NSNotFound ? "" : string.substring(with: match.range(at: $0)) }
        }
    }
}
