import Foundation
import WPCModel
import WPCRender
import WPCSynthetic
import WPCTestSupport
import XCTest

/// Opens the paginated HTML in headless Chromium and checks every page with
/// a page script: nothing leaves its page box, every page carries the running
/// header and the column-header row, pages number 1…M, every task appears in
/// order once, and printing gives one sheet per page.
final class BrowserPaginationTests: XCTestCase {
    func testRealProgrammePagesFitCarryHeadersAndPrintOnePagePerSheet() throws {
        try checkPagination(of: try Programmes.real(), name: "real")
    }

    func testSyntheticProgrammeOf300TopicsPagesFitCarryHeadersAndPrintOnePagePerSheet() throws {
        let programme = Programmes.synthetic300
        let pagination = Paginator(geometry: PageGeometry().fitted(for: programme, labels: TestLabels.english), labels: TestLabels.english)
            .paginate(programme)
        // The generator's long tasks must really force splits, or this proves less.
        XCTAssertTrue(pagination.pages.contains { $0.rows.contains { $0.block.part > 0 } })
        XCTAssertGreaterThan(pagination.pages.count, 50)
        try checkPagination(of: programme, name: "synthetic")
    }

    private func checkPagination(of programme: Programme, name: String) throws {
        let folder = try Repository.temporaryFolder("wpc-render-\(name)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try ProgrammeRenderer(formats: [.html]).render(programme, as: .html)
        let labels = TestLabels.english
        let expectedPages = Paginator(geometry: PageGeometry().fitted(for: programme, labels: labels), labels: labels).paginate(programme).pages.count
        let measured = try PageMeasurer.measure(html, in: folder)

        XCTAssertEqual(measured.pages.map(\.number), Array(1...expectedPages), "pages run 1…M")
        XCTAssertEqual(measured.frontOverflow, [], "front matter (introduction, legend, contents) fits its sheets")
        XCTAssertEqual(measured.probeWidth, FontFace.regular.metrics.width(of: PageMeasurer.probeText, size: 10), accuracy: 0.6,
                       "Chromium draws Liberation Sans with the widths the paginator measures with")
        let marks = programme.headings.first ?? HeadingRow(marks: [])
        let headings = Column.allCases.map { ColumnHeading.text(labels.heading(of: $0), marks: marks.marks(on: $0)) }
        // Every footnote is printed once, in the notes or under the first page that refers to it; every mark links to one.
        let printed = measured.printedFootnotes.map { BodyRegistry.normalise($0) }
        XCTAssertEqual(Set(printed).count, printed.count, "a footnote printed twice")
        XCTAssertEqual(printed.count, FootnoteRepeats(programme.footnotes).printed.count, "every footnote that says something printed")
        XCTAssertEqual(measured.deadMarks, [], "marks that link nowhere")
        for page in measured.pages {
            let label = "\(name) page \(page.number)"
            XCTAssertEqual(page.overflow, [], "\(label): content outside the page box")
            XCTAssertLessThanOrEqual(page.contentBottom, page.footerTop + 0.5, "\(label): table or footnotes run into the footer")
            XCTAssertEqual(page.runningTitle, programme.title.text, label)
            XCTAssertEqual(page.runningDate, programme.date?.text ?? "", label)
            XCTAssertEqual(page.runningDocument, programme.document?.text ?? "", label)
            XCTAssertEqual(page.columnHeaders, headings, "\(label): column-header row")
            XCTAssertEqual(page.footer, "Page \(page.number) of \(expectedPages)", label)
            XCTAssertEqual(page.declaredCount, expectedPages, label)
            XCTAssertFalse(page.rows.isEmpty, "\(label): a page holds at least one row")
            for row in page.rows {
                XCTAssertLessThanOrEqual(row.actual, row.predicted + 0.5, "\(label): row \(row.task) part \(row.part) taller than predicted")
            }
        }

        // Every task in order, exactly once; the pieces of a split task follow each other.
        var order: [String] = []
        var pieces: [String: [DocumentMeasurement.Row]] = [:]
        for row in measured.pages.flatMap(\.rows) {
            if row.part == 0 { order.append(row.task) } else { XCTAssertEqual(order.last, row.task, "continuation of \(row.task) out of place") }
            XCTAssertEqual(row.part, pieces[row.task, default: []].count, "pieces of \(row.task) in order")
            pieces[row.task, default: []].append(row)
        }
        XCTAssertEqual(order, Programmes.taskIDs(programme))
        for (topicIndex, topic) in programme.topics.enumerated() {
            for (taskIndex, task) in topic.tasks.enumerated() {
                let drawn = (pieces["\(topicIndex + 1).\(taskIndex + 1)"] ?? []).map(\.text).joined()
                let number = programme.taskNumber(topic: topicIndex, task: taskIndex)
                XCTAssertEqual(drawn.filter { !$0.isWhitespace }, "\(number)" + task.text.text.filter { !$0.isWhitespace },
                               "task \(number) text, its number first, pieces joined")
            }
        }

        // Printing gives one sheet per page: the front matter's sheets, then the M table pages.
        let file = folder.appendingPathComponent("print.html")
        try html.write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(try Chromium.printedPageCount(file), measured.sheets)
        XCTAssertEqual(measured.sheets, measured.frontSheets + expectedPages)
    }
}
