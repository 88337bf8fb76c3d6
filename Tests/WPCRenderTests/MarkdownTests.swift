import Foundation
import WPCModel
import WPCRender
import WPCSynthetic
import WPCTestSupport
import XCTest

/// The GFM output, read back by cmark-gfm: one table per topic with one
/// row per indicator, footnotes as GFM footnotes, nothing of the HTML lost.
final class MarkdownTests: XCTestCase {
    func testRealProgrammeRendersOneTablePerTopicWithARowPerIndicator() throws {
        try checkTables(try Programmes.real())
    }

    func testSyntheticProgrammeRendersOneTablePerTopicWithARowPerIndicator() throws {
        try checkTables(SyntheticProgramme(topics: 120, seed: 3).make())
    }

    func testMarkdownKeepsTitleBlockLegendTaskTypesAndEveryFootnote() throws {
        let programme = SampleProgramme.make()
        let markdown = try ProgrammeRenderer(formats: [.markdown]).render(programme, as: .markdown)
        let root = try XCTUnwrap(HTMLTree.parse(try CMark.html(markdown)))
        XCTAssertEqual(root.descendants("h1").first?.text, "Draft PTC Work Programme 2019-2022")
        let paragraphs = root.descendants("p").map(\.text)
        XCTAssertTrue(paragraphs.contains("September 2019"))
        XCTAssertTrue(paragraphs.contains("Annex II to doc. PC0571Ea"))
        XCTAssertTrue(paragraphs.contains("* * *"), "the separator ornament prints as written")
        let items = root.descendants("li").map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
        XCTAssertTrue(items.contains("SP6 – Sharing of knowledge and best practices"))
        XCTAssertTrue(items.contains("A – Advanced: refers mainly to new tools and more advanced initiatives"))
        // The three heading footnotes become GFM footnotes, referenced from the header row.
        let footnoteSection = try XCTUnwrap(root.descendants("section").first { $0.attributes["class"]?.contains("footnotes") == true })
        let notes = footnoteSection.descendants("li").map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
        XCTAssertEqual(notes.count, 3)
        XCTAssertTrue(notes[0].hasPrefix("Strategic Goal (SG): Provide leadership"))
        XCTAssertEqual(footnoteSection.descendants("strong").first?.text, "SG", "emphasis kept")
        let header = try XCTUnwrap(root.descendants("thead").first).descendants("th").map(\.text)
        XCTAssertEqual(header.count, 7)
        XCTAssertTrue(header[1].hasPrefix("WCO Strategic Plan"))
        XCTAssertEqual(root.descendants("thead").first?.descendants("sup").count, 3, "a footnote reference on each marked heading")
        XCTAssertTrue(root.descendants("h2").map(\.text).contains("Notes"))
        XCTAssertTrue(items.contains("Annex II to doc. PC0571Ea"), "the remark is kept as a note")
    }

    func testCellTextWithPipesAndLineBreaksStaysInItsCell() throws {
        var programme = SampleProgramme.make()
        programme.topics[0].tasks[0].text = "Review A | B\nand C"
        let markdown = try ProgrammeRenderer(formats: [.markdown]).render(programme, as: .markdown)
        let root = try XCTUnwrap(HTMLTree.parse(try CMark.html(markdown)))
        let firstRow = try XCTUnwrap(root.descendants("tbody").first?.descendants("tr").first)
        XCTAssertEqual(firstRow.descendants("td").count, 7)
        XCTAssertEqual(firstRow.descendants("td").first?.text, "1.1 Review A | B and C")
    }

    private func checkTables(_ programme: Programme, file: StaticString = #filePath, line: UInt = #line) throws {
        let markdown = try ProgrammeRenderer(formats: [.markdown]).render(programme, as: .markdown)
        let root = try XCTUnwrap(HTMLTree.parse(try CMark.html(markdown)))
        let tables = root.descendants("table")
        XCTAssertEqual(tables.count, programme.topics.count, "one table per topic", file: file, line: line)
        let headings = root.descendants("h3").map(\.text)
        for (index, topic) in programme.topics.enumerated() where index < tables.count {
            let expectedRows = max(topic.tasks.reduce(0) { $0 + max($1.indicators.count, 1) }, 1)
            let bodyRows = tables[index].descendants("tbody").first?.children("tr") ?? []
            XCTAssertEqual(bodyRows.count, expectedRows, "rows of topic \(topic.numberAsWritten)", file: file, line: line)
            XCTAssertEqual(headings[index], topic.numberAsWritten.text + " " + topic.title.text, file: file, line: line)
            let taskCells = bodyRows.compactMap { $0.children("td").first?.text }.filter { !$0.isEmpty }
            let numbered = topic.tasks.indices.map { "\(programme.taskNumber(topic: index, task: $0)) " + topic.tasks[$0].text.text }
            XCTAssertEqual(taskCells, numbered.map { $0.replacingOccurrences(of: "\n", with: " ") }, "each task after its number", file: file, line: line)
        }
    }
}
