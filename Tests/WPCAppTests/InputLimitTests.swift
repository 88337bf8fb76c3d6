import Foundation
import WPCTestSupport
import XCTest

/// `--max-input`: every command that reads a programme refuses a source (or a
/// body registry) larger than the limit before reading it, with the file, its
/// size and the limit, and exit status 2; a value that is no size is a usage error.
final class InputLimitTests: XCTestCase {
    private let xml = Repository.seedXML, text = Repository.seedText

    func testEveryCommandThatReadsAProgrammeRefusesOneOverTheLimit() throws {
        let folder = try Repository.temporaryFolder("wpc-limit")
        defer { try? FileManager.default.removeItem(at: folder) }
        let refused = "\(xml):1: error: the file is 40.5 KB, more than the limit of 40 KB (raise it with --max-input)"
        for arguments in [["check", xml], ["render", xml, "--format", "json"], ["import", xml],
                          ["extract", xml, "--body", "PTC"], ["diff", text, xml],
                          ["build", xml, "-o", folder.appendingPathComponent("out").path, "--no-screenshots"]] {
            let run = try CommandRunner.wpc(arguments + ["--max-input", "40K"])
            XCTAssertEqual(run.status, 2, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains(refused), "\(arguments): \(run.stderr)")
            XCTAssertEqual(run.stdout, "", "\(arguments): nothing on standard output")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path), "a refused build writes nothing")
    }

    func testTheLimitAppliesToTheBodyRegistryToo() throws {
        let run = try CommandRunner.wpc(["check", text, "--bodies", Repository.bodies, "--max-input", "1K"])
        XCTAssertEqual(run.status, 2, run.stderr)
        XCTAssertTrue(run.stderr.contains("\(Repository.bodies):1: error: the file is 1.3 KB, more than the limit of 1 KB"), run.stderr)
    }

    func testAtTheLimitAndByDefaultTheFileIsRead() throws {
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: xml)[.size] as? Int)
        XCTAssertEqual(try CommandRunner.wpc(["render", xml, "--format", "json", "--max-input", "\(size)"]).status, 0)
        XCTAssertEqual(try CommandRunner.wpc(["render", xml, "--format", "json"]).status, 0)
    }

    func testAValueThatIsNoSizeIsAUsageError() throws {
        for (value, reason) in [("12x", "'12x' is no size"), ("3G", "3G is more than the largest limit, 2G")] {
            let run = try CommandRunner.wpc(["check", xml, "--max-input", value])
            XCTAssertEqual(run.status, 64, run.stderr)
            XCTAssertTrue(run.stderr.contains(reason), run.stderr)
        }
    }
}
