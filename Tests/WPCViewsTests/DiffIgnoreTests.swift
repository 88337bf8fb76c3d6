import Foundation
import WPCModel
import WPCTestSupport
import WPCViews
import XCTest

/// `--ignore whitespace|case|punctuation|progress`: a cell whose only
/// differences are ignored is the same; a cell that differs otherwise keeps
/// every difference in its word diff; the JSON names what was ignored.
final class DiffIgnoreTests: XCTestCase {
    private func options(_ ignoring: DiffOptions.Ignorable...) -> DiffOptions { DiffOptions(ignoring: Set(ignoring)) }

    func testCaseIsIgnoredOnlyWhenAsked() {
        XCTAssertFalse(DiffOptions().sameText("Revise the ECP Action Plan", "revise the ecp action plan"))
        XCTAssertTrue(options(.case).sameText("Revise the ECP Action Plan", "revise the ecp action plan"))
        XCTAssertTrue(options(.case).sameText("Élaborer un GUIDE", "élaborer un guide"), "non-ASCII text folds case too")
        XCTAssertFalse(options(.case).sameText("Revise the plan", "Revise the plans"))
    }

    func testPunctuationIsIgnoredOnlyWhenAsked() {
        XCTAssertFalse(DiffOptions().sameText("SAFE WG, PTC.", "SAFE WG PTC"))
        XCTAssertTrue(options(.punctuation).sameText("SAFE WG, PTC.", "SAFE WG PTC"))
        XCTAssertTrue(options(.punctuation).sameText("Members’ “views” – noted", "Members views  noted"), "curly quotes and dashes are punctuation")
        XCTAssertFalse(options(.punctuation).sameText("SAFE WG, PTC", "SAFE WG PTC IMSC"))
        // Symbols are not punctuation.
        XCTAssertFalse(options(.punctuation).sameText("A + B", "A B"))
        // A cell of punctuation alone is empty once punctuation is ignored.
        XCTAssertTrue(options(.punctuation).sameText("–", nil))
    }

    func testWhitespaceFoldsRunsAndEnds() {
        XCTAssertFalse(DiffOptions().sameText("Revise  the plan ", "Revise the plan"))
        XCTAssertTrue(options(.whitespace).sameText("Revise  the\nplan ", " Revise the plan"))
        XCTAssertTrue(options(.whitespace).sameText("Révisér\u{00A0} le plan", "Révisér le plan"), "non-ASCII white space folds too")
    }

    func testIgnoredDifferencesCombine() {
        let all = options(.whitespace, .case, .punctuation)
        XCTAssertTrue(all.sameText("Revise the ECP Action-Plan.", "revise  the ecp actionplan"))
        XCTAssertFalse(options(.case, .punctuation).sameText("Revise the ECP Action-Plan.", "revise  the ecp actionplan"))
    }

    func testARevisionThatOnlyChangesCaseAndPunctuationIsTheSame() throws {
        let old = SampleProgramme.make()
        var new = old
        new.topics[0].tasks[1].text = "REVISE the ECP Action Plan."
        new.topics[1].tasks[0].bodies = "P.T.C."
        XCTAssertEqual(Differ().diff(old, new).changes.count, 2)
        XCTAssertTrue(Differ(options: options(.case, .punctuation)).diff(old, new).isEmpty)
        // The tasks are paired as the same text, not merely as similar ones.
        let alignment = Differ(options: options(.case, .punctuation)).align(old, new)
        XCTAssertEqual(alignment.topics[0].tasks.map(\.role), [.kept, .kept, .kept])
    }

    func testACellThatDiffersBeyondTheIgnoredKeepsEveryDifference() throws {
        let old = SampleProgramme.make()
        var new = old
        new.topics[0].tasks[1].text = "REVISE and update the ECP Action Plan"
        let changes = Differ(options: options(.case)).diff(old, new).changes
        XCTAssertEqual(changes.count, 1)
        let words = try XCTUnwrap(changes.first?.words)
        XCTAssertEqual(words.filter { $0.kind != .inserted }.map(\.text).joined(), "Revise the ECP Action Plan")
        XCTAssertEqual(words.filter { $0.kind != .deleted }.map(\.text).joined(), "REVISE and update the ECP Action Plan")
    }

    func testJSONNamesWhatWasIgnoredInAFixedOrder() throws {
        let old = SampleProgramme.make()
        var new = old
        new.topics[0].tasks[0].type = "A"
        let plain = Differ().diff(old, new).jsonText()
        XCTAssertFalse(plain.contains("\"ignored\""))
        let ignoring = Differ(options: options(.punctuation, .progress, .case)).diff(old, new)
            .jsonText(ignored: options(.punctuation, .progress, .case).ignoredInOrder)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(ignoring.utf8)) as? [String: Any])
        XCTAssertEqual(object["ignored"] as? [String], ["progress", "case", "punctuation"])
        XCTAssertEqual(Array(object.keys).sorted(), ["changes", "ignored", "renumbered", "summary"])
        // The rest of the document is the same bytes.
        XCTAssertEqual(ignoring.replacingOccurrences(of: "  \"ignored\" : [\n    \"progress\",\n    \"case\",\n    \"punctuation\"\n  ],\n", with: ""), plain)
    }
}
