import WPCModel
import WPCSynthetic
import XCTest

/// The index of a programme's task types answers what a look through every
/// type would: the first type a Type cell names by code or by name in any
/// case, a code in the wrong case, and a name written for a code.
final class TaskTypeIndexTests: XCTestCase {
    private let spellings = ["A", "a", "M", "Advanced", "advanced", "ADVANCED", "Maintenance", "É", "é", "Études", "ÉTUDES", "X"]

    private func randomTypes(_ random: inout SeededRandom) -> [TaskType] {
        (0..<Int.random(in: 0...6, using: &random)).map { _ in
            TaskType(code: spellings.randomElement(using: &random) ?? "A", name: spellings.randomElement(using: &random) ?? "A", text: "")
        }
    }

    func testTheIndexAnswersAsALookThroughEveryType() {
        var random = SeededRandom(seed: 5)
        for _ in 0..<2_000 {
            let types = randomTypes(&random)
            let index = TaskTypeIndex(types)
            for written in spellings + ["", " A ", "Other"] {
                let trimmed = UTF8Text.trimming(written)
                let position = trimmed.isEmpty ? nil : types.firstIndex { $0.code == trimmed || UTF8Text.equalIgnoringCase($0.name, trimmed) }
                XCTAssertEqual(index.position(ofWritten: written), position, "\(written) in \(types)")
                XCTAssertEqual(index.type(withCodeIgnoringCase: written), types.first { UTF8Text.equalIgnoringCase($0.code, written) },
                               "\(written) in \(types)")
                XCTAssertEqual(index.longForm(of: written), types.first { UTF8Text.equalIgnoringCase($0.name, written) && $0.code != written },
                               "\(written) in \(types)")
            }
        }
    }

    func testTheArrayLookUpIsTheIndexs() {
        let types = [TaskType(code: "M", name: "Maintenance", text: ""), TaskType(code: "A", name: "Advanced", text: "")]
        XCTAssertEqual(types.position(ofWritten: " advanced "), 1)
        XCTAssertEqual(types.position(ofWritten: "M"), 0)
        XCTAssertNil(types.position(ofWritten: "m"), "a code is matched as defined")
    }
}
