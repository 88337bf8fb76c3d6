import Foundation
import WPCModel
@testable import WPCRender
import WPCSynthetic
import WPCTestSupport
import XCTest

/// The parts of the dashboard that need no browser: its words, how topics
/// are grouped into lanes, where a milestone falls, escaping, and what the
/// page says when it has no registry, no checks or no period.
final class DashboardTests: XCTestCase {
    /// The bundled English text of `label`.
    private func english(_ label: DashboardLabel) -> String { TestLabels.english[label.key] }

    func testTheListLabelsHoldOneWordPerMonthAndSeason() {
        XCTAssertEqual(DashboardWords(TestLabels.english).list(.monthAbbreviations).count, 12)
        XCTAssertEqual(DashboardWords(TestLabels.french).list(.monthAbbreviations).count, 12)
        XCTAssertEqual(DashboardWords(TestLabels.english).list(.seasonNames).count, Season.allCases.count)
        XCTAssertEqual(DashboardWords(TestLabels.french).list(.seasonNames).count, Season.allCases.count)
    }

    func testNumbersAndCountsAreWrittenInTheLanguageOfThePage() {
        let english = DashboardWords(TestLabels.english), french = DashboardWords(TestLabels.french)
        XCTAssertEqual(english.number(1_234_567), "1,234,567")
        XCTAssertEqual(french.number(1_234_567), "1\u{202F}234\u{202F}567")
        XCTAssertEqual(english.number(999), "999")
        XCTAssertEqual(english.tasks(1), "1 task")
        XCTAssertEqual(english.tasks(2_000), "2,000 tasks")
        XCTAssertEqual(french.milestones(3), "3 jalons")
        XCTAssertEqual(english.fill(.quarterCell, n: 2, what: english.milestones(1), lane: "Topic 5", year: 2020), "Topic 5 · 2020 Q2: 1 milestone")
        XCTAssertEqual(english.joined(["1.1", "2.1", "3.1"], limit: 2), "1.1, 2.1 … and 1 more")
    }

    func testTopicsHaveALaneEachUpToSixtyThenShareBandsOfOneTwoOrFiveTimesAPowerOfTen() {
        XCTAssertEqual(TopicLanes.bandSize(forTopics: 1), 1)
        XCTAssertEqual(TopicLanes.bandSize(forTopics: 60), 1)
        XCTAssertEqual(TopicLanes.bandSize(forTopics: 61), 2)
        XCTAssertEqual(TopicLanes.bandSize(forTopics: 100), 2)
        XCTAssertEqual(TopicLanes.bandSize(forTopics: 101), 5)
        XCTAssertEqual(TopicLanes.bandSize(forTopics: 10_000), 200)
        XCTAssertEqual(TopicLanes.bandSize(forTopics: 10_001), 500)
        for count in [61, 99, 250, 251, 999, 4_321, 10_000, 123_456] {
            let size = TopicLanes.bandSize(forTopics: count)
            XCTAssertLessThanOrEqual((count + size - 1) / size, TopicLanes.bandLimit, "\(count) topics")
        }
    }

    func testAMilestoneFallsInItsQuarterASeasonInTheQuarterHoldingMostOfIt() {
        let axis = ScheduleAxis(firstYear: 2019, lastYear: 2022)
        func place(_ text: String) -> [ScheduleAxis.Place] { Timeline(WrittenText(text)).milestones.map(axis.place) }
        XCTAssertEqual(place("June 2020 (for adoption) October 2020"), [.quarter(index: 5, fraction: 2.5 / 3), .quarter(index: 7, fraction: 0.5 / 3)])
        XCTAssertEqual(place("Spring 2019 Summer 2019 Autumn 2020 Winter 2021"),
                       [.quarter(index: 1, fraction: 0.5), .quarter(index: 2, fraction: 0.5), .quarter(index: 7, fraction: 0.5), .quarter(index: 8, fraction: 0.5)])
        XCTAssertEqual(place("2021"), [.year(index: 2)])
        XCTAssertEqual(place("December 2023"), [.outside])
        XCTAssertEqual(place("Ongoing"), [.recurring(.ongoing)])
        XCTAssertEqual(place("Periodically"), [.recurring(.periodically)])
        XCTAssertEqual(place("To be determined"), [.undated])
    }

    func testAProgrammeThatStatesNoPeriodRunsOverTheYearsItsTimelinesName() throws {
        var programme = SampleProgramme.make()
        programme.period = nil
        let axis = try XCTUnwrap(ScheduleAxis(programme))
        let years = programme.topics.flatMap(\.tasks).flatMap(\.indicators).compactMap(\.timeline).flatMap(\.years)
        XCTAssertEqual(axis.firstYear, years.min())
        XCTAssertEqual(axis.lastYear, years.max())
        XCTAssertFalse(axis.isStated)
        let html = try ProgrammeRenderer(formats: [.dashboard]).render(programme, as: .dashboard)
        XCTAssertTrue(html.contains(english(.noPeriodNote)))
    }

