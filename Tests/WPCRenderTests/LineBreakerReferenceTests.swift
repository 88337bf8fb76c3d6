import WPCRender
import WPCSynthetic
import WPCTestSupport
import XCTest

/// The byte-level line breaker against the Character-level one it replaced:
/// the same lines, joins and counts on random text, so pages break where
/// they always did.
final class LineBreakerReferenceTests: XCTestCase {
    private static let pieces = [
        "a", "word", "Customs", "SAFE", "WG", "1.", "(cont.)", "e-commerce", "–", "é", "ü", "ß", "’", "¹", "²", "中", "文",
        " ", " ", " ", "  ", "\t", "\r", "\n", "\r\n", "\n\n", " \u{301}", "e\u{301}", "\u{301}", "\u{903}", " \u{903}", "\u{200D}",
        " \u{200D}", "👍", "👍\u{1F3FB}", " \u{1F3FB}", "\u{600} ", "\u{600}", "\u{0E33}", " \u{0E33}", "\u{1038}", " \u{1038}",
        "Supercalifragilisticexpialidocious", "https://www.wcoomd.org/en/topics/facilitation/instrument-and-tools.aspx",
        String(repeating: "x", count: 70),
    ]

    func testRandomTextBreaksAsTheCharacterBreakerBrokeIt() {
        var random = SeededRandom(seed: 5)
        let count = Int(ProcessInfo.processInfo.environment["WPC_LINEBREAK_CASES"] ?? "") ?? 20_000
        for index in 0..<count {
            let text = (0..<Int.random(in: 0...14, using: &random)).map { _ in Self.pieces.randomElement(using: &random) ?? "" }.joined()
            let face = [FontFace.regular, .bold, .italic].randomElement(using: &random) ?? .regular
            let style = TextStyle(face: face, size: Double(Int.random(in: 8...13, using: &random)), lineHeight: 12)
            let width = Double.random(in: 4...260, using: &random)
            let reference = ReferenceLineBreaker(style: style, width: width).lines(text)
            let breaker = LineBreaker(style: style, width: width)
            let lines = breaker.lines(text)
            guard lines == reference else {
                return XCTFail("case \(index) width \(width): \(text.debugDescription)\nnew: \(lines)\nold: \(reference)")
            }
            let measure = breaker.measure(text)
            XCTAssertEqual(measure.lineCount, reference.count, "case \(index): \(text.debugDescription)")
            XCTAssertEqual(measure.isNormal ? text : LineBreaker.normalized(text), reference.joinedText, "case \(index): \(text.debugDescription)")
        }
    }

    /// A cell split across pages: each piece rejoins to the lines it takes,
    /// and the rest, split again, goes on where the Character breaker's lines went.
    func testSplittingACellGivesTheLinesOfTheCharacterBreaker() {
        var random = SeededRandom(seed: 9)
        for index in 0..<3_000 {
            let text = (0..<Int.random(in: 1...40, using: &random)).map { _ in Self.pieces.randomElement(using: &random) ?? "" }.joined()
            let style = TextStyle(face: .regular, size: 10, lineHeight: 12)
            let width = Double.random(in: 20...200, using: &random)
            let breaker = LineBreaker(style: style, width: width)
            var rest = ReferenceLineBreaker(style: style, width: width).lines(text)
            var cell = CellLines(text, breaker: breaker)
            XCTAssertEqual(cell.count, rest.count)
            while cell.count > 1 {
                let at = Int.random(in: 1..<cell.count, using: &random)
                let (head, tail) = cell.split(at: at, breaker: breaker)
                XCTAssertEqual(head.joinedText, Array(rest.prefix(at)).joinedText, "case \(index): \(text.debugDescription)")
                XCTAssertEqual(head.count, at)
                rest = Array(rest.dropFirst(at))
                XCTAssertEqual(tail.count, rest.count, "case \(index): \(text.debugDescription)")
                XCTAssertEqual(tail.joinedText, rest.joinedText, "case \(index): \(text.debugDescription)")
                guard tail.count == rest.count else { return }
                cell = tail
            }
        }
    }

    func testWidthsComeFromTheFlatTableAndTheFallback() {
        let regular = FontFace.regular.metrics
        for text in ["Customs ¹²³ – é", "中文", "a\u{301}b", "\t\n\r", "👍", "\u{600}x"] {
            XCTAssertEqual(regular.width(of: text, size: 10), regular.referenceWidth(of: text, size: 10), text)
        }
        XCTAssertEqual(regular.advance(of: "\u{301}"), 0, "a combining mark takes no room")
        XCTAssertEqual(regular.advance(of: "\t"), regular.advance(of: " "))
    }
}
