import Foundation
import Mustache
import WPCModel
import WPCRender
import WPCTestSupport
import XCTest

/// The views that answer template lookups by name (for speed) answer every
/// stored property with that property's own value, as Mirror would.
final class MustacheLookupTests: XCTestCase {
    func testEveryPropertyAnswersByNameWithItsOwnValue() {
        var programme = SampleProgramme.make()
        programme.topics[0].tasks[0].text = WrittenText(Array(repeating: "a long task text", count: 400).joined(separator: " "))
        let paginated = PaginatedView(programme: programme)
        let annex = AnnexView(programme: programme)
        let markdown = MarkdownView(programme: programme)
        let page = paginated.pages[0]
        let samples: [any MustacheParent] = [
            page, page.rows[0], page.rows[0].bands[0], page.footnotes[0], page.footnotes[0].segments[0],
            paginated.columns[3], paginated.columns[3].marks[0], paginated.frontSheets[0].blocks[0],
            annex.topics[0], annex.topics[0].rows[0], markdown.topics[0], markdown.topics[0].rows[0],
        ]
        for sample in samples {
            let mirror = Mirror(reflecting: sample)
            XCTAssertFalse(mirror.children.isEmpty)
            for child in mirror.children {
                guard let label = child.label else { continue }
                let answer = sample.child(named: label)
                XCTAssertNotNil(answer, "\(type(of: sample)).\(label) does not answer")
                XCTAssertEqual(answer.map { String(describing: $0) }, String(describing: child.value), "\(type(of: sample)).\(label)")
            }
            XCTAssertNil(sample.child(named: "noSuchKey"))
        }
    }
}
