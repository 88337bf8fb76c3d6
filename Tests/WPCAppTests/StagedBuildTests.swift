import Foundation
import WPCSynthetic
import WPCTestSupport
import XCTest

/// `wpc build` and `extract --per-body` replace their folder all together or
/// not at all: a blocked output, a broken template or a SIGKILL at any moment
/// leaves the previous build whole, never a mix.
final class StagedBuildTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try Repository.temporaryFolder("wpc-staged") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    /// Every file under `root` (hidden ones too), by relative path, with its bytes.
    private func snapshot(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return files }
        while let name = enumerator.nextObject() as? String {
            let url = root.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = try Data(contentsOf: url)
            }
        }
        return files
    }

    /// The seed with another title, so every output of a build differs from the seed's.
    private func revisedSource() throws -> URL {
        let source = folder.appendingPathComponent("ptc-work-programme-2019-2022.xml")
        let text = try String(contentsOfFile: Repository.seedXML, encoding: .utf8)
            .replacingOccurrences(of: "<title>Draft PTC Work Programme 2019-2022</title>", with: "<title>Revised PTC Work Programme 2019-2022</title>")
        try text.write(to: source, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Repository.bodies, toPath: folder.appendingPathComponent("bodies.tsv").path)
        return source
    }

    private func build(_ source: String, _ output: URL, _ extra: [String] = []) throws -> CommandResult {
        try CommandRunner.wpc(["build", source, "-o", output.path, "--no-screenshots", "--no-pdf", "-q"] + extra)
    }

    /// Names beside `output` that a run left behind.
    private func leftovers(beside output: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(".\(output.lastPathComponent).wpc-") }
    }

    func testTheRepositorysOutputFolderIsOneABuildReplaces() throws {
        // A fresh clone's Output/ holds what .gitignore lets through: only the mark.
        let ignore = try String(contentsOf: Repository.root.appendingPathComponent(".gitignore"), encoding: .utf8)
        let kept = ignore.split(separator: "\n").filter { $0.hasPrefix("!/Output/") }
        XCTAssertEqual(kept, ["!/Output/.wpc-output"])
        // That folder, as a clone has it: the main job must be able to replace it.
        let output = folder.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("Output/.wpc-output"),
                                         to: output.appendingPathComponent(".wpc-output"))
        let result = try build(Repository.seedXML, output)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("ptc-work-programme-2019-2022.html").path))
    }

    func testAWriteThatFailsHalfwayLeavesTheFolderEntirelyOld() throws {
        let output = folder.appendingPathComponent("Output")
        XCTAssertEqual(try build(Repository.seedXML, output).status, 0)
        let old = try snapshot(output)
        let source = try revisedSource()

        // The sizes of the new outputs, in the order a build writes them (see BuildJob).
        let scratch = folder.appendingPathComponent("scratch")
        XCTAssertEqual(try build(source.path, scratch).status, 0)
        let stem = "ptc-work-programme-2019-2022"
        let order = ["html", "annex.html", "md", "json", "xml", "txt", "docx", "dashboard.html"].map { "\(stem).\($0)" } + ["check.txt", "check.sarif"]
        let sizes = try order.map { try Data(contentsOf: scratch.appendingPathComponent($0)).count }
        // A file-size limit that lets the first outputs through and stops a later, larger one.
        let largest = try XCTUnwrap(sizes.indices.max { sizes[$0] < sizes[$1] })
        XCTAssertGreaterThan(largest, 0, "the largest output is not the first written")
        let blocks = (sizes[..<largest].max()! + 511) / 512
        XCTAssertLessThan(blocks * 512, sizes[largest])

        let shell = "ulimit -f \(blocks); trap '' XFSZ; exec \(TerminalRunner.quoted(CommandRunner.wpc.path)) build "
            + "\(TerminalRunner.quoted(source.path)) -o \(TerminalRunner.quoted(output.path)) --no-screenshots -q"
        let blocked = try CommandRunner.run("/bin/sh", ["-c", shell])
        XCTAssertEqual(blocked.status, 1, blocked.stderr)
        XCTAssertEqual(blocked.stderr, "\(output.path)/\(order[largest]): error: cannot write: File too large\n")
        XCTAssertEqual(try snapshot(output), old, "the folder holds the previous build, whole")
        XCTAssertEqual(try leftovers(beside: output), [])

        // Unblocked, the same build replaces every file.
        XCTAssertEqual(try build(source.path, output).status, 0)
        XCTAssertEqual(try snapshot(output), try snapshot(scratch))
    }

    func testABrokenTemplateLateInTheBuildLeavesTheFolderEntirelyOld() throws {
        let output = folder.appendingPathComponent("Output")
        XCTAssertEqual(try build(Repository.seedXML, output).status, 0)
        let old = try snapshot(output)
        let templates = folder.appendingPathComponent("templates/index")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "{{#entries}}<a href=\"{{href}}\">{{name}}</a>\n".write(to: templates.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        let source = try revisedSource()
        let result = try build(source.path, output, ["--templates", folder.appendingPathComponent("templates").path])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("index.mustache"), result.stderr)
        XCTAssertEqual(try snapshot(output), old)
        XCTAssertEqual(try leftovers(beside: output), [])

        // The same for --per-body: every extract is rendered, the index is not, the folder is as it was.
        let extracts = folder.appendingPathComponent("extracts")
        XCTAssertEqual(try CommandRunner.wpc(["extract", Repository.seedXML, "--per-body", extracts.path, "-q"]).status, 0)
        let oldExtracts = try snapshot(extracts)
        let perBody = try CommandRunner.wpc(["extract", source.path, "--per-body", extracts.path, "--templates", folder.appendingPathComponent("templates").path])
        XCTAssertEqual(perBody.status, 2, perBody.stderr)
        XCTAssertEqual(try snapshot(extracts), oldExtracts)
        XCTAssertEqual(try leftovers(beside: extracts), [])
    }

    func testABuildKilledAtAnyMomentLeavesTheOldBuildOrTheNewWhole() throws {
        let output = folder.appendingPathComponent("Output")
        let source = try revisedSource()
        let started = Date()
        XCTAssertEqual(try build(source.path, folder.appendingPathComponent("new")).status, 0)
        // Kills land anywhere from the start to a little after a whole build's time.
        let duration = Date().timeIntervalSince(started)
        let new = try snapshot(folder.appendingPathComponent("new"))
        XCTAssertEqual(try build(Repository.seedXML, output).status, 0)
        let old = try snapshot(output)
        XCTAssertNotEqual(old, new)

        var random = SeededRandom(seed: 12)
        var seen = (old: 0, new: 0)
        for run in 0..<14 {
            if try snapshot(output) != old { XCTAssertEqual(try build(Repository.seedXML, output).status, 0) }
            let process = Process()
            process.executableURL = CommandRunner.wpc
            process.arguments = ["build", source.path, "-o", output.path, "--no-screenshots", "--no-pdf", "-q"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: duration * 1.3 * Double(random.next() % 1000) / 1000)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try snapshot(output)
            if now == old { seen.old += 1 } else if now == new { seen.new += 1 } else {
                XCTFail("run \(run): the folder is neither the old build nor the new: \(Set(now.keys).symmetricDifference(old.keys).sorted().prefix(5))")
            }
        }
        XCTAssertEqual(seen.old + seen.new, 14, "old \(seen.old), new \(seen.new)")
        // The next run removes what the killed ones left beside the folder.
        XCTAssertEqual(try build(source.path, output).status, 0)
        XCTAssertEqual(try snapshot(output), new)
        XCTAssertEqual(try leftovers(beside: output), [])
    }

    func testTheNextRunCleansLeftoversAndPutsBackAFolderRenamedAside() throws {
        let output = folder.appendingPathComponent("Output")
        XCTAssertEqual(try build(Repository.seedXML, output).status, 0)
        let old = try snapshot(output)
        // A process that has ended: its pid names the leftovers of a "killed" run.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let pid = ended.processIdentifier
        let aside = folder.appendingPathComponent(".Output.wpc-previous-\(pid)")
        let staging = folder.appendingPathComponent(".Output.wpc-staging-\(pid)")
        try FileManager.default.moveItem(at: output, to: aside)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try "half".write(to: staging.appendingPathComponent("half.html"), atomically: true, encoding: .utf8)

        // Even a run that writes nothing (the checks find an error) puts the previous build back.
        let broken = folder.appendingPathComponent("broken.xml")
        try String(contentsOfFile: Repository.seedXML, encoding: .utf8).replacingOccurrences(of: "<plan>SG SO1 SP1</plan>", with: "<plan>SG SO1 SP9</plan>")
            .write(to: broken, atomically: true, encoding: .utf8)
        XCTAssertEqual(try build(broken.path, output).status, 1)
        XCTAssertEqual(try snapshot(output), old)
        XCTAssertEqual(try leftovers(beside: output), [])
    }

    func testAFolderOfOtherFilesIsNeverReplaced() throws {
        let mine = folder.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try "keep me".write(to: mine.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let result = try build(Repository.seedXML, mine)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("holds files this run does not write (notes.txt) and no .wpc-output"), result.stderr)
        XCTAssertEqual(try snapshot(mine), ["notes.txt": Data("keep me".utf8)])
        XCTAssertEqual(try leftovers(beside: mine), [])
        // A folder an older wpc wrote (no marker, nothing but build outputs) is replaced.
        let legacy = folder.appendingPathComponent("legacy")
        XCTAssertEqual(try build(Repository.seedXML, legacy).status, 0)
        try FileManager.default.removeItem(at: legacy.appendingPathComponent(".wpc-output"))
        XCTAssertEqual(try build(Repository.seedXML, legacy).status, 0)
    }
}
