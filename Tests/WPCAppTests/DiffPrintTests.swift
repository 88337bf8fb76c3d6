import Foundation
import WPCSources
import WPCTestSupport
import XCTest

/// `wpc diff --format pdf`: the HTML report printed by the printer `render`
/// uses (headless Chromium), read back with poppler. Two revisions of the
/// bundled programme (`RevisedDrafts`), printed once in English and once in
/// French for the class.
final class DiffPrintTests: XCTestCase {
    private struct Printed: Sendable {
        var folder: URL
        var english: URL
        var french: URL
    }

    private struct PrintFailure: Error, CustomStringConvertible { var description: String }

    private static let printed: Result<Printed, any Error> = Result {
        let folder = try Repository.temporaryFolder("wpc-diff-pdf")
        let (september, march) = try RevisedDrafts.make()
        try Data(try XMLProgrammeWriter().write(september).utf8).write(to: folder.appendingPathComponent("september.xml"))
        try Data(try XMLProgrammeWriter().write(march).utf8).write(to: folder.appendingPathComponent("march.xml"))
        let printed = Printed(folder: folder, english: folder.appendingPathComponent("changes.pdf"),
                              french: folder.appendingPathComponent("modifications.pdf"))
        // Run in the folder: the report names the drafts as given, short enough to stay on one line.
        for (file, language) in [(printed.english, "en"), (printed.french, "fr")] {
            let result = try CommandRunner.wpc(["diff", "september.xml", "march.xml", "--format", "pdf", "--lang", language, "-o", file.path],
                                               in: folder)
            guard result.status == 1 else { throw PrintFailure(description: "wpc diff --format pdf --lang \(language): \(result.status) \(result.stderr)") }
        }
        return printed
    }

    override class func tearDown() {
        if let folder = try? printed.get().folder { try? FileManager.default.removeItem(at: folder) }
        super.tearDown()
    }

    /// The text of `file`, in reading order, its white space runs made single spaces.
    private func text(_ file: URL) throws -> String {
        let raw = try CommandRunner.run(try CommandRunner.require("pdftotext"), ["-raw", file.path, "-"]).stdout
        return raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private func info(_ file: URL) throws -> String {
        try CommandRunner.run(try CommandRunner.require("pdfinfo"), [file.path]).stdout
    }

    func testThePrintedReportShowsTheSummaryAndEveryKindOfChange() throws {
        let printed = try Self.printed.get()
        let text = try text(printed.english)
        XCTAssertTrue(text.contains("Changes from september.xml to march.xml"), "the heading")
        XCTAssertTrue(text.contains("12 changes: 1 topic added (11. Green Customs), topics 11–31 renumbered 12–32, 1 task added (3.4), "
                                    + "2 tasks removed (5.4, 18.1), 1 task moved from 15.3 to 17.3, 2 tasks reworded (1.2, 4.1), "), text)
        XCTAssertTrue(text.contains("date: September 2019 March 2020"), "the date, old and new")
        XCTAssertTrue(text.contains("1.2 Revise and update the ECP Action Plan"), "a reworded task, with its inserted words")
        XCTAssertTrue(text.contains("3.4 Publish a TRS e-learning module"), "an added task")
        XCTAssertTrue(text.contains("Moved to 17.3"), "a moved task's old place")
        XCTAssertTrue(text.contains("12.1 (was 11.1)"), "a renumbered task")
        XCTAssertTrue(text.contains("Key: inserted · deleted · changed cell · moved task"))
    }

    func testThePrintedReportIsA4LandscapeTitledAndInItsLanguage() throws {
        let printed = try Self.printed.get()
        for (file, language, heading) in [(printed.english, "en", "Changes from"), (printed.french, "fr", "Modifications de")] {
            let info = try info(file)
            XCTAssertTrue(info.contains("Page size:       841.92 x 594.96 pts (A4)"), info)
            XCTAssertTrue(info.contains("Title:           \(heading) september.xml "), info)
            XCTAssertTrue(info.contains("CreationDate:    Sun Mar  1 00:00:00 2020 UTC"), "dated by the new draft: \(info)")
            let bytes = try Data(contentsOf: file)
            XCTAssertNotNil(bytes.range(of: Data("/Lang (\(language))".utf8)), language)
        }
        let french = try text(printed.french)
        XCTAssertTrue(french.contains("12 modifications : 1 thème ajouté (11. Green Customs), thèmes 11 à 31 renumérotés 12 à 32, "), french)
        XCTAssertTrue(french.contains("Déplacée vers 17.3"))
        XCTAssertTrue(french.contains("N° Thème Tâches"), "the column headings")
        XCTAssertTrue(french.contains("Légende : ajouté · supprimé · cellule modifiée · tâche déplacée"))
        XCTAssertFalse(french.contains("Moved to"))
    }
}
