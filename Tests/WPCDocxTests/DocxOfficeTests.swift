import Foundation
import WPCDocx
import WPCModel
import WPCTestSupport
import XCTest

/// The seed's annex opened in LibreOffice and printed to PDF: A4 landscape,
/// several pages, every task there, markup shown as text. One conversion
/// serves the whole class (LibreOffice takes seconds).
final class DocxOfficeTests: XCTestCase {
    /// The task added to the seed whose text looks like markup.
    static let markupTask = "Escape check <w:t>&amp; and <script>alert(1)</script> stay text"

    /// The seed with one more topic holding `markupTask`.
    static func programme() throws -> Programme {
        var programme = try DocxFixture.seed()
        programme.topics.append(Topic(numberAsWritten: "32.", title: "Markup check", tasks: [
            WorkTask(text: WrittenText(markupTask), type: "M", bodies: "PTC",
                     indicators: [Indicator(text: "Shown as written", timeline: Timeline("2021"))]),
        ]))
        return programme
    }

    static let conversion: Result<OfficeConversion, OfficeConversionFailure> = {
        do {
            return LibreOffice.convert(try DocxWriter(labels: TestLabels.english).write(programme()))
        } catch {
            return .failure(OfficeConversionFailure(description: "cannot write the DOCX: \(error)"))
        }
    }()

    override class func tearDown() {
        if case .success(let pdf) = conversion { try? FileManager.default.removeItem(at: pdf.folder) }
        super.tearDown()
    }

    private func converted() throws -> OfficeConversion { try DocxOfficeTests.conversion.get() }

    func testPDFIsA4LandscapeOnSeveralPages() throws {
        let pdf = try converted()
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(pdf.pages, pdf.info), 2)
        let size = try XCTUnwrap(pdf.pageSize, pdf.info)
        XCTAssertEqual(size.width, 842, pdf.info)
        XCTAssertEqual(size.height, 595, pdf.info)
    }

    func testEveryTaskAppearsInThePDF() throws {
        let pdf = try converted()
        let text = LibreOffice.squeezed(pdf.rawText)
        let tasks = try DocxOfficeTests.programme().allTasks.map(\.task.text.text)
        XCTAssertEqual(tasks.count, 59)
        for task in tasks {
            let start = LibreOffice.squeezed(String(task.prefix(30)))
            XCTAssertTrue(text.contains(start), "not in the PDF: \(task.prefix(30))")
        }
    }

    func testTitleBlockAndFootnotesAppearInThePDF() throws {
        let text = LibreOffice.squeezed(try converted().rawText)
        XCTAssertTrue(text.contains(LibreOffice.squeezed("Annex II to doc. PC0571Ea")))
        XCTAssertTrue(text.contains(LibreOffice.squeezed("Draft PTC Work Programme 2019-2022")))
        XCTAssertTrue(text.contains(LibreOffice.squeezed("Apart from the PTC itself, responsible bodies include only")))
    }

    func testHeaderRowIsRepeatedOnEveryPage() throws {
        let pdf = try converted()
        let pages = pdf.layoutText.split(separator: "\u{0C}").filter { !$0.allSatisfy(\.isWhitespace) }
        XCTAssertEqual(pages.count, pdf.pages)
        // The table runs to the last page or the one before it (the footnotes may take the last).
        for (index, page) in pages.enumerated().dropLast() {
            XCTAssertTrue(page.contains("Performance Indicators"), "page \(index + 1) has no column headings")
        }
        // "Page N of M" from the footer's fields.
        XCTAssertTrue(pages[1].contains("Page 2 of \(pages.count)"), String(pages[1].suffix(200)))
    }

    func testMarkupTextIsShownAsWritten() throws {
        let text = LibreOffice.squeezed(try converted().rawText)
        XCTAssertTrue(text.contains(LibreOffice.squeezed(DocxOfficeTests.markupTask)))
    }
}
