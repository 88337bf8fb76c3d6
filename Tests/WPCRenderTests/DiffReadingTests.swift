import Foundation
import WPCModel
import WPCRender
import WPCTestSupport
import WPCViews
import XCTest

/// The diff report as a delegate reads it, on two drafts of the bundled
/// programme (`RevisedDrafts`): the summary in words comes first and links
/// to rows that are in the page, renumbering reads as a range, only the
/// changed rows and their neighbours are printed, and the page prints on a
/// few A4 sheets. One print run serves the class.
final class DiffReadingTests: XCTestCase {
    static func report(labels: Labels = TestLabels.english, options: DiffOptions = DiffOptions()) throws -> DiffReport {
        let (old, new) = try RevisedDrafts.make()
        return DiffReport(old: old, new: new, oldFile: "september.xml", newFile: "march.xml", options: options, labels: labels)
    }

    /// The changed-rows page printed by Chromium: its page count and its text.
    static let printed: Result<(pages: Int, text: String), Error> = Result {
        let folder = try Repository.temporaryFolder("wpc-diff-print")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("changes.html")
        try Data(try report().html().utf8).write(to: page)
        let pages = try Chromium.printedPageCount(page)
        let text = try CommandRunner.run(try CommandRunner.require("pdftotext"), ["-raw", page.deletingPathExtension().appendingPathExtension("pdf").path, "-"]).stdout
        return (pages, text)
    }

    func testSummaryIsASentenceInWordsWithRenumberingAsARange() throws {
        let sentence = try Self.report().summarySentence
        XCTAssertEqual(sentence, "12 changes: 1 topic added (11. Green Customs), topics 11–31 renumbered 12–32, "
            + "1 task added (3.4), 2 tasks removed (5.4, 18.1), 1 task moved from 15.3 to 17.3, 2 tasks reworded (1.2, 4.1), "
            + "1 indicator added (12.1), 1 indicator removed (26.1), 2 timelines moved (8.1, 20.2), the date changed.")
    }

    func testEverySummaryLinkResolvesToAnElementOfThePage() throws {
        let html = try Self.report().html()
        let root = try XCTUnwrap(HTMLTree.parse(html))
        let ids = Set(Self.elements(root).compactMap { $0.attributes["id"] })
        let summary = try XCTUnwrap(root.descendants("p").first { $0.attributes["class"] == "summary" })
        let links = summary.descendants("a").compactMap { $0.attributes["href"] }
        XCTAssertEqual(links.count, 14, "\(links)")
        for link in links {
            XCTAssertTrue(link.hasPrefix("#"), link)
            XCTAssertTrue(ids.contains(String(link.dropFirst())), "no element with the id of \(link)")
        }
        // Ids are unique.
        let all = Self.elements(root).compactMap { $0.attributes["id"] }
        XCTAssertEqual(all.count, Set(all).count)
        // The link of the move points at the row that says where it came from.
        let moved = try XCTUnwrap(Self.elements(root).first { $0.attributes["id"] == "new-17-3" })
        XCTAssertTrue(moved.text.contains("Moved from 15.3"), moved.text)
    }

    func testOnlyChangedRowsAndTheirNeighboursAreShownUnlessFull() throws {
        let report = try Self.report()
        let changed = try XCTUnwrap(HTMLTree.parse(try report.html()))
        let full = try XCTUnwrap(HTMLTree.parse(try report.html(full: true)))
        func taskRows(_ root: HTMLElement) -> [HTMLElement] {
            root.descendants("tr").filter { $0.attributes["id"]?.hasPrefix("new-") == true || $0.attributes["id"]?.hasPrefix("old-") == true }
        }
        let newTasks = report.new.topics.reduce(0) { $0 + $1.tasks.count }
        // Every task of NEW, plus the three rows of tasks NEW no longer has there (two removed, one moved away).
        XCTAssertEqual(taskRows(full).count, newTasks + 3)
        let shown = taskRows(changed)
        XCTAssertLessThan(shown.count, 45)
        XCTAssertGreaterThan(shown.count, 12)
        // Each row says its task's number; a renumbered one says what it was.
        XCTAssertTrue(shown.contains { $0.text.contains("26.1 (was 25.1)") })
        // Left-out rows are counted in gap rows.
        let gaps = changed.descendants("td").filter { $0.attributes["class"] == "gap" }.map(\.text)
        XCTAssertTrue(gaps.contains("1 unchanged topic"), "\(gaps)")
        XCTAssertTrue(gaps.contains { $0.hasSuffix("unchanged tasks") }, "\(gaps)")
        XCTAssertTrue(full.descendants("td").allSatisfy { $0.attributes["class"] != "gap" })
    }

