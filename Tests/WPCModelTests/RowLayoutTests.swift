import WPCModel
import XCTest

/// The one row layout: rows, spans and the Responsible-body column.
final class RowLayoutTests: XCTestCase {
    private func task(bodies: WrittenText?, indicators: [WrittenText?]) -> WorkTask {
        WorkTask(text: "Task", bodies: bodies, indicators: indicators.enumerated().map { Indicator(text: WrittenText("I\($0.offset)"), bodies: $0.element) })
    }

    func testATopicHasARowPerIndicatorAndAnEmptyTaskWhenItHasNone() {
        let topic = Topic(numberAsWritten: "1.", title: "T", tasks: [task(bodies: "PTC", indicators: [nil, nil, nil]), WorkTask(text: "No indicators")])
        XCTAssertEqual(TopicLayout(topic, index: 0).rowCount, 4)
        XCTAssertEqual(TopicLayout.rowCount(of: topic), 4)
        let empty = TopicLayout(Topic(numberAsWritten: "2.", title: "Empty"), index: 1)
        XCTAssertEqual(empty.rowCount, 1)
        XCTAssertEqual(empty.tasks.map(\.task.text.text), [""])
        XCTAssertNil(empty.tasks[0].indicator(onRow: 0))
    }

    func testTheBodiesColumnSpansTheTaskUnlessAnIndicatorNamesItsOwn() {
        let spanning = TaskLayout(task(bodies: "PTC", indicators: [nil, nil]))
        XCTAssertFalse(spanning.bodiesPerIndicator)
        XCTAssertEqual(spanning.span(of: .bodies), .task)
        XCTAssertEqual(spanning.spanningBodies, "PTC")
        let perRow = TaskLayout(task(bodies: "PTC", indicators: [nil, "IMSC"]))
        XCTAssertEqual(perRow.span(of: .bodies), .row)
        XCTAssertNil(perRow.spanningBodies)
        XCTAssertEqual([perRow.bodies(onRow: 0), perRow.bodies(onRow: 1)], [["PTC"], ["IMSC"]])
        for column in Column.allCases {
            let expected: CellSpan = switch column {
            case .number, .topic: .topic
            case .task, .plan, .type, .progress: .task
            case .bodies, .indicator, .timeline: .row
            }
            XCTAssertEqual(perRow.span(of: column), expected, "\(column)")
        }
    }

    /// The task's bodies are never lost to an indicator's own.
    func testTheFirstRowShowsTheTasksBodiesBesideItsIndicatorsOwn() {
        XCTAssertEqual(TaskLayout(task(bodies: "PTC", indicators: ["SAFE WG", nil])).bodies(onRow: 0), ["PTC", "SAFE WG"])
        XCTAssertEqual(TaskLayout(task(bodies: "PTC", indicators: ["SAFE WG", nil])).bodies(onRow: 1), [])
        XCTAssertEqual(TaskLayout(task(bodies: "PTC", indicators: ["PTC"])).bodies(onRow: 0), ["PTC"], "the same bodies once")
        XCTAssertEqual(TaskLayout(task(bodies: nil, indicators: ["TFAWG"])).bodies(onRow: 0), ["TFAWG"])
        XCTAssertEqual(TaskLayout(task(bodies: "PTC", indicators: [""])).bodies(onRow: 0), ["PTC"], "an empty own cell hides nothing")
        XCTAssertEqual(TaskLayout(task(bodies: "PTC", indicators: ["SAFE WG"])).bodiesText(onRow: 0, separator: "\n"), "PTC\nSAFE WG")
    }

    func testTheAnnexTextGivesAFirstIndicatorWithItsOwnBodiesARowOfItsOwn() {
        XCTAssertTrue(TaskLayout(task(bodies: "PTC", indicators: [nil, "IMSC"])).firstIndicatorSharesTaskRow)
        XCTAssertFalse(TaskLayout(task(bodies: "PTC", indicators: ["SAFE WG"])).firstIndicatorSharesTaskRow)
        XCTAssertTrue(TaskLayout(WorkTask(text: "No indicators")).firstIndicatorSharesTaskRow)
    }

    func testEveryTaskCarriesItsTopicsNumberThenItsPlaceAndTheEmptyTaskNone() {
        let topic = Topic(numberAsWritten: "5.", title: "T", tasks: [WorkTask(text: "First"), WorkTask(text: "Second")])
        let layout = TopicLayout(topic, index: 0)
        XCTAssertEqual(layout.tasks.map(\.numberText), ["5.1", "5.2"])
        XCTAssertEqual(layout.tasks.map(\.numberedText), ["5.1 First", "5.2 Second"])
        let unnumbered = TopicLayout(Topic(numberAsWritten: "", title: "No number", tasks: [WorkTask(text: "Only")]), index: 6)
        XCTAssertEqual(unnumbered.tasks.map(\.numberText), ["7.1"], "a topic without a written number goes by its place")
        let empty = TopicLayout(Topic(numberAsWritten: "8.", title: "Empty"), index: 7)
        XCTAssertNil(empty.tasks[0].number)
        XCTAssertEqual(empty.tasks[0].numberedText, "")
    }

    func testEmphasisSplitsAtPairedMarkersAndKeepsAnUnpairedOne() {
        XCTAssertEqual(EmphasisText.segments("Goal (**SG**): **SO1** – x"), [
            TextSegment(text: "Goal (", strong: false), TextSegment(text: "SG", strong: true), TextSegment(text: "): ", strong: false),
            TextSegment(text: "SO1", strong: true), TextSegment(text: " – x", strong: false),
        ])
        XCTAssertEqual(EmphasisText.segments("a **b"), [TextSegment(text: "a **b", strong: false)])
        XCTAssertEqual(EmphasisText.segments("**a** b **c"), [TextSegment(text: "a", strong: true), TextSegment(text: " b ", strong: false), TextSegment(text: "**c", strong: false)])
        XCTAssertEqual(EmphasisText.segments("a***b***"), [TextSegment(text: "a", strong: false), TextSegment(text: "*b", strong: true), TextSegment(text: "*", strong: false)])
        XCTAssertEqual(EmphasisText.segments(""), [])
    }

    func testSuperscriptDigitsMapToPlainOnes() {
        XCTAssertEqual(SuperscriptDigits.plain("¹²³⁴⁵⁶⁷⁸⁹⁰ x"), "1234567890x", "digits made plain, white space dropped")
        XCTAssertTrue("¹²³⁰⁴⁹".allSatisfy(SuperscriptDigits.contains))
        XCTAssertFalse("1a*".contains(where: SuperscriptDigits.contains))
        XCTAssertEqual(SuperscriptDigits.superscript(1204), "¹²⁰⁴")
    }
}
