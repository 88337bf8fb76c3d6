import Foundation
import WPCApp
import WPCDocx
import WPCModel
import WPCRender
import WPCTestSupport
import XCTest
import ZIPFoundation

/// Columns that fit their words: in the paginated HTML, the annex and the
/// Word annex no column is narrower than its longest word, so "Advanced"
/// is never broken in the Type column ("Advan/ced"), in English or French.
final class ColumnWidthTests: XCTestCase {
    func testNoCellOfTheSeedHasAWordCutInThePaginatedOrAnnexColumns() throws {
        let programme = try Programmes.real()
        for labels in [TestLabels.english, TestLabels.french] {
            let usual = PageGeometry()
            let geometry = usual.fitted(for: programme, labels: labels)
            XCTAssertLessThan(usual.textWidth(of: .type), usual.bodyText.width(of: "Advanced"), "the usual Type column is too narrow: the test proves something")
            XCTAssertEqual(geometry.columnWidths.reduce(0, +), usual.columnWidths.reduce(0, +), "the table keeps its width")
            for (topicIndex, topic) in programme.topics.enumerated() {
                for layout in TopicLayout(topic, index: topicIndex).tasks {
                    let task = layout.task
                    var cells: [(Column, String?)] = [(.number, topic.numberAsWritten.text), (.topic, topic.title.text), (.task, layout.numberedText),
                                                      (.plan, task.plan?.text), (.type, task.type?.text), (.bodies, task.bodies?.text),
                                                      (.progress, task.progress?.text)]
                    for indicator in task.indicators {
                        cells += [(.indicator, indicator.text?.text), (.timeline, indicator.timeline?.raw.text), (.bodies, indicator.bodies?.text)]
                    }
                    for case let (column, text?) in cells {
                        let cut = geometry.breaker(for: column).lines(text).filter { $0.join == .none }
                        XCTAssertEqual(cut.map(\.text), [], "\(labels.language) \(column): a word cut in “\(text)”")
                    }
                }
            }
            let headingStyle = usual.headingText
            for column in Column.allCases {
                let lines = LineBreaker(style: headingStyle, width: geometry.textWidth(of: column)).lines(labels.heading(of: column))
                XCTAssertFalse(lines.contains { $0.join == .none }, "\(labels.language): heading of \(column) cut")
            }
        }
    }

    func testTheWordAnnexWidensItsTypeColumnToItsWidestWord() throws {
        let programme = try Programmes.real()
        let words = ColumnWords.widths(of: programme, labels: TestLabels.english)
        func grid(_ writer: DocxWriter) throws -> [Int] {
            let archive = try Archive(data: try writer.write(programme), accessMode: .read)
            var xml = Data()
            _ = try archive.extract(try XCTUnwrap(archive["word/document.xml"])) { xml.append($0) }
            let root = try XCTUnwrap(HTMLTree.parseXML(xml))
            return root.descendants("w:gridcol").compactMap { $0.attributes["w"].flatMap { Int($0) } }
        }
        let usual = try grid(DocxWriter(labels: TestLabels.english))
        let fitted = try grid(DocxWriter(labels: TestLabels.english, words: words))
        XCTAssertEqual(fitted.reduce(0, +), usual.reduce(0, +))
        // 8 pt text: "Advanced" in twips, plus the cell's margins.
        let advanced = FontFace.regular.metrics.width(of: "Advanced", size: 160) + 114
        XCTAssertLessThan(Double(usual[Column.type.index]), advanced, "the usual column is too narrow: the test proves something")
        for column in Column.allCases {
            XCTAssertGreaterThanOrEqual(Double(fitted[column.index]), words.widest(column, bodySize: 160, headingSize: 160) + 114, "\(column)")
        }
    }

    func testTheRedlineFitsItsColumnsToTheWordsOfBothDrafts() throws {
        var (old, new) = try RevisedDrafts.make()
        // A word only the old draft has, wider than its column: the redline shows it deleted, and whole.
        old.topics[0].tasks[0].type = "Extraordinarily"
        new.topics[0].tasks[0].type = "M"
        var job = DiffJob(oldPath: "old.xml", newPath: "new.xml", format: .docx)
        job.author = "wpc"
        let report = DiffReport(old: old, new: new, oldFile: "old.xml", newFile: "new.xml", labels: TestLabels.english)
        let redline = try documentPart(try job.redline(report))
        let usual = try documentPart(try DocxWriter(labels: TestLabels.english).write(new))
        let widest = FontFace.regular.metrics.width(of: "Extraordinarily", size: 160) + 114
        XCTAssertGreaterThan(widest, Double(try grid(usual)[Column.type.index]), "the usual column is too narrow: the test proves something")
        XCTAssertGreaterThanOrEqual(Double(try grid(redline)[Column.type.index]), widest, "the old draft's word fits")
        XCTAssertTrue(String(decoding: redline, as: UTF8.self).contains("Extraordinarily</w:delText>"), "and is shown deleted")
    }

    private func documentPart(_ docx: Data) throws -> Data {
        let archive = try Archive(data: docx, accessMode: .read)
        var xml = Data()
        _ = try archive.extract(try XCTUnwrap(archive["word/document.xml"])) { xml.append($0) }
        return xml
    }

    /// The table grid's column widths, in twips.
    private func grid(_ documentXML: Data) throws -> [Int] {
        try XCTUnwrap(HTMLTree.parseXML(documentXML)).descendants("w:gridcol").compactMap { $0.attributes["w"].flatMap { Int($0) } }
    }
}
