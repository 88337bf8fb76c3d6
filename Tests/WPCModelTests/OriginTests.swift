import WPCModel
import XCTest

final class OriginTests: XCTestCase {
    func testJoinedTextMapsOffsetsBackToEachFragment() {
        let first = WrittenText("Update the", origin: Origin(SourceLocation(file: "a.txt", line: 230, column: 18)))
        let second = WrittenText("Compendium on", origin: Origin(SourceLocation(file: "a.txt", line: 238, column: 3)))
        let joined = first.joined(with: second)
        XCTAssertEqual(joined.text, "Update the Compendium on")
        XCTAssertEqual(joined.origin.location(atOffset: 7), SourceLocation(file: "a.txt", line: 230, column: 25))
        XCTAssertEqual(joined.origin.location(atOffset: 11), SourceLocation(file: "a.txt", line: 238, column: 3))
        XCTAssertEqual(joined.origin.location(atOffset: 22), SourceLocation(file: "a.txt", line: 238, column: 14))
    }

    func testOriginsDoNotTakePartInEquality() {
        let a = WrittenText("PTC", origin: Origin(SourceLocation(file: "a.txt", line: 1, column: 1)))
        let b = WrittenText("PTC", origin: Origin(SourceLocation(file: "b.xml", line: 9, column: 0)))
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a, WrittenText("PTC,"))
    }

    func testPlanCodesKeepTheirOwnColumns() {
        let cell = WrittenText("SG SO1  SP6", origin: Origin(SourceLocation(file: "a.txt", line: 4, column: 10)))
        let codes = PlanCodeReference.split(cell)
        XCTAssertEqual(codes.map(\.code), ["SG", "SO1", "SP6"])
        XCTAssertEqual(codes.map { $0.origin.location?.column }, [10, 13, 18])
    }

    func testPeriodAndTopicNumber() {
        XCTAssertEqual(Period.find(in: "Draft PTC Work Programme 2019-2022"), Period(firstYear: 2019, lastYear: 2022))
        XCTAssertNil(Period.find(in: "Work Programme"))
        XCTAssertEqual(Topic(numberAsWritten: "22.", title: "AEOs").number, 22)
        XCTAssertNil(Topic(numberAsWritten: "", title: "").number)
    }
}
