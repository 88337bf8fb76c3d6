import Foundation
import WPCModel
@testable import WPCSources
import XCTest

/// The XML reader's limits, each a clear one-line error with file and line:
/// attributes per element (wpc's own, before libxml2 parses), and the limits
/// libxml2 2.9 keeps itself, said in plain words. And text cut into many
/// pieces reads whole.
final class XMLLimitTests: XCTestCase {
    private let root = "<work-programme xmlns=\"urn:wpc:work-programme:1\">"

    private func error(_ text: String) -> SourceError? {
        do {
            _ = try XMLProgrammeReader().read(SourceText(path: "big.xml", text: text))
            return nil
        } catch {
            return error
        }
    }

    func testAnElementWithMoreAttributesThanTheLimitIsRefusedWhereItStands() throws {
        let attributes = (0..<300).map { " a\($0)=\"\($0)\"" }.joined()
        let text = "\(root)\n<title>T</title>\n<remarks>\n  <remark\(attributes)>x</remark></remarks></work-programme>"
        let failure = try XCTUnwrap(error(text))
        XCTAssertEqual(failure.location, SourceLocation(file: "big.xml", line: 4, column: 3))
        XCTAssertEqual(failure.message, "an element with 300 attributes, more than the 256 the XML reader allows on one")
    }

    func testAttributesAtTheLimitAreLeftToTheSchema() throws {
        let attributes = (1..<XMLMarkupLimits.attributesPerElement).map { " a\($0)=\"\($0)\"" }.joined()
        let failure = try XCTUnwrap(error("\(root)<title\(attributes)>T</title></work-programme>"))
        XCTAssertTrue(failure.message.hasPrefix("the document breaks the work-programme schema:"), failure.message)
    }

    func testOneAttributeMoreThanTheLimitIsAnXMLLimitError() throws {
        let attributes = (0..<XMLMarkupLimits.attributesPerElement).map { " a\($0)='\($0)'" }.joined()
        // The namespace declaration is one more: 257 in all.
        let failure = try XCTUnwrap(error("<work-programme xmlns=\"urn:wpc:work-programme:1\"\(attributes)><title>T</title></work-programme>"))
        XCTAssertEqual(failure.message, "an element with 257 attributes, more than the 256 the XML reader allows on one")
        XCTAssertEqual(failure.location.line, 1)
        XCTAssertEqual(failure.diagnostics.map(\.rule), ["xml.limit"])
    }

    func testEqualsSignsInsideValuesAreNoAttributes() {
        let value = String(repeating: "=", count: 2000)
        XCTAssertNil(error("\(root)<title>T</title><legend><group prefix=\"\(value)\" name='\(value)'/></legend></work-programme>"))
    }

    func testNestingBeyondTheLimitIsRefusedWhereItGoesPast() throws {
        // 257 levels below the root is one too many; libxml2 would say so only
        // when it builds a tree: the reader counts itself.
        func nested(_ levels: Int) -> String {
            String(repeating: "<x>", count: levels) + String(repeating: "</x>", count: levels)
        }
        let failure = try XCTUnwrap(error("\(root)\n<title>T</title>\n<remarks><remark>\(nested(255))</remark></remarks></work-programme>"))
        XCTAssertEqual(failure.message, "elements are nested more than 256 levels below the root, more than the XML reader allows")
        XCTAssertEqual(failure.location.line, 3)
        XCTAssertEqual(failure.location.column, 18 + 3 * 254, "at the start tag that goes past the limit")
        XCTAssertEqual(failure.diagnostics.map(\.rule), ["xml.limit"])
        let within = try XCTUnwrap(error("\(root)\n<title>T</title>\n<remarks><remark>\(nested(254))</remark></remarks></work-programme>"))
        XCTAssertTrue(within.message.hasPrefix("the document breaks the work-programme schema:"), "256 levels are read: \(within.message)")
        let selfClosing = String(repeating: "<x/>", count: 10_000)
        XCTAssertTrue(try XCTUnwrap(error("\(root)<title>T</title><remarks><remark>\(selfClosing)</remark></remarks></work-programme>"))
            .message.hasPrefix("the document breaks the work-programme schema:"), "empty elements nest nothing")
    }

