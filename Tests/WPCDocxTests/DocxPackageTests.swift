import Foundation
import WPCDocx
import WPCModel
import WPCTestSupport
import XCTest

/// The package as a ZIP of Office Open XML parts: which parts, in what
/// order, well-formed, stamped with the programme's date, and the same bytes
/// every time.
final class DocxPackageTests: XCTestCase {
    func testPackageHoldsTheOfficePartsWithContentTypesFirst() throws {
        let package = try DocxPackage(DocxWriter(labels: TestLabels.english).write(SampleProgramme.make()))
        XCTAssertEqual(package.entryPaths.first, "[Content_Types].xml")
        for part in ["_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                     "word/settings.xml", "docProps/core.xml", "docProps/app.xml",
                     "word/header1.xml", "word/header2.xml", "word/footer1.xml"] {
            XCTAssertNotNil(package.parts[part], "missing \(part)")
        }
    }

    func testEveryPartIsWellFormedXML() throws {
        let package = try DocxPackage(DocxWriter(labels: TestLabels.english).write(DocxFixture.seed()))
        for (path, data) in package.parts {
            XCTAssertNil(DocxFixture.parseError(data), path)
        }
    }

    func testEveryPartTheContentTypesOrRelationshipsNameIsInThePackage() throws {
        let package = try DocxPackage(DocxWriter(labels: TestLabels.english).write(SampleProgramme.make()))
        let types = try XCTUnwrap(package.text("[Content_Types].xml"))
        for override in types.components(separatedBy: "PartName=\"/").dropFirst() {
            let path = String(override.prefix { $0 != "\"" })
            XCTAssertNotNil(package.parts[path], "content type for missing part \(path)")
        }
        let relationships = try XCTUnwrap(package.text("word/_rels/document.xml.rels"))
        for target in relationships.components(separatedBy: "Target=\"").dropFirst() {
            let path = "word/" + String(target.prefix { $0 != "\"" })
            XCTAssertNotNil(package.parts[path], "relationship to missing part \(path)")
        }
        // Every relationship id the document uses is declared.
        let document = try XCTUnwrap(package.text("word/document.xml"))
        for use in document.components(separatedBy: "r:id=\"").dropFirst() {
            let id = String(use.prefix { $0 != "\"" })
            XCTAssertTrue(relationships.contains("Id=\"\(id)\""), "undeclared relationship \(id)")
        }
    }

    func testParagraphPropertiesFollowTheSchemasOrder() throws {
        // Word rejects a w:pPr whose w:jc comes before its w:spacing; LibreOffice does not care.
        let package = try DocxPackage(DocxWriter(labels: TestLabels.english).write(SampleProgramme.make()))
        let styles = try XCTUnwrap(package.text("word/styles.xml"))
        let properties = styles.components(separatedBy: "<w:pPr>").dropFirst().map { $0.components(separatedBy: "</w:pPr>")[0] }
        XCTAssertGreaterThan(properties.filter { $0.contains("<w:jc ") && $0.contains("<w:spacing ") }.count, 3)
        for block in properties {
            if let jc = block.range(of: "<w:jc "), let spacing = block.range(of: "<w:spacing ") {
                XCTAssertLessThan(spacing.lowerBound, jc.lowerBound, block)
            }
            if let keepNext = block.range(of: "<w:keepNext/>"), let spacing = block.range(of: "<w:spacing ") {
                XCTAssertLessThan(keepNext.lowerBound, spacing.lowerBound, block)
            }
        }
    }

    func testSameProgrammeGivesTheSameBytes() throws {
        let programme = try DocxFixture.seed()
        let first = try DocxWriter(labels: TestLabels.english).write(programme)
        let second = try DocxWriter(labels: TestLabels.english).write(programme)
        XCTAssertEqual(first, second)
    }

    func testPackageIsStampedWithTheProgrammesDateNotTheClock() throws {
        // The sample is dated "September 2019".
        let package = try DocxPackage(DocxWriter(labels: TestLabels.english).write(SampleProgramme.make()))
        let core = try XCTUnwrap(package.text("docProps/core.xml"))
        XCTAssertTrue(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2019-09-01T00:00:00Z</dcterms:created>"), core)
        XCTAssertTrue(core.contains("<dc:title>Draft PTC Work Programme 2019-2022</dc:title>"))
        XCTAssertTrue(core.contains("<dc:subject>Annex II to doc. PC0571Ea</dc:subject>"))
        let september2019 = Date(timeIntervalSince1970: 1_567_296_000) // 2019-09-01T00:00:00Z
        XCTAssertEqual(Set(package.entryDates), [september2019])
    }

    func testUndatedProgrammeFallsBackToItsFirstYear() throws {
        var programme = SampleProgramme.make()
        programme.date = nil
        let core = try XCTUnwrap(DocxPackage(DocxWriter(labels: TestLabels.english).write(programme)).text("docProps/core.xml"))
        XCTAssertTrue(core.contains(">2019-01-01T00:00:00Z</dcterms:modified>"), core)
    }

    func testRunningHeaderRepeatsTitleAndDateInItalics() throws {
        let package = try DocxPackage(DocxWriter(labels: TestLabels.english).write(SampleProgramme.make()))
        let header = try XCTUnwrap(package.text("word/header1.xml"))
        XCTAssertTrue(header.contains(">Draft PTC Work Programme 2019-2022<"))
        XCTAssertTrue(header.contains(">September 2019<"))
        let styles = try XCTUnwrap(package.text("word/styles.xml"))
        XCTAssertTrue(styles.contains("w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:rPr><w:i/>"))
    }
}
