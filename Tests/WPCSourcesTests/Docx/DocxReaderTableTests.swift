import Foundation
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

/// The annex as Word tables: found by their headings, one table or several,
/// merged cells read as the topics, tasks and indicators they span.
final class DocxReaderTableTests: XCTestCase {
    private typealias W = WordDocument

    func testSeveralTablesEachWithItsOwnHeaderRowAreOneAnnex() throws {
        let first = W.table([W.headingRow(marks: [3: "1", 4: "2"]),
                             W.dataRow(["1.", "First topic", "Review the plan", "SG SO1", "M", "PTC", "Plan reviewed", "June 2020", nil])])
        let second = W.table([W.headingRow(marks: [3: "4"]),
                              W.dataRow([nil, nil, "Update the toolkit", "SP1", "A", "PTC", "Toolkit updated", "2021", nil]),
                              W.dataRow(["2.", "Second topic", "Share practices", "SP6", "M", "SAFE WG", "Practices shared", "Ongoing", "Begun"])])
        let body = DocxTestDocuments.titleBlock + first + W.paragraph("") + second
        let programme = try DocxTestDocuments.read(WordDocument(body: body)).programme
        XCTAssertEqual(programme.topics.map(\.numberAsWritten.text), ["1.", "2."])
        XCTAssertEqual(programme.topics[0].tasks.map(\.text.text), ["Review the plan", "Update the toolkit"])
        XCTAssertEqual(programme.topics[1].tasks.first?.progress?.text, "Begun")
        XCTAssertEqual(programme.headings.map { $0.marks.map(\.mark) }, [["¹", "²"], ["⁴"]])
        XCTAssertEqual(programme.headings.first?.marks.map(\.column), [.plan, .type])
    }

    func testAHeaderRowRepeatedInsideATableIsNotARow() throws {
        let programme = try DocxTestDocuments.read(DocxTestDocuments.annex([
            W.dataRow(["1.", "Topic", "Task one", "SG", "M", "PTC", "Done", "2020", nil]),
            W.headingRow(marks: [3: "5"], header: false),
            W.dataRow(["2.", "Next", "Task two", "SG", "M", "PTC", "Done", "2021", nil]),
        ])).programme
        XCTAssertEqual(programme.topics.count, 2)
        XCTAssertEqual(programme.headings.map { $0.marks.map(\.mark) }, [["⁵"]])
    }

    func testVerticallyMergedCellsSpanTopicsTasksAndBodies() throws {
        let rows = [
            W.row([W.cell("1.", merge: "restart"), W.cell("Economic package", merge: "restart"), W.cell("Review the plan", merge: "restart"),
                   W.cell("SG SO1", merge: "restart"), W.cell("M", merge: "restart"), W.cell("PTC", merge: "restart"),
                   W.cell("Progress reported"), W.cell("June 2020"), W.cell("", merge: "restart")]),
            W.row([W.cell(merge: "continue"), W.cell(merge: "continue"), W.cell(merge: "continue"), W.cell(merge: "continue"),
                   W.cell(merge: "continue"), W.cell(merge: "continue"), W.cell("Plan revised"), W.cell("June 2022"), W.cell(merge: "continue")]),
            W.row([W.cell(merge: "continue"), W.cell(merge: "continue"), W.cell("Update the toolkit", merge: "restart"),
                   W.cell("SP1", merge: "restart"), W.cell("M", merge: "restart"), W.cell("PTC"),
                   W.cell("Toolkit updated"), W.cell("2021"), W.cell("", merge: "restart")]),
            W.row([W.cell(merge: "continue"), W.cell(merge: "continue"), W.cell(merge: "continue"), W.cell(merge: "continue"),
                   W.cell(merge: "continue"), W.cell("SAFE WG"), W.cell("Guidance adopted"), W.cell("2022"), W.cell(merge: "continue")]),
        ]
        let programme = try DocxTestDocuments.read(DocxTestDocuments.annex(rows)).programme
        XCTAssertEqual(programme.topics.count, 1)
        let tasks = try XCTUnwrap(programme.topics.first?.tasks)
        XCTAssertEqual(tasks.map(\.text.text), ["Review the plan", "Update the toolkit"])
        XCTAssertEqual(tasks[0].indicators.map { $0.text?.text }, ["Progress reported", "Plan revised"])
        XCTAssertEqual(tasks[0].indicators.map { $0.timeline?.raw.text }, ["June 2020", "June 2022"])
        XCTAssertEqual(tasks[0].bodies?.text, "PTC")
        XCTAssertNil(tasks[0].indicators[1].bodies, "a merged bodies cell belongs to the task")
        XCTAssertEqual(tasks[1].bodies?.text, "PTC")
        XCTAssertEqual(tasks[1].indicators.map { $0.bodies?.text }, [nil, "SAFE WG"], "a bodies cell of its own in a later row is the indicator's")
        XCTAssertNil(tasks[0].progress, "an empty merged Progress cell is empty")
    }

