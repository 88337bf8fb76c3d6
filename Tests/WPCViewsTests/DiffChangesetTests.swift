import Foundation
import WPCModel
import WPCSources
import WPCTestSupport
import WPCViews
import XCTest

/// Revised drafts of the seed built in code, diffed against the seed: the
/// changeset must hold exactly the edits made, and nothing else.
final class DiffChangesetTests: XCTestCase {
    /// The seed programme, from its canonical XML in Input/.
    static func seed() throws -> Programme {
        try SourceReader.read(path: Repository.seedXML).programme
    }

    func testSeedDiffedWithItselfReportsNothing() throws {
        let seed = try Self.seed()
        XCTAssertEqual(seed.topics.count, 31)
        let changeset = Differ().diff(seed, seed)
        XCTAssertTrue(changeset.isEmpty, "\(changeset.changes)")
    }

    func testSeedDiffedWithItsAnnexTextExportReportsNothing() throws {
        let seed = try Self.seed()
        let text = AnnexTextWriter().write(seed)
        let reread = try SourceReader.read(SourceText(path: "export.txt", text: text)).programme
        let changeset = Differ().diff(seed, reread)
        XCTAssertEqual(changeset.changes, [])
        XCTAssertEqual(changeset.renumbered, [])
    }

    func testRevisedDraftHoldsExactlyTheEditsMade() throws {
        let old = try Self.seed()
        var new = old
        // Topic 1: progress filled on task 1, task 2 reworded.
        new.topics[0].tasks[0].progress = "Progress reported at the 229th/230th PTC"
        new.topics[0].tasks[1].text = "Revise and update the ECP Action Plan"
        // Topic 3 "Time Release Study", task 1: type M → A.
        new.topics[2].tasks[0].type = "A"
        // Topic 5 "Supply Chain Security", task 1: plan "SG SO1 SO3 SP1" loses SO3.
        new.topics[4].tasks[0].plan = "SG SO1 SP1"
        // Topic 7 renamed.
        new.topics[6].title = "Natural Disaster Relief and Humanitarian Assistance"
        // Topic 8 "Glossary", task 1, indicator 1: timeline "Ongoing" → "June 2021".
        new.topics[7].tasks[0].indicators[0].timeline = Timeline("June 2021")
        // Topic 11 "Transit", task 1: a second indicator.
        new.topics[10].tasks[0].indicators.append(Indicator(text: "Compendium published on the WCO website", timeline: Timeline("October 2020")))
        // Topic 15 "E-Commerce", task 3 "Compendium of E-Commerce case studies" moves to the end of
        // topic 16 "Future of Customs" (2 tasks), its type changed A → M on the way.
        var moved = new.topics[14].tasks.remove(at: 2)
        XCTAssertEqual(moved.text.text, "Compendium of E-Commerce case studies")
        moved.type = "M"
        new.topics[15].tasks.append(moved)
        // Topic 27 "UCR", task 1: bodies "PTC IMSC SAFE WG" → "PTC IMSC".
        new.topics[26].tasks[0].bodies = "PTC IMSC"
        // Topic 13 "Data Quality" removed; a new topic inserted after topic 10.
        new.topics.remove(at: 12)
        new.topics.insert(Topic(numberAsWritten: "", title: "Cross-border E-Payments", tasks: [
            WorkTask(text: "Develop guidance on electronic payment of duties and taxes", plan: "SG SO1 SP1", type: "A", bodies: "PTC",
                     indicators: [Indicator(text: "Guidance approved by the PTC", timeline: Timeline("June 2021"))]),
        ]), at: 10)
        Self.renumber(&new)

        let changeset = Differ().diff(old, new)
        let expected: [Change] = [
            Change(.taskChanged, old: at(1, 1), new: at(1, 1), edit: FieldEdit(field: .progress, before: nil, after: "Progress reported at the 229th/230th PTC")),
            Change(.taskChanged, old: at(1, 2), new: at(1, 2), edit: FieldEdit(field: .text, before: "Revise the ECP Action Plan", after: "Revise and update the ECP Action Plan")),
            Change(.taskChanged, old: at(3, 1), new: at(3, 1), edit: FieldEdit(field: .type, before: "M", after: "A")),
            Change(.taskChanged, old: at(5, 1), new: at(5, 1), edit: FieldEdit(field: .plan, before: "SG SO1 SO3 SP1", after: "SG SO1 SP1")),
            Change(.topicRenamed, old: at(7), new: at(7), edit: FieldEdit(field: .title, before: "Natural Disaster Relief", after: "Natural Disaster Relief and Humanitarian Assistance")),
            Change(.indicatorChanged, old: at(8, 1, 1), new: at(8, 1, 1), edit: FieldEdit(field: .timeline, before: "Ongoing", after: "June 2021")),
            Change(kind: .topicAdded, old: nil, new: at(11), after: "Cross-border E-Payments"),
            Change(kind: .indicatorAdded, old: nil, new: at(12, 1, 2), after: "Compendium published on the WCO website"),
            Change(kind: .topicRemoved, old: at(13), new: nil, before: "Data Quality"),
            Change(kind: .taskMoved, old: at(15, 3), new: at(16, 3), edits: [FieldEdit(field: .type, before: "A", after: "M")]),
            Change(.taskChanged, old: at(27, 1), new: at(27, 1), edit: FieldEdit(field: .bodies, before: "PTC IMSC SAFE WG", after: "PTC IMSC")),
        ]
        XCTAssertEqual(changeset.changes.map(\.kind), expected.map(\.kind))
        XCTAssertEqual(changeset.changes, expected)
        // Inserting one topic after 10 and removing 13 shifts only 11 and 12.
        XCTAssertEqual(changeset.renumbered, [Renumbering(old: 11, new: 12), Renumbering(old: 12, new: 13)])
    }