    func testProgrammeTextInTheChartsShowsAsText() throws {
        let script = "<script>document.title='pwned'</script>"
        var programme = SampleProgramme.make()
        programme.title = WrittenText("Programme \" onmouseover=\"x")
        programme.topics[0].title = WrittenText(script)
        programme.topics[0].tasks[0].indicators[0].timeline = Timeline(WrittenText("June 2020 (for <b>adoption</b>) To be determined </title><i>x</i>"))
        programme.topics[0].tasks[0].progress = WrittenText("</text><b>done</b>")
        let html = try ProgrammeRenderer(formats: [.dashboard]).render(programme, as: .dashboard)
        let root = try XCTUnwrap(HTMLTree.parse(html))
        for element in ["script", "b", "i"] { XCTAssertEqual(root.descendants(element).count, 0, "no \(element) element") }
        XCTAssertFalse(root.allAttributeNames.contains("onmouseover"))
        let titles = root.descendants("title").map(\.text)
        XCTAssertTrue(titles.contains("1. " + script), "the topic's label")
        XCTAssertTrue(titles.contains { $0.contains("(for <b>adoption</b>)") }, "the annotation")
        XCTAssertTrue(root.descendants("text").contains { $0.text.hasPrefix("</text><b>done</b>") }, "the progress state")
    }

    func testWithoutRegistryOrChecksThePageSaysWhatItCouldNotCount() throws {
        let html = try ProgrammeRenderer(formats: [.dashboard]).render(SampleProgramme.make(), as: .dashboard)
        XCTAssertTrue(html.contains(english(.noRegistryNote)))
        XCTAssertTrue(html.contains(english(.notCheckedNote)))
        XCTAssertFalse(html.contains("class=\"chart workload\""))
        XCTAssertTrue(html.contains("class=\"chart coverage\""))
    }

    func testTheFrenchPageTakesEveryFixedStringInFrench() throws {
        let programme = SampleProgramme.make()
        let renderer = try ProgrammeRenderer(formats: [.dashboard], language: .fr)
        let french = String(decoding: try renderer.renderDashboard(programme, registry: nil, findings: []), as: UTF8.self)
        XCTAssertTrue(french.contains("<html lang=\"fr\">"))
        for label in [DashboardLabel.coverageHeading, .scheduleHeading, .workloadHeading, .healthHeading, .noFindingsNote] {
            XCTAssertTrue(french.contains(TestLabels.french[label.key].replacingOccurrences(of: "'", with: "&#39;")), "\(label)")
            XCTAssertFalse(french.contains(english(label)), "\(label) left in English")
        }
    }

    func testTheRecordHoldsWhatItsShapeDeclares() {
        let record = DashboardView.record(SyntheticProgramme(topics: 120).make(), registry: nil, findings: [], labels: TestLabels.english)
        XCTAssertEqual(record.nonconformities(), [])
    }
}

extension DashboardTests {
    func testAProgrammeWithNoTopicsNoLegendAndNoTimelinesStillHasAPage() throws {
        let empty = Programme(title: "An empty programme")
        let html = try ProgrammeRenderer(formats: [.dashboard]).render(empty, as: .dashboard)
        XCTAssertTrue(html.contains(english(.noLegendNote)))
        XCTAssertTrue(html.contains(english(.noDatedNote)))
        XCTAssertTrue(html.contains(english(.progressEmptyNote)))
        XCTAssertEqual(DashboardView.record(empty, registry: BodyRegistry(), findings: [], labels: TestLabels.english).nonconformities(), [])
        // Topics without tasks, a task with nothing but its text, a period running backwards, an unreadable month.
        var sparse = Programme(title: "Sparse", period: Period(firstYear: 2022, lastYear: 2019),
                               topics: [Topic(numberAsWritten: "", title: ""), Topic(numberAsWritten: "7.", title: "Seven", tasks: [WorkTask(text: "")])])
        sparse.topics[1].tasks[0].indicators = [Indicator(text: nil, timeline: Timeline(WrittenText("Junee 2020 2021")))]
        let page = try ProgrammeRenderer(formats: [.dashboard]).render(sparse, as: .dashboard)
        XCTAssertTrue(page.contains("Topic 7 · 2021 (year only): 1 milestone"), "the axis runs over the years the timelines name")
    }
}
