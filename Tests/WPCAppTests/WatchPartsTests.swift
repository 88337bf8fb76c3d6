import Foundation
import WPCApp
import WPCModel
import WPCTestSupport
import XCTest

/// The parts `wpc watch` is made of, as library calls: the file watcher
/// (inotify and polling), which findings changed between two builds, and the
/// colour rule every command follows.
final class WatchPartsTests: XCTestCase {
    private func checkWatcher(_ method: FileWatcher.Method) throws {
        let folder = try Repository.temporaryFolder("wpc-watcher")
        defer { try? FileManager.default.removeItem(at: folder) }
        let watched = folder.appendingPathComponent("p.xml"), other = folder.appendingPathComponent("other.txt")
        try "one".write(to: watched, atomically: true, encoding: .utf8)
        let watcher = FileWatcher(files: [watched.path], folders: [], method: method)
        XCTAssertEqual(watcher.method, method == .polling ? "polling" : "inotify")

        nonisolated(unsafe) var changed: Bool?
        let waiting = Thread { changed = watcher.waitForChange(debounce: 0.1) }
        waiting.start()
        Thread.sleep(forTimeInterval: 0.7)
        try "not watched".write(to: other, atomically: true, encoding: .utf8)
        Thread.sleep(forTimeInterval: 0.7)
        XCTAssertFalse(waiting.isFinished, "a file beside it is not watched")
        try "two, a little longer".write(to: watched, atomically: true, encoding: .utf8)
        XCTAssertTrue(BackgroundWPC.wait(seconds: 5) { waiting.isFinished })
        XCTAssertEqual(changed, true)

        let stopped = Thread { changed = watcher.waitForChange(debounce: 0.1) }
        stopped.start()
        Thread.sleep(forTimeInterval: 0.3)
        watcher.stop()
        XCTAssertTrue(BackgroundWPC.wait(seconds: 5) { stopped.isFinished })
        XCTAssertEqual(changed, false, "stop ends the wait")
    }

    func testInotifyWatcherSeesAChangeToAWatchedFileOnly() throws { try checkWatcher(.automatic) }

    func testPollingWatcherSeesAChangeToAWatchedFileOnly() throws { try checkWatcher(.polling) }

    func testChangedFindingsIgnoreLinesThatMoved() {
        func finding(_ rule: String, _ message: String, line: Int) -> Diagnostic {
            Diagnostic(.warning, rule, message, at: SourceLocation(file: "p.xml", line: line, column: 1))
        }
        let old = [finding("type.missing", "task 'A' has no type", line: 10), finding("type.missing", "task 'B' has no type", line: 20)]
        let new = [finding("type.missing", "task 'B' has no type", line: 22), finding("plan.unknown-code", "SP9", line: 30)]
        let changes = DiagnosticChanges(from: old, to: new)
        XCTAssertEqual(changes.appeared.map(\.message), ["SP9"])
        XCTAssertEqual(changes.resolved.map(\.message), ["task 'A' has no type"])
        XCTAssertTrue(DiagnosticChanges(from: new, to: new).isEmpty)
        XCTAssertEqual(DiagnosticChanges(from: [], to: new + new).appeared.count, 4, "a second copy is new too")
    }

    func testColourRule() {
        XCTAssertTrue(ColourChoice.auto.enabled(isTerminal: true, environment: [:]))
        XCTAssertFalse(ColourChoice.auto.enabled(isTerminal: false, environment: [:]))
        XCTAssertFalse(ColourChoice.auto.enabled(isTerminal: true, environment: ["NO_COLOR": "1"]))
        XCTAssertTrue(ColourChoice.auto.enabled(isTerminal: true, environment: ["NO_COLOR": ""]), "an empty NO_COLOR is unset")
        XCTAssertFalse(ColourChoice.auto.enabled(isTerminal: true, environment: ["TERM": "dumb"]))
        XCTAssertTrue(ColourChoice.always.enabled(isTerminal: false, environment: ["NO_COLOR": "1"]))
        XCTAssertFalse(ColourChoice.never.enabled(isTerminal: true, environment: [:]))
    }

    func testExitStatusTable() {
        XCTAssertEqual(ExitStatus.allCases.map(\.rawValue), [0, 1, 2, 64])
        XCTAssertEqual(ExitStatus.failedWrite, .findings)
        XCTAssertEqual(CommandFailure("no such file", about: "x.xml", status: .unreadableInput).description, "x.xml: error: no such file")
        XCTAssertEqual(CommandFailure("bad", status: .usage).description, "error: bad")
    }
}
