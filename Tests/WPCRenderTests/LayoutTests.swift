import Foundation
import WPCModel
import WPCRender
import WPCSynthetic
import WPCTestSupport
import XCTest

/// Font metrics, line breaking and the paginator's rules.
final class LayoutTests: XCTestCase {
    func testMetricsAreLiberationSansAdvanceWidths() {
        // Liberation Sans is metric-compatible with Arial: 'A' 1366, 'a' 1139, space 569 units of 2048.
        let regular = FontFace.regular.metrics
        XCTAssertEqual(regular.unitsPerEm, 2048)
        XCTAssertEqual(regular.advance(of: "A"), 1366)
        XCTAssertEqual(regular.advance(of: "a"), 1139)
        XCTAssertEqual(regular.advance(of: " "), 569)
        XCTAssertEqual(regular.width(of: "aa", size: 10), 2 * 1139 * 10 / 2048.0, accuracy: 1e-9)
        XCTAssertGreaterThan(FontFace.bold.metrics.width(of: "Tasks", size: 10), regular.width(of: "Tasks", size: 10))
        XCTAssertTrue(regular.covers("¹"))
        XCTAssertEqual(regular.advance(of: "\u{4E00}"), 2048, "an unknown glyph counts as a full em")
    }

    func testLineBreakerBreaksGreedilyAtSpacesAndCutsOverlongWords() {
        let style = TextStyle(face: .regular, size: 10, lineHeight: 12)
        let space = style.width(of: " ")
        let word = style.width(of: "aaaa")
        let breaker = LineBreaker(style: style, width: 2 * word + space + 0.01)
        XCTAssertEqual(breaker.lines("aaaa aaaa aaaa").map(\.text), ["aaaa aaaa", "aaaa"])
        XCTAssertEqual(breaker.lines("aaaa\naaaa").map(\.text), ["aaaa", "aaaa"])
        let long = String(repeating: "a", count: 20)
        let cut = breaker.lines(long)
        XCTAssertGreaterThan(cut.count, 1)
        XCTAssertEqual(cut.joinedText, long, "a cut word rejoins without spaces")
        XCTAssertEqual(breaker.lines("aaaa aaaa aaaa\nbb").joinedText, "aaaa aaaa aaaa\nbb")
        XCTAssertEqual(breaker.lines(""), [])
    }

    func testATaskTallerThanThePageIsSplitAndTheTopicMarkedContinued() {
        var programme = SampleProgramme.make()
        let long = Array(repeating: "Provide guidance on the development of new tools during the review", count: 120).joined(separator: " ")
        programme.topics[0].tasks[1].text = WrittenText(long)
        let pagination = Paginator().paginate(programme)
        let pieces = pagination.pages.flatMap(\.rows).filter { $0.block.topicIndex == 0 && $0.block.taskIndex == 1 }
        XCTAssertGreaterThan(pieces.count, 1)
        XCTAssertEqual(pieces.map(\.block.part), Array(0..<pieces.count))
        XCTAssertEqual(pieces.map(\.block.task.joinedText).joined(separator: " "), long)
        // The page after a split opens with the topic cells, marked "(cont.)".
        let pageAfter = pagination.pages.first { $0.rows.first?.block.part == 1 }
        XCTAssertEqual(pageAfter?.rows.first?.topicContinued, true)
        XCTAssertEqual(pageAfter?.rows.first?.topic.joinedText, "Economic Competitiveness Package (cont.)")
        for page in pagination.pages {
            XCTAssertLessThanOrEqual(page.tableHeight + page.footnotesHeight, PageGeometry().bodyBudget - pagination.columnHeaderHeight + 0.001)
        }
    }

    func testATopicIsNeverLeftAloneAtTheFootOfAPage() {
        let programme = SyntheticProgramme(topics: 150, seed: 11).make()
        let pagination = Paginator().paginate(programme)
        for page in pagination.pages {
            guard let last = page.rows.last else { return XCTFail("page \(page.number) is empty") }
            // A piece that ends a page holds at least two lines of its task, besides its topic cells.
            if !last.block.isLastPart {
                XCTAssertGreaterThanOrEqual(last.block.lineCount, 2, "page \(page.number)")
                XCTAssertGreaterThanOrEqual(last.block.lineCount, last.topic.count, "page \(page.number)")
            }
        }
        XCTAssertEqual(pagination.topicPages.count, programme.topics.count)
        XCTAssertEqual(pagination.topicPages, pagination.topicPages.sorted())
    }

    func testFootnotesFollowTheirMarksOntoEveryPage() {
        let programme = SyntheticProgramme(topics: 60, seed: 5).make()
        let pagination = Paginator().paginate(programme)
        XCTAssertGreaterThan(pagination.pages.count, 2)
        for page in pagination.pages { XCTAssertEqual(page.footnotes, [0, 1, 2], "the header's marks ¹ ² ³ stand on page \(page.number)") }
        var marked = programme
        marked.footnotes.append(Footnote(mark: "⁸", text: "Only where marked"))
        marked.topics[40].tasks[0].text = WrittenText("A task with a note ⁸")
        let markedPages = Paginator().paginate(marked).pages.filter { $0.footnotes.contains(3) }.map(\.number)
        XCTAssertEqual(markedPages.count, 1, "the extra footnote stands only on the page of its mark")
    }

    func testContentsListsEveryTopicWithItsPage() {
        let programme = SampleProgramme.make()
        let pagination = Paginator().paginate(programme)
        let sheets = FrontMatterLayout(geometry: PageGeometry()).layout(programme, pagination: pagination)
        let contents = sheets.flatMap(\.blocks).filter { $0.kind == .contentsEntry }
        XCTAssertEqual(contents.map(\.lines.joinedText), ["1. Economic Competitiveness Package", "2. Small Island Economies (SIEs) initiative", "4. Performance Measurement"])
        XCTAssertEqual(contents.map(\.page), [1, 1, 1])
    }
}