    func testAStartTagThatNeverEndsIsASyntaxErrorNotACrash() throws {
        // Found by fuzz-xml: the scan for limits stepped past the end of the
        // document when a quote in a start tag was never closed.
        for text in ["<work-programme xmlns=\"urn:wpc:work-programme:1><title>T</title></work-programme>",
                     "<work-programme xmlns=\"urn:wpc:work-programme:1\"><title>T</title><remarks", "<", "<!", "<?", "<!--"] {
            let failure = try XCTUnwrap(error(text), text)
            XCTAssertTrue(failure.message.hasPrefix("XML is not well-formed:") || failure.message.hasPrefix("the document breaks"), failure.message)
        }
    }

    func testLibxml2sOwnDepthMessageIsSaidInPlainWords() {
        XCTAssertEqual(XMLMarkupLimits.plainWords(for: "Excessive depth in document: 256 use XML_PARSE_HUGE option"),
                       "elements are nested more than 256 levels below the root, more than the XML reader allows")
    }

    func testANameBeyondLibxml2sLimitIsSaidInPlainWords() throws {
        let failure = try XCTUnwrap(error("\(root)<title>T</title><\(String(repeating: "n", count: 50_001))/></work-programme>"))
        XCTAssertEqual(failure.message, "XML is not well-formed: a name is longer than 50,000 bytes, more than the XML reader allows")
    }

    func testOtherLibxml2MessagesAreKept() {
        XCTAssertEqual(XMLMarkupLimits.plainWords(for: "Opening and ending tag mismatch: a line 1 and b"), "Opening and ending tag mismatch: a line 1 and b")
    }

    func testLibxml2MessagesBecomeOneTrimmedLineWithoutOurNamespace() {
        let message = "  Element '{urn:wpc:work-programme:1}remark':\n\nThis element is not expected.\r\nExpected is ( {urn:wpc:work-programme:1}title ).\n"
        XCTAssertEqual(message.withCString { XMLIssue.oneLine($0) },
                       "Element 'remark': This element is not expected. Expected is ( title ).")
        XCTAssertEqual("{urn:other}x\u{2028}y é".withCString { XMLIssue.oneLine($0) }, "{urn:other}x y é")
    }

    func testTextCutIntoManyPiecesReadsWhole() throws {
        // Character references, CDATA sections and comments each end a piece of text.
        var expected = "", written = ""
        for index in 0..<30_000 {
            switch index % 4 {
            case 0: written += "&#38;"; expected += "&"
            case 1: written += "<![CDATA[<c>]]>"; expected += "<c>"
            case 2: written += "a<!-- cut -->b"; expected += "ab"
            default: written += "&lt;é"; expected += "<é"
            }
        }
        let programme = try XMLProgrammeReader().read(SourceText(path: "cut.xml", text: "\(root)<title>T</title><remarks><remark>\(written)</remark><remark>short</remark></remarks></work-programme>")).programme
        XCTAssertEqual(programme.remarks.map(\.text), [expected, "short"])
    }

    func testTextIsStillValidatedWhenGathered() throws {
        // CDATA where only elements may stand breaks the schema, however it is cut.
        let cdata = String(repeating: "<![CDATA[ ]]>", count: 10_000)
        let failure = try XCTUnwrap(error("\(root)<title>T</title><remarks>\(cdata)<remark>r</remark></remarks></work-programme>"))
        XCTAssertTrue(failure.message.hasPrefix("the document breaks the work-programme schema:"), failure.message)
        // White space between elements is fine, however much of it there is.
        let blanks = String(repeating: " \n", count: 100_000)
        XCTAssertNil(error("\(root)<title>T</title><remarks>\(blanks)<remark>r</remark>\(blanks)</remarks></work-programme>"))
    }

    func testGatheredPiecesGrowSoTheValidatorReadsEachByteAFewTimes() {
        var run = XMLTextRun()
        var passed: [Int] = []
        let piece: [UInt8] = Array("&".utf8)
        piece.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for _ in 0..<1_000_000 { run.add(base, count: 1, cdata: false) { _, count, _ in passed.append(count) } }
            run.boundary { _, count, _ in passed.append(count) }
        }
        XCTAssertEqual(passed.prefix(XMLTextRun.directPieces), [1, 1, 1, 1], "an element's first pieces go on as they came")
        XCTAssertEqual(passed.reduce(0, +), 1_000_000, "every byte passed on once")
        XCTAssertLessThan(passed.count, 20, "pieces double, so a million bytes go in a handful")
        for (earlier, piece) in zip(passed.dropLast(), passed.dropFirst().dropLast()) {
            XCTAssertGreaterThanOrEqual(piece, earlier, "each piece at least as long as the one before")
        }
    }
}
