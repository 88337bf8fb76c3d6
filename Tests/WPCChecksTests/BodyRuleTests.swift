import WPCChecks
import WPCModel
import XCTest

final class BodyRuleTests: XCTestCase {
    private func row(bodies: String) -> Fixture.Row {
        var row = Fixture.Row()
        row.bodies = bodies
        return row
    }

    func testNameNotInTheRegistryIsAWarningWithTheNearestNames() {
        let row = row(bodies: "PTC WG on Performance Measurment")
        let found = Fixture.run(UnknownBodyRule(), Fixture.programme(row: row))
        XCTAssertEqual(found.map(\.message), ["unknown responsible body 'WG on Performance Measurment'"])
        XCTAssertEqual(found.first?.location?.column, row.column(5) + 4)
        XCTAssertEqual(found.first?.length, 28)
        XCTAssertEqual(found.first?.help?.hasPrefix("nearest known bodies: Working Group on Performance Measurement (WGPM)"), true)
    }

    func testKnownNamesAndAliasesPass() {
        let programme = Fixture.programme(row: row(bodies: "PTC, SAFE WG and Information Management Sub-Committee (IMSC)"))
        XCTAssertEqual(Fixture.run(UnknownBodyRule(), programme), [])
        XCTAssertEqual(Fixture.run(BodyLeftoverTextRule(), programme), [])
    }

    func testWordsThatNameNoBodyAreLeftover() {
        let row = row(bodies: "PTC, IMSC etc.")
        let found = Fixture.run(BodyLeftoverTextRule(), Fixture.programme(row: row))
        XCTAssertEqual(found.map(\.message), ["'etc.' in the responsible-body cell names no body"])
        XCTAssertEqual(found.first?.location?.column, row.column(5) + 10)
        XCTAssertEqual(Fixture.run(UnknownBodyRule(), Fixture.programme(row: row)), [], "'etc.' is not a body's name")
    }

    func testRemarkInBracketsIsLeftover() {
        let found = Fixture.run(BodyLeftoverTextRule(), Fixture.programme(row: row(bodies: "PTC (including Members' only meeting)")))
        XCTAssertEqual(found.map(\.rule), ["body.leftover-text"])
    }

    func testWithoutARegistryTheBodyRulesAreSilent() {
        let programme = Fixture.programme(row: row(bodies: "Nobody Known etc."))
        XCTAssertEqual(Fixture.run(UnknownBodyRule(), programme, registry: nil), [])
        XCTAssertEqual(Fixture.run(BodyLeftoverTextRule(), programme, registry: nil), [])
    }
}
