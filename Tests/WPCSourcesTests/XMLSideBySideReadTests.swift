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

    func testTheGateLetsThroughWhatWasClearedAndNothingOnceTheCheckFailed() {
        let gate = XMLMarkupGate()
        gate.clear(upTo: 10)
        XCTAssertTrue(gate.waitUntilCleared(10))
        XCTAssertTrue(gate.waitUntilCleared(4), "a smaller offset is cleared too")
        // A waiting parse goes on once the check has cleared enough.
        let waited = DispatchSemaphore(value: 0)
        let result = Outcome()
        Thread {
            result.value = gate.waitUntilCleared(3 << 20)
            waited.signal()
        }.start()
        gate.clear(upTo: 1 << 20)
        gate.clear(upTo: 3 << 20)
        waited.wait()
        XCTAssertEqual(result.value, true)

        let failing = XMLMarkupGate()
        failing.clear(upTo: 100)
        failing.fail()
        XCTAssertFalse(failing.waitUntilCleared(200), "nothing past a failed check")
        XCTAssertFalse(failing.waitUntilCleared(50), "nor anything once it has failed")
    }

    /// What a waiting thread found.
    private final class Outcome: @unchecked Sendable {
        var value: Bool?
    }

    func testTheCheckReportsItsProgressAndStillFindsAnExcessFarIn() throws {
        // Four megabytes of remarks, then one with more attributes than the limit.
        let remarks = String(repeating: "<remark>\(String(repeating: "x", count: 1000))</remark>\n", count: 4000)
        let attributes = (0..<300).map { " a\($0)=\"\($0)\"" }.joined()
        let text = "<work-programme xmlns=\"urn:wpc:work-programme:1\"><title>T</title><remarks>\n\(remarks)<remark\(attributes)>x</remark></remarks></work-programme>"
        var reports: [Int] = []
        let excess = Array(text.utf8).withUnsafeBufferPointer { XMLMarkupLimits.firstExcess(in: $0) { reports.append($0) } }
        XCTAssertEqual(excess?.line, 4002)
        XCTAssertEqual(reports.count, 3, "a report a megabyte or so: \(reports)")
        XCTAssertEqual(reports, reports.sorted())
        XCTAssertThrowsError(try XMLProgrammeReader().read(SourceText(path: "t.xml", text: text))) { error in
            let error = error as? SourceError
            XCTAssertEqual(error?.message, "an element with 300 attributes, more than the 256 the XML reader allows on one")
            XCTAssertEqual(error?.location.line, 4002)
        }
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
