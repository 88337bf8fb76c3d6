import Foundation
import WPCModel
import WPCRender
import WPCTestSupport
import XCTest

/// A change's words in the Markdown report stay on its list item's line,
/// whatever line ends the drafts' cells hold (Word on Windows writes `\r\n`).
final class DiffMarkdownLineEndTests: XCTestCase {
    func testLineBreaksInAChangedCellAreFoldedToSpaces() {
        func programme(_ task: String) -> Programme {
            var programme = Programme(title: "T")
            programme.topics = [Topic(numberAsWritten: "1.", title: "Customs", tasks: [WorkTask(text: WrittenText(task))])]
            return programme
        }
        let old = programme("Review the progress of the plan")
        let new = programme("Review the\r\nprogress\rof the\n\nrevised plan\r\n")
        let markdown = DiffReport(old: old, new: new, oldFile: "a.txt", newFile: "b.txt", labels: TestLabels.english).markdown()
        XCTAssertFalse(markdown.utf8.contains(0x0D), markdown)
        let item = markdown.split(separator: "\n").filter { $0.contains("revised") }
        XCTAssertEqual(item.count, 1, markdown)
        XCTAssertTrue(item.first?.contains("Review the progress of the **revised** plan") ?? false, markdown)
    }
}
