import Foundation
import WPCDocx
import WPCModel
import WPCRender
import WPCSources
import WPCTestSupport
import XCTest
import ZIPFoundation

/// One programme through every writer that draws the annex table (annex
/// HTML, paginated HTML, Markdown, Word, annex text): the same cells come
/// out of each. Above all the Responsible-body column: when an indicator
/// names its own bodies, the task's bodies stay on the first row beside
/// them in every output (Word once printed both and HTML and Markdown only
/// the indicator's).
final class CrossWriterCellTests: XCTestCase {
    /// A cell: its texts (lines or paragraphs), empty when it is blank or covered by a merged cell above.
    typealias Grid = [[[String]]]

    /// Tasks for each way the bodies column can go; one topic without tasks.
    private static let programme: Programme = {
        func indicator(_ text: String, _ bodies: WrittenText? = nil) -> Indicator {
            Indicator(text: WrittenText(text), timeline: Timeline("June 2020"), bodies: bodies)
        }
        let tasks = [
            WorkTask(text: "First indicator names other bodies", plan: "SG SO1", type: "A", bodies: "PTC",
                     indicators: [indicator("A1", "SAFE WG"), indicator("A2")], progress: "Started"),
            WorkTask(text: "Second indicator names its bodies", plan: "SP1", type: "M", bodies: "PTC",
                     indicators: [indicator("B1"), indicator("B2", "IMSC")]),
            WorkTask(text: "No indicator names bodies", type: "M", bodies: "PTC", indicators: [indicator("C1"), indicator("C2")]),
            WorkTask(text: "Only the indicator names bodies", type: "A", indicators: [indicator("D1", "TFAWG")]),
            WorkTask(text: "The indicator repeats the task's bodies", type: "A", bodies: "PTC", indicators: [indicator("E1", "PTC")]),
            WorkTask(text: "No indicators at all", type: "M", bodies: "CBC"),
        ]
        return Programme(title: "Bodies", date: "September 2019", topics: [
            Topic(numberAsWritten: "1.", title: "Responsible bodies", tasks: tasks),
            Topic(numberAsWritten: "2.", title: "A topic without tasks"),
        ])
    }()

    /// The grid as the annex's rules give it, written out by hand:
    /// No, Topic, Tasks, Plan, Type, Bodies, Indicator, Timeline, Progress.
    /// Every Tasks cell starts with the task's number; the empty task drawn
    /// for a topic without tasks has none.
    private static let expected: Grid = [
        [["1."], ["Responsible bodies"], ["1.1 First indicator names other bodies"], ["SG SO1"], ["A"], ["PTC", "SAFE WG"], ["A1"], ["June 2020"], ["Started"]],
        [[], [], [], [], [], [], ["A2"], ["June 2020"], []],
        [[], [], ["1.2 Second indicator names its bodies"], ["SP1"], ["M"], ["PTC"], ["B1"], ["June 2020"], []],
        [[], [], [], [], [], ["IMSC"], ["B2"], ["June 2020"], []],
        [[], [], ["1.3 No indicator names bodies"], [], ["M"], ["PTC"], ["C1"], ["June 2020"], []],
        [[], [], [], [], [], [], ["C2"], ["June 2020"], []],
        [[], [], ["1.4 Only the indicator names bodies"], [], ["A"], ["TFAWG"], ["D1"], ["June 2020"], []],
        [[], [], ["1.5 The indicator repeats the task's bodies"], [], ["A"], ["PTC"], ["E1"], ["June 2020"], []],
        [[], [], ["1.6 No indicators at all"], [], ["M"], ["CBC"], [], [], []],
        [["2."], ["A topic without tasks"], [], [], [], [], [], [], []],
    ]

    func testAnnexHTMLDrawsTheExpectedCells() throws {
        let html = try ProgrammeRenderer(formats: [.annex]).render(Self.programme, as: .annex)
        XCTAssertEqual(try annexGrid(html), Self.expected)
    }

    func testPaginatedHTMLDrawsTheExpectedCells() throws {
        let html = try ProgrammeRenderer(formats: [.html]).render(Self.programme, as: .html)
        XCTAssertEqual(try paginatedGrid(html), Self.expected)
    }

    func testMarkdownDrawsTheExpectedCells() throws {
        let markdown = try ProgrammeRenderer(formats: [.markdown]).render(Self.programme, as: .markdown)
        XCTAssertEqual(try markdownGrid(markdown), Self.expected)
    }

    func testWordDrawsTheExpectedCells() throws {
        XCTAssertEqual(try wordGrid(DocxWriter(labels: TestLabels.english).write(Self.programme)), Self.expected)
    }

