import WPCModel
import XCTest

/// Diagnostics are sorted in place by file, place in a package, line, column
/// and rule, equal places keeping the order they came in.
final class DiagnosticOrderTests: XCTestCase {
    func testSortingInPlaceGivesTheStableOrderOfTheirPlaces() {
        var generator = SplitMix(seed: 7)
        for size in [0, 1, 2, 3, 17, 500] {
            let diagnostics = (0..<size).map { index in
                Diagnostic(.warning, ["b.rule", "a.rule"][generator.next(2)], "finding \(index)",
                           at: SourceLocation(file: ["one.txt", "two.txt"][generator.next(2)], line: 1 + generator.next(5), column: 1 + generator.next(3)))
            }
            // The order the key asks for, written the plain way: a stable sort by key, then by arrival.
            let expected = diagnostics.enumerated().sorted { left, right in
                let a = left.element, b = right.element
                let keyA = (a.location!.file, a.location!.line, a.location!.column, a.rule)
                let keyB = (b.location!.file, b.location!.line, b.location!.column, b.rule)
                return keyA < keyB || (keyA == keyB && left.offset < right.offset)
            }.map(\.element.message)
            var sorted = diagnostics
            sorted.sortByLocation()
            XCTAssertEqual(sorted.map(\.message), expected, "\(size) diagnostics")
            XCTAssertEqual(diagnostics.sortedByLocation().map(\.message), expected, "\(size) diagnostics, copied")
        }
    }

    func testDiagnosticsWithoutAPlaceComeFirstInTheirOrder() {
        var diagnostics = [
            Diagnostic(.error, "x", "placed", at: SourceLocation(file: "a.txt", line: 2, column: 1)),
            Diagnostic(.error, "x", "first without a place", at: nil),
            Diagnostic(.error, "x", "second without a place", at: nil),
        ]
        diagnostics.sortByLocation()
        XCTAssertEqual(diagnostics.map(\.message), ["first without a place", "second without a place", "placed"])
    }
}

/// A small seeded generator, so the test sees the same diagnostics on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
