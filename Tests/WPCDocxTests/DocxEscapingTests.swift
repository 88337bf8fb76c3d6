import Foundation
import WPCDocx
import WPCModel
import WPCTestSupport
import XCTest

/// Programme text is only ever text in the package: markup stays visible,
/// characters XML forbids become U+FFFD, tabs and line breaks become Word's.
final class DocxEscapingTests: XCTestCase {
    static let markup = "Close <w:t>&amp; then <script>alert('x')</script> \"quoted\""

    private func programme(task: String, title: WrittenText = "Draft <PTC> & Co") -> Programme {
        var programme = SampleProgramme.make()
        programme.title = title
        programme.topics = [Topic(numberAsWritten: "1.", title: "Markup", tasks: [
            WorkTask(text: WrittenText(task), bodies: "PTC", indicators: [Indicator(text: "Done", timeline: Timeline("2020"))]),
        ])]
        return programme
    }

    func testMarkupInATaskIsTextNotElements() throws {
        let package = try DocxPackage(DocxWriter(labels: TestLabels.english).write(programme(task: Self.markup)))
        let document = try XCTUnwrap(package.parts["word/document.xml"])
        XCTAssertNil(DocxFixture.parseError(document))
        let table = try package.table()
        XCTAssertEqual(table.column(2).first?.text, "1.1 " + Self.markup)
        XCTAssertFalse(try XCTUnwrap(package.text("word/document.xml")).contains("<script>"))
        // The title reaches the running header and the core properties escaped too.
        XCTAssertTrue(try XCTUnwrap(package.text("word/header1.xml")).contains("Draft &lt;PTC&gt; &amp; Co"))
        XCTAssertTrue(try XCTUnwrap(package.text("docProps/core.xml")).contains("<dc:title>Draft &lt;PTC&gt; &amp; Co</dc:title>"))
        XCTAssertNil(DocxFixture.parseError(try XCTUnwrap(package.parts["docProps/core.xml"])))
    }

    func testCharactersXMLForbidsBecomeReplacementCharacters() throws {
        let package = try DocxPackage(DocxWriter(labels: TestLabels.english).write(programme(task: "bell\u{07} nul\u{00} escape\u{1B} end\u{FFFF}")))
        let table = try package.table()
        XCTAssertEqual(table.column(2).first?.text, "1.1 bell\u{FFFD} nul\u{FFFD} escape\u{FFFD} end\u{FFFD}")
    }

    func testTabsAndLineBreaksBecomeWordsOwn() throws {
        let package = try DocxPackage(DocxWriter(labels: TestLabels.english).write(programme(task: "one\ttwo\nthree\r\nfour\u{0B}five")))
        let document = try XCTUnwrap(package.text("word/document.xml"))
        XCTAssertTrue(document.contains(">1.1 one</w:t><w:tab/><w:t xml:space=\"preserve\">two</w:t><w:br/>"))
        let table = try package.table()
        // CR LF is one break, not two.
        XCTAssertEqual(table.column(2).first?.text, "1.1 one\ttwo\nthree\nfour\nfive")
    }

    func testLeadingAndTrailingSpacesAreKept() throws {
        let package = try DocxPackage(DocxWriter(labels: TestLabels.english).write(programme(task: "  indented ")))
        XCTAssertEqual(try package.table().column(2).first?.text, "1.1   indented ", "after the number, the text as written")
    }
}
