@testable import WPCModel
import WPCSynthetic
import XCTest

/// The rules every output shares: a footnote that repeats an earlier one is
/// printed once; columns are widened to their widest word; tasks are numbered
/// as `check` and `diff` number them, and an extract keeps the numbers.
final class PrintedOnceTests: XCTestCase {
    func testAFootnoteThatRepeatsAnEarlierOnePointsToItAndOneThatDiffersStays() {
        let footnotes = [
            Footnote(mark: "¹", text: "Strategic Goal (**SG**): leadership"),
            Footnote(mark: "²", text: "Two types of task"),
            Footnote(mark: "⁴", text: "Strategic Goal (**SG**): leadership"),
            Footnote(mark: "⁵", text: "Strategic  Goal (SG):\nleadership"),
            Footnote(mark: "⁶", text: "Strategic Goal (SG): leadership and more"),
        ]
        let repeats = FootnoteRepeats(footnotes)
        XCTAssertEqual(repeats.firstIndices, [0, 1, 0, 0, 4])
        XCTAssertEqual(repeats.printed, [0, 1, 4])
        XCTAssertEqual(repeats.target(ofMark: "⁵"), 0)
        XCTAssertEqual(repeats.target(ofMark: "⁶"), 4, "a footnote that says more is its own")
        XCTAssertNil(repeats.target(ofMark: "⁹"))
    }

    func testTheKeyOverBytesIsTheKeyOverCharacters() {
        // The rule as first written, over Characters: no `**`, lower case, words joined by one space.
        func reference(_ text: String) -> String {
            text.replacingOccurrences(of: "**", with: "").lowercased()
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let pieces = ["SG", "**", "*", " ", "  ", "\t", "\n", "\r\n", "Goal", "(", "):", "a", "Z", "\u{A0}", "É", "ß"]
        var random = SeededRandom(seed: 14)
        var texts = ["", "**", "***", "*****", " ** a ** ", "Strategic Goal (**SG**):\nleadership"]
        for _ in 0..<2000 {
            texts.append((0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        for text in texts {
            XCTAssertEqual(FootnoteRepeats.key(of: text), reference(text), "\(text.debugDescription)")
        }
    }

    func testColumnsKeepTheirWidthsUnlessAWordIsWiderThenTheOthersMakeRoom() {
        let usual = [34, 104, 214, 78, 46, 122, 222, 122, 103]
        XCTAssertEqual(ColumnFit.fit(usual: usual, minimums: usual.map { Double($0) - 1 }), usual)
        var minimums = [Double](repeating: 20, count: 9)
        minimums[4] = 55.2
        let fitted = ColumnFit.fit(usual: usual, minimums: minimums)
        XCTAssertEqual(fitted[4], 56, "the narrow column widens to its word, rounded up")
        XCTAssertEqual(fitted.reduce(0, +), usual.reduce(0, +), "the table keeps its width")
        XCTAssertTrue(zip(fitted, minimums).allSatisfy { Double($0) >= $1 })
        XCTAssertTrue(zip(fitted, usual).enumerated().allSatisfy { $0.offset == 4 || $0.element.0 <= $0.element.1 }, "others only give")
        // A word wider than a third of the table is held to a third.
        minimums[2] = 900
        XCTAssertEqual(ColumnFit.fit(usual: usual, minimums: minimums)[2], usual.reduce(0, +) / 3 + 1)
        // Minimums that need more than the table share it.
        let crowded = ColumnFit.fit(usual: [10, 10, 10], minimums: [20, 20, 20])
        XCTAssertEqual(crowded.reduce(0, +), 30)
    }

    func testTasksAreNumberedByTopicThenPlaceAndAnExtractKeepsTheNumbers() {
        let tasks = (1...4).map { WorkTask(text: WrittenText("Task \($0)")) }
        var programme = Programme(title: "P", topics: [
            Topic(numberAsWritten: "1.", title: "One", tasks: tasks),
            Topic(numberAsWritten: "", title: "Unnumbered", tasks: tasks),
            Topic(numberAsWritten: "22", title: "Twenty-two", tasks: tasks),
        ])
        XCTAssertEqual(programme.taskNumber(topic: 0, task: 2).description, "1.3")
        XCTAssertEqual(programme.taskNumber(topic: 1, task: 0).description, "2.1", "no written number: its place")
        XCTAssertEqual(programme.taskNumber(topic: 2, task: 3).description, "22.4")
        // An extract of tasks 2 and 4 of the unnumbered topic, now the first topic.
        var kept = programme.topics[1]
        kept.tasks = [tasks[1], tasks[3]]
        kept.originalPlace = OriginalPlace(topicIndex: 1, taskIndices: [1, 3])
        programme.topics = [kept]
        XCTAssertEqual(TopicLayout(kept, index: 0).tasks.map(\.numberText), ["2.2", "2.4"])
    }
}
