import Foundation
import WPCDocx
import WPCModel
import WPCTestSupport
import WPCViews
import XCTest

/// The redline where Word's rules bite: a paragraph of one draft alone at
/// the end of a cell, of the title block or of the notes (it has no next
/// paragraph to join), rows whose cells would merge differently in the two
/// drafts, a task gaining its first indicators, a topic gaining its first
/// task, white space changed inside a changed cell. Each case is read back
/// both ways against the drafts' own annexes.
final class RedlineEdgeTests: XCTestCase {
    private func assertBothWays(_ old: Programme, _ new: Programme, file: StaticString = #filePath, line: UInt = #line) throws {
        let fixture = try RedlineTests.fixture((old, new))
        try RedlineTests.assertView(.acceptAll, of: fixture, is: new, file: file, line: line)
        try RedlineTests.assertView(.rejectAll, of: fixture, is: old, file: file, line: line)
    }

    func testNotesAddedOrRemovedAtTheEnd() throws {
        let old = SampleProgramme.make()
        var new = old
        new.footnotes.append(Footnote(mark: "⁴", text: "A **new** note on the bodies."))
        try assertBothWays(old, new)
        try assertBothWays(new, old)
        // Old notes end with a remark, new ones with a footnote: the two share the last paragraph.
        new.remarks = []
        try assertBothWays(old, new)
        try assertBothWays(new, old)
    }

    func testNotesAllGoneOrAllNew() throws {
        let old = SampleProgramme.make()
        var new = old
        new.footnotes = []
        new.headings = []
        new.remarks = []
        try assertBothWays(old, new)
        try assertBothWays(new, old)
    }

    func testTitleBlockLinesComeAndGo() throws {
        let old = SampleProgramme.make()
        var new = old
        new.date = nil
        try assertBothWays(old, new)
        try assertBothWays(new, old)
        new.document = nil
        new.title = "Revised PTC Work Programme 2019-2022"
        try assertBothWays(old, new)
        try assertBothWays(new, old)
    }

    func testRowsThatWouldMergeDifferentlyBecomeADeletedAndAnInsertedRow() throws {
        let old = SampleProgramme.make()
        var new = old
        // 4.2's second indicator names its own bodies; without them the bodies cell spans the task again.
        new.topics[2].tasks[1].indicators[1].bodies = nil
        // A task added before the first task of topic 2.
        new.topics[1].tasks.insert(WorkTask(text: "Map the needs of SIEs", type: "A", bodies: "PTC",
                                            indicators: [Indicator(text: "Needs mapped", timeline: Timeline("2021"))]), at: 0)
        // The first task of topic 1 removed.
        new.topics[0].tasks.remove(at: 0)
        try assertBothWays(old, new)
        try assertBothWays(new, old)
    }

    func testTasksGainingIndicatorsAndTopicsGainingTasks() throws {
        var old = SampleProgramme.make()
        old.topics.append(Topic(numberAsWritten: "5.", title: "Customs Laboratories", tasks: []))
        old.topics[0].tasks[2].indicators = []
        var new = old
        new.topics[3].tasks = [WorkTask(text: "Share laboratory practices", type: "M", bodies: "PTC",
                                        indicators: [Indicator(text: "Practices shared", timeline: Timeline("Ongoing"))])]
        new.topics[0].tasks[2].indicators = [
            Indicator(text: "Update of the ECP toolkit published", timeline: Timeline("Ongoing")),
            Indicator(text: "Toolkit translated", timeline: Timeline("2021"), bodies: "Secretariat"),
        ]
        try assertBothWays(old, new)
        try assertBothWays(new, old)
    }

    func testWhiteSpaceInsideAChangedCellComesBackExactly() throws {
        let old = SampleProgramme.make()
        var new = old
        new.topics[0].tasks[1].text = "Revise  the ECP\tAction Plan, as agreed"
        new.topics[1].tasks[0].progress = "Guidance adopted by the PTC in  June 2020."
        try assertBothWays(old, new)
        try assertBothWays(new, old)
    }

    func testADifferentProgrammeEntirely() throws {
        let old = SampleProgramme.make()
        let (_, new) = try RevisedDrafts.make()
        try assertBothWays(old, new)
        try assertBothWays(new, old)
    }
}
