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
    /// schema: 25,600 errors. Once 2.7 s and 536 MB for 5 MB of them (1.9 GB
    /// for 20 MB): the reading stops after 10,000, and says so; the human
    /// output prints up to --max-diagnostics.
    func testElementsCrowdedToTheLimitStopTheReadingAfterTenThousandErrors() throws {
        let attributes = (0..<256).map { " a\($0)=\"\($0)\"" }.joined()
        let remarks = String(repeating: "<remark\(attributes)>r</remark>\n", count: 100)
        let path = try write("\(root)\n<title>T</title>\n<remarks>\n\(remarks)</remarks></work-programme>\n", "crowded.xml")
        let run = try GuardedRun.wpc(["check", path])
        run.assertFinished("check")
        XCTAssertEqual(run.status, 2, run.stderr)
        XCTAssertEqual(run.stderr.split(separator: "\n").filter { $0.hasSuffix("[xml.schema]") }.count, 1_000)
        XCTAssertTrue(run.stderr.contains("… 9,001 more errors not shown (--max-diagnostics N shows more)"), String(run.stderr.suffix(300)))
        let json = try GuardedRun.wpc(["check", path, "--format", "json"])
        let findings = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(findings.count, 10_001)
        XCTAssertEqual(findings.filter { $0["rule"] as? String == "xml.schema" }.count, 10_000)
        XCTAssertEqual(findings.last?["rule"] as? String, "xml.limit")
        XCTAssertEqual(findings.last?["message"] as? String, "more than 10,000 errors; the rest of the file is not read")
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

    /// A programme of `count` topics, one task each, with `legend` entries
    /// in its legend and `task(i)` for the i-th task's cells.
    private func programme(_ count: Int, legend: Int, task: (Int) -> (plan: String, bodies: String)) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\(root)\n<title>T</title>\n<period first=\"2019\" last=\"2022\"/>\n"
        xml += "<legend>\n<group prefix=\"SP\" name=\"Strategic Processes\"/>\n"
        for code in 1...legend { xml += "<entry code=\"SP\(code)\" group=\"SP\">Process \(code)</entry>\n" }
        xml += "</legend>\n<topics>\n"
        for index in 0..<count {
            let cells = task(index)
            xml += "<topic><number>\(index + 1).</number><title>Topic \(index + 1)</title><task><text>Task</text><plan>\(cells.plan)</plan>"
            xml += "<type>M</type><bodies>\(cells.bodies)</bodies><indicator><text>I</text><timeline>June 2020</timeline></indicator></task></topic>\n"
        }
        return xml + "</topics>\n</work-programme>\n"
    }

    /// Once 163 s and 198 MB of JSON for a 1.3 MB file: every finding's help
    /// listed the whole group of thousands of codes, found by a look through
    /// the whole legend.
    func testThousandsOfUnknownCodesInAGroupOfThousands() throws {
        let path = try write(programme(3_000, legend: 3_000) { ("SP\(3_001 + $0)", "PTC") }, "unknown-codes.xml")
        let run = try GuardedRun.wpc(["check", path, "--format", "json"])
        run.assertFinished("check")
        XCTAssertEqual(run.status, 1, run.stderr)
        let findings = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(findings.filter { $0["rule"] as? String == "plan.unknown-code" }.count, 3_000)
        XCTAssertTrue(run.stdout.contains("SP11, SP12 and 2,988 more"))
    }

    /// Once more than five minutes: the nearest codes to each unknown one,
    /// by edit distance over the whole legend, worked out afresh per finding.
    func testThousandsOfCodesOfNoGroupAgainstALegendOfThousands() throws {
        let path = try write(programme(3_000, legend: 3_000) { ("QX\($0)", "PTC") }, "unknown-prefix.xml")
        let run = try GuardedRun.wpc(["check", path, "--format", "json"])
        run.assertFinished("check")
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stdout.contains("nearest codes in the legend: "), "the first ones are given the nearest codes")
        XCTAssertTrue(run.stdout.contains("the legend defines 3,000 codes; use one of them"), "the rest the plain help")
    }

    /// Once more than five minutes: the registry's ids were checked for
    /// repeats each against all before it, and every unknown body was compared
    /// with every spelling of every body.
    func testThousandsOfUnknownBodiesAgainstARegistryOfThousands() throws {
        var registry = "id\tname\taliases\n"
        for index in 0..<3_000 { registry += "B\(index)\tBody of customs matters number \(index)\tCustoms body \(index)\n" }
        try Data(registry.utf8).write(to: folder.appendingPathComponent("bodies.tsv"))
        let path = try write(programme(3_000, legend: 1) { ("SP1", "Committee on something else \($0)") }, "unknown-bodies.xml")
        let run = try GuardedRun.wpc(["check", path, "--format", "json"])
        run.assertFinished("check")
        let findings = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(findings.filter { $0["rule"] as? String == "body.unknown" }.count, 3_000, run.stderr)
    }
}
