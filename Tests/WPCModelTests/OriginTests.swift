import WPCModel
import XCTest

final class OriginTests: XCTestCase {
    func testJoinedTextMapsOffsetsBackToEachFragment() {
        let first = WrittenText("Update the", origin: Origin(line: 230, byteColumn: 18))
        let second = WrittenText("Compendium on", origin: Origin(line: 238, byteColumn: 3))
        let joined = first.joined(with: second)
        XCTAssertEqual(joined.text, "Update the Compendium on")
        XCTAssertEqual(joined.origin.point(atOffset: 7), SourcePoint(line: 230, byteColumn: 25))
        XCTAssertEqual(joined.origin.point(atOffset: 11), SourcePoint(line: 238, byteColumn: 3))
        XCTAssertEqual(joined.origin.point(atOffset: 22), SourcePoint(line: 238, byteColumn: 14))
        XCTAssertEqual(joined.origin.fragmentEnd(after: 3), 11)
        XCTAssertNil(joined.origin.fragmentEnd(after: 11))
    }

    func testAppendingInPlaceKeepsEveryFragment() {
        var text = WrittenText("a", origin: Origin(line: 1, byteColumn: 1))
        for line in 2...5 { text.append(WrittenText("b", origin: Origin(line: line, byteColumn: 4))) }
        XCTAssertEqual(text.text, "a b b b b")
        XCTAssertEqual(text.origin.fragments.map(\.offset), [0, 2, 4, 6, 8])
        XCTAssertEqual(text.origin.fragments.map { Int($0.point.line) }, [1, 2, 3, 4, 5])
        var blank = WrittenText(" ")
        blank.append(WrittenText("x", origin: Origin(line: 9, byteColumn: 2)))
        XCTAssertEqual(blank.text, "x")
        XCTAssertEqual(blank.origin.point, SourcePoint(line: 9, byteColumn: 2))
    }

    func testDroppingAPrefixMovesEveryFragmentBack() {
        var cell = WrittenText("5.3 Update the", origin: Origin(line: 4, byteColumn: 10))
        cell.append(WrittenText("Compendium", origin: Origin(line: 7, byteColumn: 2)))
        let text = cell.dropping(4)
        XCTAssertEqual(text.text, "Update the Compendium")
        XCTAssertEqual(text.origin.point, SourcePoint(line: 4, byteColumn: 14), "the first kept byte's own point")
        XCTAssertEqual(text.origin.fragments.map(\.offset), [0, 11])
        XCTAssertEqual(text.origin.point(atOffset: 11), SourcePoint(line: 7, byteColumn: 2))
        let atBoundary = cell.dropping(15)
        XCTAssertEqual(atBoundary.text, "Compendium")
        XCTAssertEqual(atBoundary.origin.fragments.map(\.offset), [0], "a fragment that starts where the cut falls is the new head")
        XCTAssertEqual(atBoundary.origin.point, SourcePoint(line: 7, byteColumn: 2))
        XCTAssertFalse(WrittenText("5.3 x").dropping(4).origin.isKnown, "an unknown origin stays unknown")
    }

    func testOriginsDoNotTakePartInEquality() {
        let a = WrittenText("PTC", origin: Origin(line: 1, byteColumn: 1))
        let b = WrittenText("PTC", origin: Origin(line: 9, byteColumn: 0))
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a, WrittenText("PTC,"))
    }

    func testPlanCodesKeepTheirOwnPoints() {
        let cell = WrittenText("SG SO1  SP6", origin: Origin(line: 4, byteColumn: 10))
        let codes = PlanCodeReference.split(cell)
        XCTAssertEqual(codes.map(\.code), ["SG", "SO1", "SP6"])
        XCTAssertEqual(codes.map { $0.origin.point?.byteColumn }, [10, 13, 18])
    }

    func testLocatorCountsCharactersNotBytes() {
        // "Développer" has a two-byte é: the code after it is one byte further right than its character column.
        let text = "line one\nDévelopper\tSG SO1\n"
        let locator = SourceLocator(file: "a.txt", lines: LineIndex(text))
        let cell = WrittenText("SG SO1", origin: Origin(line: 2, byteColumn: 13))
        XCTAssertEqual(locator.location(of: cell, atOffset: 3), SourceLocation(file: "a.txt", line: 2, column: 15))
        XCTAssertEqual(locator.location(ofByte: 9), SourceLocation(file: "a.txt", line: 2, column: 1))
        XCTAssertEqual(SourceLocator(file: "b.txt").location(SourcePoint(line: 3, byteColumn: 7)), SourceLocation(file: "b.txt", line: 3, column: 7))
    }

    func testPeriodAndTopicNumber() {
        XCTAssertEqual(Period.find(in: "Draft PTC Work Programme 2019-2022"), Period(firstYear: 2019, lastYear: 2022))
        XCTAssertEqual(Period.find(in: "Programme 2019–2022"), Period(firstYear: 2019, lastYear: 2022))
        XCTAssertNil(Period.find(in: "Work Programme"))
        XCTAssertNil(Period.find(in: "Programme 2022-2019"))
        XCTAssertEqual(Topic(numberAsWritten: "22.", title: "AEOs").number, 22)
        XCTAssertNil(Topic(numberAsWritten: "", title: "").number)
    }

    func testAPeriodThatRunsBackwardsContainsNothing() {
        let backwards = Period(firstYear: 2022, lastYear: 2019)
        XCTAssertFalse(backwards.contains(2020))
        XCTAssertTrue(Period(firstYear: 2019, lastYear: 2022).contains(2022))
    }
}
