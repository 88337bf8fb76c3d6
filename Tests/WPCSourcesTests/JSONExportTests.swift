import Foundation
import WPCModel
import WPCSynthetic
@testable import WPCSources
import WPCTestSupport
import XCTest

final class JSONExportTests: XCTestCase {
    private func decoded(_ programme: Programme = SampleProgramme.make()) throws -> [String: Any] {
        let text = try ProgrammeJSON.encode(programme)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try XCTUnwrap(object as? [String: Any])
    }

    func testTopLevelHasTheRequiredKeysAndTypes() throws {
        let json = try decoded()
        XCTAssertEqual(json["title"] as? String, "Draft PTC Work Programme 2019-2022")
        XCTAssertEqual(json["date"] as? String, "September 2019")
        XCTAssertEqual(json["document"] as? String, "Annex II to doc. PC0571Ea")
        let legend = try XCTUnwrap(json["legend"] as? [[String: Any]])
        XCTAssertEqual(legend.count, 8)
        XCTAssertEqual(legend[1]["code"] as? String, "SO1")
        XCTAssertEqual(legend[1]["group"] as? String, "SO")
        XCTAssertEqual(legend[1]["text"] as? String, "Facilitation")
        let types = try XCTUnwrap(json["taskTypes"] as? [[String: Any]])
        XCTAssertEqual(types.first?["code"] as? String, "M")
        XCTAssertEqual(types.first?["name"] as? String, "Maintenance")
        XCTAssertNotNil(types.first?["text"] as? String)
        let footnotes = try XCTUnwrap(json["footnotes"] as? [[String: Any]])
        XCTAssertEqual(footnotes[1]["mark"] as? String, "²")
        XCTAssertTrue((footnotes[1]["text"] as? String)?.contains("1. **M** for 'Maintenance'") ?? false)
    }

    func testTopicsTasksAndIndicatorsHaveTheRequiredShape() throws {
        let json = try decoded()
        let topics = try XCTUnwrap(json["topics"] as? [[String: Any]])
        XCTAssertEqual(topics.count, 3)
        // `number` must be a JSON integer, not the string "4.".
        XCTAssertEqual((topics[2]["number"] as? NSNumber)?.intValue, 4)
        XCTAssertNil(topics[2]["number"] as? String)
        XCTAssertEqual(topics[2]["numberAsWritten"] as? String, "4.")
        XCTAssertEqual(topics[2]["title"] as? String, "Performance Measurement")

        let tasks = try XCTUnwrap(topics[0]["tasks"] as? [[String: Any]])
        XCTAssertEqual(tasks.count, 3)
        XCTAssertEqual(tasks[1]["text"] as? String, "Revise the ECP Action Plan")
        XCTAssertEqual(tasks[1]["plan"] as? [String], ["SP6", "SP7", "LD1", "LD2"])
        XCTAssertEqual(tasks[1]["type"] as? String, "M")
        XCTAssertEqual(tasks[1]["bodies"] as? String, "PTC")
        // An empty cell is null, and the key is still there.
        XCTAssertTrue(tasks[1]["progress"] is NSNull)
        XCTAssertEqual(tasks[2]["plan"] as? [String], [])
        XCTAssertTrue(tasks[2]["planAsWritten"] is NSNull)

        let indicators = try XCTUnwrap(tasks[1]["indicators"] as? [[String: Any]])
        XCTAssertEqual(indicators.count, 2)
        XCTAssertEqual(indicators[1]["text"] as? String, "Revised Action Plan submitted to the Policy Commission")
        XCTAssertEqual(indicators[1]["timeline"] as? String, "December 2019 June 2020 June 2022")
        XCTAssertTrue(indicators[1]["bodies"] is NSNull)

        let performance = try XCTUnwrap(topics[2]["tasks"] as? [[String: Any]])
        let own = try XCTUnwrap(performance[1]["indicators"] as? [[String: Any]])
        XCTAssertEqual(own[1]["bodies"] as? String, "Finance Committee")
    }

