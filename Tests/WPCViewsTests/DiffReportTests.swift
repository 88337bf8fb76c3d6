import Foundation
import WPCApp
import WPCModel
import WPCRender
import WPCTestSupport
import WPCViews
import XCTest

/// The diff reports: terminal summary, Markdown, JSON against its schema, and
/// HTML opened in a real browser.
final class DiffReportTests: XCTestCase {
    static let script = "<script>document.title='pwned'</script>"

    /// The seed and a revision: a task reworded, a task moved, a topic added,
    /// and a task whose text is a script.
    static func revision() throws -> (Programme, Programme) {
        let old = try DiffChangesetTests.seed()
        var new = old
        new.topics[0].tasks[1].text = "Revise and update the ECP Action Plan"
        let moved = new.topics[14].tasks.remove(at: 2)
        new.topics[15].tasks.append(moved)
        new.topics[2].tasks.append(WorkTask(text: WrittenText(script + " | *not* bold"), type: "A", bodies: "PTC"))
        return (old, new)
    }

    func testTerminalSummaryCountsAndListsEachChange() throws {
        let (old, new) = try Self.revision()
        let summary = DiffReport(old: old, new: new, oldFile: "a.xml", newFile: "b.xml", labels: TestLabels.english).terminalSummary()
        let lines = summary.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "a.xml → b.xml: 3 changes: 1 task added (3.4), 1 task moved from 15.3 to 16.3, 1 task reworded (1.2).")
        XCTAssertEqual(lines.count, 4)
        XCTAssertTrue(lines.contains { $0.contains("15.3 → 16.3") && $0.contains("task moved") })
        XCTAssertFalse(summary.contains("task-"), "change kinds read as words, not as the JSON's ids")
        XCTAssertTrue(lines.contains { $0.contains("1.2") && $0.contains("“Revise the ECP Action Plan” → “Revise and update the ECP Action Plan”") })
        XCTAssertEqual(DiffReport(old: old, new: old, oldFile: "a.xml", newFile: "a.xml", labels: TestLabels.english).terminalSummary(),
                       "No changes between a.xml and a.xml.\n")
    }

    func testMarkdownMarksWordsAndEscapesInput() throws {
        let (old, new) = try Self.revision()
        let markdown = DiffReport(old: old, new: new, oldFile: "a.xml", newFile: "b.xml", labels: TestLabels.english).markdown()
        XCTAssertTrue(markdown.contains("Revise **and update** the ECP Action Plan"), markdown)
        XCTAssertFalse(markdown.contains("<script>"))
        XCTAssertTrue(markdown.contains("\\<script\\>"))
        XCTAssertTrue(markdown.contains("\\| \\*not\\* bold"))
        XCTAssertTrue(markdown.contains("3 changes: 1 task added (3.4), 1 task moved from 15.3 to 16.3, 1 task reworded (1.2)."), markdown)
        XCTAssertTrue(markdown.contains("- **1.2** task reworded: Revise **and update** the ECP Action Plan"), markdown)
        XCTAssertFalse(markdown.contains("task-"), "change kinds read as words, not as the JSON's ids")
    }

    func testJSONValidatesAgainstTheSchema() throws {
        let (old, new) = try Self.revision()
        var renamed = new
        renamed.topics.remove(at: 4)
        renamed.topics[6].title = "Natural Disaster Relief and Humanitarian Assistance"
        renamed.topics[7].tasks[0].indicators[0].timeline = Timeline("June 2021")
        renamed.topics[9].tasks[0].indicators.append(Indicator(text: "Published", timeline: nil))
        renamed.date = "March 2020"
        let json = DiffReport(old: old, new: renamed, oldFile: "a", newFile: "b", labels: TestLabels.english).json()
        let folder = try Repository.temporaryFolder("wpc-diff-json")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("changes.json")
        try Data(json.utf8).write(to: file)
        let schema = Repository.path("Templates/diff/changeset.schema.json")
        let check = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); data = json.load(open(sys.argv[2]))
            jsonschema.Draft202012Validator.check_schema(schema)
            jsonschema.Draft202012Validator(schema).validate(data)
            kinds = sorted({c["kind"] for c in data["changes"]})
            print(" ".join(kinds))
            """
        let (status, output) = try run("/usr/bin/env", ["python3", "-c", check, schema, file.path])
        XCTAssertEqual(status, 0, output)
        XCTAssertEqual(output.trimmingCharacters(in: .whitespacesAndNewlines),
                       "indicator-added indicator-changed metadata-changed task-added task-changed task-moved topic-removed topic-renamed")
    }

    func testHTMLOpensInABrowserAndRunsNoScriptFromTheInput() throws {
        let (old, new) = try Self.revision()
        let report = DiffReport(old: old, new: new, oldFile: "old.txt", newFile: "new.txt", labels: TestLabels.english)
        let html = try report.html()
        XCTAssertFalse(html.contains("<script"), "no script element may come from the input")
        XCTAssertTrue(html.contains("&lt;script&gt;"))
        XCTAssertTrue(html.contains("<ins>and update </ins>") || html.contains("<ins> and update</ins>"), "inserted words underlined")
        XCTAssertTrue(html.contains("Moved from 15.3"))
        XCTAssertTrue(html.contains("Moved to 16.3"))
        XCTAssertLessThan(try XCTUnwrap(html.range(of: "<p class=\"summary\">")).lowerBound, try XCTUnwrap(html.range(of: "class=\"annex\"")).lowerBound,
                          "the summary comes before the table")

        let folder = try Repository.temporaryFolder("wpc-diff-html")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("diff.html")
        try Data(try report.html(full: true).utf8).write(to: page)
        let (status, dom) = try run("/usr/bin/env", [
            "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--dump-dom", page.absoluteString,
        ])
        XCTAssertEqual(status, 0)
        XCTAssertTrue(dom.contains("<title>Changes from old.txt to new.txt</title>"), String(dom.prefix(300)))
        XCTAssertFalse(dom.contains("pwned</title>"))
        XCTAssertTrue(dom.contains("Revise the ECP Action Plan") == false, "the old wording is split by the word diff")
        XCTAssertTrue(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"))
        // 31 topics + 1 row each at least, plus the header row.
        XCTAssertGreaterThan(dom.components(separatedBy: "<tr").count, 60)
    }

    func testPNGOfTheFirstScreenIsWritten() throws {
        let (old, new) = try Self.revision()
        let folder = try Repository.temporaryFolder("wpc-diff-png")
        defer { try? FileManager.default.removeItem(at: folder) }
        let png = folder.appendingPathComponent("diff.png").path
        let job = DiffJob(oldPath: "old.txt", newPath: "new.txt", format: .html)
        XCTAssertNil(job.screenshot(DiffReport(old: old, new: new, oldFile: "old.txt", newFile: "new.txt", labels: TestLabels.english), to: png))
        let data = try Data(contentsOf: URL(fileURLWithPath: png))
        XCTAssertEqual(Array(data.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertGreaterThan(data.count, 10_000)
    }

    /// Runs a program and returns its status and standard output.
    func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
        let result = try CommandRunner.run(executable, arguments)
        return (result.status, result.stdout)
    }
}