    func testRemovingTheFirstTopicRenumbersTheRestOnce() throws {
        let old = try Self.seed()
        var new = old
        new.topics.removeFirst()
        Self.renumber(&new)
        let changeset = Differ().diff(old, new)
        XCTAssertEqual(changeset.changes, [Change(kind: .topicRemoved, old: at(1), new: nil, before: "Economic Competitiveness Package")])
        XCTAssertEqual(changeset.renumbered, (2...31).map { Renumbering(old: $0, new: $0 - 1) })
    }

    func testRenamedTopicWithSameTasksIsARenameNotARemovalAndAddition() throws {
        let old = try Self.seed()
        var new = old
        // Nothing in common with "Time Release Study" but the tasks.
        new.topics[2].title = "TRS"
        let changeset = Differ().diff(old, new)
        XCTAssertEqual(changeset.changes, [Change(.topicRenamed, old: at(3), new: at(3), edit: FieldEdit(field: .title, before: "Time Release Study", after: "TRS"))])
    }

    func testTasksSwappedWithinATopicAreOneMove() throws {
        let old = try Self.seed()
        var new = old
        // Topic 16 has two tasks; swapping them moves one past the other.
        new.topics[15].tasks.swapAt(0, 1)
        let changeset = Differ().diff(old, new)
        XCTAssertEqual(changeset.changes.count, 1)
        XCTAssertEqual(changeset.changes.first?.kind, .taskMoved)
        XCTAssertEqual(changeset.changes.first?.edits, [])
        XCTAssertEqual(changeset.renumbered, [])
    }

    func testHeavilyRewordedTaskInPlaceIsAChangeNotARemovalAndAddition() throws {
        let old = try Self.seed()
        var new = old
        // Topic 12 "Customs-Railway cooperation", task 1: "Develop Customs-Railway Guidelines".
        new.topics[11].tasks[0].text = "Draft and publish Guidelines on Customs-Railway cooperation"
        let changeset = Differ().diff(old, new)
        XCTAssertEqual(changeset.changes.map(\.kind), [.taskChanged])
        XCTAssertEqual(changeset.changes.first?.field, .text)
    }

    func testTaskRemovedAndTaskAddedAreReportedAtTheirPositions() throws {
        let old = try Self.seed()
        var new = old
        // Topic 16, task 2 "Update the Study Report on Disruptive Technologies" removed;
        // a task on an unrelated subject added to topic 17.
        new.topics[15].tasks.remove(at: 1)
        new.topics[16].tasks.append(WorkTask(text: "Organise a workshop on blockchain pilots", type: "A", bodies: "PTC"))
        let changeset = Differ().diff(old, new)
        XCTAssertEqual(changeset.changes, [
            Change(kind: .taskRemoved, old: at(16, 2), new: nil, before: "Update the Study Report on Disruptive Technologies"),
            Change(kind: .taskAdded, old: nil, new: at(17, 2), after: "Organise a workshop on blockchain pilots"),
        ])
    }

    func testIgnoreProgressAndWhitespace() throws {
        let old = try Self.seed()
        var new = old
        new.topics[0].tasks[0].progress = "Done"
        new.topics[1].tasks[0].text = WrittenText("  " + old.topics[1].tasks[0].text.text.replacingOccurrences(of: " ", with: "   "))
        XCTAssertEqual(Differ().diff(old, new).changes.map(\.field), [.progress, .text])
        let ignoring = Differ(options: DiffOptions(ignoring: [.progress, .whitespace]))
        XCTAssertTrue(ignoring.diff(old, new).isEmpty)
    }

    func testMetadataChanges() throws {
        let old = try Self.seed()
        var new = old
        new.title = "PTC Work Programme 2019-2022"
        new.date = "March 2020"
        let changeset = Differ().diff(old, new)
        XCTAssertEqual(changeset.changes, [
            Change(.metadataChanged, old: nil, new: nil, edit: FieldEdit(field: .title, before: "Draft PTC Work Programme 2019-2022", after: "PTC Work Programme 2019-2022")),
            Change(.metadataChanged, old: nil, new: nil, edit: FieldEdit(field: .date, before: "September 2019", after: "March 2020")),
        ])
    }

    // MARK: Helpers

    /// Numbers the topics 1., 2., … as a secretariat would after editing.
    static func renumber(_ programme: inout Programme) {
        for index in programme.topics.indices { programme.topics[index].numberAsWritten = WrittenText("\(index + 1).") }
    }
}

/// A position: topic number, 1-based task and indicator.
func at(_ topic: Int, _ task: Int? = nil, _ indicator: Int? = nil) -> ChangePosition {
    ChangePosition(topic: topic, task: task, indicator: indicator)
}
