import Foundation
import WPCDocx
import WPCModel
import WPCTestSupport
import XCTest

/// The annex table inside `word/document.xml`: its page, columns, header
/// row, merged cells and text, checked against the seed as read by hand
/// (31 topics, 58 tasks, 70 indicator rows; topic 1 spans 4 rows, topic 25
/// spans 9; one task has no indicator; the TFA task names TFAWG on its
/// second indicator).
final class DocxTableTests: XCTestCase {
    private static let columns = 9
    private func seedTable() throws -> WordTable { try DocxPackage(DocxWriter(labels: TestLabels.english).write(DocxFixture.seed())).table() }

    func testPageIsA4LandscapeAndColumnsFillTheTextWidth() throws {
        let table = try seedTable()
        XCTAssertEqual(table.pageSize["w:w"], "16838")
        XCTAssertEqual(table.pageSize["w:h"], "11906")
        XCTAssertEqual(table.pageSize["w:orient"], "landscape")
        XCTAssertEqual(table.gridColumns.count, Self.columns)
        // 12.7 mm margins left and right: 16838 − 2 × 720.
        XCTAssertEqual(table.gridColumns.reduce(0, +), 15398)
        for row in table.rows {
            XCTAssertEqual(row.cells.map { $0.width ?? -1 }, table.gridColumns)
        }
    }

    func testHeaderRowRepeatsAndCarriesTheFirstHeadingRowsMarks() throws {
        let table = try seedTable()
        XCTAssertEqual(table.rows.filter(\.isHeader).count, 1)
        XCTAssertTrue(table.rows.first?.isHeader ?? false)
        XCTAssertEqual(table.rows.first?.cells.map(\.text), [
            "No", "Topic", "Tasks", "WCO Strategic Plan^{1}", "Type of task^{2}", "Responsible body^{3}",
            "Performance Indicators", "Timeline", "Progress",
        ])
    }

    func testOneRowPerIndicator() throws {
        let table = try seedTable()
        XCTAssertEqual(table.rows.count, 1 + 70)
        XCTAssertTrue(table.rows.allSatisfy { $0.cells.count == Self.columns })
    }

    func testNumberAndTopicCellsMergeOverAllTheTopicsRows() throws {
        let table = try seedTable()
        for column in [0, 1] {
            let cells = table.column(column)
            XCTAssertEqual(cells.filter { $0.vMerge == "restart" }.count, 31)
            XCTAssertEqual(cells.filter { $0.vMerge == "continue" }.count, 70 - 31)
            XCTAssertTrue(cells.allSatisfy { $0.vMerge != nil })
            // A continued cell holds nothing; Word would show it otherwise.
            XCTAssertTrue(cells.filter { $0.vMerge == "continue" }.allSatisfy(\.text.isEmpty))
        }
        let numbers = table.column(0)
        XCTAssertEqual(numbers[0].text, "1.")
        XCTAssertEqual(numbers[0...4].map(\.vMerge), ["restart", "continue", "continue", "continue", "restart"])
        XCTAssertEqual(numbers[4].text, "2.")
        // Topic 25 spans 9 rows: a restart, 8 continues, then topic 26's restart.
        let start = try XCTUnwrap(numbers.firstIndex { $0.text == "25." })
        XCTAssertEqual(numbers[start...(start + 9)].map(\.vMerge), ["restart"] + Array(repeating: "continue", count: 8) + ["restart"])
    }

    func testTaskCellsMergeOverTheTasksIndicatorRows() throws {
        let table = try seedTable()
        // Tasks, plan, type, progress: one restart per task, a continue per further indicator.
        for column in [2, 3, 4, 8] {
            let cells = table.column(column)
            XCTAssertEqual(cells.filter { $0.vMerge == "restart" }.count, 58, "column \(column)")
            XCTAssertEqual(cells.filter { $0.vMerge == "continue" }.count, 70 - 58, "column \(column)")
        }
        XCTAssertEqual(table.column(2)[1].text, "1.2 Revise the ECP Action Plan", "the task's number, then its text")
        XCTAssertEqual(table.column(2)[2].vMerge, "continue")
        // Indicator and timeline cells are never merged.
        XCTAssertTrue(table.column(6).allSatisfy { $0.vMerge == nil })
        XCTAssertTrue(table.column(7).allSatisfy { $0.vMerge == nil })
        XCTAssertEqual(table.column(6)[2].text, "Revised Action Plan submitted to the Policy Commission")
        XCTAssertEqual(table.column(7)[2].text, "December 2019 June 2020 June 2022")
    }

