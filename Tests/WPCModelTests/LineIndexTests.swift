import WPCModel
import XCTest

final class LineIndexTests: XCTestCase {
    func testEveryKindOfLineEndEndsALine() {
        for end in ["\n", "\r\n", "\r"] {
            let index = LineIndex(["first", "second", "", "fourth"].joined(separator: end))
            XCTAssertEqual(index.count, 4, end.debugDescription)
            XCTAssertEqual(index.allLines, ["first", "second", "", "fourth"], end.debugDescription)
        }
    }

    func testMixedLineEndsAndAFinalLineEnd() {
        let index = LineIndex("a\r\nb\rc\nd\r\n")
        XCTAssertEqual(index.allLines, ["a", "b", "c", "d", ""])
        XCTAssertEqual(index.line(containing: 0), 1)
        XCTAssertEqual(index.line(containing: 2), 1, "a line's terminator belongs to it")
        XCTAssertEqual(index.line(containing: 3), 2)
        XCTAssertEqual(index.start(ofLine: 3), 5)
        XCTAssertNil(index.line(6))
    }

    func testCharacterAndByteColumnsConvertBothWays() {
        let text = "x\n" + String(repeating: "é", count: 600) + "end"
        let index = LineIndex(text)
        // 600 two-byte characters, then "end": byte column 1201 is character 601.
        XCTAssertEqual(index.characterColumn(line: 2, byteColumn: 1201), 601)
        XCTAssertEqual(index.byteColumn(line: 2, characterColumn: 601), 1201)
        XCTAssertEqual(index.byteColumn(line: 2, characterColumn: 300), 599)
        XCTAssertEqual(index.characterCount(ofLine: 2), 603)
        XCTAssertEqual(index.characterColumn(line: 1, byteColumn: 1), 1)
        XCTAssertEqual(index.characterColumn(line: 2, byteColumn: 0), 0, "an unknown column stays unknown")
    }

    func testJoiningLinesUsesTheSameSplitter() {
        XCTAssertEqual(LineIndex.joinLines(of: "a\r\nb\rc", with: " "), "a b c")
        XCTAssertEqual(LineIndex.joinLines(of: "one line", with: " "), "one line")
    }

    func testWhiteSpaceOverBytesMatchesCharacterWhiteSpace() {
        let spaces: [Character] = [" ", "\t", "\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200A}",
                                   "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}"]
        let others: [Character] = ["a", "é", "€", "\u{200B}", "\u{2070}", "¹", "😀", "\u{2011}"]
        for character in spaces + others {
            let text = String(character)
            let length = UTF8Text.withBytes(of: text) { UTF8Text.whitespaceLength($0, at: 0) }
            XCTAssertEqual(length > 0, character.isWhitespace, text.unicodeScalars.map { String($0.value, radix: 16) }.joined())
            if character.isWhitespace { XCTAssertEqual(length, text.utf8.count) }
        }
        XCTAssertEqual(UTF8Text.trimming("\u{A0} a b\u{3000}\n"), "a b")
        XCTAssertEqual(TextWord.split(" é\u{2003}b ").map(\.text), ["é", "b"])
        XCTAssertEqual(TextWord.split(" é\u{2003}b ").map(\.offset), [1, 6])
    }
}
