import Foundation
import WPCApp
import WPCDocx
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

/// wpc reads back the Word annexes it writes now that they number their
/// tasks and can be headed in French: a task's own number before its text
/// is read as the number, and French headings name the same columns.
final class DocxLanguageRoundTripTests: XCTestCase {
    private func seed() throws -> Programme { try SourceReader.read(path: Repository.seedXML).programme }

    func testAFrenchWordAnnexReadsBackToTheSameProgramme() throws {
        let programme = try seed()
        let result = try SourceReader.read(try RenderJob.render(programme, as: .docx, language: .fr), path: "annexe.docx")
        XCTAssertNil(ProgrammeComparison.firstDifference(result.programme, programme))
        XCTAssertEqual(result.programme, programme)
        XCTAssertTrue(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    func testWithoutTheRecordTaskNumbersAreReadAsNumbersAndSaidOnce() throws {
        let programme = try seed()
        for labels in [TestLabels.english, TestLabels.french] {
            let result = try SourceReader.read(try DocxWriter(labels: labels).write(programme), path: "annex.docx")
            XCTAssertEqual(result.programme.topics, programme.topics, "\(labels.language): every task's text without its number")
            let notes = result.diagnostics.filter { $0.rule == "docx.task-numbers" }
            XCTAssertEqual(notes.count, 1, "\(labels.language)")
            let tasks = programme.topics.reduce(0) { $0 + $1.tasks.count }
            XCTAssertTrue(notes.first?.message.hasPrefix("\(tasks) Tasks cells start with their task's number") == true, notes.first?.message ?? "")
        }
    }

    func testATaskThatStartsWithAnotherNumberKeepsIt() throws {
        var programme = try seed()
        programme.topics[0].tasks[0].text = WrittenText("2.5 billion declarations a year reviewed")
        let result = try SourceReader.read(try DocxWriter(labels: TestLabels.english).write(programme), path: "annex.docx")
        XCTAssertEqual(result.programme.topics[0].tasks[0].text.text, "2.5 billion declarations a year reviewed")
    }
}
