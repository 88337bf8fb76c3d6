import Foundation
import WPCTestSupport
import XCTest

/// The command line as people meet it, through the real binary: progress on
/// a terminal and none elsewhere, --quiet, --max-diagnostics, one colour
/// rule, binary output refused on a terminal, typos, help and exit statuses.
final class TerminalBehaviourTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try Repository.temporaryFolder("wpc-terminal") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    /// A generated programme big enough for a build to run well past the
    /// half second after which progress shows (seconds in a debug build).
    private func largeProgramme() throws -> String {
        let path = folder.appendingPathComponent("large.xml").path
        let result = try CommandRunner.wpc(["render", "--synthetic", "1000", "--format", "xml", "-o", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        return path
    }

    func testAProgressLineOnATerminalEndsInASummaryLine() throws {
        let source = try largeProgramme()
        let output = folder.appendingPathComponent("Output")
        let result = try TerminalRunner.wpcOnTerminal(["build", source, "-o", output.path, "--no-screenshots", "--no-pdf"], in: folder)
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertTrue(result.stdout.contains("\r\u{1B}[Kwpc build: ["), result.stdout)
        XCTAssertTrue(result.stdout.contains("] writing "), "steps are named: \(result.stdout)")
        XCTAssertTrue(result.stdout.contains("built \(output.path) in "), result.stdout)
        let cleared = try XCTUnwrap(result.stdout.range(of: "\r\u{1B}[K", options: .backwards))
        XCTAssertFalse(result.stdout[cleared.upperBound...].contains("wpc build:"), "the progress line is cleared before the findings and the summary")
        for name in try FileManager.default.contentsOfDirectory(atPath: output.path) {
            let data = try Data(contentsOf: output.appendingPathComponent(name))
            XCTAssertNil(data.firstRange(of: Data("\r\u{1B}[K".utf8)), "no control codes in \(name)")
        }
    }

    func testNoProgressWhenStandardErrorIsNotATerminal() throws {
        let source = try largeProgramme()
        let output = folder.appendingPathComponent("Output")
        let result = try CommandRunner.wpc(["build", source, "-o", output.path, "--no-screenshots", "--no-pdf"], environment: TerminalRunner.environment())
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stderr.contains("\r") || result.stderr.contains("\u{1B}"), "no control codes: \(result.stderr)")
        XCTAssertFalse(result.stderr.contains("writing"), result.stderr)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.filter { $0.hasPrefix("built \(output.path) in ") }.count, 1, "one plain summary line: \(result.stderr)")
        XCTAssertEqual(result.stdout.split(separator: "\n").first.map(String.init), "\(output.path)/large.html", "standard output lists the files, nothing else")
    }

    func testQuietPrintsErrorsOnly() throws {
        let output = folder.appendingPathComponent("Output")
        let clean = try CommandRunner.wpc(["build", Repository.seedXML, "-o", output.path, "--no-screenshots", "--no-pdf", "--quiet"])
        XCTAssertEqual(clean.status, 0)
        XCTAssertEqual(clean.stdout, "")
        XCTAssertEqual(clean.stderr, "", "14 warnings and 3 notes, but no error")
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("check.txt").path))

        let broken = folder.appendingPathComponent("broken.xml")
        try String(contentsOfFile: Repository.seedXML, encoding: .utf8).replacingOccurrences(of: "<plan>SG SO1 SP1</plan>", with: "<plan>SG SO1 SP9</plan>")
            .write(to: broken, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.wpc(["build", broken.path, "-o", output.path, "--bodies", Repository.bodies, "--no-screenshots", "--no-pdf", "-q"])
        XCTAssertEqual(refused.status, 1)
        let headers = refused.stderr.split(separator: "\n").filter { $0.hasPrefix(broken.path) }
        XCTAssertFalse(headers.isEmpty)
        XCTAssertTrue(headers.allSatisfy { $0.contains(": error: ") }, refused.stderr)
        XCTAssertTrue(refused.stderr.hasSuffix("error: the checks found errors; nothing written (--force writes anyway)\n"), refused.stderr)
        XCTAssertEqual(try CommandRunner.wpc(["check", Repository.seedXML, "-q"]).stdout, "")
    }

    func testMaxDiagnosticsPrintsSomeAndCountsTheRest() throws {
        let check = try CommandRunner.wpc(["check", Repository.seedXML, "--max-diagnostics", "3"])
        XCTAssertEqual(check.status, 0)
        let headers = check.stdout.split(separator: "\n").filter { $0.hasPrefix(Repository.seedXML + ":") }
        XCTAssertEqual(headers.count, 3, check.stdout)
        XCTAssertTrue(check.stdout.hasSuffix("… 14 more diagnostics not shown (--max-diagnostics N shows more)\n14 warnings and 3 notes generated.\n"), check.stdout)
        let json = try CommandRunner.wpc(["check", Repository.seedXML, "--max-diagnostics", "3", "--format", "json"])
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any])?.count, 17, "JSON stays complete")

        let output = folder.appendingPathComponent("Output")
        let build = try CommandRunner.wpc(["build", Repository.seedXML, "-o", output.path, "--no-screenshots", "--no-pdf", "--max-diagnostics", "2"])
        XCTAssertEqual(build.stderr.split(separator: "\n").filter { $0.hasPrefix(Repository.seedXML + ":") }.count, 2, build.stderr)
        XCTAssertTrue(build.stderr.contains("… 15 more diagnostics not shown"), build.stderr)
        let report = try String(contentsOf: output.appendingPathComponent("check.txt"), encoding: .utf8)
        XCTAssertEqual(report.split(separator: "\n").filter { $0.hasPrefix(Repository.seedXML + ":") }.count, 17, "check.txt stays complete")
        XCTAssertEqual(try CommandRunner.wpc(["check", Repository.seedXML, "--max-diagnostics", "-1"]).status, 64)
    }

    func testColourFollowsOneRuleInEveryCommand() throws {
        let escape = "\u{1B}["
        let onTerminal = try TerminalRunner.wpcOnTerminal(["check", Repository.seedXML], in: folder)
        XCTAssertTrue(onTerminal.stdout.contains(escape + "1;35mwarning:"), "a terminal gets colour")
        let noColour = try TerminalRunner.wpcOnTerminal(["check", Repository.seedXML], in: folder, environment: TerminalRunner.environment(["NO_COLOR": "1"]))
        XCTAssertFalse(noColour.stdout.contains(escape), "NO_COLOR turns it off")
        let never = try TerminalRunner.wpcOnTerminal(["check", Repository.seedXML, "--color", "never"], in: folder)
        XCTAssertFalse(never.stdout.contains(escape))
        let always = try CommandRunner.wpc(["check", Repository.seedXML, "--color", "always"], environment: TerminalRunner.environment(["NO_COLOR": "1"]))
        XCTAssertTrue(always.stdout.contains(escape + "1;35mwarning:"), "--color always wins")
        XCTAssertFalse(try CommandRunner.wpc(["check", Repository.seedXML]).stdout.contains(escape), "a pipe gets none")

        // build prints its findings on standard error under the same rule.
        let output = folder.appendingPathComponent("Output").path
        let build = try TerminalRunner.wpcOnTerminal(["build", Repository.seedXML, "-o", output, "--no-screenshots", "--no-pdf"], in: folder)
        XCTAssertTrue(build.stdout.contains(escape + "1;35mwarning:"), build.stdout)
        let buildNoColour = try TerminalRunner.wpcOnTerminal(["build", Repository.seedXML, "-o", output, "--no-screenshots", "--no-pdf"], in: folder,
                                                              environment: TerminalRunner.environment(["NO_COLOR": "1"]))
        XCTAssertFalse(buildNoColour.stdout.contains(escape + "1;35m"), buildNoColour.stdout)
    }

    func testBinaryOutputToATerminalIsRefused() throws {
        let refused = try TerminalRunner.wpcOnTerminal(["render", Repository.seedXML, "--format", "docx"], in: folder)
        XCTAssertEqual(refused.status, 64)
        XCTAssertTrue(refused.stdout.contains("error: docx is binary and standard output is a terminal; write it to a file with -o FILE"), refused.stdout)
        XCTAssertFalse(refused.stdout.contains("PK"), "no bytes of the package")
        let extract = try TerminalRunner.wpcOnTerminal(["extract", Repository.seedXML, "--body", "IMSC", "--format", "docx"], in: folder)
        XCTAssertEqual(extract.status, 64)
        let redline = try TerminalRunner.wpcOnTerminal(["diff", Repository.seedXML, Repository.seedText, "--format", "docx"], in: folder)
        XCTAssertEqual(redline.status, 64)
        XCTAssertTrue(redline.stdout.contains("error: docx is binary and standard output is a terminal; write it to a file with -o FILE"), redline.stdout)
        XCTAssertFalse(redline.stdout.contains("PK"), "no bytes of the redline")
        let piped = try CommandRunner.wpc(["render", Repository.seedXML, "--format", "docx"])
        XCTAssertEqual(piped.status, 0)
        XCTAssertTrue(piped.stdout.hasPrefix("PK"), "a pipe gets the package")
    }

    func testUnknownCommandsAndOptionsAreUsageErrorsWithAHint() throws {
        let typo = try CommandRunner.wpc(["buld"])
        XCTAssertEqual(typo.status, 64)
        XCTAssertTrue(typo.stderr.hasPrefix("error: no command is called 'buld'; did you mean 'build'?"), typo.stderr)
        XCTAssertTrue(try CommandRunner.wpc(["extrat", "x"]).stderr.contains("did you mean 'extract'?"))
        let option = try CommandRunner.wpc(["render", Repository.seedXML, "--bogus"])
        XCTAssertEqual(option.status, 64)
        XCTAssertTrue(option.stderr.hasPrefix("error: Unknown option '--bogus'"), option.stderr)
        let missing = try CommandRunner.wpc(["diff", Repository.seedXML])
        XCTAssertEqual(missing.status, 64)
        XCTAssertEqual(missing.stdout, "")
        XCTAssertEqual(try CommandRunner.wpc(["extract", Repository.seedXML, "--due", "June"]).status, 64)
    }

    func testHelpPrintsTheExitStatusTable() throws {
        let table = "Exit status: 0 done; 1 findings (errors, differences, no match) or an output that could not be written; 2 an input that cannot be read; 64 a usage error."
        for arguments in [["--help"], ["build", "--help"], ["import", "--help"], ["extract", "--help"]] {
            let help = try CommandRunner.wpc(arguments)
            XCTAssertEqual(help.status, 0)
            let flattened = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            XCTAssertTrue(flattened.contains(table), "\(arguments): \(help.stdout)")
        }
        for command in ["check", "render", "diff"] {
            let help = try CommandRunner.wpc([command, "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            XCTAssertTrue(help.contains("64 a usage error"), command)
        }
    }
}
