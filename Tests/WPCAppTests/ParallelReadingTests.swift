import Foundation
import WPCTestSupport
import XCTest

/// A diff reads its two drafts side by side; libxml2 is set up once before
/// either parser starts, so the two never race in its first-use setup (which
/// left its dictionary mutex broken and both readers waiting for ever, or one
/// schema without the built-in type xs:string, failing to compile).
final class ParallelReadingTests: XCTestCase {
    func testDiffingTwoXMLDraftsNeverHangs() throws {
        // The race is in each process's first use of libxml2: many short processes.
        for run in 0..<24 {
            let result = try CommandRunner.run(CommandRunner.wpc, ["diff", Repository.seedXML, Repository.seedXML, "--format", "json"],
                                               timeout: 60)
            XCTAssertFalse(result.timedOut, "run \(run) hung")
            XCTAssertEqual(result.status, 0, "run \(run): \(result.stderr)")
        }
    }
}
