import Foundation
import WPCModel
import WPCSources
import XCTest

final class XMLReaderTests: XCTestCase {
    private let taskDocument = """
    <?xml version="1.0" encoding="UTF-8"?>
    <work-programme xmlns="urn:wpc:work-programme:1">
      <title>Draft PTC Work Programme 2019-2022</title>
      <topics>
        <topic>
          <number>2.</number>
          <title>Small Island Economies (SIEs) initiative</title>
          <task>
            <text>Develop a Guidance for Customs administrations in SIEs</text>
            <plan>SG SO1 SO3 SP1 SP6 SP7</plan>
            <indicator><text>Guidance adopted</text><timeline>June 2020 (for adoption) October 2020 (for publication)</timeline></indicator>
          </task>
        </topic>
      </topics>
    </work-programme>
    """

    func testWrittenTextKnowsLineAndColumnOfItsContent() throws {
        let result = try XMLTestInput.result(taskDocument, path: "wp.xml")
        let programme = result.programme
        let locator = result.locator
        XCTAssertEqual(locator.location(of: programme.title), SourceLocation(file: "wp.xml", line: 3, column: 10))
        let topic = try XCTUnwrap(programme.topics.first)
        XCTAssertEqual(locator.location(of: topic.numberAsWritten), SourceLocation(file: "wp.xml", line: 6, column: 15))
        // "      <title>" is 13 characters: the topic title is the second <title> in the file but the first on line 7.
        XCTAssertEqual(locator.location(of: topic.title), SourceLocation(file: "wp.xml", line: 7, column: 14))
        let task = try XCTUnwrap(topic.tasks.first)
        XCTAssertEqual(task.plan.flatMap { locator.location(of: $0) }, SourceLocation(file: "wp.xml", line: 10, column: 15))
        // Two elements on one line: each gets its own column.
        let indicator = try XCTUnwrap(task.indicators.first)
        XCTAssertEqual(indicator.text.flatMap { locator.location(of: $0) }, SourceLocation(file: "wp.xml", line: 11, column: 26))
        XCTAssertEqual(indicator.timeline.flatMap { locator.location(of: $0.raw) }, SourceLocation(file: "wp.xml", line: 11, column: 59))
    }

    func testPlanCodesPointIntoTheSource() throws {
        let result = try XMLTestInput.result(taskDocument, path: "wp.xml")
        let codes = try XCTUnwrap(result.programme.topics.first?.tasks.first?.planCodes)
        XCTAssertEqual(codes.map(\.code), ["SG", "SO1", "SO3", "SP1", "SP6", "SP7"])
        // "SP1" starts 11 characters into the cell.
        XCTAssertEqual(codes[3].origin.point.map(result.locator.location), SourceLocation(file: "wp.xml", line: 10, column: 26))
    }

    func testTimelineMilestonesAreParsedFromTheText() throws {
        let programme = try XMLTestInput.read(taskDocument)
        let timeline = try XCTUnwrap(programme.topics.first?.tasks.first?.indicators.first?.timeline)
        XCTAssertEqual(timeline.milestones.count, 2)
        XCTAssertEqual(timeline.milestones.first?.month, 6)
        XCTAssertEqual(timeline.milestones.first?.annotation, "for adoption")
        XCTAssertEqual(timeline.milestones.last?.written, "October 2020")
    }

    func testWhiteSpaceBeforeTheDeclarationIsNotWellFormed() {
        let error = XMLTestInput.error("\n  " + taskDocument, path: "lead.xml")
        XCTAssertEqual(error?.location.line, 2)
        XCTAssertTrue(error?.message.contains("XML declaration") ?? false, error?.message ?? "")
    }

    func testStartTagAcrossLinesPointsWhereTheContentStarts() throws {
        let text = XMLTestInput.document("<date\n>September 2019</date>")
        let result = try XMLTestInput.result(text, path: "d.xml")
        XCTAssertEqual(result.programme.date?.text, "September 2019")
        // The content starts on the line where the start tag ends, after its ">".
        XCTAssertEqual(result.programme.date.flatMap { result.locator.location(of: $0) }, SourceLocation(file: "d.xml", line: 5, column: 2))
    }

