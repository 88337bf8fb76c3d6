import Foundation
import WPCChecks
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

final class SARIFPrinterTests: XCTestCase {
    private let diagnostics = [
        Diagnostic(.error, "plan.unknown-code", "plan code 'SP9' is not defined in the legend",
                   at: SourceLocation(file: "Input/my programme.txt", line: 5, column: 40), length: 3, help: "use SP1–SP8"),
        Diagnostic(.note, "annex.column-shift", "row moved right", at: SourceLocation(file: "/tmp/a.txt", line: 7, column: 0)),
        Diagnostic(.warning, "source.unreadable", "no location", at: nil),
    ]

    func testResultsCarryRuleLevelMessageAndRegion() throws {
        let output = SARIFPrinter(toolVersion: "0.1.0").print(diagnostics)
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "wpc")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        XCTAssertEqual(ids, ids.sorted())
        XCTAssertTrue(ids.contains("plan.unknown-code") && ids.contains("annex.column-shift"), "reader rules are declared too")

        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, 3)
        let first = results[0]
        XCTAssertEqual(first["ruleId"] as? String, "plan.unknown-code")
        XCTAssertEqual(first["level"] as? String, "error")
        XCTAssertEqual(ids[first["ruleIndex"] as? Int ?? -1], "plan.unknown-code")
        XCTAssertEqual((first["message"] as? [String: Any])?["text"] as? String,
                       "plan code 'SP9' is not defined in the legend\nhelp: use SP1–SP8")
        let physical = try XCTUnwrap(((first["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        XCTAssertEqual((physical["artifactLocation"] as? [String: Any])?["uri"] as? String, "Input/my%20programme.txt")
        let region = try XCTUnwrap(physical["region"] as? [String: Any])
        XCTAssertEqual(region["startLine"] as? Int, 5)
        XCTAssertEqual(region["startColumn"] as? Int, 40)
        XCTAssertEqual(region["endColumn"] as? Int, 43)
        XCTAssertNil(results[2]["locations"])
    }

    func testAbsolutePathsBecomeFileURIs() {
        XCTAssertEqual(SARIFPrinter.uri(for: "/tmp/a b.txt"), "file:///tmp/a%20b.txt")
    }

    func testLogValidatesAgainstTheSARIFSchema() throws {
        let outcome = try SchemaValidator.validateSARIF(SARIFPrinter(toolVersion: "0.1.0").print(diagnostics))
        XCTAssertTrue(outcome.valid, outcome.report)
    }

    func testEmptyLogValidates() throws {
        let outcome = try SchemaValidator.validateSARIF(SARIFPrinter(toolVersion: "0.1.0").print([]))
        XCTAssertTrue(outcome.valid, outcome.report)
    }

    func testSeedLogValidates() throws {
        let result = try SourceReader.read(path: Repository.seedText)
        let found = result.diagnostics + CheckRunner().check(result.programme, registry: try BodyRegistryReader.read(path: Repository.bodies), locator: result.locator)
        XCTAssertFalse(found.isEmpty)
        let outcome = try SchemaValidator.validateSARIF(SARIFPrinter(toolVersion: "0.1.0").print(found.sortedByLocation()))
        XCTAssertTrue(outcome.valid, outcome.report)
    }

    func testValidatorRejectsALogThatBreaksTheSchema() throws {
        let broken = SARIFPrinter(toolVersion: "0.1.0").print(diagnostics).replacingOccurrences(of: "\"level\" : \"error\"", with: "\"level\" : \"fatal\"")
        XCTAssertNotEqual(broken, SARIFPrinter(toolVersion: "0.1.0").print(diagnostics), "the replacement must hit")
        XCTAssertFalse(try SchemaValidator.validateSARIF(broken).valid)
    }
}
