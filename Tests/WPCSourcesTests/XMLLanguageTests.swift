import Foundation
import WPCModel
@testable import WPCSources
import XCTest

/// `xml:lang` on the root: the language the programme is written in, kept
/// by the model and written back, so outputs can default to its labels.
final class XMLLanguageTests: XCTestCase {
    func testTheRootsXMLLangIsReadAndWrittenBack() throws {
        let text = XMLTestInput.document().replacingOccurrences(of: "<work-programme xmlns=\"urn:wpc:work-programme:1\">",
                                                                with: "<work-programme xmlns=\"urn:wpc:work-programme:1\" xml:lang=\"fr-BE\">")
        let programme = try XMLTestInput.read(text)
        XCTAssertEqual(programme.language, "fr-BE")
        XCTAssertEqual(Language.default(for: programme), .fr)
        let written = try XMLProgrammeWriter().write(programme)
        XCTAssertTrue(written.contains("<work-programme xml:lang=\"fr-BE\" xmlns=\"urn:wpc:work-programme:1\">"), written)
        XCTAssertEqual(try XMLTestInput.read(written).language, "fr-BE")
    }

    func testADocumentWithoutXMLLangHasNoLanguageAndWritesNone() throws {
        let programme = try XMLTestInput.read(XMLTestInput.document())
        XCTAssertNil(programme.language)
        XCTAssertFalse(try XMLProgrammeWriter().write(programme).contains("xml:lang"))
    }

    func testAnotherAttributeOnTheRootBreaksTheSchema() {
        let text = XMLTestInput.document().replacingOccurrences(of: "<work-programme xmlns=\"urn:wpc:work-programme:1\">",
                                                                with: "<work-programme xmlns=\"urn:wpc:work-programme:1\" lang=\"fr\">")
        XCTAssertNotNil(XMLTestInput.error(text), "only xml:lang is allowed")
    }
}
