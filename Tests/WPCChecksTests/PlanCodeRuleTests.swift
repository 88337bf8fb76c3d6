import WPCChecks
import WPCModel
import XCTest

final class PlanCodeRuleTests: XCTestCase {
    private func row(plan: String) -> Fixture.Row {
        var row = Fixture.Row()
        row.plan = plan
        return row
    }

    func testUnknownCodeIsAnErrorUnderTheCode() {
        let row = row(plan: "SG SO1 SP9")
        let found = Fixture.run(UnknownPlanCodeRule(), Fixture.programme(row: row))
        XCTAssertEqual(found.map(\.rule), ["plan.unknown-code"])
        XCTAssertEqual(found.first?.severity, .error)
        // "1.\tTransit\tDevelop a Compendium\t" puts the plan cell at column 33; SP9 is 7 characters in.
        XCTAssertEqual(found.first?.location, SourceLocation(file: Fixture.file, line: 5, column: 33 + 7))
        XCTAssertEqual(found.first?.length, 3)
        XCTAssertEqual(found.first?.help, "the legend's SP codes are SP1, SP2, SP3, SP4, SP5, SP6, SP7, SP8")
    }

    func testLegendCodesAreNotUnknown() {
        XCTAssertEqual(Fixture.run(UnknownPlanCodeRule(), Fixture.programme(row: row(plan: "SG SO3 SP8 LD3 ORG2"))), [])
    }

    func testLowerCaseCodeIsMalformedWithTheFix() {
        let found = Fixture.run(MalformedPlanCodeRule(), Fixture.programme(row: row(plan: "SG sp6")))
        XCTAssertEqual(found.map(\.rule), ["plan.malformed-code"])
        XCTAssertEqual(found.first?.help, "write 'SP6'")
        XCTAssertEqual(found.first?.location?.column, 33 + 3)
    }

    func testCodeSplitByASpaceIsOneMalformedCode() {
        let programme = Fixture.programme(row: row(plan: "SG SP 6 LD1"))
        let found = Fixture.run(MalformedPlanCodeRule(), programme)
        XCTAssertEqual(found.map(\.message), ["malformed plan code 'SP 6'"])
        XCTAssertEqual(found.first?.length, 4)
        XCTAssertEqual(found.first?.help, "write 'SP6'")
        // Neither half is reported as an unknown code.
        XCTAssertEqual(Fixture.run(UnknownPlanCodeRule(), programme), [])
    }

    func testStrayPunctuationIsMalformed() {
        let found = Fixture.run(MalformedPlanCodeRule(), Fixture.programme(row: row(plan: "SG SP6, LD1")))
        XCTAssertEqual(found.map(\.message), ["malformed plan code 'SP6,'"])
        XCTAssertEqual(found.first?.help, "write 'SP6'")
    }

    func testWellFormedCodesAreNotMalformed() {
        XCTAssertEqual(Fixture.run(MalformedPlanCodeRule(), Fixture.programme(row: row(plan: "SG SO1 SP1 SP6 LD2"))), [])
    }

    func testSameCodeTwiceIsAWarningOnTheSecond() {
        let found = Fixture.run(DuplicatePlanCodeRule(), Fixture.programme(row: row(plan: "SO1 SP6 SP6 LD1")))
        XCTAssertEqual(found.map(\.rule), ["plan.duplicate-code"])
        XCTAssertEqual(found.first?.severity, .warning)
        XCTAssertEqual(found.first?.location?.column, 33 + 8)
    }

    func testDistinctCodesAreNoDuplicate() {
        XCTAssertEqual(Fixture.run(DuplicatePlanCodeRule(), Fixture.programme(row: row(plan: "SO1 SP6 LD1"))), [])
    }

    func testCodesOutOfLegendOrderGiveANoteWithTheOrderedList() {
        let found = Fixture.run(PlanCodeOrderRule(), Fixture.programme(row: row(plan: "SG SP1 SO1 LD2")))
        XCTAssertEqual(found.map(\.rule), ["plan.code-order"])
        XCTAssertEqual(found.first?.severity, .note)
        XCTAssertEqual(found.first?.message, "plan code 'SO1' comes after 'SP1', but the legend lists it first")
        XCTAssertEqual(found.first?.help, "write 'SG SO1 SP1 LD2'")
    }

    func testCodesInLegendOrderGiveNoNote() {
        XCTAssertEqual(Fixture.run(PlanCodeOrderRule(), Fixture.programme(row: row(plan: "SG SO1 SO3 SP1 SP6 SP6 LD1"))), [])
    }

    func testCodesWithoutALegendAreReportedOnce() {
        let programme = Fixture.programme([Fixture.topic("1.", line: 5, rows: [Fixture.Row(), Fixture.Row()])], legend: Legend())
        let found = Fixture.run(MissingLegendRule(), programme)
        XCTAssertEqual(found.map(\.rule), ["plan.no-legend"])
        XCTAssertEqual(found.first?.location?.line, 5)
        XCTAssertEqual(Fixture.run(UnknownPlanCodeRule(), programme), [], "without a legend no code can be called unknown")
    }

    func testALegendSilencesTheMissingLegendRule() {
        XCTAssertEqual(Fixture.run(MissingLegendRule(), Fixture.programme(row: Fixture.Row())), [])
    }
}
