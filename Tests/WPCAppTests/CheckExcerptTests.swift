import Foundation
import WPCApp
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

/// `wpc check` lets a source's text go as it reads it and reads the lines
/// it shows again from the file: the report reads exactly as one made from
/// the text held whole, unless the file changed in between, which it says.
final class CheckExcerptTests: XCTestCase {
    private func checkedCopy(of path: String) throws -> (file: URL, report: CheckReport) {
        let file = try Repository.temporaryFolder().appendingPathComponent("programme.txt")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: path), to: file)
        let registry = try BodyRegistryReader.read(path: Repository.bodies)
        return (file, CheckJob(paths: [file.path], registry: registry).run())
    }

    func testLinesReadAgainShowAsTheTextHeldWhole() throws {
        let (file, report) = try checkedCopy(of: Repository.seedText)
        XCTAssertEqual(report.sources[file.path]?.hasText, false, "the text was let go")
        var whole = report
        whole.sources[file.path] = try SourceText.load(path: file.path).lines
        XCTAssertFalse(report.diagnostics.isEmpty)
        let shown = report.displayed(DiagnosticDisplay(limit: nil))
        XCTAssertEqual(shown, whole.displayed(DiagnosticDisplay(limit: nil)))
        XCTAssertEqual(report.rendered(as: .human), whole.rendered(as: .human))
        XCTAssertTrue(shown.contains("^"), "lines and carets are shown")
        XCTAssertFalse(shown.contains("changed while it was checked"))
    }

    func testAFileChangedSinceItWasReadIsShownWithoutLines() throws {
        let (file, report) = try checkedCopy(of: Repository.seedText)
        let line = try XCTUnwrap(report.diagnostics.compactMap(\.location?.line).first)
        var bytes = try [UInt8](Data(contentsOf: file))
        let lines = LineIndex(bytes: bytes)
        let range = try XCTUnwrap(lines.range(ofLine: line))
        bytes[range.lowerBound] = bytes[range.lowerBound] == 0x41 ? 0x42 : 0x41
        try Data(bytes).write(to: file)
        let shown = report.displayed(DiagnosticDisplay(limit: nil))
        XCTAssertTrue(shown.hasPrefix("note: \(file.path) changed while it was checked; its lines are not shown\n"), shown)
        XCTAssertFalse(shown.contains("^"), "no line is shown from a changed file")
        XCTAssertTrue(shown.contains(report.diagnostics[0].message), "every finding is still shown")
    }
}
