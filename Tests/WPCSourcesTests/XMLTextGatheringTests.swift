import Foundation
import WPCModel
@testable import WPCSources
import XCTest

/// How the XML reader gathers an element's text: straight from the source
/// when the text stands there as it reads, gathered when it does not (a
/// reference, CDATA, a carriage return), in pieces when it is long; and
/// always as UTF-8, whatever the XML declaration names.
final class XMLTextGatheringTests: XCTestCase {
    private func remarks(_ body: String) throws -> [String] {
        let text = "<work-programme xmlns=\"urn:wpc:work-programme:1\"><title>T</title><remarks>\(body)</remarks></work-programme>"
        return try XMLProgrammeReader().read(SourceText(path: "t.xml", text: text)).programme.remarks.map(\.text)
    }

    func testTextAsItStandsAndTextThatDiffersFromItsSourceBothReadExactly() throws {
        XCTAssertEqual(try remarks("<remark>plain é text</remark><remark>a &amp; b</remark><remark><![CDATA[<c>]]> after</remark>"),
                       ["plain é text", "a & b", "<c> after"])
        XCTAssertEqual(try remarks("<remark>line\r\nend</remark><remark>x<!-- c -->y</remark><remark/>"), ["line\nend", "xy", ""])
    }

    func testTextThatDiffersLateKeepsWhatCameBefore() throws {
        let long = String(repeating: "ü", count: 300_000)
        XCTAssertEqual(try remarks("<remark>\(long)&#38;\(long)</remark>"), [long + "&" + long])
    }

    func testLongGatheredTextCrossesPiecesWhole() {
        var text = XMLElementText(source: UnsafeBufferPointer(start: nil, count: 0))
        // Two-byte characters, so pieces of a megabyte end inside one: the string must not.
        let word = Array("é".utf8)
        let count = XMLElementText.pieceSize + 7
        for _ in 0..<count { word.withUnsafeBufferPointer { text.append($0) } }
        let made = text.take()
        XCTAssertEqual(made.unicodeScalars.count, count)
        XCTAssertTrue(made.unicodeScalars.allSatisfy { $0 == "é" })
        XCTAssertEqual(text.take(), "", "taking starts the gathering again")
    }

    func testTheDeclaredEncodingIsNotObeyed() throws {
        // wpc's XML is UTF-8 (a file in another encoding is refused before
        // parsing): a declaration naming Latin-1 must not turn "é" into "Ã©".
        for encoding in ["ISO-8859-1", "UTF-16", "windows-1252"] {
            let text = "<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<work-programme xmlns=\"urn:wpc:work-programme:1\"><title>Café</title></work-programme>"
            let programme = try XMLProgrammeReader().read(SourceText(path: "t.xml", text: text)).programme
            XCTAssertEqual(programme.title.text, "Café", encoding)
        }
    }
}
