import Foundation
import WPCSources
import WPCTestSupport
import XCTest

/// `wpc diff` on the command line: the redline as a Word package, its
/// author, its exit statuses, `--full` and `--ignore`.
final class DiffCommandTests: XCTestCase {
    private var folder: URL!
    private var old: String!
    private var new: String!

    override func setUpWithError() throws {
        folder = try Repository.temporaryFolder("wpc-diff-command")
        let (september, march) = try RevisedDrafts.make()
        old = folder.appendingPathComponent("september.xml").path
        new = folder.appendingPathComponent("march.xml").path
        try Data(try XMLProgrammeWriter().write(september).utf8).write(to: URL(fileURLWithPath: old))
        try Data(try XMLProgrammeWriter().write(march).utf8).write(to: URL(fileURLWithPath: new))
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    /// `word/document.xml` of a package, read by Python's zipfile.
    private func documentPart(_ docx: String) throws -> String {
        let script = "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode('utf-8'))"
        let result = try CommandRunner.run(try CommandRunner.require("python3"), ["-c", script, docx])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout
    }

    func testTheExampleInDocsIsTheTestDrafts() throws {
        // scripts/redline-example.sh diffs the bundled programme with docs/redline/march-2020.xml.
        XCTAssertEqual(try String(contentsOfFile: new, encoding: .utf8),
                       try String(contentsOfFile: Repository.path("docs/redline/march-2020.xml"), encoding: .utf8))
        XCTAssertEqual(try String(contentsOfFile: old, encoding: .utf8), try String(contentsOfFile: Repository.seedXML, encoding: .utf8))
    }

    func testRedlineIsWrittenWithItsAuthorAndExitsOneForDifferentDrafts() throws {
        let docx = folder.appendingPathComponent("redline.docx").path
        let result = try CommandRunner.wpc(["diff", old, new, "--format", "docx", "-o", docx, "--author", "PTC Secretariat"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stdout, "")
        let data = try Data(contentsOf: URL(fileURLWithPath: docx))
        XCTAssertEqual(Array(data.prefix(4)), [0x50, 0x4B, 0x03, 0x04], "a ZIP package")
        let document = try documentPart(docx)
        XCTAssertTrue(document.contains("w:author=\"PTC Secretariat\" w:date=\"2020-03-01T00:00:00Z\""))
        XCTAssertFalse(document.contains("w:author=\"wpc\""))
    }

    func testRedlineOfADraftAgainstItselfExitsZero() throws {
        let docx = folder.appendingPathComponent("same.docx").path
        let result = try CommandRunner.wpc(["diff", old, old, "--format", "docx", "-o", docx])
        XCTAssertEqual(result.status, 0, result.stderr)
        let document = try documentPart(docx)
        XCTAssertFalse(document.contains("<w:ins ") || document.contains("<w:del "))
        let same = try CommandRunner.wpc(["diff", old, old])
        XCTAssertEqual(same.status, 0)
        XCTAssertEqual(same.stdout, "No changes between \(old!) and \(old!).\n")
    }

    func testFullShowsEveryRow() throws {
        let changed = try CommandRunner.wpc(["diff", old, new, "--format", "html"])
        let full = try CommandRunner.wpc(["diff", old, new, "--format", "html", "--full"])
        XCTAssertEqual(changed.status, 1)
        XCTAssertEqual(full.status, 1)
        func rows(_ html: String) -> Int { html.components(separatedBy: "<tr class=\"kept\"").count - 1 }
        XCTAssertGreaterThan(rows(full.stdout), 3 * rows(changed.stdout))
    }

    func testIgnoreTakesFourValues() throws {
        let ignoring = try CommandRunner.wpc(["diff", old, new, "--ignore", "case", "--ignore", "punctuation"])
        XCTAssertEqual(ignoring.status, 1)
        XCTAssertTrue(ignoring.stdout.contains("\nIgnored: case, punctuation.\n"), ignoring.stdout)
        let bad = try CommandRunner.wpc(["diff", old, new, "--ignore", "commas"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("--ignore takes progress, whitespace, case or punctuation, not 'commas'"), bad.stderr)
    }
}
