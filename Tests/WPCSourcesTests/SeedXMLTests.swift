import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

/// The canonical XML in Input/ is the seed, field by field.
final class SeedXMLTests: XCTestCase {
    func testImportingTheSeedGivesTheCanonicalXMLModel() throws {
        let fromText = try SourceReader.read(path: Repository.seedText).programme
        let fromXML = try SourceReader.read(path: Repository.seedXML).programme
        if let difference = ProgrammeComparison.firstDifference(fromText, fromXML) {
            XCTFail("seed text and Input XML differ: \(difference)")
        }
    }

    func testCanonicalXMLIsWhatTheWriterWritesForTheSeed() throws {
        let fromText = try SourceReader.read(path: Repository.seedText).programme
        let written = try XMLProgrammeWriter().write(fromText)
        let onDisk = try String(contentsOfFile: Repository.seedXML, encoding: .utf8)
        XCTAssertEqual(written, onDisk, "Input XML is not the canonical form of the seed: regenerate with `wpc import`")
    }

    func testXMLHasTheTotalsAndCellsReadByHand() throws {
        let programme = try SourceReader.read(path: Repository.seedXML).programme
        XCTAssertEqual(programme.topics.count, 31)
        XCTAssertEqual(programme.allTasks.count, 58)
        XCTAssertEqual(programme.topics.flatMap(\.tasks).flatMap(\.indicators).count, 69)
        let topics = programme.topics
        XCTAssertEqual(topics[5].title.text, "Integrated Supply Chain Management")
        XCTAssertEqual(topics[5].tasks[0].bodies?.text, "PTC SWG Information Management Sub-Committee (IMSC)")
        XCTAssertEqual(topics[8].tasks[1].indicators[0].timeline?.raw.text, "Ongoing June 2020")
        XCTAssertEqual(topics[15].tasks[0].bodies?.text, "PTC Virtual Working Group on the Future of Customs (VWG FC)")
        XCTAssertEqual(topics[19].tasks[0].indicators[0].timeline?.raw.text, "Autumn 2020")
        XCTAssertEqual(topics[25].tasks[0].bodies?.text, "PTC WCO/IATA/ICAO API/PNR Contact Committee (including Members' only meeting)")
        XCTAssertEqual(topics[27].tasks[0].indicators[0].timeline?.raw.text, "Periodically")
        XCTAssertEqual(topics[30].tasks[0].bodies?.text, "PTC IMSC RKC/MC")
        XCTAssertEqual(topics[3].tasks[2].indicators[0].timeline?.raw.text, "To be determined, depending on the interest from Members")
        XCTAssertEqual(topics[24].tasks[0].indicators[2].text?.text, "WCO DM version 4.0,0 produced and published")
        XCTAssertEqual(topics[29].tasks[0].text.text, "Examine product identification systems Identify specific issues for further work")
        XCTAssertEqual(topics[20].tasks[0].plan?.text, "SG SO1 SP1 SP6 SP7 LD1")
        XCTAssertEqual(topics[10].tasks[0].indicators[0].text?.text, "Transit Compendium endorsed")
    }

    func testXMLLocationsPointIntoTheXMLFile() throws {
        let result = try SourceReader.read(path: Repository.seedXML)
        let location = try XCTUnwrap(result.locator.location(of: result.programme.topics[0].tasks[0].text))
        XCTAssertEqual(location.file, Repository.seedXML)
        let lines = try String(contentsOfFile: Repository.seedXML, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines[location.line - 1].contains("Review the progress in implementing the ECP Action Plan"))
    }
}
