import Foundation
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

/// Tracked changes read as all accepted (the default) or all rejected
/// (`--as-original`), with a note counting them and naming where they are;
/// comments left out with a note; what cannot be read said, not dropped.
final class DocxTrackedChangesTests: XCTestCase {
    private typealias W = WordDocument

    private func changedDocument() -> WordDocument {
        let author = "w:author=\"Secretariat\" w:date=\"2019-09-02T10:00:00Z\""
        let task = W.cell(runs: W.run("Review the ")
            + "<w:del w:id=\"1\" \(author)><w:r><w:delText>ECP </w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" \(author)><w:r><w:t xml:space=\"preserve\">Economic Competitiveness </w:t></w:r></w:ins>"
            + W.run("Action Plan"))
        // A paragraph whose mark was deleted runs on into the next when the change is accepted.
        let indicator = W.cell(paragraphs: [
            "<w:p><w:pPr><w:rPr><w:del w:id=\"3\" \(author)/></w:rPr></w:pPr>\(W.run("Plan revi"))</w:p>",
            "<w:p>\(W.run("sed"))</w:p>",
        ])
        let timeline = W.cell(runs: "<w:moveFrom w:id=\"4\" \(author)><w:r><w:t>2019</w:t></w:r></w:moveFrom>"
            + "<w:moveTo w:id=\"5\" \(author)><w:r><w:t>2020</w:t></w:r></w:moveTo>")
        let plan = W.cell(runs: "<w:r><w:rPr><w:b/><w:rPrChange w:id=\"6\" \(author)><w:rPr/></w:rPrChange></w:rPr><w:t>SG</w:t></w:r>")
        let first = W.row([W.cell("1."), W.cell("Economic package"), task, plan, W.cell("M"), W.cell("PTC"), indicator, timeline, W.cell()])
        let inserted = W.row(["2.", "Added topic", "New task", "SP1", "A", "PTC", "Done", "2021", ""].map { W.cell($0) },
                             properties: "<w:ins w:id=\"7\" \(author)/>")
        let deleted = W.row(["3.", "Removed topic", "Old task", "SP2", "M", "PTC", "Done", "2021", ""].map { W.cell($0) },
                            properties: "<w:del w:id=\"8\" \(author)/>")
        return DocxTestDocuments.annex([first, inserted, deleted])
    }

    func testChangesAreAcceptedByDefault() throws {
        let result = try DocxTestDocuments.read(changedDocument())
        let programme = result.programme
        XCTAssertEqual(programme.topics.map(\.title.text), ["Economic package", "Added topic"])
        let task = try XCTUnwrap(programme.topics.first?.tasks.first)
        XCTAssertEqual(task.text.text, "Review the Economic Competitiveness Action Plan")
        XCTAssertEqual(task.indicators.first?.text?.text, "Plan revised")
        XCTAssertEqual(task.indicators.first?.timeline?.raw.text, "2020")
        let note = try XCTUnwrap(result.diagnostics.first { $0.rule == "docx.tracked-changes" })
        XCTAssertEqual(note.severity, .note)
        XCTAssertTrue(note.message.hasPrefix("the document has 7 tracked changes (2 insertions, 3 deletions, 1 move, 1 formatting change), read as if all were accepted: in table 1, row 2 (topic 1, task 1), columns Tasks, WCO Strategic Plan, Performance Indicators and Timeline;"), note.message)
        XCTAssertTrue(note.message.contains("table 1, row 3;"), note.message)
        XCTAssertTrue(note.message.contains("table 1, a row deleted after row 3"), note.message)
        XCTAssertEqual(note.location?.package?.place, "table 1, row 2 (topic 1, task 1), column Tasks")
        XCTAssertEqual(note.help, "--as-original reads the document as it was before the changes")
    }

    func testAsOriginalRejectsEveryChange() throws {
        let result = try DocxTestDocuments.read(changedDocument(), view: .original)
        let programme = result.programme
        XCTAssertEqual(programme.topics.map(\.title.text), ["Economic package", "Removed topic"])
        let task = try XCTUnwrap(programme.topics.first?.tasks.first)
        XCTAssertEqual(task.text.text, "Review the ECP Action Plan")
        XCTAssertEqual(task.indicators.first?.text?.text, "Plan revi sed", "the paragraph mark stands")
        XCTAssertEqual(task.indicators.first?.timeline?.raw.text, "2019")
        let note = try XCTUnwrap(result.diagnostics.first { $0.rule == "docx.tracked-changes" })
        XCTAssertTrue(note.message.contains("read as if all were rejected (--as-original)"), note.message)
    }

    func testADocumentWithoutChangesHasNoNote() throws {
        let result = try DocxTestDocuments.read(DocxTestDocuments.annex([W.dataRow(["1.", "T", "Task", "SG", "M", "PTC", "Done", "2020", nil])]))
        XCTAssertTrue(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    func testCommentsTextBoxesEndnotesAndHiddenMergedTextAreSaid() throws {
        let task = W.cell(runs: "<w:commentRangeStart w:id=\"0\"/>" + W.run("Task") + "<w:commentRangeEnd w:id=\"0\"/>"
            + "<w:r><w:commentReference w:id=\"0\"/></w:r>"
            + "<w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent><w:p>\(W.run("boxed"))</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
            + "<w:r><w:endnoteReference w:id=\"1\"/></w:r>")
        let rows = [
            W.row([W.cell("1.", merge: "restart"), W.cell("Topic", merge: "restart"), task, W.cell("SG"), W.cell("M"), W.cell("PTC"),
                   W.cell("Done"), W.cell("2020"), W.cell()]),
            W.row([W.cell("hidden", merge: "continue"), W.cell(merge: "continue"), W.cell("Second"), W.cell("SG"), W.cell("M"), W.cell("PTC"),
                   W.cell("Done"), W.cell("2021"), W.cell()]),
        ]
        let result = try DocxTestDocuments.read(DocxTestDocuments.annex(rows))
        XCTAssertEqual(DocxTestDocuments.firstTask(result)?.text.text, "Task", "comments and text boxes add nothing to the text")
        XCTAssertEqual(result.programme.topics.count, 1)
        let rules = result.diagnostics.map(\.rule)
        XCTAssertTrue(rules.contains("docx.comments"))
        XCTAssertTrue(rules.contains("docx.text-box"))
        XCTAssertTrue(rules.contains("docx.endnotes"))
        XCTAssertTrue(rules.contains("docx.hidden-merged-text"))
        XCTAssertEqual(result.diagnostics.first { $0.rule == "docx.hidden-merged-text" }?.location?.package?.place, "table 1, row 3 (topic 1), column No")
    }
}
