import WPCModel
import WPCSynthetic
import XCTest

/// The edit distance behind "did you mean", its bounded form, and the
/// suggester that keeps a check linear however many names it is asked about.
final class NameSuggestionTests: XCTestCase {
    private func word(_ random: inout SeededRandom, alphabet: [Unicode.Scalar]) -> [Unicode.Scalar] {
        (0..<Int.random(in: 0...9, using: &random)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
    }

    func testKnownDistances() {
        XCTAssertEqual(EditDistance.between("kitten", "sitting"), 3)
        XCTAssertEqual(EditDistance.between("", "abc"), 3)
        XCTAssertEqual(EditDistance.between("juin", "june"), 2)
        XCTAssertEqual(EditDistance.between("é", "e"), 1, "one scalar replaced")
    }

    /// The banded distance agrees with the full one wherever it answers, and
    /// answers exactly when the full distance is within the limit.
    func testTheBoundedDistanceIsTheFullOneWithinItsLimit() {
        var random = SeededRandom(seed: 12)
        let alphabet: [Unicode.Scalar] = ["a", "b", "c", "é"]
        for _ in 0..<5_000 {
            let a = word(&random, alphabet: alphabet), b = word(&random, alphabet: alphabet)
            let full = EditDistance.between(a, b)
            for limit in 0...4 {
                XCTAssertEqual(EditDistance.between(a, b, atMost: limit), full <= limit ? full : nil,
                               "\(String(String.UnicodeScalarView(a))) / \(String(String.UnicodeScalarView(b))) within \(limit)")
            }
        }
    }

    func testTheNearestComeFirstAndTiesKeepTheOrderGiven() {
        var suggester = NameSuggester(spellings: [["march"], ["may", "mai"], ["june", "juin"], ["mars"]])
        XCTAssertEqual(suggester.nearest(to: "marh", limit: 2), [0, 3], "march and mars, one edit each, in the order given")
        XCTAssertEqual(suggester.nearest(to: "jui", limit: 1), [2], "an owner is as near as its nearest spelling")
        XCTAssertEqual(suggester.nearest(to: "xyz", limit: 4, maximum: 1), [], "none within one edit")
        XCTAssertEqual(suggester.nearest(to: "xyz", limit: 4)?.count, 4, "without a maximum, every owner ranks")
    }

    /// Once its budget is spent a suggester answers nil at once, but still
    /// from memory for a name it was asked before.
    func testTheWorkIsBoundedAndRepeatedNamesAreRemembered() {
        let known = (0..<1_000).map { ["body number \($0)"] }
        var suggester = NameSuggester(spellings: known, budget: 2_000_000)
        let first = suggester.nearest(to: "body numbre 7", limit: 1)
        XCTAssertEqual(first, [7])
        var answered = 1
        while suggester.nearest(to: "unknown \(answered)", limit: 1) != nil { answered += 1 }
        XCTAssertLessThan(answered, 20, "2,000,000 pairs of scalars cover a few names against 1,000 of 14 letters")
        XCTAssertNil(suggester.nearest(to: "body numbre 8", limit: 1), "spent")
        XCTAssertEqual(suggester.nearest(to: "body numbre 7", limit: 1), [7], "remembered")
    }

    func testLongNamesAreComparedByTheirBeginning() {
        let long = String(repeating: "a", count: 10_000)
        var suggester = NameSuggester(spellings: [[long + "b"], ["c"]])
        XCTAssertEqual(suggester.nearest(to: long + "z", limit: 1), [0])
    }
}
