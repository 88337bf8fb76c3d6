import Foundation
import WPCModel
import WPCRender
import WPCTestSupport
import XCTest

/// The Policy-Commission annex, parsed with libxml2's HTML parser: merged
/// cells span exactly their rows and every cell holds the model's text.
final class AnnexHTMLTests: XCTestCase {
    func testRealProgrammeAnnexHasTheModelsRowspansAndCellTexts() throws {
        try checkAnnex(try Programmes.real())
    }

    func testSampleProgrammeAnnexHasTheModelsRowspansAndCellTexts() throws {
        try checkAnnex(SampleProgramme.make())
    }

    func testAnnexCarriesDocumentReferenceTitleDateAndAllFootnotes() throws {
        let programme = SampleProgramme.make()
        let html = try ProgrammeRenderer(formats: [.annex]).render(programme, as: .annex)
        let root = try XCTUnwrap(HTMLTree.parse(html))
        let reference = root.descendants("div").first { $0.attributes["class"] == "document-reference" }
        XCTAssertEqual(reference?.text, "Annex II to doc. PC0571Ea")
        XCTAssertEqual(root.descendants("h1").first?.text, "Draft PTC Work Programme 2019-2022")
        XCTAssertEqual(root.descendants("p").first { $0.attributes["class"] == "date" }?.text, "September 2019")
        let footnotes = root.descendants("p").filter { $0.attributes["class"] == "footnote" }.map(\.text)
        let printed = FootnoteRepeats(programme.footnotes).printed.map { programme.footnotes[$0] }
        XCTAssertEqual(footnotes, printed.map { $0.mark + " " + $0.plainText }, "every footnote, each text once")
        let headers = root.descendants("thead").first?.descendants("th").map(\.text)
        XCTAssertEqual(headers, ["No", "Topic", "Tasks", "WCO Strategic Plan ¹", "Type of task ²", "Responsible body ³",
                                 "Performance Indicators", "Timeline", "Progress"])
        XCTAssertTrue(html.contains("size: A4 landscape;"))
        XCTAssertTrue(html.contains("@bottom-center { content: \"Page \" counter(page) \" of \" counter(pages);"), "Page N of M on every printed page")
        XCTAssertTrue(html.contains("@top-left { content: \"Draft PTC Work Programme 2019-2022\";"), "the running header's title")
        XCTAssertTrue(html.contains("thead { display: table-header-group; }"), "the header row repeats on printed pages")
    }

    /// Walks the table row by row against the model, written from the
    /// annex's rules (one row per indicator; No/Topic span the topic, a
    /// task's cells span its indicators) rather than from the view-model.
    private func checkAnnex(_ programme: Programme, file: StaticString = #filePath, line: UInt = #line) throws {
        let html = try ProgrammeRenderer(formats: [.annex]).render(programme, as: .annex)
        let root = try XCTUnwrap(HTMLTree.parse(html))
        let rows = try XCTUnwrap(root.descendants("tbody").first).children("tr")
        var index = 0
        func cells(_ row: HTMLElement) -> [String: HTMLElement] {
            Dictionary(row.children("td").map { ($0.attributes["class"] ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        }
        func span(_ cell: HTMLElement?) -> Int { Int(cell?.attributes["rowspan"] ?? "1") ?? 1 }
        for (topicIndex, topic) in programme.topics.enumerated() {
            let tasks = topic.tasks.isEmpty ? [WorkTask(text: "")] : topic.tasks
            let topicRows = tasks.reduce(0) { $0 + max($1.indicators.count, 1) }
            guard index < rows.count else { return XCTFail("table ends before topic \(topic.numberAsWritten)", file: file, line: line) }
            let first = cells(rows[index])
            XCTAssertEqual(first["number"]?.text, topic.numberAsWritten.text, file: file, line: line)
            XCTAssertEqual(first["topic"]?.text, topic.title.text, file: file, line: line)
            XCTAssertEqual(span(first["number"]), topicRows, "No cell of topic \(topic.numberAsWritten)", file: file, line: line)
            XCTAssertEqual(span(first["topic"]), topicRows, file: file, line: line)
            for (taskIndex, task) in tasks.enumerated() {
                let indicators = task.indicators.isEmpty ? [Indicator(text: nil)] : task.indicators
                // The Tasks cell starts with the task's number ("5.3 "), as check and diff number it.
                let number = topic.tasks.isEmpty ? "" : "\(programme.taskNumber(topic: topicIndex, task: taskIndex)) "
                let ownBodies = task.indicators.contains { $0.bodies != nil }
                for (position, indicator) in indicators.enumerated() {
                    let row = cells(rows[index])
                    if position == 0 {
                        XCTAssertEqual(row["task"]?.text, number + task.text.text, file: file, line: line)
                        XCTAssertEqual(span(row["task"]), indicators.count, "task \(task.text.text.prefix(30))", file: file, line: line)
                        XCTAssertEqual(row["plan"]?.text, task.plan?.text ?? "", file: file, line: line)
                        XCTAssertEqual(span(row["plan"]), indicators.count, file: file, line: line)
                        XCTAssertEqual(row["type"]?.text, task.type?.text ?? "", file: file, line: line)
                        XCTAssertEqual(row["progress"]?.text, task.progress?.text ?? "", file: file, line: line)
                        XCTAssertEqual(span(row["progress"]), indicators.count, file: file, line: line)
                    } else {
                        XCTAssertNil(row["task"], "a task's cell is merged, not repeated", file: file, line: line)
                        XCTAssertNil(row["number"], file: file, line: line)
                    }
                    if ownBodies {
                        XCTAssertEqual(row["bodies"]?.text, indicator.bodies?.text ?? (position == 0 ? task.bodies?.text ?? "" : ""), file: file, line: line)
                        XCTAssertEqual(span(row["bodies"]), 1, file: file, line: line)
                    } else if position == 0 {
                        XCTAssertEqual(row["bodies"]?.text, task.bodies?.text ?? "", file: file, line: line)
                        XCTAssertEqual(span(row["bodies"]), indicators.count, file: file, line: line)
                    }
                    XCTAssertEqual(row["indicator"]?.text, indicator.text?.text ?? "", file: file, line: line)
                    XCTAssertEqual(row["timeline"]?.text, indicator.timeline?.raw.text ?? "", file: file, line: line)
                    index += 1
                }
            }
        }
        XCTAssertEqual(index, rows.count, "no rows beyond the model's", file: file, line: line)
    }
}
