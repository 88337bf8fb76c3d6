import Foundation
import WPCModel
import WPCViews
import XCTest

/// The JSON shape of a changeset: every required key present, null when empty.
final class DiffJSONTests: XCTestCase {
    func testRequiredKeysArePresentWithNulls() throws {
        let changeset = Changeset(
            changes: [
                Change(kind: .topicAdded, old: nil, new: ChangePosition(topic: 11), after: "Cross-border E-Payments"),
                Change(.taskChanged, old: ChangePosition(topic: 3, task: 1), new: ChangePosition(topic: 3, task: 1),
                       edit: FieldEdit(field: .type, before: "M", after: "A")),
            ],
            renumbered: [Renumbering(old: 11, new: 12)])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(changeset.jsonText().utf8)) as? [String: Any])
        let changes = try XCTUnwrap(object["changes"] as? [[String: Any]])
        XCTAssertEqual(changes.count, 2)
        for change in changes {
            for key in ["kind", "old", "new", "field", "before", "after"] { XCTAssertNotNil(change[key], "missing \(key)") }
        }
        XCTAssertEqual(changes[0]["kind"] as? String, "topic-added")
        XCTAssertTrue(changes[0]["old"] is NSNull)
        XCTAssertTrue(changes[0]["field"] is NSNull)
        XCTAssertTrue(changes[0]["before"] is NSNull)
        let added = try XCTUnwrap(changes[0]["new"] as? [String: Any])
        XCTAssertEqual(added["topic"] as? Int, 11)
        XCTAssertTrue(added["task"] is NSNull)
        XCTAssertEqual(changes[1]["field"] as? String, "type")
        XCTAssertEqual(changes[1]["before"] as? String, "M")
        XCTAssertEqual(object["renumbered"] as? [[String: Int]], [["old": 11, "new": 12]])
        let summary = try XCTUnwrap(object["summary"] as? [String: Int])
        XCTAssertEqual(summary["topic-added"], 1)
        XCTAssertEqual(summary["task-changed"], 1)
        XCTAssertEqual(summary["task-removed"], 0)
        XCTAssertEqual(summary["renumbered"], 1)
    }

    func testJSONRoundTripsAndIsDeterministic() throws {
        let changeset = Changeset(changes: [
            Change(kind: .taskMoved, old: ChangePosition(topic: 15, task: 3), new: ChangePosition(topic: 16, task: 3),
                   edits: [FieldEdit(field: .type, before: "A", after: "M")]),
        ])
        let text = changeset.jsonText()
        XCTAssertEqual(text, changeset.jsonText())
        XCTAssertEqual(try JSONDecoder().decode(Changeset.self, from: Data(text.utf8)), changeset)
    }
}