    func testColumnsCountCharactersAndTagsInAttributesDoNotConfuseThem() throws {
        let text = XMLTestInput.document("""
          <footnotes><footnote mark="¹">a &gt; b</footnote><footnote mark="x>y">ü</footnote></footnotes>
          <remarks><!-- <remark>not this</remark> --><remark>ɑ</remark><remark><![CDATA[<remark>]]></remark></remarks>
        """)
        let result = try XMLTestInput.result(text, path: "c.xml")
        let locator = result.locator
        let footnotes = result.programme.footnotes
        XCTAssertEqual(footnotes.map(\.text.text), ["a > b", "ü"])
        // "  <footnotes><footnote mark="¹">" is 32 characters (33 bytes): content at column 33.
        XCTAssertEqual(locator.location(of: footnotes[0].text), SourceLocation(file: "c.xml", line: 4, column: 33))
        XCTAssertEqual(locator.location(of: footnotes[1].text)?.column, 73)
        XCTAssertEqual(result.programme.remarks.map(\.text), ["ɑ", "<remark>"])
        XCTAssertEqual(result.programme.remarks.map { locator.location(of: $0)?.column }, [54, 72])
    }

    func testPrefixedNamespaceCDATACommentsAndReferencesReadExactly() throws {
        let text = """
        <wp:work-programme xmlns:wp="urn:wpc:work-programme:1">
          <wp:title> <![CDATA[<Draft> & ]]>PTC<!-- kept out -->&#x2013;WP&#13;&amp;  </wp:title>
          <wp:footnotes><wp:footnote mark="&#xB9;">**SG**: Strategic Goal</wp:footnote></wp:footnotes>
        </wp:work-programme>
        """
        let result = try XMLTestInput.result(text, path: "p.xml")
        let programme = result.programme
        XCTAssertEqual(programme.title.text, " <Draft> & PTC–WP\r&  ")
        XCTAssertEqual(result.locator.location(of: programme.title), SourceLocation(file: "p.xml", line: 2, column: 13))
        XCTAssertEqual(programme.footnotes, [Footnote(mark: "¹", text: "**SG**: Strategic Goal")])
        XCTAssertEqual(programme.footnotes.first?.plainText, "SG: Strategic Goal")
    }

    func testLegendTaskTypesHeadingsAndPeriodAreRead() throws {
        let text = XMLTestInput.document("""
          <committee>PTC</committee>
          <period first="2019" last="2022"/>
          <introduction><block kind="separator">* * *</block></introduction>
          <legend><group prefix="SO" name="Strategic Objectives"/><entry code="SO1" group="SO">Facilitation</entry></legend>
          <task-types><task-type code="M" name="Maintenance">ongoing activities</task-type></task-types>
          <headings><heading-row><mark column="plan">¹</mark><mark column="bodies">³</mark></heading-row></headings>
          <remarks><remark>* * *</remark></remarks>
        """)
        let programme = try XMLTestInput.read(text)
        XCTAssertEqual(programme.committee, "PTC")
        XCTAssertEqual(programme.period, Period(firstYear: 2019, lastYear: 2022))
        XCTAssertEqual(programme.introduction, [IntroBlock(kind: .separator, text: "* * *")])
        XCTAssertEqual(programme.legend.groups, [LegendGroup(prefix: "SO", name: "Strategic Objectives")])
        XCTAssertEqual(programme.legend.entries, [LegendEntry(code: "SO1", group: "SO", text: "Facilitation")])
        XCTAssertEqual(programme.taskTypes, [TaskType(code: "M", name: "Maintenance", text: "ongoing activities")])
        XCTAssertEqual(programme.headings.first?.marks(on: .plan), ["¹"])
        XCTAssertEqual(programme.headings.first?.marks(on: .bodies), ["³"])
        XCTAssertEqual(programme.headings.first?.marks.last?.origin.point?.line, 9)
        XCTAssertEqual(programme.remarks, ["* * *"])
    }

    func testSchemaMessagesNameElementsWithoutTheNamespace() {
        let error = XMLTestInput.error(XMLTestInput.document("<colour>red</colour>"))
        let message = error?.message ?? ""
        XCTAssertTrue(message.contains("Element 'colour'"), message)
        XCTAssertFalse(message.contains("{urn:"), message)
    }

    func testSourceReaderDispatchesXMLToThisReader() throws {
        let result = try SourceReader.read(SourceText(path: "wp.xml", text: taskDocument))
        XCTAssertEqual(result.programme.topics.first?.title.text, "Small Island Economies (SIEs) initiative")
        XCTAssertTrue(result.diagnostics.isEmpty)
    }
}
