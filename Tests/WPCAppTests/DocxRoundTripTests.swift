import Foundation
import WPCApp
import WPCDocx
import WPCModel
import WPCRender
import WPCSources
import WPCSynthetic
import WPCTestSupport
import XCTest
import ZIPFoundation

/// The .docx wpc writes reads back to the programme it was written from,
/// every field; a document changed afterwards is read from what it shows.
final class DocxRoundTripTests: XCTestCase {
    private func seed() throws -> Programme { try SourceReader.read(path: Repository.seedXML).programme }

    private func docx(_ programme: Programme) throws -> Data { try RenderJob.render(programme, as: .docx) }

    private func read(_ data: Data, path: String = "draft.docx") throws -> ReadResult { try SourceReader.read(data, path: path) }

    func testTheSeedsDocxReadsBackToTheSameProgramme() throws {
        let programme = try seed()
        let result = try read(docx(programme))
        XCTAssertNil(ProgrammeComparison.firstDifference(result.programme, programme))
        XCTAssertEqual(result.programme, programme)
        XCTAssertEqual(try XMLProgrammeWriter().write(result.programme), try String(contentsOfFile: Repository.seedXML, encoding: .utf8),
                       "importing the .docx gives the canonical XML byte for byte")
        XCTAssertTrue(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    func testGeneratedAndTrickyProgrammesReadBackToThemselves() throws {
        for programme in [SyntheticProgramme(topics: 40, seed: 3).make(), SampleProgramme.make(), SpecimenProgramme.programme] {
            let read = try read(docx(programme)).programme
            XCTAssertNil(ProgrammeComparison.firstDifference(read, programme), programme.title.text)
        }
    }

    func testValuesAreLocatedWhereTheDocumentShowsThem() throws {
        let result = try read(docx(seed()))
        let task = try XCTUnwrap(result.programme.topics.first?.tasks.first)
        let location = result.locator.location(try XCTUnwrap(task.plan?.origin.point))
        XCTAssertEqual(location.package?.part, "word/document.xml")
        XCTAssertEqual(location.package?.place, "table 1, row 2 (topic 1, task 1), column WCO Strategic Plan")
        // The introduction is not shown: it is located in the record.
        let introduction = result.locator.location(try XCTUnwrap(result.programme.introduction.first?.text.origin.point))
        XCTAssertEqual(introduction.package?.part, "customXml/item1.xml")
        XCTAssertEqual(introduction.package?.place, "introduction, block 1, kept in wpc's record (customXml/item1.xml)")
    }

    func testTheVisibleDocumentAloneGivesEveryCell() throws {
        // Without the record (a writer that does not store it), every table cell is still read from what Word shows.
        let programme = try seed()
        let result = try read(DocxWriter(labels: TestLabels.english).write(programme))
        XCTAssertEqual(result.programme.topics, programme.topics)
        XCTAssertEqual(result.programme.title, programme.title)
        XCTAssertEqual(result.programme.date, programme.date)
        XCTAssertEqual(result.programme.document, programme.document)
        XCTAssertEqual(result.programme.footnotes.map(\.mark), ["¹", "²", "³"], "a footnote repeating another is printed once")
        XCTAssertEqual(result.programme.footnotes, Array(programme.footnotes.prefix(3)))
        XCTAssertEqual(result.programme.headings, Array(programme.headings.prefix(1)))
        XCTAssertEqual(result.programme.legend, programme.legend)
        XCTAssertEqual(result.programme.taskTypes, programme.taskTypes)
        XCTAssertTrue(result.programme.introduction.isEmpty, "the document shows no introduction")
    }

    func testADocumentEditedAfterwardsIsReadFromWhatItShowsWithANote() throws {
        let edited = try Self.replacing("Update the ECP Toolkit", with: "Update the ECP Toolkit and its annexes", in: docx(seed()))
        let result = try read(edited)
        XCTAssertEqual(result.programme.topics[0].tasks[2].text.text, "Update the ECP Toolkit and its annexes")
        XCTAssertTrue(result.programme.introduction.isEmpty, "the record is set aside whole")
        let note = try XCTUnwrap(result.diagnostics.first { $0.rule == "docx.stored-record" })
        XCTAssertEqual(note.severity, .note)
        XCTAssertTrue(note.message.hasPrefix("the document was changed after wpc wrote it (topic 1., task 3, Tasks differs)"), note.message)
        XCTAssertEqual(note.location?.package?.place, "table 1, row 5 (topic 1, task 3), column Tasks")
    }

    func testTheRecordSurvivesASaveInLibreOffice() throws {
        let folder = try Repository.temporaryFolder("wpc-docx-resave")
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = folder.appendingPathComponent("programme.docx")
        try docx(seed()).write(to: original)
        let saved = try OfficeSuite.convertToDocx(original, in: folder)
        let result = try SourceReader.read(path: saved.path)
        XCTAssertNil(ProgrammeComparison.firstDifference(result.programme, try seed()))
        XCTAssertFalse(result.diagnostics.contains { $0.rule == "docx.stored-record" }, "\(result.diagnostics)")
    }

    func testTheAnnexConvertedFromHTMLByLibreOfficeReadsBackAsFarAsTheHTMLCarriesIt() throws {
        let programme = try seed()
        let folder = try Repository.temporaryFolder("wpc-docx-office")
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("annex.html")
        try RenderJob.render(programme, as: .annex).write(to: html)
        let converted = try OfficeSuite.convertToDocx(html, in: folder)
        let result = try SourceReader.read(path: converted.path)
        let read = result.programme
        XCTAssertEqual(read.topics, programme.topics, ProgrammeComparison.firstDifference(read, programme) ?? "")
        XCTAssertEqual(read.title, programme.title)
        XCTAssertEqual(read.date, programme.date)
        XCTAssertEqual(read.document, programme.document)
        XCTAssertEqual(read.committee, programme.committee)
        XCTAssertEqual(read.period, programme.period)
        let printed = FootnoteRepeats(programme.footnotes).printed.map { programme.footnotes[$0] }
        XCTAssertEqual(read.footnotes, printed, "every footnote the annex prints (each text once), bold (a character style in LibreOffice) as **…**")
        XCTAssertEqual(read.legend, programme.legend)
        XCTAssertEqual(read.taskTypes, programme.taskTypes)
        XCTAssertEqual(read.headings, Array(programme.headings.prefix(1)), "the HTML carries the first heading row")
        XCTAssertEqual(read.remarks, programme.remarks)
        XCTAssertTrue(read.introduction.isEmpty, "the annex HTML carries no introduction")
        // LibreOffice turns the page's security policy into a comment: said, not read.
        XCTAssertTrue(result.diagnostics.contains { $0.rule == "docx.comments" })
        XCTAssertFalse(result.diagnostics.contains { $0.severity != .note }, "\(result.diagnostics)")
    }

    /// `data` with `old` replaced by `new` in its main document, repacked.
    static func replacing(_ old: String, with new: String, in data: Data) throws -> Data {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [(String, Data)] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            if entry.path == "word/document.xml" {
                let text = String(decoding: bytes, as: UTF8.self)
                XCTAssertTrue(text.contains(old))
                bytes = Data(text.replacingOccurrences(of: old, with: new).utf8)
            }
            parts.append((entry.path, bytes))
        }
        return try WordDocument.zip(parts)
    }
}
