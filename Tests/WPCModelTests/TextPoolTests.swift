import WPCModel
import XCTest

final class TextPoolTests: XCTestCase {
    func testEqualTextsShareOneStringAndKeepTheirOrigins() {
        var pool = TextPool()
        let first = pool.shared(WrittenText(String("On hold pending Members' input"), origin: Origin(line: 3, byteColumn: 9)))
        // Made apart, so that the two strings start out in storage of their own.
        let second = pool.shared(WrittenText(["On hold pending", "Members' input"].joined(separator: " "), origin: Origin(line: 40, byteColumn: 2)))
        XCTAssertEqual(first.text, second.text)
        XCTAssertEqual(storage(of: first.text), storage(of: second.text))
        XCTAssertEqual(first.origin, Origin(line: 3, byteColumn: 9))
        XCTAssertEqual(second.origin, Origin(line: 40, byteColumn: 2))
    }

    func testDifferentTextsStayApart() {
        var pool = TextPool()
        let one = pool.shared(WrittenText("PTC Working Group on E-Commerce"))
        let other = pool.shared(WrittenText("PTC Working Group on Performance"))
        XCTAssertEqual(one.text, "PTC Working Group on E-Commerce")
        XCTAssertEqual(other.text, "PTC Working Group on Performance")
        XCTAssertNotEqual(storage(of: one.text), storage(of: other.text))
    }

    func testAppendingToASharedTextLeavesTheOtherAsItWas() {
        var pool = TextPool()
        let kept = pool.shared(WrittenText("Annual updates produced", origin: Origin(line: 1, byteColumn: 1)))
        var grown = pool.shared(WrittenText("Annual updates produced", origin: Origin(line: 2, byteColumn: 1)))
        grown.append(WrittenText("and presented", origin: Origin(line: 3, byteColumn: 1)))
        XCTAssertEqual(grown.text, "Annual updates produced and presented")
        XCTAssertEqual(kept.text, "Annual updates produced")
    }

    private func storage(of text: String) -> UnsafePointer<UInt8>? {
        text.utf8.withContiguousStorageIfAvailable { $0.baseAddress }!
    }
}
