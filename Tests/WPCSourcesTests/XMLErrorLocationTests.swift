import Foundation
import WPCModel
import WPCSources
import XCTest

/// XML errors point at the line a reader sees, whatever the line ends: libxml2
/// counts lines at `\n` only, so its own line numbers drift in a file with
/// lone `\r` line ends (old Mac exports). Found by fuzzing.
final class XMLErrorLocationTests: XCTestCase {
    private func error(_ text: String) -> SourceError? {
        do {
            _ = try XMLProgrammeReader().read(SourceText(path: "bad.xml", text: text))
            return nil
        } catch {
            return error
        }
    }

    private let malformed = ["<?xml version=\"1.0\"?>", "<work-programme xmlns=\"urn:wpc:work-programme:1\">",
                             "  <title>T</title>", "  <remarks><remark>one</remark>", "  <remark>two</remarks>", "</work-programme>"]

    func testASyntaxErrorNamesTheSameLineWhateverTheLineEnds() throws {
        var found: [String: SourceLocation] = [:]
        for (name, end) in [("LF", "\n"), ("CRLF", "\r\n"), ("CR", "\r")] {
            let failure = try XCTUnwrap(error(malformed.joined(separator: end)), name)
            XCTAssertTrue(failure.message.hasPrefix("XML is not well-formed:"), failure.message)
            found[name] = failure.location
        }
        XCTAssertEqual(found["LF"]?.line, 5, "the mismatched </remarks> stands on line 5")
        XCTAssertEqual(found["CRLF"], found["LF"])
        XCTAssertEqual(found["CR"], found["LF"])
    }

    func testASchemaErrorNamesTheSameLineWhateverTheLineEnds() throws {
        let lines = ["<?xml version=\"1.0\"?>", "<work-programme xmlns=\"urn:wpc:work-programme:1\">",
                     "  <title>T</title>", "  <remarks>", "    <bogus/>", "  </remarks>", "</work-programme>"]
        let lf = try XCTUnwrap(error(lines.joined(separator: "\n")))
        let cr = try XCTUnwrap(error(lines.joined(separator: "\r")))
        XCTAssertTrue(lf.message.hasPrefix("the document breaks the work-programme schema:"), lf.message)
        XCTAssertEqual(lf.location.line, 5)
        XCTAssertEqual(cr.location, lf.location)
        XCTAssertEqual(cr.diagnostics.compactMap(\.location?.line), lf.diagnostics.compactMap(\.location?.line))
    }

    func testASyntaxErrorsColumnIsOnItsLine() throws {
        // A long line followed by short ones: a column counted from the wrong
        // line start would fall past the end of the line named.
        let text = "<work-programme xmlns=\"urn:wpc:work-programme:1\"><title>" + String(repeating: "x", count: 300) + "</title>\r<remarks>\r<remark>a</remarks>\r</work-programme>"
        let failure = try XCTUnwrap(error(text))
        let source = SourceText(path: "bad.xml", text: text)
        XCTAssertEqual(failure.location.line, 3)
        XCTAssertLessThanOrEqual(failure.location.column, source.lines.characterCount(ofLine: 3) + 1)
    }
}
