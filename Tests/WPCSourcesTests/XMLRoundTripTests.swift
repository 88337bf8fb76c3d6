import Foundation
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

final class XMLRoundTripTests: XCTestCase {
    /// The sample with every kind of awkward text: empty cells, leading and
    /// trailing white space, markup characters, CR LF, tabs, non-ASCII.
    private func awkwardProgramme() -> Programme {
        var programme = SampleProgramme.make()
        programme.title = "  Draft <PTC> & \"friends\" 'WP'  "
        programme.date = ""
        programme.document = nil
        programme.committee = "PTC\tWCO"
        programme.footnotes.append(Footnote(mark: "⁴", text: "line one\r\nline two\n\n  ]]> **bold** — “quoted” 😀"))
        programme.headings.append(HeadingRow(marks: []))
        programme.headings.append(HeadingRow(marks: [FootnoteReference(mark: "⁴", column: .timeline), FootnoteReference(mark: " ", column: .number)]))
        programme.legend.groups.append(LegendGroup(prefix: "ORG", name: "Organizational\nCapacity \"ORGs\""))
        programme.legend.entries.append(LegendEntry(code: "ORG1", group: "ORG", text: ""))
        programme.taskTypes.append(TaskType(code: "", name: "  ", text: "\t"))
        programme.topics.append(Topic(numberAsWritten: "", title: "", tasks: [
            WorkTask(text: ""),
            WorkTask(text: " x ", plan: "", type: "", bodies: "", indicators: [Indicator(text: nil), Indicator(text: "", timeline: Timeline(""), bodies: "")], progress: ""),
        ]))
        programme.remarks.append("")
        return programme
    }

    func testSampleProgrammeReadsBackEqual() throws {
        let programme = SampleProgramme.make()
        let xml = try XMLProgrammeWriter().write(programme)
        let read = try XMLProgrammeReader().read(SourceText(path: "sample.xml", text: xml)).programme
        XCTAssertEqual(read, programme)
    }

    func testAwkwardTextReadsBackExactly() throws {
        let programme = awkwardProgramme()
        let xml = try XMLProgrammeWriter().write(programme)
        let read = try XMLProgrammeReader().read(SourceText(path: "awkward.xml", text: xml)).programme
        XCTAssertEqual(read, programme)
        // Spot-check fields Equatable could hide behind a mistake in both directions.
        XCTAssertEqual(read.title.text, "  Draft <PTC> & \"friends\" 'WP'  ")
        XCTAssertEqual(read.date?.text, "")
        XCTAssertNil(read.document)
        XCTAssertEqual(read.footnotes.last?.text.text, "line one\r\nline two\n\n  ]]> **bold** — “quoted” 😀")
        XCTAssertEqual(read.legend.groups.last?.name, "Organizational\nCapacity \"ORGs\"")
        XCTAssertEqual(read.taskTypes.last?.text, "\t")
        let lastTask = try XCTUnwrap(read.topics.last?.tasks.last)
        XCTAssertEqual(lastTask.plan?.text, "")
        XCTAssertNil(lastTask.indicators[0].text)
        XCTAssertNil(lastTask.indicators[0].timeline)
        XCTAssertEqual(lastTask.indicators[1].timeline?.raw.text, "")
        XCTAssertNil(read.topics.last?.tasks.first?.plan)
    }

    func testSecondPassIsByteIdentical() throws {
        for programme in [SampleProgramme.make(), awkwardProgramme()] {
            let first = try XMLProgrammeWriter().write(programme)
            let read = try XMLProgrammeReader().read(SourceText(path: "first.xml", text: first)).programme
            let second = try XMLProgrammeWriter().write(read)
            XCTAssertEqual(Array(first.utf8), Array(second.utf8))
        }
    }

    func testWrittenXMLIsIndentedAndStartsWithDeclaration() throws {
        let xml = try XMLProgrammeWriter().write(SampleProgramme.make())
        XCTAssertTrue(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<work-programme xmlns=\"urn:wpc:work-programme:1\">\n"))
        XCTAssertTrue(xml.contains("\n  <title>Draft PTC Work Programme 2019-2022</title>\n"))
        XCTAssertTrue(xml.contains("\n      <number>1.</number>\n"))
        XCTAssertTrue(xml.contains("<period first=\"2019\" last=\"2022\"/>"))
        XCTAssertTrue(xml.contains("<footnote mark=\"²\">The Work Programme differentiates two types of tasks: 1. **M** for"))
    }

    func testAbsentCellsAreOmittedAndEmptyListsHaveNoContainer() throws {
        var programme = Programme(title: "Only a title")
        programme.topics = [Topic(numberAsWritten: "1.", title: "T", tasks: [WorkTask(text: "do")])]
        let xml = try XMLProgrammeWriter().write(programme)
        for absent in ["<date", "<legend", "<footnotes", "<headings", "<introduction", "<remarks", "<plan", "<indicator", "<progress"] {
            XCTAssertFalse(xml.contains(absent), "\(absent) should not be written")
        }
    }

    func testControlCharacterCannotBeWritten() {
        var programme = SampleProgramme.make()
        programme.topics[0].tasks[0].bodies = "PTC\u{1}"
        XCTAssertThrowsError(try XMLProgrammeWriter().write(programme)) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.contains("U+0001"), message)
            XCTAssertTrue(message.contains("bodies"), message)
        }
    }

    func testCanonicalInputFileRoundTrips() throws {
        let url = XMLTestInput.repositoryRoot.appendingPathComponent("Input/ptc-work-programme-2019-2022.xml")
        let path = url.path
        let result = try SourceReader.read(path: path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let rewritten = try XMLProgrammeWriter().write(result.programme)
        XCTAssertEqual(rewritten, text, "Input/ is not in canonical form")
        let reread = try XMLProgrammeReader().read(SourceText(path: "rewritten.xml", text: rewritten)).programme
        XCTAssertEqual(reread, result.programme)
        XCTAssertEqual(result.programme.topics.count, 31)
        // A second pass over the rewritten text gives the same bytes again.
        XCTAssertEqual(try XMLProgrammeWriter().write(reread), rewritten)
    }
}
