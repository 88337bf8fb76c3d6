import WPCChecks
import WPCModel
import XCTest

final class TaskTypeRuleTests: XCTestCase {
    private func row(type: String?) -> Fixture.Row {
        var row = Fixture.Row()
        row.type = type
        return row
    }

    func testEmptyTypeIsMissing() {
        let found = Fixture.run(MissingTaskTypeRule(), Fixture.programme(row: row(type: "")))
        XCTAssertEqual(found.map(\.rule), ["type.missing"])
        XCTAssertEqual(found.first?.location?.line, 5)
        XCTAssertEqual(found.first?.help, "write the type of task: M (Maintenance), A (Advanced)")
    }

    func testAbsentTypeIsMissing() {
        XCTAssertEqual(Fixture.run(MissingTaskTypeRule(), Fixture.programme(row: row(type: nil))).map(\.rule), ["type.missing"])
    }

    func testGivenTypeIsNotMissing() {
        XCTAssertEqual(Fixture.run(MissingTaskTypeRule(), Fixture.programme(row: row(type: "A"))), [])
    }

    func testUndefinedTypeIsAnError() {
        let found = Fixture.run(UnknownTaskTypeRule(), Fixture.programme(row: row(type: "X")))
        XCTAssertEqual(found.map(\.message), ["task type 'X' is not defined"])
        XCTAssertEqual(found.first?.severity, .error)
        XCTAssertEqual(found.first?.help, "the defined types are M (Maintenance), A (Advanced)")
    }

    func testLowerCaseCodeIsUnknownWithTheFix() {
        XCTAssertEqual(Fixture.run(UnknownTaskTypeRule(), Fixture.programme(row: row(type: "m"))).first?.help, "write 'M'")
    }

    func testDefinedTypesAndLongFormsAreNotUnknown() {
        XCTAssertEqual(Fixture.run(UnknownTaskTypeRule(), Fixture.programme(row: row(type: "M"))), [])
        XCTAssertEqual(Fixture.run(UnknownTaskTypeRule(), Fixture.programme(row: row(type: "Advanced"))), [])
    }

    func testLongFormSuggestsTheCode() {
        let row = row(type: "Advanced")
        let found = Fixture.run(LongFormTaskTypeRule(), Fixture.programme(row: row))
        XCTAssertEqual(found.map(\.rule), ["type.long-form"])
        XCTAssertEqual(found.first?.severity, .warning)
        XCTAssertEqual(found.first?.help, "write 'A'")
        XCTAssertEqual(found.first?.location?.column, row.column(4))
        XCTAssertEqual(found.first?.length, 8)
    }

    func testCodeIsNotALongForm() {
        XCTAssertEqual(Fixture.run(LongFormTaskTypeRule(), Fixture.programme(row: row(type: "A"))), [])
    }
}
