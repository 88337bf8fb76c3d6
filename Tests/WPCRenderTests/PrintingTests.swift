import Foundation
import WPCModel
@testable import WPCRender
import WPCTestSupport
import XCTest

/// What printing rests on without a browser: the margin boxes' CSS made from
/// programme text and labels, and the PDF's dates taken from the programme.
final class PrintingTests: XCTestCase {
    func testTextInTheMarginBoxesIsAQuotedCSSStringThatCannotCloseTheStyle() {
        XCTAssertEqual(PrintedPageCSS.quoted(#"A "quoted" \ title"#), #""A \"quoted\" \\ title""#)
        XCTAssertEqual(PrintedPageCSS.quoted("</style><script>x</script>\nnext"), #""\3C /style>\3C script>x\3C /script>\A next""#)
    }

    func testPageNumberingBecomesCountersInTheLabelsOrder() {
        XCTAssertEqual(PrintedPageCSS.counters("Page {page} of {pages}"), #""Page " counter(page) " of " counter(pages)"#)
        XCTAssertEqual(PrintedPageCSS.counters("{page}/{pages}"), #"counter(page) "/" counter(pages)"#)
        XCTAssertEqual(PrintedPageCSS.counters("p. {page} {other}"), #""p. " counter(page) " {other}""#)
        XCTAssertEqual(PrintedPageCSS.counters(""), "none")
    }

    func testAPrintedPDFIsDatedByTheProgrammeWithoutMovingAByte() throws {
        let pdf = Data("%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261201111735+00'00')\n/ModDate (D:20261201111735+00'00')>>\nendobj\n".utf8)
        let programme = Programme(title: "T", date: "September 2019")
        let stamped = PDFPrinter.stamp(pdf, with: DocumentDate(programme: programme))
        XCTAssertEqual(stamped.count, pdf.count)
        let text = String(decoding: stamped, as: UTF8.self)
        XCTAssertTrue(text.contains("/CreationDate (D:20190901000000+00'00')"))
        XCTAssertTrue(text.contains("/ModDate (D:20190901000000+00'00')"))
        XCTAssertEqual(PDFPrinter.stamp(Data("%PDF-1.4 no dates".utf8), with: DocumentDate(programme: programme)), Data("%PDF-1.4 no dates".utf8))
    }
}
