import Foundation
import WPCChecks
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

/// A finding in a Word document names the table, row and column in words and
/// the part, line and column of the text, in human, JSON and SARIF output.
final class DocxLocationTests: XCTestCase {
    private typealias W = WordDocument

    /// A one-table document whose second task's timeline misspells a month, in its second run.
    private func checked() throws -> (result: ReadResult, diagnostics: [Diagnostic]) {
        let rows = [
            W.row([W.cell("12.", merge: "restart"), W.cell("Railways", merge: "restart"), W.cell("Develop the guidelines"), W.cell("SG"),
                   W.cell("A"), W.cell("PTC"), W.cell("Guidelines drafted"), W.cell("June 2020"), W.cell()]),
            W.row([W.cell(merge: "continue"), W.cell(merge: "continue"), W.cell("Publish the guidelines"), W.cell("SG"), W.cell("A"),
                   W.cell("PTC"), W.cell("Guidelines published"),
                   W.cell(runs: W.run("June 2020 (for adoption) ") + W.run("Octobr 2020", bold: true)), W.cell()]),
        ]
        let document = WordDocument(body: W.paragraph("Draft PTC Work Programme 2019-2022") + W.table([W.headingRow()] + rows))
        let result = try SourceReader.read(document.data(), path: "draft.docx")
        let diagnostics = (result.diagnostics + CheckRunner().check(result.programme, locator: result.locator)).sortedByLocation()
        return (result, diagnostics)
    }

    private func misspelt(_ diagnostics: [Diagnostic]) throws -> Diagnostic {
        try XCTUnwrap(diagnostics.first { $0.rule == "timeline.unrecognized" })
    }

    func testTheLocationNamesTableRowAndColumnAndPointsIntoThePart() throws {
        let (result, diagnostics) = try checked()
        let diagnostic = try misspelt(diagnostics)
        let location = try XCTUnwrap(diagnostic.location)
        XCTAssertEqual(location.description, "draft.docx: table 1, row 3 (topic 12, task 2), column Timeline")
        XCTAssertEqual(location.package?.part, "word/document.xml")
        XCTAssertEqual(location.package?.cell, TableCellPlace(table: 1, row: 3, column: "Timeline", topic: "12", task: 2))
        // The line and column are those of the misspelt word in the part, though it sits in the cell's second run.
        let lines = try XCTUnwrap(result.texts[location.textKey])
        let line = String(try XCTUnwrap(lines.line(location.line)))
        XCTAssertTrue(line.unicodeScalars.dropFirst(location.column - 1).starts(with: "Octobr 2020".unicodeScalars), "column \(location.column)")
    }

    func testHumanOutputGivesThePlaceThenThePartLineAndTheExcerpt() throws {
        let (result, diagnostics) = try checked()
        let diagnostic = try misspelt(diagnostics)
        let output = HumanPrinter().format(diagnostic, source: diagnostic.location.flatMap { result.texts[$0.textKey] })
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("draft.docx: table 1, row 3 (topic 12, task 2), column Timeline: error: "), lines[0])
        XCTAssertTrue(lines[0].hasSuffix("[timeline.unrecognized]"), lines[0])
        XCTAssertEqual(lines[1], "  --> word/document.xml:\(diagnostic.location?.line ?? 0):\(diagnostic.location?.column ?? 0)")
        let caret = try XCTUnwrap(lines[3].firstIndex(of: "^"))
        XCTAssertTrue(lines[2][caret...].hasPrefix("Octobr"), "the caret stands under the word: \(lines[2])\n\(lines[3])")
    }

    func testJSONGivesThePartThePlaceAndTheCell() throws {
        let diagnostic = try misspelt(checked().diagnostics)
        let json = JSONPrinter().print([diagnostic])
        let record = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])?.first)
        XCTAssertEqual(record["file"] as? String, "draft.docx")
        XCTAssertEqual(record["part"] as? String, "word/document.xml")
        XCTAssertEqual(record["place"] as? String, "table 1, row 3 (topic 12, task 2), column Timeline")
        let cell = try XCTUnwrap(record["cell"] as? [String: Any])
        XCTAssertEqual(cell["table"] as? Int, 1)
        XCTAssertEqual(cell["row"] as? Int, 3)
        XCTAssertEqual(cell["column"] as? String, "Timeline")
        XCTAssertEqual(cell["topic"] as? String, "12")
        XCTAssertEqual(cell["task"] as? Int, 2)
        XCTAssertEqual(record["line"] as? Int, diagnostic.location?.line)
        // A text source's record has none of these keys.
        let plain = JSONPrinter().print([Diagnostic(.warning, "x.y", "m", at: SourceLocation(file: "a.txt", line: 2, column: 3))])
        XCTAssertFalse(plain.contains("\"part\"") || plain.contains("\"place\"") || plain.contains("\"cell\""))
    }

    func testSARIFNestsThePartInTheDocumentAndNamesThePlaceLogically() throws {
        let diagnostics = try checked().diagnostics
        let whole = Diagnostic(.error, "source.unreadable", "no table", at: SourceLocation(file: "other.docx", line: 0, column: 0, package: .whole))
        let output = SARIFPrinter(toolVersion: "0.1.0").print(diagnostics + [whole])
        let outcome = try SchemaValidator.validateSARIF(output)
        XCTAssertTrue(outcome.valid, outcome.report)
        let run = try XCTUnwrap(((try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])?["runs"] as? [[String: Any]])?.first)
        let artifacts = try XCTUnwrap(run["artifacts"] as? [[String: Any]])
        XCTAssertEqual(artifacts.compactMap { ($0["location"] as? [String: Any])?["uri"] as? String }, ["draft.docx", "/word/document.xml", "other.docx"])
        XCTAssertEqual(artifacts[1]["parentIndex"] as? Int, 0)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        let misspelt = try XCTUnwrap(results.first { $0["ruleId"] as? String == "timeline.unrecognized" })
        let location = try XCTUnwrap((misspelt["locations"] as? [[String: Any]])?.first)
        let artifact = try XCTUnwrap((location["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])
        XCTAssertEqual(artifact["uri"] as? String, "/word/document.xml")
        XCTAssertEqual(artifact["index"] as? Int, 1)
        let logical = try XCTUnwrap((location["logicalLocations"] as? [[String: Any]])?.first)
        XCTAssertEqual(logical["fullyQualifiedName"] as? String, "table 1, row 3 (topic 12, task 2), column Timeline")
        XCTAssertEqual(logical["name"] as? String, "column Timeline")
        let wholeResult = try XCTUnwrap(results.last)
        let wholePhysical = try XCTUnwrap(((wholeResult["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        XCTAssertNil(wholePhysical["region"], "a finding about the whole document has no text line")
    }
}
