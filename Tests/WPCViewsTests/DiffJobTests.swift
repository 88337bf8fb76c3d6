import Foundation
import WPCApp
import WPCSources
import WPCTestSupport
import WPCViews
import XCTest

/// `wpc diff` as a library call: inputs read from files of either format,
/// exit status like diff(1), output written to a file.
final class DiffJobTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try Repository.temporaryFolder("wpc-diff-job") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func write(_ text: String, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func testSameProgrammeExitsZero() throws {
        let seed = Repository.seedText
        let outcome = DiffJob(oldPath: seed, newPath: seed).run()
        XCTAssertEqual(outcome.status, 0)
        XCTAssertEqual(outcome.messages, [])
        XCTAssertTrue(outcome.report.hasPrefix("No changes"))
    }

    func testXMLAgainstItsAnnexTextExportExitsZero() throws {
        let seed = try DiffChangesetTests.seed()
        let xml = try write(try XMLProgrammeWriter().write(seed), "seed.xml")
        let text = try write(AnnexTextWriter().write(seed), "seed.txt")
        let outcome = DiffJob(oldPath: xml, newPath: text, format: .json).run()
        XCTAssertEqual(outcome.status, 0, outcome.report)
    }

    func testDifferentDraftsExitOneAndWriteTheReportToAFile() throws {
        var revised = try DiffChangesetTests.seed()
        revised.topics[2].tasks[0].type = "A"
        let new = try write(AnnexTextWriter().write(revised), "revised.txt")
        let output = folder.appendingPathComponent("report.json").path
        let outcome = DiffJob(oldPath: Repository.seedText, newPath: new, format: .json, output: output).run()
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.report, "", "nothing on standard output when -o is given")
        let changeset = try JSONDecoder().decode(Changeset.self, from: Data(contentsOf: URL(fileURLWithPath: output)))
        XCTAssertEqual(changeset.changes, [
            Change(.taskChanged, old: at(3, 1), new: at(3, 1), edit: FieldEdit(field: .type, before: "M", after: "A")),
        ])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [], "the temporary file is renamed into place")
    }

    func testIgnoreProgressMakesAProgressOnlyRevisionTheSame() throws {
        var revised = try DiffChangesetTests.seed()
        revised.topics[0].tasks[0].progress = "Reported at the 230th PTC"
        let new = try write(AnnexTextWriter().write(revised), "revised.txt")
        XCTAssertEqual(DiffJob(oldPath: Repository.seedText, newPath: new).run().status, 1)
        XCTAssertEqual(DiffJob(oldPath: Repository.seedText, newPath: new, options: DiffOptions(ignoring: [.progress])).run().status, 0)
    }

    func testMissingFileIsTroubleNamingTheFile() throws {
        let missing = folder.appendingPathComponent("nowhere.xml").path
        let outcome = DiffJob(oldPath: Repository.seedText, newPath: missing).run()
        XCTAssertEqual(outcome.status, 2)
        XCTAssertEqual(outcome.messages, ["\(missing): error: no such file"])
    }

    func testMalformedXMLIsTroubleNamingFileAndLine() throws {
        let broken = try write("<?xml version=\"1.0\"?>\n<programme>\n  <title>Draft\n</programme>\n", "broken.xml")
        let outcome = DiffJob(oldPath: broken, newPath: Repository.seedText).run()
        XCTAssertEqual(outcome.status, 2)
        let message = try XCTUnwrap(outcome.messages.first)
        XCTAssertTrue(message.hasPrefix("\(broken):"), message)
        let line = message.dropFirst(broken.count + 1).prefix { $0.isNumber }
        XCTAssertGreaterThan(Int(line) ?? 0, 1, message)
    }
}
