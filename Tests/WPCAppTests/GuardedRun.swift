import Foundation
import WPCTestSupport
import XCTest

/// Runs `wpc` under a guard for the tests of hostile inputs: killed after two
/// minutes (a hang fails the test, exit 137, instead of stalling the suite),
/// with its peak memory measured by GNU time. The seconds it took are kept only to
/// fail on a runaway (see `assertFinished`), never to measure speed.
struct GuardedRun {
    var status: Int32
    var stdout: String
    var stderr: String
    var seconds: Double
    /// The peak resident set, in bytes.
    var peakBytes: Int

    /// How long a run may take before the test calls it a runaway: ten times
    /// what these inputs take on a loaded machine with a debug build.
    static let runaway: Double = 20

    /// Runs `wpc arguments` in `directory`.
    static func wpc(_ arguments: [String], in directory: URL = Repository.root) throws -> GuardedRun {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("wpc-time-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: report) }
        let start = Date()
        // time(1) measures timeout(1), whose peak includes the wpc it waited for.
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/time"),
                                           ["-o", report.path, "-f", "%M", "/usr/bin/timeout", "-s", "KILL", "120", CommandRunner.wpc.path] + arguments,
                                           in: directory)
        let seconds = Date().timeIntervalSince(start)
        // The last line is the peak in kilobytes; a line before it may say how the command ended.
        let lines = (try? String(contentsOf: report, encoding: .utf8))?.split(separator: "\n") ?? []
        let peak = lines.last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0
        return GuardedRun(status: result.status, stdout: result.stdout, stderr: result.stderr, seconds: seconds, peakBytes: peak * 1024)
    }

    /// Fails unless the run ended by itself with a status of at most 2 and
    /// said something (unless `quietIfClean` and it found nothing: a clean
    /// check prints nothing), within the runaway guard.
    func assertFinished(_ what: String, quietIfClean: Bool = false, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertLessThanOrEqual(status, 2, "\(what): exit \(status) (a crash or a kill is above 2): \(stderr.suffix(500))", file: file, line: line)
        if !(quietIfClean && status == 0) {
            XCTAssertFalse(stdout.isEmpty && stderr.isEmpty, "\(what): ended without a word", file: file, line: line)
        }
        XCTAssertLessThan(seconds, GuardedRun.runaway, "\(what): took \(seconds) s; something has turned superlinear", file: file, line: line)
    }
}
