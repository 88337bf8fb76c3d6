import Foundation
import WPCTestSupport
import XCTest

/// How `wpc` writes its outputs, through the real binary: standard output
/// that cannot be written, devices and FIFOs written through, symbolic links
/// followed, a missing folder refused, and every error said once, in words.
final class OutputWritingTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try Repository.temporaryFolder("wpc-output") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func testAFullDiskOnStandardOutputIsAnErrorNotACrash() throws {
        for arguments in [["render", Repository.seedXML, "--format", "json"],
                          ["check", Repository.seedXML, "--format", "json"],
                          ["diff", Repository.seedXML, Repository.seedText, "--format", "json"],
                          ["extract", Repository.seedXML, "--body", "IMSC"],
                          ["import", Repository.seedText]] {
            let result = try TerminalRunner.wpc(arguments, stdoutTo: "/dev/full")
            XCTAssertEqual(result.status, 1, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr, "wpc: cannot write to standard output: No space left on device\n", "\(arguments)")
        }
    }

    func testOutputOntoDevNullWritesThroughTheDevice() throws {
        let result = try CommandRunner.wpc(["render", Repository.seedXML, "--format", "md", "-o", "/dev/null"])
        XCTAssertEqual(result.status, 0, result.stderr)
        var info = stat()
        XCTAssertEqual(stat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "/dev/null is still the device")
    }

    func testOutputOntoStandardOutputWritesThroughThePipe() throws {
        let expected = try CommandRunner.wpc(["render", Repository.seedXML, "--format", "md"]).stdout
        let result = try CommandRunner.wpc(["render", Repository.seedXML, "--format", "md", "-o", "/dev/stdout"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, expected)
    }

    func testOutputOntoAFIFOWritesThroughIt() throws {
        let fifo = folder.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread { received = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data() }
        reader.start()
        let result = try CommandRunner.wpc(["render", Repository.seedXML, "--format", "md", "-o", fifo])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(BackgroundWPC.wait(seconds: 10) { reader.isFinished })
        let expected = try CommandRunner.wpc(["render", Repository.seedXML, "--format", "md"]).stdout
        XCTAssertEqual(String(decoding: received, as: UTF8.self), expected)
        var info = stat()
        XCTAssertEqual(lstat(fifo, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "the FIFO is still a FIFO")
    }

    func testOutputOntoASymbolicLinkReplacesTheFileItNames() throws {
        let target = folder.appendingPathComponent("real.md"), link = folder.appendingPathComponent("link.md")
        try "old\n".write(to: target, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(target.path, 0o640), 0)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.md")
        let result = try CommandRunner.wpc(["render", Repository.seedXML, "--format", "md", "-o", link.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), "real.md", "the link is kept")
        XCTAssertTrue(try String(contentsOf: target, encoding: .utf8).hasPrefix("# Draft PTC Work Programme"))
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int), 0o640, "permissions kept")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["link.md", "real.md"], "no temporary file left")

        // A link to a file that does not exist yet creates that file.
        let dangling = folder.appendingPathComponent("dangling.md")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "new.md")
        XCTAssertEqual(try CommandRunner.wpc(["render", Repository.seedXML, "--format", "md", "-o", dangling.path]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("new.md").path))
    }

    func testAMissingOutputFolderIsAnErrorAndIsNotCreated() throws {
        let missing = folder.appendingPathComponent("no/such")
        let cases: [(String, [String])] = [
            ("x.md", ["render", Repository.seedXML, "--format", "md"]),
            ("x.md", ["extract", Repository.seedXML, "--body", "IMSC"]),
            ("x.json", ["diff", Repository.seedXML, Repository.seedText, "--format", "json"]),
            ("x.xml", ["import", Repository.seedText]),
        ]
        for (name, arguments) in cases {
            let out = missing.appendingPathComponent(name).path
            let result = try CommandRunner.wpc(arguments + ["-o", out])
            XCTAssertEqual(result.status, 1, "\(arguments)")
            XCTAssertEqual(result.stderr, "\(out): error: cannot write: the folder \(missing.path) does not exist\n")
            XCTAssertEqual(result.stdout, "")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("no").path))
    }

    func testBuildAndPerBodyCreateTheirFolders() throws {
        let build = folder.appendingPathComponent("a/b/Output")
        XCTAssertEqual(try CommandRunner.wpc(["build", Repository.seedXML, "-o", build.path, "--no-screenshots", "--no-pdf", "-q"]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: build.appendingPathComponent("extracts/index.html").path))
        let extracts = folder.appendingPathComponent("c/d/extracts")
        XCTAssertEqual(try CommandRunner.wpc(["extract", Repository.seedXML, "--per-body", extracts.path, "-q"]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: extracts.appendingPathComponent("index.html").path))
    }

    func testShortAndDottedOutputPathsAreWritten() throws {
        // One-letter names, "." and trailing slashes, relative to the working folder.
        XCTAssertEqual(try CommandRunner.wpc(["render", Repository.seedXML, "--format", "md", "-o", "a"], in: folder).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("a").path))
        XCTAssertEqual(try CommandRunner.wpc(["build", Repository.seedXML, "-o", "O/", "--no-screenshots", "--no-pdf", "-q"], in: folder).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("O/check.txt").path))
        XCTAssertEqual(try CommandRunner.wpc(["extract", Repository.seedXML, "--per-body", "e", "-q"], in: folder).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("e/index.html").path))
        // "." holds other files: refused, nothing thrown away.
        let here = try CommandRunner.wpc(["build", Repository.seedXML, "-o", ".", "--no-screenshots", "--no-pdf", "-q"], in: folder)
        XCTAssertEqual(here.status, 1)
        XCTAssertTrue(here.stderr.hasPrefix(".: error: the folder holds files this run does not write (O, a, e) and no .wpc-output"), here.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("a").path))
    }

    func testEveryErrorIsOneLineWithOneErrorPrefixOnStandardError() throws {
        let notAFolder = folder.appendingPathComponent("file.txt")
        try "x".write(to: notAFolder, atomically: true, encoding: .utf8)
        let bare = folder.appendingPathComponent("bare")
        try FileManager.default.createDirectory(at: bare, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repository.seedXML, toPath: bare.appendingPathComponent("p.xml").path)
        let cases: [([String], Int32, String)] = [
            (["render", folder.path, "--format", "md"], 2, "\(folder.path): error: is a folder, not a file; name the programme file in it"),
            (["check", folder.path], 2, "\(folder.path): error: is a folder, not a file; name the programme file in it"),
            (["build", folder.path, "-o", folder.appendingPathComponent("Out").path, "-q"], 2, "\(folder.path): error: is a folder, not a file; name the programme file in it"),
            (["diff", Repository.seedXML, folder.appendingPathComponent("none.xml").path], 2, "\(folder.appendingPathComponent("none.xml").path): error: no such file"),
            (["render", Repository.seedXML, "--bodies", folder.path, "--format", "json"], 2, "\(folder.path): error: is a folder, not a file; name the body registry file in it"),
            (["render", Repository.seedXML, "--format", "md", "-o", notAFolder.path + "/x.md"], 1, "\(notAFolder.path)/x.md: error: cannot write: \(notAFolder.path) is not a folder"),
            (["render", Repository.seedXML, "--format", "md", "-o", folder.path], 1, "\(folder.path): error: cannot write: it is a folder"),
            (["extract", bare.appendingPathComponent("p.xml").path, "--body", "IMSC"], 2,
             "error: no body registry to look bodies up in: pass --bodies FILE or put bodies.tsv beside \(bare.appendingPathComponent("p.xml").path)"),
        ]
        for (arguments, status, message) in cases {
            let result = try CommandRunner.wpc(arguments)
            XCTAssertEqual(result.status, status, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr, message + "\n", "\(arguments)")
            XCTAssertEqual(result.stdout, "", "\(arguments)")
        }
        // Without --body, a plan-code extract needs no registry.
        let code = try CommandRunner.wpc(["extract", bare.appendingPathComponent("p.xml").path, "--code", "SP7"])
        XCTAssertEqual(code.status, 0, code.stderr)
        XCTAssertTrue(code.stdout.contains("plan code SP7"))
    }

    func testAnUnreadableXMLIsReportedOnceOnStandardError() throws {
        let broken = folder.appendingPathComponent("broken.xml")
        try "<work-programme xmlns=\"urn:wpc:work-programme:1\"><topics/></work-programme>\n".write(to: broken, atomically: true, encoding: .utf8)
        let diff = try CommandRunner.wpc(["diff", broken.path, Repository.seedXML])
        XCTAssertEqual(diff.status, 2)
        XCTAssertEqual(diff.stderr.split(separator: "\n").count, 1, diff.stderr)
        XCTAssertTrue(diff.stderr.hasPrefix("\(broken.path):1: error: "), diff.stderr)

        let check = try CommandRunner.wpc(["check", broken.path])
        XCTAssertEqual(check.status, 2)
        XCTAssertEqual(check.stdout, "", "the exit-2 message goes to standard error")
        XCTAssertTrue(check.stderr.hasPrefix("\(broken.path):1: error: "), check.stderr)
        // JSON keeps the finding as data.
        let json = try CommandRunner.wpc(["check", broken.path, "--format", "json"])
        XCTAssertTrue(json.stdout.contains("\"severity\" : \"error\"") || json.stdout.contains("\"severity\":\"error\""), json.stdout)
    }

    func testForbiddenPatternsNeverAppearInMessages() throws {
        let outputs = [
            try CommandRunner.wpc(["render", folder.path]),
            try CommandRunner.wpc(["render", Repository.seedXML, "-o", "/proc/version/x"]),
            try CommandRunner.wpc(["build", Repository.seedXML, "-o", "/proc/version", "--no-screenshots", "--no-pdf"]),
            try CommandRunner.wpc(["render", Repository.seedXML, "--templates", folder.path + "/none", "--format", "html"]),
        ]
        for result in outputs {
            XCTAssertNotEqual(result.status, 0)
            XCTAssertFalse(result.stderr.contains("NSCocoaErrorDomain"), result.stderr)
            XCTAssertFalse(result.stderr.contains("error: error:"), result.stderr)
            XCTAssertFalse(result.stderr.contains("warning:") && result.stderr.contains("error:") && result.stderr.split(separator: "\n").contains { $0.contains("warning:") && $0.contains("error:") }, result.stderr)
            for line in result.stderr.split(separator: "\n") where line.contains("error") {
                XCTAssertEqual(line.components(separatedBy: "error:").count, 2, String(line))
            }
        }
    }
}
