import WPCViews
import XCTest

/// Word-level differences inside a changed cell.
final class DiffWordTests: XCTestCase {
    private func text(_ segments: [WordSegment], _ kinds: Set<WordSegment.Kind>) -> String {
        segments.filter { kinds.contains($0.kind) }.map(\.text).joined()
    }

    func testInsertedWordsAreOneInsertion() {
        let segments = WordDiff.diff("Revise the ECP Action Plan", "Revise and update the ECP Action Plan")
        XCTAssertEqual(segments.filter { $0.kind == .inserted }.map { $0.text.trimmingCharacters(in: .whitespaces) }, ["and update"])
        XCTAssertFalse(segments.contains { $0.kind == .deleted })
        XCTAssertEqual(text(segments, [.equal, .inserted]), "Revise and update the ECP Action Plan")
    }

    func testPunctuationChangeIsOnlyTheMark() {
        let segments = WordDiff.diff("Update of the CBM Compendium.", "Update of the CBM Compendium;")
        XCTAssertEqual(segments, [WordSegment(.equal, "Update of the CBM Compendium"), WordSegment(.deleted, "."), WordSegment(.inserted, ";")])
    }

    func testReplacedPhraseIsOneDeletionThenOneInsertion() {
        let segments = WordDiff.diff("Data Quality discussed and guidance on the way forward identified", "Data Quality discussed and next steps agreed")
        XCTAssertEqual(segments.map(\.kind), [.equal, .deleted, .inserted])
        XCTAssertEqual(segments[1].text, "guidance on the way forward identified")
        XCTAssertEqual(segments[2].text, "next steps agreed")
    }

    func testEveryDiffRebuildsBothTexts() {
        let pairs = [
            ("", "New text"), ("Old text", ""), ("On-going", "Ongoing"), ("Members' experiences", "Members’ experiences, noted"),
            ("October 2019 April 2020 April 2022", "April 2020 October 2020 April 2022"),
        ]
        for (old, new) in pairs {
            let segments = WordDiff.diff(old, new)
            XCTAssertEqual(text(segments, [.equal, .deleted]), old, "old side of \(old) → \(new)")
            XCTAssertEqual(text(segments, [.equal, .inserted]), new, "new side of \(old) → \(new)")
        }
    }

    func testWhitespaceAloneIsNoWordChange() {
        XCTAssertTrue(WordDiff.isEqual(WordDiff.diff("Revise the  plan", "Revise the plan")))
    }

    func testLongTextsShareNothingStillDiff() {
        let old = (0..<3000).map { "a\($0)" }.joined(separator: " ")
        let new = (0..<3000).map { "b\($0)" }.joined(separator: " ")
        let segments = WordDiff.diff(old, new)
        XCTAssertEqual(text(segments, [.equal, .deleted]).split(separator: " ").count, 3000)
        XCTAssertEqual(text(segments, [.equal, .inserted]), new)
    }
}
