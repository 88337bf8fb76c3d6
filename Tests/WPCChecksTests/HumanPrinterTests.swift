import WPCChecks
import WPCModel
import XCTest

final class HumanPrinterTests: XCTestCase {
    private let source = LineIndex("No\tTopic\tTasks\n18.\tFree Zones\tProduce research paper\tSG SO1\tAdvanced\tPTC\n")

    private func diagnostic(line: Int = 2, column: Int = 46, length: Int = 8, help: String? = "write 'A'") -> Diagnostic {
        Diagnostic(.warning, "type.long-form", "task type written in full as 'Advanced'",
                   at: SourceLocation(file: "annex.txt", line: line, column: column), length: length, help: help)
    }

    func testPrintsLocationSeverityMessageRuleLineCaretAndHelp() {
        let output = HumanPrinter().print([diagnostic()], sources: ["annex.txt": source])
        XCTAssertEqual(output, """
            annex.txt:2:46: warning: task type written in full as 'Advanced' [type.long-form]
            18.\tFree Zones\tProduce research paper\tSG SO1\tAdvanced\tPTC
               \t          \t                      \t      \t^~~~~~~~
            help: write 'A'
            1 warning generated.

            """)
    }

    func testCaretStandsUnderTheSpanOnceTabsAreExpanded() {
        let output = HumanPrinter().print([diagnostic()], sources: ["annex.txt": source])
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func expand(_ line: String) -> [Character] {
            var result: [Character] = []
            for character in line {
                if character == "\t" {
                    repeat { result.append(" ") } while result.count % 8 != 0
                } else {
                    result.append(character)
                }
            }
            return result
        }
        let sourceLine = expand(lines[1]), caretLine = expand(lines[2])
        let caret = caretLine.firstIndex(of: "^") ?? 0
        XCTAssertEqual(String(sourceLine[caret..<caret + 8]), "Advanced")
    }

    func testColourOnlyWhenAsked() {
        XCTAssertFalse(HumanPrinter(colour: false).print([diagnostic()], sources: ["annex.txt": source]).contains("\u{1B}["))
        let coloured = HumanPrinter(colour: true).print([diagnostic()], sources: ["annex.txt": source])
        XCTAssertTrue(coloured.contains("\u{1B}[1;35mwarning:\u{1B}[0m"))
    }

    func testWithoutSourceTextOnlyTheMessageAndHelpArePrinted() {
        XCTAssertEqual(HumanPrinter().format(diagnostic(help: nil), source: nil),
                       "annex.txt:2:46: warning: task type written in full as 'Advanced' [type.long-form]\n")
    }

    func testDiagnosticWithoutLocationNamesTheTool() {
        let output = HumanPrinter().format(Diagnostic(.error, "source.unreadable", "cannot read", at: nil), source: nil)
        XCTAssertEqual(output, "wpc: error: cannot read [source.unreadable]\n")
    }

    func testLongLineIsShownAsAWindowAroundTheCaret() {
        let long = String(repeating: "a", count: 300) + "TARGET" + String(repeating: "b", count: 300)
        let output = HumanPrinter(maxLineWidth: 60).format(diagnostic(line: 1, column: 301, length: 6, help: nil),
                                                            source: LineIndex(long))
        let lines = output.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[1].hasPrefix("...") && lines[1].hasSuffix("..."))
        XCTAssertEqual(lines[1].count, 66)
        let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) } ?? -1
        XCTAssertEqual(String(Array(lines[1])[caret..<caret + 6]), "TARGET")
    }

    func testWindowOfALongLineCountsCharactersNotBytes() {
        // Two-byte characters before the caret: the window and the caret must count characters.
        let long = String(repeating: "é", count: 300) + "TARGET" + String(repeating: "ü", count: 300)
        let output = HumanPrinter(maxLineWidth: 60).format(diagnostic(line: 1, column: 301, length: 6, help: nil),
                                                            source: LineIndex(long))
        let lines = output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[1].count, 66)
        let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) } ?? -1
        XCTAssertEqual(String(Array(lines[1])[caret..<caret + 6]), "TARGET")
    }

    func testALongLineWithoutAColumnIsCutAtTheWidth() {
        // A schema error on a one-line document names the line but no column:
        // printing the whole line for each made 10,000 errors print 1.3 GB.
        let long = String(repeating: "é", count: 300) + String(repeating: "b", count: 300)
        let output = HumanPrinter(maxLineWidth: 60).format(diagnostic(line: 1, column: 0, length: 1, help: nil), source: LineIndex(long))
        let lines = output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[1], String(repeating: "é", count: 60) + "...")
        let short = HumanPrinter(maxLineWidth: 60).format(diagnostic(line: 1, column: 0, length: 1, help: nil), source: LineIndex("short line"))
        XCTAssertEqual(short.split(separator: "\n").last, "short line")
    }

    func testWindowsLineEndsDoNotReachTheExcerpt() {
        let crlf = LineIndex("No\tTopic\tTasks\r\n18.\tFree Zones\tProduce research paper\tSG SO1\tAdvanced\tPTC\r\n")
        let output = HumanPrinter().print([diagnostic()], sources: ["annex.txt": crlf])
        XCTAssertFalse(output.contains("\r"))
        XCTAssertEqual(output, HumanPrinter().print([diagnostic()], sources: ["annex.txt": source]))
    }

    func testSummaryCountsEachSeverity() {
        let diagnostics = [diagnostic(), diagnostic(),
                           Diagnostic(.error, "x", "m", at: nil), Diagnostic(.note, "y", "m", at: nil)]
        XCTAssertEqual(HumanPrinter.summary(diagnostics), "1 error, 2 warnings and 1 note generated.")
    }

    func testNoDiagnosticsPrintNothing() {
        XCTAssertEqual(HumanPrinter().print([], sources: [:]), "")
    }
}
