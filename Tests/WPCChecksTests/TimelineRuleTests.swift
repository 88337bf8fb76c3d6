import WPCChecks
import WPCModel
import XCTest

final class TimelineRuleTests: XCTestCase {
    private func row(timeline: String) -> Fixture.Row {
        var row = Fixture.Row()
        row.timeline = timeline
        return row
    }

    func testMisspeltMonthIsAnErrorSuggestingTheMonth() {
        let row = row(timeline: "Jnue 2020")
        let found = Fixture.run(UnrecognizedTimelineRule(), Fixture.programme(row: row))
        XCTAssertEqual(found.map(\.message), ["timeline 'Jnue' is not understood"])
        XCTAssertEqual(found.first?.severity, .error)
        XCTAssertEqual(found.first?.help, "did you mean 'June'?")
        XCTAssertEqual(found.first?.location?.column, row.column(7))
        XCTAssertEqual(found.first?.length, 4)
    }

    func testMonthWithoutYearAsksForTheYear() {
        XCTAssertEqual(Fixture.run(UnrecognizedTimelineRule(), Fixture.programme(row: row(timeline: "Ongoing June"))).first?.help,
                       "add the year: 'June 2020'")
    }

    func testRunOfUnknownWordsIsOneDiagnostic() {
        let found = Fixture.run(UnrecognizedTimelineRule(), Fixture.programme(row: row(timeline: "After the review")))
        XCTAssertEqual(found.map(\.message), ["timeline 'After the review' is not understood"])
        XCTAssertEqual(found.first?.length, 16)
    }

    func testKnownTimelinesPass() {
        for timeline in ["June 2020 (for adoption) October 2020 (for publication)", "Ongoing annual", "Autumn 2020", "Periodically",
                         "To be determined, depending on the interest from Members", "2021", "Ongoing June 2020"] {
            XCTAssertEqual(Fixture.run(UnrecognizedTimelineRule(), Fixture.programme(row: row(timeline: timeline))), [], timeline)
        }
    }

    func testYearOutsideThePeriodIsAWarning() {
        let row = row(timeline: "October 2019 April 2024")
        let found = Fixture.run(TimelineOutsidePeriodRule(), Fixture.programme(row: row))
        XCTAssertEqual(found.map(\.message), ["'April 2024' is outside the programme period 2019–2022"])
        XCTAssertEqual(found.first?.location?.column, row.column(7) + 13)
        XCTAssertEqual(found.first?.length, 10)
    }

    func testYearsInsideThePeriodPass() {
        XCTAssertEqual(Fixture.run(TimelineOutsidePeriodRule(), Fixture.programme(row: row(timeline: "October 2019 June 2022"))), [])
    }

    func testHyphenatedOngoingIsAVariantSpelling() {
        let found = Fixture.run(TimelineVariantSpellingRule(), Fixture.programme(row: row(timeline: "On-going")))
        XCTAssertEqual(found.map(\.message), ["'On-going' is a variant spelling of 'Ongoing'"])
        XCTAssertEqual(found.first?.severity, .note)
        XCTAssertEqual(found.first?.help, "write 'Ongoing'")
    }

    func testHouseSpellingsAreNoVariant() {
        XCTAssertEqual(Fixture.run(TimelineVariantSpellingRule(), Fixture.programme(row: row(timeline: "Ongoing Autumn 2020"))), [])
    }
}
