import Foundation
import WPCSources
import WPCTestSupport
import XCTest

/// A line of tabs and white space inside the table (tabs, no-break and
/// ideographic spaces, a form feed) is a blank line, never a row of empty
/// cells: it reads exactly as an empty line in its place.
final class AnnexBlankRowTests: XCTestCase {
    func testALineOfTabsAndWhiteSpaceReadsAsAnEmptyLine() throws {
        let text = try String(contentsOfFile: Repository.seedText, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        // Table rows well inside the table: each gets a blank-looking line before it.
        let rows = lines.indices.filter { lines[$0].hasPrefix("\t\t") }
        let places = [rows[3], rows[rows.count / 2], rows[rows.count - 4]]
        let fillers = ["\t\u{A0}\t \t", "\u{0C}\t\t", "\t\u{3000}\t\t\t\t\t\t\t"]
        var blank = lines
        for (place, filler) in zip(places, fillers).reversed() {
            lines.insert(filler, at: place)
            blank.insert("", at: place)
        }
        let withTabs = try SourceReader.read(SourceText(path: "p.txt", text: lines.joined(separator: "\n")))
        let withEmpty = try SourceReader.read(SourceText(path: "p.txt", text: blank.joined(separator: "\n")))
        XCTAssertEqual(withTabs.programme, withEmpty.programme)
        XCTAssertEqual(withTabs.programme.topics.count, 31)
        XCTAssertEqual(withTabs.diagnostics, withEmpty.diagnostics)
    }
}