    func testMilestonesAreObjectsWithKindAndAnnotation() throws {
        let json = try decoded()
        let topics = try XCTUnwrap(json["topics"] as? [[String: Any]])
        let task = try XCTUnwrap((topics[1]["tasks"] as? [[String: Any]])?.first)
        let indicator = try XCTUnwrap((task["indicators"] as? [[String: Any]])?.first)
        let milestones = try XCTUnwrap(indicator["milestones"] as? [[String: Any]])
        XCTAssertEqual(milestones.count, 2)
        XCTAssertEqual(milestones[0]["kind"] as? String, "month")
        XCTAssertEqual((milestones[0]["year"] as? NSNumber)?.intValue, 2020)
        XCTAssertEqual((milestones[0]["month"] as? NSNumber)?.intValue, 6)
        XCTAssertEqual(milestones[0]["written"] as? String, "June 2020")
        XCTAssertEqual(milestones[0]["annotation"] as? String, "for adoption")
        XCTAssertEqual((milestones[1]["month"] as? NSNumber)?.intValue, 10)
        XCTAssertEqual(milestones[1]["annotation"] as? String, "for publication")
    }

    func testExtrasCarryCommitteePeriodAndGroups() throws {
        let json = try decoded()
        XCTAssertEqual(json["committee"] as? String, "PTC")
        let period = try XCTUnwrap(json["period"] as? [String: Any])
        XCTAssertEqual((period["first"] as? NSNumber)?.intValue, 2019)
        XCTAssertEqual((period["last"] as? NSNumber)?.intValue, 2022)
        let groups = try XCTUnwrap(json["legendGroups"] as? [[String: Any]])
        XCTAssertEqual(groups.map { $0["prefix"] as? String }, ["SG", "SO", "SP", "LD"])
    }

    func testOutputIsSortedPrettyAndDeterministic() throws {
        let first = try ProgrammeJSON.encode(SampleProgramme.make())
        let second = try ProgrammeJSON.encode(SampleProgramme.make())
        XCTAssertEqual(first, second)
        XCTAssertTrue(first.hasPrefix("{\n  \"committee\": \"PTC\",\n  \"date\": \"September 2019\",\n  \"document\": "), String(first.prefix(120)))
        XCTAssertTrue(first.hasSuffix("\n}\n"))
    }

    func testAwkwardTextSurvivesEscaping() throws {
        var programme = SampleProgramme.make()
        let awkward = "quote \" backslash \\ tab \t CR LF \r\n bell \u{7} “dash” – 😀 </script>"
        programme.title = WrittenText(awkward)
        programme.topics[0].numberAsWritten = ""
        let json = try decoded(programme)
        XCTAssertEqual(json["title"] as? String, awkward)
        let topics = try XCTUnwrap(json["topics"] as? [[String: Any]])
        XCTAssertTrue(topics[0]["number"] is NSNull)
    }

    func testOutputMatchesTheShippedJSONSchema() throws {
        let root = XMLTestInput.repositoryRoot
        let schema = root.appendingPathComponent("Sources/WPCSources/Schema/work-programme.schema.json")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wpc-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let document = directory.appendingPathComponent("sample.json")
        try ProgrammeJSON.encode(SampleProgramme.make()).write(to: document, atomically: true, encoding: .utf8)

        let result = try CommandRunner.run("/usr/bin/env", ["python3", "-c", """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft7Validator.check_schema(schema)
            jsonschema.Draft7Validator(schema).validate(json.load(open(sys.argv[2])))
            """, schema.path, document.path])
        XCTAssertEqual(result.status, 0, result.stderr)
    }
}

/// Topics are written in runs side by side; the bytes must not depend on how many.
final class JSONExportRunsTests: XCTestCase {
    func testTopicsWrittenInRunsGiveTheSameBytesAsOneRun() throws {
        let programme = SyntheticProgramme(topics: 700).make()
        let registry = try BodyRegistryReader.read(path: Repository.bodies)
        XCTAssertEqual(ProgrammeJSON.runs(for: 700), 2)
        let whole = ProgrammeJSON.bytes(of: programme, registry: registry, runs: 1)
        for runs in [2, 3, 7, 700, 5000] {
            XCTAssertEqual(ProgrammeJSON.bytes(of: programme, registry: registry, runs: runs), whole, "\(runs) runs")
        }
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(whole)) as? [String: Any])
        XCTAssertEqual((object["topics"] as? [Any])?.count, 700)
    }

    func testAProgrammeWithoutTopicsHasAnEmptyTopicsArray() throws {
        var programme = SampleProgramme.make()
        programme.topics = []
        let text = String(decoding: ProgrammeJSON.bytes(of: programme, registry: nil, runs: 4), as: UTF8.self)
        XCTAssertTrue(text.contains("\"topics\": []"), text)
    }
}
