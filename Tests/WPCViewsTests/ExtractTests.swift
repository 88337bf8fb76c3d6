import WPCModel
import WPCSources
import WPCTestSupport
import WPCViews
import XCTest

/// Extracts of the seed. The expected topic numbers were written from a
/// reading of the seed's Responsible-body cells, not from wpc's output.
final class ExtractTests: XCTestCase {
    private var programme: Programme!
    private var registry: BodyRegistry!

    override func setUpWithError() throws {
        programme = try SourceReader.read(path: Repository.seedXML).programme
        registry = try BodyRegistryReader.read(path: Repository.bodies)
    }

    private func topics(_ filter: ProgrammeFilter) -> [Int] {
        Extractor(registry: registry, labels: TestLabels.english).extract(programme, filter).topics.compactMap(\.number)
    }

    private func topics(ofBody name: String) throws -> [Int] {
        let body = try XCTUnwrap(registry.body(named: name), "no body named \(name)")
        return topics(ProgrammeFilter(bodyID: body.id))
    }

    func testInformationManagementSubCommittee() throws {
        XCTAssertEqual(try topics(ofBody: "IMSC"), [6, 9, 25, 27, 28, 29, 30, 31])
        XCTAssertEqual(try topics(ofBody: "information management sub-committee"), [6, 9, 25, 27, 28, 29, 30, 31])
    }

    func testSAFEWorkingGroupUnderBothSpellings() throws {
        XCTAssertEqual(try topics(ofBody: "SAFE WG"), [5, 6, 20, 22, 23, 27])
        XCTAssertEqual(try topics(ofBody: "swg"), [5, 6, 20, 22, 23, 27])
    }

    func testTFAWorkingGroup() throws {
        XCTAssertEqual(try topics(ofBody: "TFAWG"), [19, 20, 23, 24])
    }

    func testDataModelProjectTeam() throws {
        XCTAssertEqual(try topics(ofBody: "Data Model Project Team"), [12, 25])
    }

    func testCapacityBuildingCommittee() throws {
        XCTAssertEqual(try topics(ofBody: "capacity building committee"), [19])
    }

    func testExtractKeepsOnlyMatchingTasksUnderTheirOriginalNumbers() throws {
        let body = try XCTUnwrap(registry.body(named: "SWG"))
        let extract = Extractor(registry: registry, labels: TestLabels.english).extract(programme, ProgrammeFilter(bodyID: body.id))
        let topic5 = try XCTUnwrap(extract.topics.first { $0.number == 5 })
        XCTAssertEqual(topic5.numberAsWritten.text, "5.")
        // Task 5.3 ("Discuss/approve technical issues forwarded by the SAFE WG") names only the PTC.
        XCTAssertEqual(topic5.tasks.map { String($0.text.text.prefix(20)) }, ["Provide guidance and", "Provide guidance on ", "Provide capacity bui"])
        XCTAssertEqual(extract.legend, programme.legend)
        XCTAssertEqual(extract.footnotes, programme.footnotes)
        XCTAssertEqual(extract.title.text, "Draft PTC Work Programme 2019-2022 — tasks of the SAFE Working Group (SWG)")
    }

    func testPlanCodeTypeAndDueFiltersCombine() {
        XCTAssertEqual(topics(ProgrammeFilter(code: "SP8")), [5])
        XCTAssertEqual(topics(ProgrammeFilter(code: "LD3")), [20])
        XCTAssertEqual(topics(ProgrammeFilter(due: .init(year: 2020, month: 6))), [1, 2, 9, 11, 12, 15, 21, 26])
        // Of those, type A: 2, 9 (task 2), 11, 15 (tasks 3, 4), 21 — and 12 has no type.
        XCTAssertEqual(topics(ProgrammeFilter(type: "A", due: .init(year: 2020, month: 6))), [2, 9, 11, 15, 21])
        // "A" also matches the long form "Advanced" (topic 18), through the document's definitions.
        XCTAssertTrue(topics(ProgrammeFilter(type: "A")).contains(18))
        XCTAssertEqual(topics(ProgrammeFilter(type: "Advanced", due: .init(year: 2019, month: 10))), [18, 29])
    }

    func testOngoingTasksOnlyWithIncludeOngoing() {
        let dueIn2021 = topics(ProgrammeFilter(due: .init(year: 2021)))
        XCTAssertEqual(dueIn2021, [5, 6, 25, 26, 31])
        let withOngoing = topics(ProgrammeFilter(due: .init(year: 2021), includeOngoing: true))
        XCTAssertTrue(withOngoing.contains(3) && withOngoing.contains(7), "Ongoing (3) and Periodically (7) come in")
        XCTAssertFalse(withOngoing.contains(11), "topic 11 is due June 2020 only")
    }

    func testDueParsesYearsAndMonths() {
        XCTAssertEqual(ProgrammeFilter.Due("2020"), .init(year: 2020))
        XCTAssertEqual(ProgrammeFilter.Due("2020-06"), .init(year: 2020, month: 6))
        XCTAssertNil(ProgrammeFilter.Due("2020-13"))
        XCTAssertNil(ProgrammeFilter.Due("June"))
    }

    func testFileNamesCannotLeaveTheirFolder() {
        XCTAssertEqual(ExtractFileName.stem(for: "WCO/UPU CC"), "wco-upu-cc")
        XCTAssertEqual(ExtractFileName.stem(for: "../../etc/passwd"), "etc-passwd")
        XCTAssertEqual(ExtractFileName.stem(for: "/"), "body")
        XCTAssertEqual(ExtractFileName.stem(for: "a\u{0}b\nc\u{7F}"), "a-b-c")
        XCTAssertEqual(ExtractFileName.uniqueStems(for: ["A B", "a/b", "a-b"]), ["a-b", "a-b-2", "a-b-3"])
        for id in ["..", ".", "../x", "x/../../y", "\u{202E}gnp", "C:\\x"] {
            let stem = ExtractFileName.stem(for: id)
            XCTAssertTrue(stem.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }, stem)
            XCTAssertFalse(stem.contains(".."))
        }
    }
}
