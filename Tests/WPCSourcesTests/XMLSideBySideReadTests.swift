import Foundation
import WPCModel
@testable import WPCSources
import XCTest

/// The XML reader validates in one parse and builds in another, side by side:
/// what it reports must be what one validating parse reports, and a document
/// found invalid must not be built to its end.
final class XMLSideBySideReadTests: XCTestCase {
    /// Counts the elements a parse reports.
    private final class ElementCount: XMLEventSink {
        var starts = 0
        func start(_ name: UnsafePointer<UInt8>, namespace: UnsafePointer<UInt8>?,
                   attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, count: Int, tagEnd: Int) { starts += 1 }
        func characters(_ bytes: UnsafePointer<UInt8>, count: Int) {}
        func end() {}
    }

    private func elements(in text: String, cancellation: Cancellation?) -> Int {
        let sink = ElementCount()
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { XMLStreamParser.parse($0, schema: nil, sink: sink, issues: XMLIssueCollector(), cancellation: cancellation) }
        return sink.starts
    }

    func testARaisedCancellationStopsTheParseAndAnotherLetsItEnd() {
        // Three megabytes: fed in chunks of one, so a cancellation is looked at three times.
        let remarks = String(repeating: "<remark>\(String(repeating: "x", count: 1000))</remark>", count: 3000)
        let text = "<work-programme xmlns=\"urn:wpc:work-programme:1\"><title>T</title><remarks>\(remarks)</remarks></work-programme>"
        XCTAssertEqual(elements(in: text, cancellation: Cancellation()), 3003)
        let raised = Cancellation()
        raised.cancel()
        XCTAssertEqual(elements(in: text, cancellation: raised), 0)
    }

    func testAnInvalidDocumentReportsTheValidatingParsesErrorsWhateverTheBuilderMet() throws {
        // The builder would object to the unknown element too; the schema's words are the ones reported.
        let text = "<work-programme xmlns=\"urn:wpc:work-programme:1\"><title>T</title><stray/></work-programme>"
        XCTAssertThrowsError(try XMLProgrammeReader().read(SourceText(path: "t.xml", text: text))) { error in
            let error = error as? SourceError
            XCTAssertTrue(error?.message.hasPrefix("the document breaks the work-programme schema") ?? false, error?.message ?? "")
            XCTAssertEqual(error?.diagnostics.map(\.rule), ["xml.schema"])
        }
    }
}