    func testGridSpansAndSkippedGridColumnsFindTheirColumns() throws {
        // The heading "Performance Indicators" spans two grid columns; data rows fill them with two cells, joined.
        let headings = ["No", "Topic", "Tasks", "WCO Strategic Plan", "Type of task", "Responsible body"]
        let heading = W.row(headings.map { W.cell($0) } + [W.cell("Performance Indicators", span: 2), W.cell("Timeline"), W.cell("Progress")])
        let row = W.row(["1.", "Topic", "Task", "SG", "M", "PTC", "Indicator", "(first part)", "2020", ""].map { W.cell($0) })
        // gridBefore: the row's first grid column is empty and holds no cell.
        let shifted = "<w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr>"
            + ["Second task", "SP1", "A", "PTC", "Done", "", "2021", ""].map { W.cell($0) }.joined() + "</w:tr>"
        let document = WordDocument(body: DocxTestDocuments.titleBlock + W.table([heading, row, shifted], columns: 10))
        let tasks = try XCTUnwrap(DocxTestDocuments.read(document).programme.topics.first?.tasks)
        XCTAssertEqual(tasks.first?.indicators.first?.text?.text, "Indicator (first part)")
        XCTAssertEqual(tasks.first?.indicators.first?.timeline?.raw.text, "2020")
        XCTAssertEqual(tasks.count, 2)
        XCTAssertEqual(tasks.last?.text.text, "Second task")
        XCTAssertEqual(tasks.last?.type?.text, "A")
        XCTAssertEqual(tasks.last?.indicators.first?.timeline?.raw.text, "2021")
    }

    func testUnmergedRowsFollowTheAnnexRules() throws {
        // No merges at all: empty No/Topic cells stay in the topic, an empty Tasks cell adds an indicator,
        // and a number repeated on every row does not start a new topic.
        let programme = try DocxTestDocuments.read(DocxTestDocuments.annex([
            W.dataRow(["3.", "Toolkit", "Keep tools up to date", "SG", "M", "PTC", "Tools updated", "2020", nil]),
            W.dataRow([nil, nil, nil, nil, nil, "SAFE WG", "Members informed", "2021", nil]),
            W.dataRow(["3.", "Toolkit", "Publish the guide", "SP1", "A", "PTC", "Guide published", "2022", nil]),
        ])).programme
        XCTAssertEqual(programme.topics.count, 1)
        let tasks = try XCTUnwrap(programme.topics.first?.tasks)
        XCTAssertEqual(tasks.map(\.text.text), ["Keep tools up to date", "Publish the guide"])
        XCTAssertEqual(tasks[0].indicators.map { $0.bodies?.text }, [nil, "SAFE WG"])
    }

