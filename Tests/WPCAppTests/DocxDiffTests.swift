import Foundation
import WPCApp
import WPCDocx
import WPCModel
import WPCRender
import WPCSources
import WPCTestSupport
import XCTest

/// `wpc diff` between two Word drafts gives the changeset their XML forms give.
final class DocxDiffTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try Repository.temporaryFolder("wpc-docx-diff") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    /// The seed, revised the way a committee revises a draft.
    private func drafts() throws -> (old: Programme, new: Programme) {
        let old = try SourceReader.read(path: Repository.seedXML).programme
        var new = old
        new.topics[0].tasks[0].text = "Review the progress in implementing the revised ECP Action Plan"
        new.topics[2].tasks[0].type = "A"
        new.topics[4].tasks[1].indicators[0].timeline = Timeline("June 2021")
        let moved = new.topics[5].tasks.remove(at: 0)
        new.topics[6].tasks.append(moved)
        new.topics.insert(Topic(numberAsWritten: "7.", title: "Green Customs", tasks: [
            WorkTask(text: "Develop guidance on environmental provisions", plan: "SG SO3", type: "A", bodies: "PTC",
                     indicators: [Indicator(text: "Guidance adopted", timeline: Timeline("June 2022"))]),
        ]), at: 7)
        new.topics[12].title = "Customs-Railway Guidelines"
        new.introduction[1].text = "The Work Programme follows the WCO Strategic Plan."
        return (old, new)
    }

    private func save(_ data: Data, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    private func diff(_ old: String, _ new: String) throws -> String {
        let result = try CommandRunner.wpc(["diff", old, new, "--format", "json"], in: folder)
        XCTAssertEqual(result.status, 1, result.stderr)
        return result.stdout
    }

    func testDiffOfTheDocxDraftsIsTheDiffOfTheirXML() throws {
        let (old, new) = try drafts()
        let oldXML = try save(Data(XMLProgrammeWriter().write(old).utf8), "old.xml")
        let newXML = try save(Data(XMLProgrammeWriter().write(new).utf8), "new.xml")
        let oldDocx = try save(RenderJob.render(old, as: .docx), "old.docx")
        let newDocx = try save(RenderJob.render(new, as: .docx), "new.docx")
        let fromXML = try diff(oldXML, newXML)
        XCTAssertTrue(fromXML.contains("\"task-moved\""), fromXML)
        XCTAssertTrue(fromXML.contains("\"metadata-changed\""), "the introduction's change is seen through the stored record")
        XCTAssertEqual(try diff(oldDocx, newDocx), fromXML)
    }

    func testDiffOfDraftsMadeByAnOfficeSuiteIsTheDiffOfTheirImportedXML() throws {
        // Drafts as LibreOffice writes them (from the annex HTML): no stored record, everything read from the tables.
        let (old, new) = try drafts()
        var paths: [String] = []
        for (name, programme) in [("old", old), ("new", new)] {
            let html = URL(fileURLWithPath: try save(RenderJob.render(programme, as: .annex), "\(name).html"))
            let converted = try OfficeSuite.convertToDocx(html, in: folder)
            let docx = folder.appendingPathComponent("\(name)-office.docx")
            try FileManager.default.moveItem(at: converted, to: docx)
            let imported = try CommandRunner.wpc(["import", docx.path, "-o", "\(name)-office.xml"], in: folder)
            XCTAssertEqual(imported.status, 0, imported.stderr)
            paths.append(docx.path)
        }
        let fromDocx = try diff(paths[0], paths[1])
        XCTAssertEqual(fromDocx, try diff("old-office.xml", "new-office.xml"))
        XCTAssertTrue(fromDocx.contains("\"task-moved\""), fromDocx)
        XCTAssertTrue(fromDocx.contains("\"topic-added\""), fromDocx)
    }
}
