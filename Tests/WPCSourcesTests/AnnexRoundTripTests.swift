import Foundation
import WPCModel
import WPCSources
import WPCSynthetic
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

    func testReferenceAboveTheTitleAndOtherHeaderSpellings() throws {
        let programme = try seedProgramme()
        var text = AnnexTextWriter().write(programme)
        // The reference printed above the title, as on a first page; "N°" for "No".
        text = text.replacingOccurrences(of: "Annex II to doc. PC0571Ea\n", with: "")
        text = "Annex II to\ndoc. PC0571Ea\n\n" + text.replacingOccurrences(of: "No\tTopic\t", with: "N°\tTopic\t")
        let result = try AnnexTextReader().read(SourceText(path: "top.txt", text: text))
        assertSame(result.programme, programme, variant: "reference on top", text: text)

        let dated = AnnexTextWriter().write(programme).replacingOccurrences(of: "\nSeptember 2019\n", with: "\n15 September 2019\n")
        let read = try AnnexTextReader().read(SourceText(path: "dated.txt", text: dated))
        XCTAssertEqual(read.programme.date?.text, "15 September 2019")
        XCTAssertEqual(read.programme.introduction, programme.introduction)
    }

    func testEverySpellingOfTheNumberHeadingStartsTheTable() throws {
        let programme = try seedProgramme()
        let text = AnnexTextWriter().write(programme)
        for spelling in ["No", "NO", "no.", "Nr", "NR.", "N°", "Nº", "#", "Number", "NUMBER"] {
            let spelled = text.replacingOccurrences(of: "No\tTopic\t", with: "\(spelling)\tTopic\t")
            let result = try AnnexTextReader().read(SourceText(path: "spelled.txt", text: spelled))
            assertSame(result.programme, programme, variant: "number heading '\(spelling)'", text: spelled)
        }
    }

    func testFootnoteCutAtASentenceEndContinuesAfterTheRunningHeader() throws {
        let programme = try seedProgramme()
        let clean = AnnexTextWriter().write(programme)
        let cut = "(discussion, guidance, endorsement). "
        XCTAssertTrue(clean.contains(cut))
        let text = clean.replacingOccurrences(of: cut, with: "(discussion, guidance, endorsement).\n\n*Draft PTC Work Programme 2019-2022\nSeptember 2019*\n\n")
        let result = try AnnexTextReader().read(SourceText(path: "cut.txt", text: text))
        assertSame(result.programme, programme, variant: "footnote cut at a sentence", text: text)
        XCTAssertEqual(result.diagnostics.filter { $0.rule == "annex.footnote-continued" }.count, 1)
    }

    func testProseRightAfterTheLastFootnoteIsARemark() throws {
        let programme = try seedProgramme()
        let text = AnnexTextWriter().write(programme) + "\nNote: the Progress column is filled after each session.\n"
        let result = try AnnexTextReader().read(SourceText(path: "remark.txt", text: text))
        XCTAssertEqual(result.programme.remarks.map(\.text), ["Note: the Progress column is filled after each session."])
        XCTAssertEqual(result.programme.footnotes, programme.footnotes)
        XCTAssertEqual(result.diagnostics.filter { $0.rule == "annex.stray-text" }.count, 1)
    }

    func testFormFeedIsAPageBreak() throws {
        let programme = try seedProgramme()
        // Cut task 4.1 as the seed does, with a form feed for the break.
        var text = AnnexTextWriter().write(programme)
        let whole = "Follow and potentially contribute to the Secretariat's engagement with the World Bank Group on \"Doing Business\" survey\tSG SO1 SP1 SP6"
        XCTAssertTrue(text.contains(whole))
        text = text.replacingOccurrences(of: whole, with: "Follow and potentially contribute to the\tSG\tA\tWG on Performance Measurement, PTC/PC/Council\tThe initiative discussed by the PTC\tOn-going\t\n\u{0C}\t\tSecretariat's engagement with the World Bank Group on \"Doing Business\" survey\tSO1 SP1 SP6")
        text = text.replacingOccurrences(of: "SO1 SP1 SP6\tA\tWG on Performance Measurement, PTC/PC/Council\tThe initiative discussed by the PTC\tOn-going\t", with: "SO1 SP1 SP6\t\t\t\t\t")
        let result = try AnnexTextReader().read(SourceText(path: "ff.txt", text: text))
        assertSame(result.programme, programme, variant: "form feed", text: text)
        XCTAssertEqual(result.diagnostics.filter { $0.rule == "annex.continued-row" }.count, 1)
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
