import Foundation
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

/// Footnotes: Word's own (numbered by their references' order, text from the
/// footnotes part with bold kept as `**…**`), and those written as paragraphs
/// after the table with marks typed as superscript.
final class DocxFootnoteTests: XCTestCase {
    private typealias W = WordDocument

    private static let legend = "Strategic Goal (**SG**): Provide leadership; Strategic Objectives (SOs): **SO1** – Facilitation; **SO2** – Revenue collection"

    /// A footnote of the footnotes part: the mark run, a tab, then `runs`.
    private func footnote(_ id: Int, _ runs: String) -> String {
        "<w:footnote w:id=\"\(id)\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>"
            + "<w:r><w:tab/></w:r>\(runs)</w:p></w:footnote>"
    }

    private func reference(_ id: Int) -> String {
        "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\(id)\"/></w:r>"
    }

    func testReferencesAreNumberedInDocumentOrderAndBoldIsKept() throws {
        let headings = ["No", "Topic", "Tasks", "WCO Strategic Plan", "Type of task", "Responsible body", "Performance Indicators", "Timeline", "Progress"]
        // Word's ids need not follow the document's order: the marks do.
        let ids = [3: 12, 4: 5]
        let heading = W.row(headings.enumerated().map { index, text in W.cell(runs: W.run(text) + (ids[index].map(reference) ?? "")) }, header: true)
        let row = W.row([W.cell("1."), W.cell("Topic"), W.cell(runs: W.run("Task") + reference(7)), W.cell("SG SO1"), W.cell("M"),
                         W.cell("PTC"), W.cell("Done"), W.cell("2020"), W.cell()])
        let footnotes = footnote(5, W.run("The Work Programme differentiates two types of tasks: 1. ") + W.run("M", bold: true)
                                 + W.run(" for 'Maintenance' which refers to ongoing work; and 2. ") + W.run("A ", bold: true)
                                 + W.run("for 'Advanced' which refers to new tools."))
            + footnote(12, W.run("Strategic Goal (") + W.run("S", bold: true) + W.run("G", bold: true)
                       + W.run("): Provide leadership; Strategic Objectives (SOs): ") + W.run("SO1", bold: true)
                       + W.run(" – Facilitation; ") + W.run("SO2", bold: true) + W.run(" – Revenue collection"))
            + footnote(7, W.run("Added in September."))
        let result = try DocxTestDocuments.read(WordDocument(body: DocxTestDocuments.titleBlock + W.table([heading, row]), footnotes: footnotes))
        let programme = result.programme
        XCTAssertEqual(programme.headings.first?.marks.map(\.mark), ["¹", "²"])
        XCTAssertEqual(programme.headings.first?.marks.map(\.column), [.plan, .type])
        XCTAssertEqual(programme.topics.first?.tasks.first?.text.text, "Task³", "a reference in a cell is a superscript mark in its text")
        XCTAssertEqual(programme.footnotes.map(\.mark), ["¹", "²", "³"])
        XCTAssertEqual(programme.footnotes[0].text.text, Self.legend, "split bold runs are one emphasis")
        XCTAssertTrue(programme.footnotes[1].text.text.contains("2. **A** for 'Advanced'"), "space at a bold run's edge stays outside the markers")
        XCTAssertEqual(programme.legend.entries.map(\.code), ["SG", "SO1", "SO2"])
        XCTAssertEqual(programme.taskTypes.map(\.code), ["M", "A"])
        // The footnote's text is located in the footnotes part.
        let point = try XCTUnwrap(programme.footnotes[0].text.origin.point)
        let location = result.locator.location(point)
        XCTAssertEqual(location.package?.part, "word/notes1.xml")
        XCTAssertEqual(location.package?.place, "footnote ¹")
    }

    func testFootnotesWrittenAsParagraphsAfterTheTableWithTypedMarks() throws {
        let body = DocxTestDocuments.titleBlock
            + W.table([W.headingRow(marks: [3: "1"]), W.dataRow(["1.", "Topic", "Task", "SG", "M", "PTC", "Done", "2020", nil])])
            + "<w:p>" + W.run("1", superscript: true) + W.run(" Strategic Goal (") + W.run("SG", bold: true) + W.run("): Provide leadership; Strategic Objectives (SOs): ")
            + W.run("SO1", bold: true) + W.run(" – Facilitation; ") + W.run("SO2", bold: true) + W.run(" – Revenue collection") + "</w:p>"
            + W.paragraph("Prepared by the Secretariat")
        let result = try DocxTestDocuments.read(WordDocument(body: body))
        XCTAssertEqual(result.programme.footnotes.map(\.mark), ["¹"])
        XCTAssertEqual(result.programme.footnotes.first?.text.text, Self.legend)
        XCTAssertEqual(result.programme.headings.first?.marks.map(\.mark), ["¹"])
        XCTAssertEqual(result.programme.remarks.map(\.text), ["Prepared by the Secretariat"])
        XCTAssertTrue(result.diagnostics.contains { $0.rule == "docx.stray-text" && $0.severity == .warning })
    }

    func testAReferenceToAMissingFootnoteIsReported() throws {
        let row = W.row([W.cell("1."), W.cell("Topic"), W.cell(runs: W.run("Task") + reference(9)), W.cell("SG"), W.cell("M"),
                         W.cell("PTC"), W.cell("Done"), W.cell("2020"), W.cell()])
        let result = try DocxTestDocuments.read(DocxTestDocuments.annex([row], footnotes: ""))
        XCTAssertTrue(result.diagnostics.contains { $0.rule == "docx.missing-footnote" })
    }
}