    /// The annex text cannot put two bodies in the task's row: it writes a
    /// first indicator with bodies of its own on a row of its own, and reads
    /// back to the same programme, so no writer loses a body either.
    func testAnnexTextKeepsEveryBodyAndReadsBackTheSame() throws {
        let text = AnnexTextWriter().write(Self.programme)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertTrue(lines.contains("1.\tResponsible bodies\tFirst indicator names other bodies\tSG SO1\tA\tPTC\t\t\tStarted"), "the task row keeps the task's bodies")
        XCTAssertTrue(lines.contains("\t\t\t\t\tSAFE WG\tA1\tJune 2020\t"), "its first indicator follows with its own")
        let again = try AnnexTextReader().read(SourceText(path: "bodies.txt", text: text)).programme
        XCTAssertEqual(again.topics, Self.programme.topics)
    }

    /// Merged cells agree too: one Responsible-body cell over the task
    /// exactly when no indicator names bodies of its own.
    func testTheBodiesColumnIsMergedWhereNoIndicatorNamesBodies() throws {
        let html = try ProgrammeRenderer(formats: [.annex]).render(Self.programme, as: .annex)
        let rows = try XCTUnwrap(HTMLTree.parse(html)).descendants("tbody").flatMap { $0.descendants("tr") }
        let spans = rows.compactMap { $0.children("td").first { $0.attributes["class"] == "bodies" }?.attributes["rowspan"] }
        XCTAssertEqual(spans, ["2", "1", "1"], "tasks C and F (and the empty task) span; A, B, D, E have a cell per row")
        let word = try XCTUnwrap(HTMLTree.parseXML(try documentXML(DocxWriter(labels: TestLabels.english).write(Self.programme))))
        let merges = word.descendants("w:tr").dropFirst().map { row in
            row.children("w:tc")[5].descendants("w:vmerge").first.map { $0.attributes["val"] ?? "continue" } ?? "none"
        }
        XCTAssertEqual(merges, ["none", "none", "none", "none", "restart", "continue", "none", "none", "restart", "restart"])
    }

    // MARK: Reading each output back into a grid

    private static let classes = Column.allCases.map(\.rawValue)

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func annexGrid(_ html: String) throws -> Grid {
        let root = try XCTUnwrap(HTMLTree.parse(html))
        return root.descendants("tbody").flatMap { $0.descendants("tr") }.map { row in
            let cells = row.children("td")
            return Self.classes.map { key in cells.first { $0.attributes["class"] == key }.map { lines($0.text) } ?? [] }
        }
    }

    private func paginatedGrid(_ html: String) throws -> Grid {
        let root = try XCTUnwrap(HTMLTree.parse(html))
        var grid: Grid = []
        for row in root.descendants("tr") where row.attributes["class"]?.hasPrefix("task") == true {
            func cell(_ key: String) -> HTMLElement? { row.children("td").first { $0.attributes["class"] == key } }
            func bands(_ key: String) -> [[String]] { (cell(key)?.children("div") ?? []).map { lines($0.text) } }
            let indicators = bands("indicator"), timelines = bands("timeline")
            let perIndicator = cell("bodies")?.children("div").isEmpty == false
            for band in indicators.indices {
                var cells: [[String]] = Array(repeating: [], count: 9)
                if band == 0 {
                    for (index, key) in ["number", "topic", "task", "plan", "type"].enumerated() { cells[index] = cell(key).map { lines($0.text) } ?? [] }
                    cells[8] = cell("progress").map { lines($0.text) } ?? []
                    if !perIndicator { cells[5] = cell("bodies").map { lines($0.text) } ?? [] }
                }
                if perIndicator { cells[5] = bands("bodies")[band] }
                cells[6] = indicators[band]
                cells[7] = timelines[band]
                grid.append(cells)
            }
        }
        return grid
    }

    private func markdownGrid(_ markdown: String) throws -> Grid {
        let root = try XCTUnwrap(HTMLTree.parse(try CMark.html(markdown)))
        let headings = root.descendants("h3").map(\.text)
        let tables = root.descendants("table")
        XCTAssertEqual(headings.count, tables.count)
        var grid: Grid = []
        for (heading, table) in zip(headings, tables) {
            let parts = heading.split(separator: " ", maxSplits: 1).map(String.init)
            for (index, row) in table.descendants("tbody").flatMap({ $0.descendants("tr") }).enumerated() {
                let cells = row.children("td").map(\.text).map { $0.trimmingCharacters(in: .whitespaces) }
                let texts = cells.enumerated().map { column, text -> [String] in
                    guard !text.isEmpty else { return [] }
                    return column == 3 ? text.components(separatedBy: "; ") : [text]
                }
                grid.append((index == 0 ? parts.map { [$0] } : [[], []]) + texts)
            }
        }
        return grid
    }

    private func documentXML(_ docx: Data) throws -> Data {
        let archive = try Archive(data: docx, accessMode: .read)
        let entry = try XCTUnwrap(archive["word/document.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        return xml
    }

    private func wordGrid(_ docx: Data) throws -> Grid {
        let root = try XCTUnwrap(HTMLTree.parseXML(try documentXML(docx)))
        return root.descendants("w:tr").dropFirst().map { row in
            row.children("w:tc").map { cell in
                cell.descendants("w:p").map { $0.descendants("w:t").map(\.text).joined() }.filter { !$0.isEmpty }
            }
        }
    }
}
