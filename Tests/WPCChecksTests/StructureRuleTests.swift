import WPCChecks
import WPCModel
import XCTest

final class StructureRuleTests: XCTestCase {
    func testTopicWithNoTaskIsReported() {
        let empty = Topic(numberAsWritten: Fixture.at("2.", line: 9), title: Fixture.at("Transit", line: 9, column: 4))
        let found = Fixture.run(TopicWithoutTaskRule(), Fixture.programme([Fixture.topic("1.", line: 5), empty]))
        XCTAssertEqual(found.map(\.message), ["topic '2. Transit' has no task"])
        XCTAssertEqual(found.first?.location?.line, 9)
    }

    func testTopicWithATaskPasses() {
        XCTAssertEqual(Fixture.run(TopicWithoutTaskRule(), Fixture.programme(row: Fixture.Row())), [])
    }

    func testTaskWithNoIndicatorIsReported() {
        var row = Fixture.Row()
        row.indicator = nil
        row.timeline = nil
        let found = Fixture.run(TaskWithoutIndicatorRule(), Fixture.programme(row: row))
        XCTAssertEqual(found.map(\.message), ["task 'Develop a Compendium' has no performance indicator"])
        XCTAssertEqual(found.first?.location?.column, row.column(2))
    }

    func testTaskWithAnIndicatorPasses() {
        XCTAssertEqual(Fixture.run(TaskWithoutIndicatorRule(), Fixture.programme(row: Fixture.Row())), [])
    }

    func testIndicatorWithNoTimelineIsReported() {
        var row = Fixture.Row()
        row.timeline = ""
        let found = Fixture.run(IndicatorWithoutTimelineRule(), Fixture.programme(row: row))
        XCTAssertEqual(found.map(\.message), ["indicator 'Compendium endorsed' has no timeline"])
        XCTAssertEqual(found.first?.location?.column, row.column(6))
    }

    func testIndicatorWithATimelinePasses() {
        XCTAssertEqual(Fixture.run(IndicatorWithoutTimelineRule(), Fixture.programme(row: Fixture.Row())), [])
    }

    func testEmptyPlanAndBodyCellsAreReported() {
        var row = Fixture.Row()
        row.plan = ""
        row.bodies = nil
        let found = Fixture.run(EmptyCellRule(), Fixture.programme(row: row))
        XCTAssertEqual(found.map(\.message), [
            "task 'Develop a Compendium' has no WCO Strategic Plan codes",
            "task 'Develop a Compendium' has no responsible body",
        ])
        XCTAssertEqual(found.first?.location?.column, row.column(3), "an empty cell that was read points at itself")
        XCTAssertEqual(found.last?.location?.column, row.column(2), "an absent cell points at the task")
    }

    func testTimelineWithoutIndicatorTextIsAnEmptyCell() {
        var row = Fixture.Row()
        row.indicator = ""
        XCTAssertEqual(Fixture.run(EmptyCellRule(), Fixture.programme(row: row)).map(\.message),
                       ["the timeline 'June 2020' has no performance indicator"])
    }

    func testBodiesGivenOnEveryIndicatorAreEnough() {
        var task = Fixture.Row().task(line: 5)
        task.bodies = nil
        task.indicators[0].bodies = Fixture.at("PTC", line: 5, column: 60)
        let programme = Fixture.programme([Topic(numberAsWritten: Fixture.at("1.", line: 5), title: Fixture.at("T", line: 5), tasks: [task])])
        XCTAssertEqual(Fixture.run(EmptyCellRule(), programme), [])
    }

    func testFullRowHasNoEmptyCell() {
        XCTAssertEqual(Fixture.run(EmptyCellRule(), Fixture.programme(row: Fixture.Row())), [])
    }

    func testTaskWithNoTopicAboveIsAnError() {
        let orphan = Topic(numberAsWritten: "", title: "", tasks: [Fixture.Row().task(line: 5)])
        let found = Fixture.run(OrphanTaskRule(), Fixture.programme([orphan, Fixture.topic("1.", line: 6)]))
        XCTAssertEqual(found.map(\.message), ["task 'Develop a Compendium' has no topic above it"])
        XCTAssertEqual(found.first?.severity, .error)
        XCTAssertEqual(found.first?.location?.line, 5)
    }

    func testTasksUnderATopicAreNoOrphans() {
        XCTAssertEqual(Fixture.run(OrphanTaskRule(), Fixture.programme(row: Fixture.Row())), [])
    }
}