    func testParagraphsInACellJoinWithASpaceAndATimelinesParagraphsAreItsDates() throws {
        let task = W.cell(paragraphs: [W.paragraph("Provide guidance on the update"), W.paragraph("  "), W.paragraph(" of the Compendium ")])
        let timeline = W.cell(paragraphs: [W.paragraph("June 2020 (for adoption)"), W.paragraph("October 2020 (for publication)")])
        let row = W.row([W.cell("2."), W.cell("Small Island Economies"), task, W.cell("SG"), W.cell("A"), W.cell("PTC"),
                         W.cell("Guidance adopted and published"), timeline, W.cell()])
        let indicator = try XCTUnwrap(DocxTestDocuments.firstTask(DocxTestDocuments.read(DocxTestDocuments.annex([row]))))
        XCTAssertEqual(indicator.text.text, "Provide guidance on the update of the Compendium")
        let timelineRead = try XCTUnwrap(indicator.indicators.first?.timeline)
        XCTAssertEqual(timelineRead.raw.text, "June 2020 (for adoption) October 2020 (for publication)")
        XCTAssertEqual(timelineRead.milestones.map(\.written), ["June 2020", "October 2020"])
        XCTAssertEqual(timelineRead.milestones.map(\.annotation), ["for adoption", "for publication"])
    }

    func testListNumbersInTheNoColumnAreRead() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
            <w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
            <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
            <w:num w:numId="4"><w:abstractNumId w:val="8"/></w:num>
            """
        func numbered(_ list: Int, _ text: String = "") -> String {
            W.cell(paragraphs: ["<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(list)\"/></w:numPr></w:pPr>\(text.isEmpty ? "" : W.run(text))</w:p>"])
        }
        let rows = (1...3).map { index in
            W.row([numbered(3), W.cell("Topic \(index)"), numbered(4, "Task \(index)"), W.cell("SG"), W.cell("M"), W.cell("PTC"),
                   W.cell("Done"), W.cell("2020"), W.cell()])
        }
        var document = DocxTestDocuments.annex(rows)
        document.numbering = numbering
        let programme = try DocxTestDocuments.read(document).programme
        XCTAssertEqual(programme.topics.map(\.numberAsWritten.text), ["1.", "2.", "3."])
        XCTAssertEqual(programme.topics.map { $0.tasks.first?.text.text }, ["Task 1", "Task 2", "Task 3"], "bullets add nothing")
    }

    func testACaptionAboveTheHeadingAndHeaderRowsBelowIt() throws {
        let caption = W.row([W.cell(paragraphs: [W.paragraph("Draft PTC Work Programme 2019-2022"), W.paragraph("September 2019")], span: 9)], header: true)
        let headings = ["No", "Topic", "Tasks", "WCO Strategic Plan", "Type of task", "Responsible body", "Performance", "Timeline", "Progress"]
        let heading = W.row(headings.map { W.cell($0) }, header: true)
        let below = W.row(["", "", "", "", "", "", "Indicators", "", ""].map { W.cell($0) }, header: true)
        let data = W.dataRow(["1.", "Topic", "Task", "SG", "M", "PTC", "Done", "2020", nil])
        let document = WordDocument(body: W.table([caption, heading, below, data]))
        let result = try DocxTestDocuments.read(document)
        XCTAssertEqual(result.programme.date?.text, "September 2019")
        XCTAssertEqual(result.programme.title.text, "Draft PTC Work Programme 2019-2022", "the caption's paragraphs are text before the table")
        XCTAssertEqual(result.programme.topics.first?.tasks.first?.indicators.first?.text?.text, "Done")
        XCTAssertFalse(result.diagnostics.contains { $0.rule == "docx.column" }, "'Performance' + 'Indicators' names the column")
    }

    func testATableWithoutTheAnnexHeadingsIsText() throws {
        let other = W.table([W.row([W.cell("Annex II to doc. PC0571Ea"), W.cell("")])], columns: 2)
        let result = try DocxTestDocuments.read(WordDocument(body: other + DocxTestDocuments.titleBlock
            + W.table([W.headingRow(), W.dataRow(["1.", "T", "Task", "SG", "M", "PTC", "I", "2020", nil])])))
        XCTAssertEqual(result.programme.document?.text, "Annex II to doc. PC0571Ea")
        XCTAssertEqual(result.programme.title.text, "Draft PTC Work Programme 2019-2022")
    }
}