    func testBodiesCellIsPerRowWhenAnIndicatorNamesItsOwnBodies() throws {
        let table = try seedTable()
        let bodies = table.column(5)
        let tfawg = "PTC Working Group on the WTO Trade Facilitation Agreement (TFAWG)"
        let rows = table.rows.filter { !$0.isHeader }
        let first = try XCTUnwrap(rows.firstIndex { $0.cells[2].text.hasPrefix("19.1 Seek means to support implementation") })
        // The task names TFAWG and so does its second indicator: two cells of their own.
        XCTAssertEqual(bodies[first].vMerge, nil)
        XCTAssertEqual(bodies[first].text, tfawg)
        XCTAssertEqual(bodies[first + 1].vMerge, nil)
        XCTAssertEqual(bodies[first + 1].text, tfawg)
        XCTAssertEqual(rows[first + 1].cells[6].text, "Number of technical guidance tools developed")
        // Every other task's bodies cell merges like its other task cells.
        XCTAssertEqual(bodies.filter { $0.vMerge == nil }.count, 2)
        XCTAssertEqual(bodies.filter { $0.vMerge == "restart" }.count, 57)
    }

    func testTaskWithoutIndicatorsAndTopicWithoutTasksGetOneRowEach() throws {
        var programme = SampleProgramme.make()
        programme.topics = [
            Topic(numberAsWritten: "1.", title: "Alone", tasks: []),
            Topic(numberAsWritten: "2.", title: "Bare", tasks: [WorkTask(text: "No indicator yet", type: "A", bodies: "PTC")]),
        ]
        let table = try DocxPackage(DocxWriter(labels: TestLabels.english).write(programme)).table()
        let rows = table.rows.filter { !$0.isHeader }
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rows.map { $0.cells[0].vMerge }, ["restart", "restart"])
        XCTAssertEqual(rows[0].cells.map(\.text), ["1.", "Alone", "", "", "", "", "", "", ""])
        XCTAssertEqual(rows[1].cells.map(\.text), ["2.", "Bare", "2.1 No indicator yet", "", "A", "PTC", "", "", ""])
    }

    func testTitleBlockHasTheDocumentReferenceAtTheRight() throws {
        let table = try seedTable()
        let first = try XCTUnwrap(table.paragraphs.first)
        XCTAssertEqual(first.text, "Annex II to doc. PC0571Ea")
        XCTAssertEqual(first.style, "AnnexReference")
        XCTAssertEqual(table.paragraphs[1].text, "Draft PTC Work Programme 2019-2022")
        XCTAssertEqual(table.paragraphs[2].text, "September 2019")
    }

    func testFootnotesPrintedOnceWithMarksAndBoldEmphasis() throws {
        let table = try seedTable()
        let footnotes = table.paragraphs.filter { $0.style == "AnnexFootnote" }
        // ⁴ to ⁷ repeat ¹'s legend (⁵ and ⁶ without the bold SG): printed once.
        XCTAssertEqual(footnotes.map { String($0.text.prefix(4)) }, ["^{1}", "^{2}", "^{3}"])
        XCTAssertTrue(footnotes[0].text.hasPrefix("^{1} Strategic Goal (SG): Provide leadership"))
        XCTAssertEqual(Array(footnotes[0].boldRuns.prefix(3)), ["SG", "SO1", "SO2"])
        XCTAssertEqual(footnotes[1].boldRuns, ["M", "A"])
        XCTAssertFalse(footnotes.contains { $0.text.contains("**") })
    }
}
