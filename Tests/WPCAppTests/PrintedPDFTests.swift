import Foundation
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

/// `wpc render --format pdf` and `--format annex-pdf` on the bundled
/// programme, printed once for the whole class and read back with poppler
/// (pdfinfo, pdftotext -raw) and qpdf (the outline): A4 landscape pages,
/// every task with its number, a running header and "Page N of M" on every
/// table page, the legend once, one bookmark per topic, and no word broken
/// inside a cell.
final class PrintedPDFTests: XCTestCase {
    private struct Printed: Sendable {
        var paginated: URL
        var annex: URL
    }

    /// Both PDFs, printed once.
    private static let printed: Result<Printed, any Error> = Result {
        let folder = try Repository.temporaryFolder("wpc-pdf")
        let printed = Printed(paginated: folder.appendingPathComponent("p.pdf"), annex: folder.appendingPathComponent("annex.pdf"))
        for (format, file) in [("pdf", printed.paginated), ("annex-pdf", printed.annex)] {
            let result = try CommandRunner.wpc(["render", Repository.seedXML, "--format", format, "-o", file.path])
            guard result.status == 0 else { throw PrintFailure(description: "wpc render --format \(format): \(result.stderr)") }
        }
        return printed
    }

    private struct PrintFailure: Error, CustomStringConvertible { var description: String }

    private let programme: Programme = {
        (try? SourceReader.read(path: Repository.seedXML).programme) ?? Programme(title: "unreadable seed")
    }()

    private func pdfs() throws -> [(name: String, file: URL)] {
        let printed = try Self.printed.get()
        return [("paginated", printed.paginated), ("annex", printed.annex)]
    }

    private func info(_ file: URL, _ extra: [String] = []) throws -> String {
        try CommandRunner.run(try CommandRunner.require("pdfinfo"), extra + [file.path]).stdout
    }

    private func pageCount(_ file: URL) throws -> Int {
        let line = try info(file).split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return Int(line?.split(separator: " ").last ?? "") ?? 0
    }

    /// The text of `file` (one page, or all), in reading order.
    private func text(_ file: URL, page: Int? = nil) throws -> String {
        let pages = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
        return try CommandRunner.run(try CommandRunner.require("pdftotext"), ["-raw"] + pages + [file.path, "-"]).stdout
    }

    private func words(_ text: String) -> [String] { text.split(whereSeparator: { $0.isWhitespace }).map(String.init) }

