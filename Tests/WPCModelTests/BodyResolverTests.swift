import WPCModel
import XCTest

final class BodyResolverTests: XCTestCase {
    private let registry = BodyRegistry(bodies: [
        ResponsibleBody(id: "PTC", name: "Permanent Technical Committee"),
        ResponsibleBody(id: "PC", name: "Policy Commission"),
        ResponsibleBody(id: "IMSC", name: "Information Management Sub-Committee"),
        ResponsibleBody(id: "DMPT", name: "Data Model Project Team"),
        ResponsibleBody(id: "API/PNR CC", name: "WCO/IATA/ICAO API/PNR Contact Committee",
                        aliases: ["WCO/IATA/ICAO API/PNR Contact Committee (including Members' only meeting)", "API/PNR"]),
        ResponsibleBody(id: "SWG", name: "SAFE Working Group", aliases: ["SAFE WG"]),
    ])

    func testLongestSpellingWinsAndAbbreviationInBracketsCountsOnce() {
        let resolver = BodyResolver(registry: registry)
        XCTAssertEqual(resolver.resolve("PTC IMSC Data Model Project Team (DMPT)").bodyIDs, ["PTC", "IMSC", "DMPT"])
        let api = resolver.resolve("PTC WCO/IATA/ICAO API/PNR Contact Committee (including Members' only meeting)")
        XCTAssertEqual(api.bodyIDs, ["PTC", "API/PNR CC"])
        XCTAssertEqual(api.leftovers, [])
    }

    func testSeparatorsAndCase() {
        let resolver = BodyResolver(registry: registry)
        XCTAssertEqual(resolver.resolve("ptc/pc, safe   wg").bodyIDs, ["PTC", "PC", "SWG"])
    }

    func testLeftoverTextIsReportedWithItsOffset() {
        let resolution = BodyResolver(registry: registry).resolve("PTC, PC, Audit Board etc.")
        XCTAssertEqual(resolution.bodyIDs, ["PTC", "PC"])
        XCTAssertEqual(resolution.leftovers.map(\.text), ["Audit Board etc."])
        XCTAssertEqual(resolution.leftovers.first?.offset, 9)
    }

    func testNearestNamesForAnUnknownBody() {
        XCTAssertEqual(registry.nearest(to: "IMCS", limit: 1).map(\.id), ["IMSC"])
        XCTAssertEqual(registry.body(named: "safe wg")?.id, "SWG")
        XCTAssertNil(registry.body(named: "SAFE"))
    }
}
