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
        let pagination = Paginator(labels: TestLabels.english).paginate(programme)
        let pieces = pagination.pages.flatMap(\.rows).filter { $0.block.topicIndex == 0 && $0.block.taskIndex == 1 }
        XCTAssertGreaterThan(pieces.count, 1)
        XCTAssertEqual(pieces.map(\.block.part), Array(0..<pieces.count))
        XCTAssertEqual(pieces.map(\.block.task.joinedText).joined(separator: " "), "1.2 " + long, "the task's number, then its text")
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
        let pagination = Paginator(labels: TestLabels.english).paginate(programme)
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

    func testEachFootnoteIsPrintedOnceUnderTheFirstPageThatRefersToIt() {
        let programme = SyntheticProgramme(topics: 60, seed: 5).make()
        let pagination = Paginator(labels: TestLabels.english).paginate(programme)
        XCTAssertGreaterThan(pagination.pages.count, 2)
        XCTAssertEqual(pagination.frontFootnotes, [0, 1, 2], "the header's marks ¹ ² ³ are explained once, in the front matter")
        for page in pagination.pages { XCTAssertEqual(page.footnotes, [], "page \(page.number) repeats no header footnote") }
        var marked = programme
        marked.footnotes.append(Footnote(mark: "⁸", text: "Only where marked"))
        marked.footnotes.append(Footnote(mark: "⁹", text: "Only  where **marked**"))
        marked.topics[40].tasks[0].text = WrittenText("A task with a note ⁸")
        marked.topics[55].tasks[0].text = WrittenText("A later task with the same note ⁸")
        marked.topics[58].tasks[0].text = WrittenText("A task whose note repeats it ⁹")
        let pages = Paginator(labels: TestLabels.english).paginate(marked).pages
        let markedPages = pages.filter { $0.footnotes.contains(3) }.map(\.number)
        XCTAssertEqual(markedPages.count, 1, "the footnote stands under the first page of its mark only")
        XCTAssertLessThan(markedPages[0], pages.first { $0.rows.contains { $0.block.topicIndex == 55 } }?.number ?? 0)
        XCTAssertFalse(pages.contains { $0.footnotes.contains(4) }, "⁹ says what ⁸ says: it is not printed again")
    }

    func testContentsListsEveryTopicWithItsPage() {
        let programme = SampleProgramme.make()
        let pagination = Paginator(labels: TestLabels.english).paginate(programme)
        let sheets = FrontMatterLayout(geometry: PageGeometry(), labels: TestLabels.english).layout(programme, pagination: pagination)
        let contents = sheets.flatMap(\.blocks).filter { $0.kind == .contentsEntry }
        XCTAssertEqual(contents.map(\.lines.joinedText), ["1. Economic Competitiveness Package", "2. Small Island Economies (SIEs) initiative", "4. Performance Measurement"])
        XCTAssertEqual(contents.map(\.page), [1, 1, 1])
    }
}