    func testTheChangedRowsPrintOnAFewPages() throws {
        let printed = try Self.printed.get()
        XCTAssertLessThanOrEqual(printed.pages, 3)
        let text = LineText.squeezed(printed.text)
        XCTAssertTrue(text.contains(LineText.squeezed("topics 11–31 renumbered 12–32")), String(printed.text.prefix(600)))
        XCTAssertTrue(text.contains(LineText.squeezed("Share practices on environmentally sustainable Customs procedures")))
        XCTAssertTrue(text.contains(LineText.squeezed("Moved from 15.3")))
    }

    func testFrenchWordsComeFromTheSameTable() throws {
        let report = try Self.report(labels: TestLabels.french)
        let sentence = report.summarySentence
        XCTAssertTrue(sentence.hasPrefix("12 modifications : 1 thème ajouté (11. Green Customs), thèmes 11 à 31 renumérotés 12 à 32, "), sentence)
        XCTAssertTrue(sentence.contains("1 tâche déplacée de 15.3 à 17.3"), sentence)
        XCTAssertTrue(sentence.hasSuffix("la date a changé."), sentence)
        let html = try report.html()
        XCTAssertTrue(html.contains("<html lang=\"fr\">"))
        XCTAssertTrue(html.contains("Déplacée depuis 15.3"))
        XCTAssertFalse(html.contains("Moved from"))
    }

    func testIdenticalDraftsGiveOneLine() throws {
        let (old, _) = try RevisedDrafts.make()
        let report = DiffReport(old: old, new: old, oldFile: "a.xml", newFile: "b.xml", options: DiffOptions(ignoring: [.case]), labels: TestLabels.english)
        XCTAssertEqual(report.terminalSummary(), "No changes between a.xml and b.xml. Ignored: case.\n")
        XCTAssertEqual(report.markdown(), "No changes between a.xml and b.xml. Ignored: case.\n")
        let root = try XCTUnwrap(HTMLTree.parse(try report.html()))
        let body = try XCTUnwrap(root.descendants("body").first)
        XCTAssertEqual(body.children.compactMap { if case .element(let element) = $0 { element.name } else { nil } }, ["p"])
        XCTAssertEqual(body.text.trimmingCharacters(in: .whitespacesAndNewlines), "No changes between a.xml and b.xml. Ignored: case.")
    }

    func testEveryFormatSaysWhatWasIgnored() throws {
        let report = try Self.report(options: DiffOptions(ignoring: [.punctuation, .progress]))
        XCTAssertTrue(report.terminalSummary().contains("\nIgnored: progress, punctuation.\n"))
        XCTAssertTrue(report.markdown().contains("\n*Ignored: progress, punctuation.*\n"), report.markdown())
        XCTAssertTrue(try report.html().contains("<p class=\"ignored\">Ignored: progress, punctuation.</p>"))
        XCTAssertTrue(report.json().contains("\"ignored\" : [\n    \"progress\",\n    \"punctuation\"\n  ]"))
    }

    // MARK: Helpers

    static func elements(_ root: HTMLElement) -> [HTMLElement] {
        var all = [root]
        for case .element(let child) in root.children { all += elements(child) }
        return all
    }
}

/// Text compared without its white space, so line breaks in a PDF do not matter.
enum LineText {
    static func squeezed(_ text: String) -> String { String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }
}
