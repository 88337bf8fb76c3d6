import Foundation
import WPCTestSupport
import XCTest

/// Inputs that once crashed `wpc` (found by fuzzing, or reported), run
/// through the real binary: each must end with a status of at most 2 and say
/// what it found. The files are in Reproducers/; scripts/fuzz.sh seeds the
/// fuzzers with them too.
final class CrashReproducerTests: XCTestCase {
    private func reproducer(_ name: String) -> String { Repository.path("Tests/WPCAppTests/Reproducers/\(name)") }

    /// Found by fuzz-annex: a row of 19 cells whose only anchor lines up when
    /// the row is moved left by more than the table is wide (an index out of range).
    func testARowWiderThanTwoTablesIsMovedNotACrash() throws {
        let run = try GuardedRun.wpc(["check", reproducer("row-of-nineteen-cells.txt")])
        run.assertFinished("check")
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stdout.contains("row-of-nineteen-cells.txt:2:18: note: row has 19 cells; moved left by 10 columns"), run.stdout)
    }

    /// Found by fuzz-xml: libxml2 counts lines at `\n` only, so an error in a
    /// file with lone `\r` line ends named line 1 and a column past its end.
    func testAnXMLErrorInAFileWithCarriageReturnLineEndsNamesItsLine() throws {
        let run = try GuardedRun.wpc(["check", reproducer("lone-cr-line-ends.xml")])
        run.assertFinished("check")
        XCTAssertEqual(run.status, 2, run.stderr)
        XCTAssertTrue(run.stderr.hasPrefix("\(reproducer("lone-cr-line-ends.xml")):5:24: error: Opening and ending tag mismatch"), run.stderr)
    }

    /// Found by fuzz-xml, fuzz-docx and fuzz-diff at once: the scan for the
    /// XML limits stepped past the end of a document whose last start tag
    /// never ends (here, a quote in the root tag is never closed).
    func testAStartTagThatNeverEndsIsASyntaxErrorNotACrash() throws {
        let run = try GuardedRun.wpc(["check", reproducer("unclosed-quote-in-root-tag.xml")])
        run.assertFinished("check")
        XCTAssertEqual(run.status, 2, run.stderr)
        XCTAssertTrue(run.stderr.contains("unclosed-quote-in-root-tag.xml:1:7: error: Malformed declaration expecting version [xml.syntax]"), run.stderr)
    }

    /// Reported: the largest Int as a topic number overflowed the gap rule.
    func testATopicNumberedWithTheLargestIntIsAGapNotACrash() throws {
        let run = try GuardedRun.wpc(["check", reproducer("topic-number-int-max.txt")])
        run.assertFinished("check")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("warning: topic number 9223372036854775807 skips 2–9223372036854775806 [numbering.gap]"), run.stdout)
        XCTAssertTrue(run.stdout.contains("warning: topic number 3 comes after 9223372036854775807 [numbering.gap]"), run.stdout)
        let json = try GuardedRun.wpc(["render", reproducer("topic-number-int-max.txt"), "--format", "json"])
        json.assertFinished("render")
        XCTAssertEqual(json.status, 0, json.stderr)
    }

    /// Reported: a period whose first year is after its last trapped in `Period.contains`.
    func testABackwardsPeriodIsCheckedNotACrash() throws {
        for arguments in [["check"], ["extract", "--body", "PTC", "--due", "2020"], ["render", "--format", "html"]] {
            let run = try GuardedRun.wpc([arguments[0], reproducer("period-backwards.xml")] + arguments.dropFirst())
            run.assertFinished(arguments[0])
        }
        let run = try GuardedRun.wpc(["check", reproducer("period-backwards.xml")])
        XCTAssertTrue(run.stdout.contains("'June 2020' is outside the programme period 2022–2019 [timeline.outside-period]"), run.stdout)
    }
}
