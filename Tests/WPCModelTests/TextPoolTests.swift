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

    func testTextsEqualOnlyAsSwiftStringsKeepTheirOwnBytes() {
        var pool = TextPool()
        let composed = pool.shared(WrittenText("Comit\u{E9} de gestion du SH"))
        let decomposed = pool.shared(WrittenText("Comite\u{301} de gestion du SH"))
        XCTAssertEqual(composed.text, decomposed.text, "Swift calls them equal")
        XCTAssertEqual(Array(decomposed.text.utf8), Array("Comite\u{301} de gestion du SH".utf8))
        XCTAssertEqual(Array(composed.text.utf8), Array("Comit\u{E9} de gestion du SH".utf8))
    }

    func testATimelineReadAgainSharesItsTextButNotAnotherWritingOfIt() {
        var cache = TimelineCache()
        let first = cache.timeline(WrittenText(String("December 2020 (r\u{E9}vision)"), origin: Origin(line: 1, byteColumn: 1)))
        let again = cache.timeline(WrittenText(["December 2020", "(r\u{E9}vision)"].joined(separator: " "), origin: Origin(line: 9, byteColumn: 4)))
        XCTAssertEqual(storage(of: first.raw.text), storage(of: again.raw.text))
        XCTAssertEqual(again.raw.origin, Origin(line: 9, byteColumn: 4))
        let decomposed = cache.timeline(WrittenText("December 2020 (re\u{301}vision)"))
        XCTAssertEqual(Array(decomposed.raw.text.utf8), Array("December 2020 (re\u{301}vision)".utf8))
        XCTAssertEqual(decomposed.milestones, TimelineParser.parse("December 2020 (re\u{301}vision)"))
    }

    private func storage(of text: String) -> UnsafePointer<UInt8>? {
        text.utf8.withContiguousStorageIfAvailable { $0.baseAddress }!
    }
}
