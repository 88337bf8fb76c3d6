import Foundation
@testable import WPCModel
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

    func testALargeTextIndexedInSegmentsReadsAsOneScan() {
        // Over a megabyte, so that the index is made in segments: every kind
        // of line end, lines of every length, ASCII and not.
        var generator = SystemRandomNumberGenerator()
        var lines: [String] = []
        var ends: [String] = []
        var bytes = 0
        while bytes < 3 * LineIndex.segmentedFrom {
            let length = Int.random(in: 0...120, using: &generator)
            let line = String((0..<length).map { _ in ["a", "é", "€", "𝄞", " "].randomElement(using: &generator)! })
            // A lone "\r", then an empty line ended by "\n", would be one "\r\n".
            let afterLoneReturn = line.isEmpty && ends.last == "\r"
            let end = (afterLoneReturn ? ["\r\n", "\r"] : ["\n", "\r\n", "\r"]).randomElement(using: &generator)!
            lines.append(line)
            ends.append(end)
            bytes += line.utf8.count + end.utf8.count
        }
        let text = zip(lines, ends).map { $0 + $1 }.joined()
        let index = LineIndex(text)
        let segments = Array(text.utf8).withUnsafeBufferPointer { LineIndex.segments(of: $0) }
        if ProcessInfo.processInfo.activeProcessorCount > 1 { XCTAssertGreaterThan(segments.count, 1, "made in segments") }
        XCTAssertEqual(index.count, lines.count + 1, "the text ends with a line end")
        var offset = 0
        for (number, (line, end)) in zip(lines, ends).enumerated() {
            let range = index.range(ofLine: number + 1)
            XCTAssertEqual(range, offset..<(offset + line.utf8.count), "line \(number + 1)")
            XCTAssertEqual(index.characterCount(ofLine: number + 1), line.unicodeScalars.count, "line \(number + 1)")
            if line.unicodeScalars.count > 1 {
                let scalars = Array(line.unicodeScalars)
                let column = scalars.count / 2
                let byteColumn = String(String.UnicodeScalarView(scalars[..<column])).utf8.count + 1
                XCTAssertEqual(index.characterColumn(line: number + 1, byteColumn: byteColumn), column + 1, "line \(number + 1)")
                XCTAssertEqual(index.byteColumn(line: number + 1, characterColumn: column + 1), byteColumn, "line \(number + 1)")
            }
            offset += line.utf8.count + end.utf8.count
        }
    }

    func testSegmentsStartJustPastALineFeed() {
        let text = Array((String(repeating: "abc\r\n", count: 400_000) + "tail").utf8)
        let segments = text.withUnsafeBufferPointer { LineIndex.segments(of: $0) }
        XCTAssertEqual(segments.first?.lowerBound, 0)
        XCTAssertEqual(segments.last?.upperBound, text.count)
        for (before, after) in zip(segments, segments.dropFirst()) {
            XCTAssertEqual(before.upperBound, after.lowerBound)
            XCTAssertEqual(text[after.lowerBound - 1], 0x0A, "a segment starts past a line feed")
        }
        let unsplittable = Array(String(repeating: "x\r", count: 1_000_000).utf8)
        XCTAssertEqual(unsplittable.withUnsafeBufferPointer { LineIndex.segments(of: $0) }, [0..<unsplittable.count],
                       "no line feed: one segment")
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
