import Foundation
import WPCApp
import WPCTestSupport
import XCTest

/// The redline of the test drafts opened by LibreOffice: it converts to an
/// A4-landscape PDF that shows the deleted and the inserted words, and the
/// first page drawing a change is found and pictured (`RedlinePicture`, what
/// `wpc diff --format docx --png` writes). One conversion serves the class.
final class RedlineOfficeTests: XCTestCase {
    static let folder = Result { try Repository.temporaryFolder("wpc-redline-office") }

    static let rendering: Result<RedlinePicture.Rendering, Error> = Result {
        let place = try folder.get()
        let docx = place.appendingPathComponent("redline.docx")
        try RedlineTests.revised.get().redline.write(to: docx)
        return try RedlinePicture.render(docx: docx, in: place).get()
    }

    override class func tearDown() {
        if case .success(let folder) = folder { try? FileManager.default.removeItem(at: folder) }
        super.tearDown()
    }

    private func poppler(_ tool: String, _ arguments: [String]) throws -> String {
        let result = try CommandRunner.run(try CommandRunner.require(tool), arguments)
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout
    }

    func testLibreOfficeConvertsTheRedlineToAnA4LandscapePDF() throws {
        let rendering = try Self.rendering.get()
        let info = try poppler("pdfinfo", [rendering.pdf.path])
        let size = try XCTUnwrap(info.split(separator: "\n").first { $0.hasPrefix("Page size:") }, info)
        let points = size.split(separator: " ").compactMap { Double($0) }
        XCTAssertEqual(points.count, 2, String(size))
        XCTAssertEqual(points.first ?? 0, 842, accuracy: 1)
        XCTAssertEqual(points.last ?? 0, 595, accuracy: 1)
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") }
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(pages), 4)
    }

    func testThePDFShowsDeletedAndInsertedTextSideBySide() throws {
        let text = LibreOffice.squeezed(try poppler("pdftotext", ["-raw", try Self.rendering.get().pdf.path, "-"]))
        for phrase in ["September 2019", "March 2020", "Green Customs", "Revise and update the ECP Action Plan",
                       "working groups reporting", "Produce research paper on SCZs"] {
            XCTAssertTrue(text.contains(LibreOffice.squeezed(phrase)), "not in the PDF: \(phrase)")
        }
        // The moved task at its old place and at its new one.
        XCTAssertEqual(text.components(separatedBy: LibreOffice.squeezed("Compendium of E-Commerce case studies developed")).count - 1, 2)
    }

    func testAPageShowsAChangeWhenItHasColour() {
        func ppm(_ pixels: [(UInt8, UInt8, UInt8)]) -> Data {
            Data("P6\n\(pixels.count) 1\n255\n".utf8) + Data(pixels.flatMap { [$0.0, $0.1, $0.2] })
        }
        XCTAssertFalse(RedlinePicture.showsChange(ppm: ppm([(255, 255, 255), (0, 0, 0), (217, 217, 217), (120, 118, 121)])), "black, white, grey")
        XCTAssertTrue(RedlinePicture.showsChange(ppm: ppm([(255, 255, 255), (178, 140, 20)])), "a dark yellow insertion")
        XCTAssertFalse(RedlinePicture.showsChange(ppm: Data("P5\n1 1\n255\n\0".utf8)), "not a colour PPM")
    }

    func testThePictureIsOfTheFirstChangedPage() throws {
        let rendering = try Self.rendering.get()
        // The date line, on the first page, changed.
        XCTAssertEqual(rendering.firstChangedPage, 1)
        let png = try Data(contentsOf: rendering.png)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // The IHDR width: an A4-landscape page at 80 dpi is about 935 pixels wide.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual(Double(width), 935, accuracy: 5)
    }
}
