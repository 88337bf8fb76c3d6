import Foundation
import WPCTestSupport
import XCTest

/// The shapes that once made `wpc` quadratic in time or memory, run through
/// the real binary: each must end by itself with a status of at most 2 and
/// say what it found, well inside `GuardedRun.runaway` seconds (a guard
/// against a return of superlinear work, not a speed measurement; the
/// figures are in benchmarks/pathological and the README).
final class SlowInputReproducerTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try Repository.temporaryFolder("wpc-slow") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private let root = "<work-programme xmlns=\"urn:wpc:work-programme:1\">"

    private func write(_ text: String, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Once 15.6 s: the human printer rescanned source lines for every finding.
    func testA40KBAnnexWithAFindingOnEveryLinePrintsEachOnce() throws {
        let clean = try String(contentsOfFile: Repository.path("Tests/WPCChecksTests/Corpus/annex/clean.txt"), encoding: .utf8)
        let lines = clean.split(separator: "\n", omittingEmptySubsequences: false)
        let preamble = lines.prefix(4).joined(separator: "\n") + "\n"
        let footnotes = "\n" + lines.drop { !$0.hasPrefix("¹") }.joined(separator: "\n")
        var rows = "", count = 0
        while preamble.utf8.count + rows.utf8.count < 40_000 {
            count += 1
            rows += "\(count).\tTopic \(count)\tTask \(count) of the programme\tSG SO1 sp6\tA\tPTC\tIndicator \(count)\tJune 2020\t\n"
        }
        let path = try write(preamble + rows + footnotes, "every-line.txt")
        let run = try GuardedRun.wpc(["check", path])
        run.assertFinished("check")
        XCTAssertEqual(run.status, 1, run.stderr)
        let malformed = run.stdout.split(separator: "\n").filter { $0.hasSuffix("[plan.malformed-code]") }
        XCTAssertEqual(malformed.count, count, "one finding per row, each printed once")
        XCTAssertTrue(run.stdout.contains("every-line.txt:\(count + 4):"), "the last row is reached")
    }

    /// Once 65 s, 1.97 GB and 490 MB of output: a schema error per attribute,
    /// each printed with the whole one-line root element.
    func testTenThousandAttributesOnTheRootAreRefusedAtOnce() throws {
        let attributes = (0..<10_000).map { " a\($0)=\"\($0)\"" }.joined()
        let path = try write("\(root.dropLast())\(attributes)><title>T</title></work-programme>\n", "attributes.xml")
        let run = try GuardedRun.wpc(["check", path])
        run.assertFinished("check")
        XCTAssertEqual(run.status, 2, run.stderr)
        XCTAssertTrue(run.stderr.hasPrefix("\(path):1:1: error: an element with 10001 attributes, more than the 256 the XML reader allows on one [xml.limit]"),
                      String(run.stderr.prefix(300)))
        XCTAssertLessThan(run.stderr.utf8.count, 2_000, "one error, its line cut to the printer's width")
    }

    /// The most attributes allowed on every element, each breaking the
    /// schema: tens of thousands of errors, printed up to --max-diagnostics.
    func testElementsCrowdedToTheLimitPrintTheirErrorsUpToTheCap() throws {
        let attributes = (0..<256).map { " a\($0)=\"\($0)\"" }.joined()
        let remarks = String(repeating: "<remark\(attributes)>r</remark>\n", count: 100)
        let path = try write("\(root)\n<title>T</title>\n<remarks>\n\(remarks)</remarks></work-programme>\n", "crowded.xml")
        let run = try GuardedRun.wpc(["check", path])
        run.assertFinished("check")
        XCTAssertEqual(run.status, 2, run.stderr)
        XCTAssertEqual(run.stderr.split(separator: "\n").filter { $0.hasSuffix("[xml.schema]") }.count, 1_000)
        XCTAssertTrue(run.stderr.contains("… 24,600 more errors not shown (--max-diagnostics N shows more)"), String(run.stderr.suffix(300)))
    }

    /// Once 10.2 s: the XML reader rescanned a long line per element.
    func testCanonicalXMLOnOneLineReadsAsItDoesOnMany() throws {
        let canonical = folder.appendingPathComponent("canonical.xml").path
        let made = try GuardedRun.wpc(["render", "--synthetic", "100", "--format", "xml", "-o", canonical])
        XCTAssertEqual(made.status, 0, made.stderr)
        let text = try String(contentsOfFile: canonical, encoding: .utf8)
        let oneLine = text.replacingOccurrences(of: ">\\s+<", with: "><", options: .regularExpression)
        XCTAssertEqual(oneLine.split(separator: "\n").count, 1)
        XCTAssertGreaterThan(oneLine.utf8.count, 250_000)
        let path = try write(oneLine, "one-line.xml")
        for format in ["json", "md"] {
            let run = try GuardedRun.wpc(["render", path, "--format", format])
            run.assertFinished("render \(format)")
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertEqual(run.stdout, try CommandRunner.wpc(["render", canonical, "--format", format]).stdout,
                           "\(format): the one-line file is the same programme")
        }
        let check = try GuardedRun.wpc(["check", path])
        check.assertFinished("check", quietIfClean: true)
    }

    /// Once 29.5 s.
    func testTenThousandRemarksOnOneLineAreAllRead() throws {
        let remarks = (0..<10_000).map { "<remark>remark \($0)</remark>" }.joined()
        let path = try write("\(root)<title>T</title><remarks>\(remarks)</remarks></work-programme>\n", "remarks.xml")
        let run = try GuardedRun.wpc(["render", path, "--format", "json"])
        run.assertFinished("render")
        XCTAssertEqual(run.status, 0, run.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((json["remarks"] as? [Any])?.count, 10_000)
        let check = try GuardedRun.wpc(["check", path])
        check.assertFinished("check", quietIfClean: true)
        XCTAssertEqual(check.status, 0, check.stderr)
    }

    /// Once 954 MB: now the source, libxml2's validator's copy of the
    /// element's value and the programme's string, about four times the file.
    func testAFiftyMegabyteTextNodeStaysWithinAboutFourTimesItsSize() throws {
        let words = String(repeating: "review progress implementing action plan customs ", count: 1_000_000)
        let path = try write("\(root)\n<title>T</title>\n<remarks>\n<remark>\(words)</remark>\n</remarks>\n</work-programme>\n", "text-node.xml")
        let size = words.utf8.count
        let run = try GuardedRun.wpc(["check", path])
        run.assertFinished("check", quietIfClean: true)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertGreaterThan(run.peakBytes, size, "the peak was measured")
        XCTAssertLessThan(Double(run.peakBytes) / Double(size), 4.5, "peak \(run.peakBytes / 1_048_576) MB for \(size / 1_048_576) MB of text")
    }

    /// Once 77 s: libxml2's validator appended each piece of text to the
    /// element's value, measuring it again each time.
    func testThreeMillionCharacterReferencesInOneElementReadWhole() throws {
        let path = try write("\(root)<title>T</title><remarks><remark>\(String(repeating: "&#38;", count: 3_000_000))</remark></remarks></work-programme>\n",
                             "references.xml")
        let run = try GuardedRun.wpc(["render", path, "--format", "json"])
        run.assertFinished("render")
        XCTAssertEqual(run.status, 0, run.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((json["remarks"] as? [String])?.first, String(repeating: "&", count: 3_000_000))
    }

    /// libxml2 stops at 256 levels; the error says so in plain words.
    func testNestingBeyondTheReadersLimitIsOneClearError() throws {
        let deep = String(repeating: "<x>", count: 100_000) + String(repeating: "</x>", count: 100_000)
        let path = try write("\(root)\n<title>T</title>\n<remarks><remark>\(deep)</remark></remarks></work-programme>\n", "deep.xml")
        let run = try GuardedRun.wpc(["render", path, "--format", "json"])
        run.assertFinished("render")
        XCTAssertEqual(run.status, 2, run.stderr)
        XCTAssertTrue(run.stderr.hasPrefix("\(path):3:"), run.stderr)
        XCTAssertTrue(run.stderr.contains("error: elements are nested more than 256 levels below the root, more than the XML reader allows"),
                      run.stderr)
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, "one line")
    }
}
