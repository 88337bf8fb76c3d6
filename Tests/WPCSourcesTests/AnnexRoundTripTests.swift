import Foundation
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

/// The reader generalises: exports of the same programme with page breaks,
/// cuts and slips in other places read back to the same model; and the clean
/// export reads back losslessly.
final class AnnexRoundTripTests: XCTestCase {
    private func seedProgramme() throws -> Programme { try SourceReader.read(path: Repository.seedText).programme }

    func testCleanExportReadsBackToTheSameProgramme() throws {
        let programme = try seedProgramme()
        let text = AnnexTextWriter().write(programme)
        let again = try AnnexTextReader().read(SourceText(path: "clean.txt", text: text))
        assertSame(again.programme, programme)
        XCTAssertEqual(AnnexTextWriter().write(again.programme), text, "the clean export is stable")
        XCTAssertFalse(again.diagnostics.contains { $0.severity != .note }, "a clean export needs no repair")
    }

    func testTwentyFourRepaginatedExportsReadBackToTheSameProgramme() throws {
        let programme = try seedProgramme()
        var cutRows = 0
        // WPC_ANNEX_VARIANTS raises the count for a longer run.
        let count = UInt64(ProcessInfo.processInfo.environment["WPC_ANNEX_VARIANTS"] ?? "") ?? 24
        for seed in UInt64(1)...max(24, count) {
            let text = AnnexExportGenerator().export(programme, options: .init(seed: seed))
            let result = try AnnexTextReader().read(SourceText(path: "variant-\(seed).txt", text: text))
            cutRows += result.diagnostics.filter { $0.rule == "annex.continued-row" }.count
            assertSame(result.programme, programme, variant: "variant \(seed)", text: text)
        }
        XCTAssertGreaterThan(cutRows, 24, "the variants do cut rows across page breaks")
    }

    func testRepaginatedExportsOfTheSyntheticProgrammeReadBack() throws {
        let programme = try seedProgramme()
        let text = AnnexExportGenerator().export(programme, options: {
            var options = AnnexExportGenerator.Options(seed: 99)
            options.breakChance = 0.5
            options.tabSlipChance = 0.3
            return options
        }())
        let result = try AnnexTextReader().read(SourceText(path: "dense.txt", text: text))
        assertSame(result.programme, programme, variant: "dense breaks", text: text)
    }

    /// Fails with the first differing field and where the imported value was read.
    private func assertSame(_ actual: Programme, _ expected: Programme, variant: String = "", text: String = "", file: StaticString = #filePath, line: UInt = #line) {
        guard actual != expected else { return }
        let difference = ProgrammeComparison.firstDifference(actual, expected) ?? "unknown field"
        XCTFail("\(variant): \(difference)", file: file, line: line)
        if !text.isEmpty {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("wpc-failed-\(variant.replacingOccurrences(of: " ", with: "-")).txt")
            try? text.write(to: path, atomically: true, encoding: .utf8)
        }
    }
}
