import Foundation
import WPCTestSupport
import XCTest

/// The `wpc` binary: exit statuses, errors on bad input, and the main job.
final class CommandLineTests: XCTestCase {
    func testHelpAndVersion() throws {
        let help = try CommandRunner.wpc(["--help"])
        XCTAssertEqual(help.status, 0)
        for command in ["build", "import", "check", "render", "extract", "diff", "templates"] {
            XCTAssertTrue(help.stdout.contains(command), "help lists \(command)")
        }
        XCTAssertEqual(try CommandRunner.wpc(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines), "0.1.0")
        XCTAssertTrue(try CommandRunner.wpc(["build", "--help"]).stdout.contains("--force"))
    }

    func testImportWritesTheCanonicalXML() throws {
        let folder = try Repository.temporaryFolder()
        let out = folder.appendingPathComponent("seed.xml")
        let result = try CommandRunner.wpc(["import", Repository.seedText, "-o", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try String(contentsOf: out, encoding: .utf8), try String(contentsOfFile: Repository.seedXML, encoding: .utf8))
    }

    func testBadInputExitsTwoWithFileAndLineAndWritesNothing() throws {
        let folder = try Repository.temporaryFolder()
        let prose = folder.appendingPathComponent("prose.txt")
        try "Minutes\n\nThe committee met.\n".write(to: prose, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out.xml")
        let result = try CommandRunner.wpc(["import", prose.path, "-o", out.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("\(prose.path):1: error: not a work-programme annex"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))

        let build = try CommandRunner.wpc(["build", prose.path, "-o", folder.appendingPathComponent("Output").path, "--no-screenshots", "--no-pdf"])
        XCTAssertEqual(build.status, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
    }

    func testBuildRefusesAProgrammeWithErrorsUnlessForced() throws {
        let folder = try Repository.temporaryFolder()
        let source = folder.appendingPathComponent("broken.txt")
        var text = try String(contentsOfFile: Repository.seedText, encoding: .utf8)
        text = text.replacingOccurrences(of: "\tSG SO1 SP1\tM\tPTC\tProgress in implementing", with: "\tSG SO1 SP9\tM\tPTC\tProgress in implementing")
        try text.write(to: source, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("Output")
        let refused = try CommandRunner.wpc(["build", source.path, "-o", output.path, "--bodies", Repository.bodies, "--no-screenshots", "--no-pdf"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("SP9"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))

        let forced = try CommandRunner.wpc(["build", source.path, "-o", output.path, "--bodies", Repository.bodies, "--no-screenshots", "--no-pdf", "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("broken.annex.html").path))
    }

    func testBuildWritesEveryOutputOfAllThirtyOneTopics() throws {
        let folder = try Repository.temporaryFolder()
        let output = folder.appendingPathComponent("Output")
        let result = try CommandRunner.wpc(["build", Repository.seedXML, "-o", output.path, "--no-screenshots", "--no-pdf"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let stem = "ptc-work-programme-2019-2022"
        for name in ["\(stem).html", "\(stem).annex.html", "\(stem).md", "\(stem).json", "\(stem).xml", "\(stem).txt", "\(stem).dashboard.html",
                     "check.txt", "check.sarif", "extracts/index.html"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent(name).path), name)
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("\(stem).json"))) as? [String: Any]
        XCTAssertEqual((json?["topics"] as? [Any])?.count, 31)
        let markdown = try String(contentsOf: output.appendingPathComponent("\(stem).md"), encoding: .utf8)
        XCTAssertTrue(markdown.contains("ICT Guidelines") && markdown.contains("Economic Competitiveness Package"))
    }

    func testRenderWritesEachFormatToAFile() throws {
        let folder = try Repository.temporaryFolder()
        for format in ["html", "annex", "md", "json", "xml", "txt", "docx", "dashboard"] {
            let out = folder.appendingPathComponent("seed.\(format)")
            let result = try CommandRunner.wpc(["render", Repository.seedText, "--format", format, "-o", out.path])
            XCTAssertEqual(result.status, 0, "\(format): \(result.stderr)")
            let data = try Data(contentsOf: out)
            XCTAssertGreaterThan(data.count, 1000, format)
            if format == "docx" { XCTAssertEqual(Array(data.prefix(2)), [0x50, 0x4B], "a ZIP package") }
        }
        let txt = try String(contentsOf: folder.appendingPathComponent("seed.txt"), encoding: .utf8)
        XCTAssertTrue(txt.hasPrefix("Draft PTC Work Programme 2019-2022\nSeptember 2019\n"))
    }

    func testBinaryCopiedAwayFromItsBundlesStillFindsTemplatesAndSchema() throws {
        let folder = try Repository.temporaryFolder()
        let copy = folder.appendingPathComponent("wpc")
        try FileManager.default.copyItem(at: CommandRunner.wpc, to: copy)
        let result = try CommandRunner.run(copy, ["render", Repository.seedXML, "--format", "annex"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Annex II to doc. PC0571Ea"))
    }

    func testDiffThresholdsAreTunableFromTheCommandLine() throws {
        let folder = try Repository.temporaryFolder()
        let old = folder.appendingPathComponent("old.txt"), new = folder.appendingPathComponent("new.txt")
        let text = try String(contentsOfFile: Repository.seedText, encoding: .utf8)
        try text.write(to: old, atomically: true, encoding: .utf8)
        try text.replacingOccurrences(of: "Revise the ECP Action Plan", with: "Revise and update the ECP Action Plan")
            .write(to: new, atomically: true, encoding: .utf8)
        func kinds(_ extra: [String]) throws -> [String] {
            let result = try CommandRunner.wpc(["diff", old.path, new.path, "--format", "json"] + extra)
            XCTAssertEqual(result.status, 1, result.stderr)
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            return (json?["changes"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
        }
        XCTAssertEqual(try kinds([]), ["task-changed"])
        // Demanding near-identical texts turns the reworded task into a removal and an addition.
        let strict = ["--task-similarity", "0.95", "--moved-similarity", "0.95", "--gap-similarity", "0.95"]
        XCTAssertEqual(Set(try kinds(strict)), ["task-removed", "task-added"])
        XCTAssertNotEqual(try CommandRunner.wpc(["diff", old.path, new.path, "--task-similarity", "1.5"]).status, 0)
    }

    func testExtractByBodyAndUnknownBody() throws {
        let ok = try CommandRunner.wpc(["extract", Repository.seedXML, "--body", "dmpt", "--format", "json"])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(ok.stdout.utf8)) as? [String: Any]
        XCTAssertEqual((json?["topics"] as? [[String: Any]])?.compactMap { $0["number"] as? Int }, [12, 25])
        XCTAssertEqual(json?["title"] as? String, "Draft PTC Work Programme 2019-2022 — tasks of the Data Model Project Team (DMPT)")

        let unknown = try CommandRunner.wpc(["extract", Repository.seedXML, "--body", "Data Modle Team"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("nearest known: DMPT"), unknown.stderr)
    }
}
