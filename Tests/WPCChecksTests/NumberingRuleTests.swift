import WPCChecks
import WPCModel
import XCTest

final class NumberingRuleTests: XCTestCase {
    private func programme(_ numbers: [String]) -> Programme {
        Fixture.programme(numbers.enumerated().map { index, number in Fixture.topic(number, "Topic \(index)", line: 5 + index) })
    }

    func testSkippedNumberIsAGap() {
        let found = Fixture.run(TopicNumberGapRule(), programme(["1.", "2.", "4."]))
        XCTAssertEqual(found.map(\.message), ["topic number 4 skips 3"])
        XCTAssertEqual(found.first?.location, SourceLocation(file: Fixture.file, line: 7, column: 1))
        XCTAssertEqual(found.first?.length, 2)
    }

    func testNumbersRunningOnHaveNoGap() {
        XCTAssertEqual(Fixture.run(TopicNumberGapRule(), programme(["1.", "2.", "3."])), [])
    }

    func testNumberAfterTheLargestIntComesAfterIt() {
        let found = Fixture.run(TopicNumberGapRule(), programme(["1.", "9223372036854775807.", "3."]))
        XCTAssertEqual(found.map(\.message), ["topic number 9223372036854775807 skips 2–9223372036854775806",
                                              "topic number 3 comes after 9223372036854775807"])
        XCTAssertEqual(found.last?.help, "renumber the topics so they run 1, 2, 3, …", "no number can follow the largest")
    }

    func testRepeatedNumberIsAnErrorNamingTheFirst() {
        let found = Fixture.run(DuplicateTopicNumberRule(), programme(["1.", "2.", "2."]))
        XCTAssertEqual(found.map(\.message), ["topic number 2 is used twice (first for 'Topic 1' at line 6)"])
        XCTAssertEqual(found.first?.severity, .error)
        XCTAssertEqual(Fixture.run(TopicNumberGapRule(), programme(["1.", "2.", "2."])), [], "a repeat is not also a gap")
    }

    func testDistinctNumbersAreNoDuplicate() {
        XCTAssertEqual(Fixture.run(DuplicateTopicNumberRule(), programme(["1.", "2", "3."])), [])
    }

    func testNumberThatIsNotANumberIsInvalid() {
        let found = Fixture.run(InvalidTopicNumberRule(), programme(["1.", "2a"]))
        XCTAssertEqual(found.map(\.message), ["topic number '2a' is not a whole number"])
        XCTAssertEqual(found.first?.location?.line, 6)
    }

    func testWholeNumbersAreValid() {
        XCTAssertEqual(Fixture.run(InvalidTopicNumberRule(), programme(["1.", "2"])), [])
    }

    func testMinorityStyleRunsGiveOneNoteEach() {
        let found = Fixture.run(MixedNumberStyleRule(), programme(["1.", "2.", "3", "4", "5.", "6.", "7"]))
        XCTAssertEqual(found.map(\.message), [
            "topics 3–4 are numbered without a full stop, unlike the other 4 topics",
            "topic 7 is numbered without a full stop, unlike the other 4 topics",
        ])
        XCTAssertEqual(found.map { $0.location?.line }, [7, 11])
        XCTAssertEqual(found.map(\.help), ["write '3.'", "write '7.'"])
        XCTAssertEqual(found.first?.severity, .note)
    }

    func testOneStyleThroughoutGivesNoNote() {
        XCTAssertEqual(Fixture.run(MixedNumberStyleRule(), programme(["1", "2", "3"])), [])
    }

    func testOrphanTopicIsLeftToTheStructureRule() {
        var topics = programme(["1.", "2."]).topics
        topics.insert(Topic(numberAsWritten: "", title: "", tasks: [Fixture.Row().task(line: 4)]), at: 0)
        let programme = Fixture.programme(topics)
        for rule in [TopicNumberGapRule(), InvalidTopicNumberRule(), DuplicateTopicNumberRule(), MixedNumberStyleRule()] as [any CheckRule] {
            XCTAssertEqual(Fixture.run(rule, programme), [], rule.id)
        }
    }
}
