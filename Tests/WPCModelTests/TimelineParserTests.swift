import WPCModel
import XCTest

final class TimelineParserTests: XCTestCase {
    private func kinds(_ text: String) -> [Milestone.Kind] { TimelineParser.parse(text).map(\.kind) }

    func testMonthsSeasonsAndYears() {
        XCTAssertEqual(kinds("October 2019 April 2020 April 2022"),
                       [.month(year: 2019, month: 10), .month(year: 2020, month: 4), .month(year: 2022, month: 4)])
        XCTAssertEqual(kinds("Autumn 2020"), [.season(year: 2020, season: .autumn)])
        XCTAssertEqual(kinds("2021"), [.year(2021)])
    }

    func testStatesAndVariantSpellings() {
        XCTAssertEqual(kinds("Ongoing"), [.ongoing])
        XCTAssertEqual(kinds("On-going"), [.ongoing])
        XCTAssertEqual(TimelineParser.parse("On going").first?.written, "On going")
        XCTAssertEqual(kinds("Periodically"), [.periodically])
        XCTAssertEqual(kinds("Ongoing annual"), [.ongoing, .annually])
        XCTAssertEqual(kinds("Ongoing June 2020"), [.ongoing, .month(year: 2020, month: 6)])
    }

    func testAnnotationsAttachToTheMilestoneBefore() {
        let milestones = TimelineParser.parse("June 2020 (for adoption) October 2020 (for publication)")
        XCTAssertEqual(milestones.map(\.annotation), ["for adoption", "for publication"])
        XCTAssertEqual(milestones.map(\.offset), [0, 25])
    }

    func testToBeDeterminedKeepsItsReason() {
        let milestones = TimelineParser.parse("To be determined, depending on the interest from Members")
        XCTAssertEqual(milestones.map(\.kind), [.toBeDetermined])
        XCTAssertEqual(milestones.first?.annotation, "depending on the interest from Members")
        XCTAssertEqual(kinds("To be determined"), [.toBeDetermined])
        XCTAssertNil(TimelineParser.parse("To be determined").first?.annotation)
    }

    func testMisspeltMonthIsUnrecognisedWithItsOffset() {
        let milestones = TimelineParser.parse("Jnue 2020")
        XCTAssertEqual(milestones.map(\.kind), [.unrecognized, .year(2020)])
        XCTAssertEqual(milestones.first?.written, "Jnue")
        XCTAssertFalse(Timeline(WrittenText("Jnue 2020")).isFullyParsed)
        XCTAssertFalse(TimelineParser.looksLikeTimeline("Annual updates produced"))
    }
}
