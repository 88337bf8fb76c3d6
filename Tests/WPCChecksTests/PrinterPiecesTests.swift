import Foundation
import WPCChecks
import WPCModel
import XCTest

/// `wpc check --format json|sarif` writes its report in the pieces it was
/// written in, never joined: the pieces, one after the other, are the
/// report `print` gives, byte for byte, however many there are.
final class PrinterPiecesTests: XCTestCase {
    /// Enough findings for several pieces of about a megabyte.
    private let diagnostics: [Diagnostic] = (1...12_000).map { number in
        Diagnostic(number % 3 == 0 ? .error : .warning, number % 2 == 0 ? "plan.unknown-code" : "timeline.outside-period",
                   "finding \(number): 'é SP\(number)' is not defined",
                   at: number % 50 == 0 ? nil : SourceLocation(file: "drafts/programme.txt", line: number, column: number % 90),
                   length: number % 7, help: number % 4 == 0 ? nil : "write it as the legend does")
    }

    func testJSONPiecesAreThePrintedReport() {
        let pieces = JSONPrinter().pieces(diagnostics)
        XCTAssertGreaterThan(pieces.count, 2, "several pieces")
        XCTAssertEqual(pieces.flatMap { $0 }, Array(JSONPrinter().print(diagnostics).utf8))
    }

    func testSARIFPiecesAreThePrintedLog() {
        let printer = SARIFPrinter(toolVersion: "0.0.0")
        let pieces = printer.pieces(diagnostics)
        XCTAssertGreaterThan(pieces.count, 2, "several pieces")
        XCTAssertEqual(pieces.flatMap { $0 }, Array(printer.print(diagnostics).utf8))
    }
}
