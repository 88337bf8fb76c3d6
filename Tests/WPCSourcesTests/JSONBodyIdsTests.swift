import Foundation
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

/// With a registry, the JSON lists the bodies each cell names, resolved.
final class JSONBodyIdsTests: XCTestCase {
    func testTasksAndIndicatorsListTheirResolvedBodies() throws {
        let programme = try SourceReader.read(path: Repository.seedXML).programme
        let registry = try BodyRegistryReader.read(path: Repository.bodies)
        let text = try ProgrammeJSON.encode(programme, registry: registry)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let topics = try XCTUnwrap(json["topics"] as? [[String: Any]])
        func task(_ topic: Int, _ index: Int) throws -> [String: Any] {
            let tasks = try XCTUnwrap(topics[topic - 1]["tasks"] as? [[String: Any]])
            return tasks[index - 1]
        }
        // "Working Group on Performance Measurement, PTC, PC, Audit Committee etc."
        XCTAssertEqual(try task(4, 2)["bodyIds"] as? [String], ["WGPM", "PTC", "PC", "AC"])
        // "PTC WCO/IATA/ICAO API/PNR Contact Committee (including Members' only meeting)"
        XCTAssertEqual(try task(26, 1)["bodyIds"] as? [String], ["PTC", "API/PNR CC"])
        // Task 8.2 names no body.
        XCTAssertEqual(try task(8, 2)["bodyIds"] as? [String], [])
        // Topic 19's second indicator names its own bodies.
        let indicators = try XCTUnwrap(try task(19, 1)["indicators"] as? [[String: Any]])
        XCTAssertEqual(indicators[1]["bodyIds"] as? [String], ["PTC", "TFAWG"])
        XCTAssertEqual(indicators[0]["bodyIds"] as? [String], [])

        // Without a registry the field is absent, and both forms match the shipped schema.
        XCTAssertFalse(try ProgrammeJSON.encode(programme).contains("bodyIds"))
        let folder = try Repository.temporaryFolder()
        let document = folder.appendingPathComponent("seed.json")
        try text.write(to: document, atomically: true, encoding: .utf8)
        let schema = Repository.path("Sources/WPCSources/Schema/work-programme.schema.json")
        let result = try CommandRunner.run("/usr/bin/env", ["python3", "-c", """
            import json, sys, jsonschema
            jsonschema.Draft7Validator(json.load(open(sys.argv[1]))).validate(json.load(open(sys.argv[2])))
            """, schema, document.path])
        XCTAssertEqual(result.status, 0, result.stderr)
    }
}
