import Foundation
import WPCChecks
import WPCModel
import XCTest

final class JSONPrinterTests: XCTestCase {
    func testEachDiagnosticIsAnObjectWithItsFields() throws {
        let diagnostics = [
            Diagnostic(.error, "plan.unknown-code", "plan code 'SP9' is not defined in the legend",
                       at: SourceLocation(file: "a.txt", line: 5, column: 40), length: 3, help: "the legend's SP codes are SP1"),
            Diagnostic(.note, "source.note", "no location", at: nil),
        ]
        let output = JSONPrinter().print(diagnostics)
        let array = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.count, 2)
        XCTAssertEqual(array[0]["file"] as? String, "a.txt")
        XCTAssertEqual(array[0]["line"] as? Int, 5)
        XCTAssertEqual(array[0]["column"] as? Int, 40)
        XCTAssertEqual(array[0]["length"] as? Int, 3)
        XCTAssertEqual(array[0]["severity"] as? String, "error")
        XCTAssertEqual(array[0]["rule"] as? String, "plan.unknown-code")
        XCTAssertEqual(array[0]["help"] as? String, "the legend's SP codes are SP1")
        XCTAssertEqual(Set(array[1].keys), ["length", "severity", "rule", "message"])
    }

    func testOutputIsByteForByteStable() {
        let diagnostic = Diagnostic(.warning, "type.long-form", "m", at: SourceLocation(file: "a", line: 1, column: 1))
        XCTAssertEqual(JSONPrinter().print([diagnostic]), JSONPrinter().print([diagnostic]))
        let empty = try? JSONSerialization.jsonObject(with: Data(JSONPrinter().print([]).utf8)) as? [Any]
        XCTAssertEqual(empty?.count, 0)
    }
}
