import WPCChecks
import WPCModel
import XCTest

/// A document can define any number of codes, marks, types or bodies and
/// name as many unknown ones: each finding's help stays short, and the work
/// per finding does not grow with what the document defines (the shapes
/// that once took minutes are run through the binary in SlowInputReproducerTests).
final class CrowdedDocumentRuleTests: XCTestCase {
    private func legend(codes count: Int) -> Legend {
        Legend(groups: [], entries: (1...count).map { LegendEntry(code: "SP\($0)", group: "SP", text: "Process \($0)") })
    }

    func testAGroupOfThousandsIsListedByItsFirstDozen() {
        var row = Fixture.Row()
        row.plan = "SP9999"
        let found = Fixture.run(UnknownPlanCodeRule(), Fixture.programme([Fixture.topic("1.", line: 5, rows: [row])], legend: legend(codes: 5_000)))
        XCTAssertEqual(found.first?.help, "the legend's SP codes are SP1, SP2, SP3, SP4, SP5, SP6, SP7, SP8, SP9, SP10, SP11, SP12 and 4,988 more")
    }

    func testACodeOfNoGroupIsGivenTheNearestCodes() {
        var row = Fixture.Row()
        row.plan = "SQ1"
        let found = Fixture.run(UnknownPlanCodeRule(), Fixture.programme(row: row))
        XCTAssertEqual(found.first?.help, "nearest codes in the legend: SO1, SP1, LD1")
    }

    func testARepeatAmongThousandsOfCodesInOneCellIsFoundOnce() {
        var row = Fixture.Row()
        row.plan = (1...3_000).map { "SP\($0)" }.joined(separator: " ") + " SP17"
        let found = Fixture.run(DuplicatePlanCodeRule(), Fixture.programme([Fixture.topic("1.", line: 5, rows: [row])], legend: legend(codes: 3_000)))
        XCTAssertEqual(found.map(\.message), ["plan code 'SP17' appears twice in this task"])
    }

    func testTheDefinedMarksAreListedByTheirFirstDozen() {
        let marks = (1...40).map { SuperscriptDigits.superscript($0) }
        let footnotes = marks.enumerated().map { Footnote(mark: $1, text: Fixture.at("Note", line: 20 + $0, column: 3)) }
        var row = Fixture.Row()
        row.indicator = "Compendium endorsed⁹⁹"
        let found = Fixture.run(UndefinedFootnoteMarkerRule(), Fixture.programme([Fixture.topic("1.", line: 5, rows: [row])], footnotes: footnotes))
        XCTAssertEqual(found.first?.help, "add the footnote '⁹⁹ …' or use a defined mark (¹ ² ³ ⁴ ⁵ ⁶ ⁷ ⁸ ⁹ ¹⁰ ¹¹ ¹² and 28 more)")
    }

    func testThousandsOfTypesAreListedByTheirFirstDozen() {
        var programme = Fixture.programme(row: { var row = Fixture.Row(); row.type = "Z"; return row }())
        programme.taskTypes = (1...2_000).map { TaskType(code: "T\($0)", name: "Type \($0)", text: "") }
        let found = Fixture.run(UnknownTaskTypeRule(), programme)
        XCTAssertEqual(found.first?.help, "the defined types are " + (1...12).map { "T\($0) (Type \($0))" }.joined(separator: ", ") + " and 1,988 more")
    }

    /// A registry of thousands and as many unknown names: the first names
    /// get the nearest bodies, until the suggestions' work is spent; every
    /// name is still found.
    func testUnknownBodiesBeyondTheSuggestionsWorkGetThePlainHelp() {
        let registry = BodyRegistry(bodies: (0..<3_000).map { ResponsibleBody(id: "B\($0)", name: "Body of customs matters number \($0)") })
        let rows = (0..<3_000).map { index -> Fixture.Row in
            var row = Fixture.Row()
            row.bodies = "Committee on something else entirely \(index)"
            return row
        }
        let found = Fixture.run(UnknownBodyRule(), Fixture.programme([Fixture.topic("1.", line: 5, rows: rows)]), registry: registry)
        XCTAssertEqual(found.count, 3_000)
        let suggested = found.filter { $0.help?.hasPrefix("nearest known bodies: ") == true }.count
        XCTAssertGreaterThan(suggested, 0)
        XCTAssertLessThan(suggested, 100)
        XCTAssertEqual(found.last?.help, "add it to the body registry")
    }

    func testEveryRepeatOfANumberQuotesTheFirstTopicWithIt() {
        let title = String(repeating: "long title ", count: 10)
        let topics = (0..<5).map { Fixture.topic("7.", $0 == 0 ? title : "Other", line: 5 + $0) }
        let found = Fixture.run(DuplicateTopicNumberRule(), Fixture.programme(topics))
        XCTAssertEqual(Set(found.map(\.message)), ["topic number 7 is used twice (first for 'long title long title long title long …' at line 5)"])
        XCTAssertEqual(found.count, 4)
    }
}
