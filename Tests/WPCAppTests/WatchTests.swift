import Foundation
import WPCTestSupport
import XCTest

/// `wpc watch` through the real binary: it builds, rebuilds within seconds
/// of an edit, keeps the previous outputs when a build fails, and stops
/// cleanly on Ctrl-C.
final class WatchTests: XCTestCase {
    func testWatchRebuildsOnEditKeepsOutputsOnFailureAndStopsOnInterrupt() throws {
        let folder = try Repository.temporaryFolder("wpc-watch")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("p.xml")
        let original = try String(contentsOfFile: Repository.seedXML, encoding: .utf8)
        try original.write(to: source, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Repository.bodies, toPath: folder.appendingPathComponent("bodies.tsv").path)
        let output = folder.appendingPathComponent("Output")
        let markdown = output.appendingPathComponent("p.md")
        func text() -> String { (try? String(contentsOf: markdown, encoding: .utf8)) ?? "" }

        let watcher = try BackgroundWPC(["watch", "p.xml", "-o", "Output", "--no-screenshots", "--no-pdf", "--debounce", "0.1"], in: folder)
        XCTAssertTrue(BackgroundWPC.wait(seconds: 20) { watcher.stderr.contains("built Output in") }, watcher.stderr)
        XCTAssertTrue(text().contains("Update the ECP Toolkit"))

        // An edit (written in place, as editors do) is rebuilt within seconds.
        try original.replacingOccurrences(of: "Update the ECP Toolkit", with: "Renew the ECP Toolkit")
            .write(to: source, atomically: false, encoding: .utf8)
        XCTAssertTrue(BackgroundWPC.wait(seconds: 10) { text().contains("Renew the ECP Toolkit") }, watcher.stderr)
        XCTAssertTrue(BackgroundWPC.wait(seconds: 5) { watcher.stderr.components(separatedBy: "built Output in").count == 3 }, watcher.stderr)
        // Only what changed is printed again: the finding on the renamed task, and the one it replaced.
        XCTAssertTrue(watcher.stderr.contains("fixed: p.xml:103:15: warning: task 'Update the ECP Toolkit' has no WCO Strategic Plan codes"), watcher.stderr)
        XCTAssertEqual(watcher.stderr.components(separatedBy: "'etc.' in the responsible-body cell").count, 2, "an unchanged finding is printed once")

        // A broken draft (saved by renaming over it) fails to build; the outputs stay.
        let broken = folder.appendingPathComponent("p.xml.new")
        try "<work-programme".write(to: broken, atomically: false, encoding: .utf8)
        XCTAssertEqual(rename(broken.path, source.path), 0)
        XCTAssertTrue(BackgroundWPC.wait(seconds: 10) { watcher.stderr.contains("build failed in") }, watcher.stderr)
        XCTAssertTrue(watcher.stderr.contains("Output is unchanged"), watcher.stderr)
        XCTAssertTrue(text().contains("Renew the ECP Toolkit"))

        XCTAssertEqual(watcher.interrupt(), 0, watcher.stderr)
        XCTAssertTrue(watcher.stderr.hasSuffix("stopped watching\n"), watcher.stderr)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".Output.wpc-") }
        XCTAssertEqual(leftovers, [])
    }
}