    func testBothAreA4LandscapeTaggedTitledInTheirLanguageAndDatedByTheProgramme() throws {
        for (name, file) in try pdfs() {
            let count = try pageCount(file)
            XCTAssertGreaterThan(count, 2, name)
            let sizes = try info(file, ["-f", "1", "-l", "\(count)"]).split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains(" size:") }
            XCTAssertEqual(sizes.count, count, name)
            XCTAssertTrue(sizes.allSatisfy { $0.hasSuffix("841.92 x 594.96 pts (A4)") }, "\(name): \(sizes)")
            let summary = try info(file, ["-isodates"])
            XCTAssertTrue(summary.contains("Title:           \(programme.title.text)\n"), name)
            XCTAssertTrue(summary.contains("Tagged:          yes"), name)
            XCTAssertTrue(summary.contains("CreationDate:    2019-09-01T00:00:00"), "\(name): stamped with the programme's date, not the clock")
            let bytes = try Data(contentsOf: file)
            XCTAssertNotNil(bytes.range(of: Data("/Lang (en-GB)".utf8)), "\(name): the document's language")
        }
    }

    func testEveryTaskStandsWithItsNumberAndEveryTablePageHasTheRunningHeaderAndItsPageNumber() throws {
        for (name, file) in try pdfs() {
            let all = words(try text(file)).joined(separator: " ")
            for (topicIndex, topic) in programme.topics.enumerated() {
                for (taskIndex, task) in topic.tasks.enumerated() {
                    let start = ([programme.taskNumber(topic: topicIndex, task: taskIndex).description] + words(task.text.text).prefix(4)).joined(separator: " ")
                    XCTAssertTrue(all.contains(start), "\(name): “\(start)”")
                }
            }
            let count = try pageCount(file)
            var numbered: [Int] = []
            for page in 1...count {
                let text = try text(file, page: page)
                guard let match = text.range(of: #"Page (\d+) of (\d+)"#, options: .regularExpression) else { continue }
                let parts = words(String(text[match]))
                numbered.append(Int(parts[1]) ?? 0)
                XCTAssertTrue(text.contains(programme.title.text), "\(name) page \(page): the running header's title")
                if page > 1 || name == "paginated" { XCTAssertTrue(text.contains("September 2019"), "\(name) page \(page): the running header's date") }
                XCTAssertTrue(text.contains("Performance Indicators"), "\(name) page \(page): the column headings")
            }
            // The paginated programme's front sheets are numbered i, ii…; its table pages and every annex page "Page N of M".
            let tablePages = name == "annex" ? count : numbered.count
            XCTAssertGreaterThanOrEqual(tablePages, count - 3, name)
            XCTAssertEqual(numbered, Array(1...tablePages), "\(name): Page N of M on every table page")
            XCTAssertTrue(try text(file, page: count).contains("Page \(tablePages) of \(tablePages)"), name)
        }
    }

    func testTheLegendIsPrintedOnce() throws {
        for (name, file) in try pdfs() {
            XCTAssertEqual(try text(file).components(separatedBy: "Strategic Goal (").count - 1, 1, name)
        }
    }

    func testTheOutlineListsEveryTopic() throws {
        let qpdf = try CommandRunner.require("qpdf")
        for (name, file) in try pdfs() {
            let json = try CommandRunner.run(qpdf, ["--json", "--json-key=outlines", file.path]).stdout
            let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            var titles: [(String, Int)] = []
            func walk(_ items: [[String: Any]]) {
                for item in items {
                    titles.append((item["title"] as? String ?? "", item["destpageposfrom1"] as? Int ?? 0))
                    walk(item["kids"] as? [[String: Any]] ?? [])
                }
            }
            walk(root["outlines"] as? [[String: Any]] ?? [])
            XCTAssertEqual(titles.first?.0, programme.title.text, "\(name): the front matter first")
            let topics = programme.topics.map { words($0.title.text).joined(separator: " ") }
            let listed = titles.map(\.0).filter { topics.contains($0) }
            XCTAssertEqual(listed, topics, "\(name): one bookmark per topic, in order")
            let pages = titles.filter { topics.contains($0.0) }.map(\.1)
            XCTAssertEqual(pages, pages.sorted(), "\(name): bookmarks lead to pages in order")
            XCTAssertGreaterThan(pages.last ?? 0, pages.first ?? 0, "\(name): bookmarks lead to their own pages")
            if name == "paginated" {
                XCTAssertTrue(titles.contains { $0.0 == "Contents" }, "the front matter's headings")
            }
        }
    }

    /// Every word of every cell of the model stands whole in the PDF's text
    /// at least as often as the model has it: a word broken inside a cell
    /// ("Advan" "ced") would be missing. A break after a hyphen or a slash is
    /// a browser's own and is read back joined.
    func testNoWordIsBrokenInsideACell() throws {
        var expected: [String: Int] = [:]
        for (topicIndex, topic) in programme.topics.enumerated() {
            var cells = [topic.numberAsWritten.text, topic.title.text]
            for (taskIndex, task) in topic.tasks.enumerated() {
                cells += ["\(programme.taskNumber(topic: topicIndex, task: taskIndex)) " + task.text.text,
                          task.plan?.text, task.type?.text, task.bodies?.text, task.progress?.text].compactMap { $0 }
                for indicator in task.indicators { cells += [indicator.text?.text, indicator.timeline?.raw.text, indicator.bodies?.text].compactMap { $0 } }
            }
            for word in cells.flatMap(words) { expected[word, default: 0] += 1 }
        }
        XCTAssertEqual(expected["Advanced"], 1, "the seed's long type stands in the model")
        for (name, file) in try pdfs() {
            let tokens = words(try text(file))
            var found: [String: Int] = [:]
            for (index, token) in tokens.enumerated() {
                found[token, default: 0] += 1
                if (token.hasSuffix("-") || token.hasSuffix("/")), index + 1 < tokens.count { found[token + tokens[index + 1], default: 0] += 1 }
            }
            let broken = expected.filter { found[$0.key, default: 0] < $0.value }.map(\.key).sorted()
            XCTAssertEqual(broken, [], "\(name): words broken inside a cell")
        }
    }

    func testAnExtractPrintsToPDFToo() throws {
        let folder = try Repository.temporaryFolder("wpc-pdf-more")
        defer { try? FileManager.default.removeItem(at: folder) }
        let extract = folder.appendingPathComponent("imsc.pdf")
        let extracted = try CommandRunner.wpc(["extract", Repository.seedXML, "--body", "IMSC", "--format", "annex-pdf", "-o", extract.path])
        XCTAssertEqual(extracted.status, 0, extracted.stderr)
        let extractText = words(try text(extract)).joined(separator: " ")
        XCTAssertTrue(extractText.contains("tasks of the Information Management Sub-Committee (IMSC)"), "the extract's title")
        XCTAssertTrue(extractText.contains("6.1 Raise awareness"), "an extract keeps the programme's task numbers")
    }
}
