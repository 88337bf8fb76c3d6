import Foundation
@testable import WPCModel
import XCTest

/// An index whose text's bytes were let go answers every question about
/// lines and columns as it did with them, and reads lines again only when
/// they are the lines that were read.
final class LineIndexReleaseTests: XCTestCase {
    /// A text of `count` lines of every kind of line end and every width of
    /// scalar, from a fixed seed.
    private func text(lines count: Int, seed: UInt64) -> String {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let pieces = ["a", "b", " ", "\t", "é", "€", "𝄞", "word "]
        var text = ""
        var lastEnd = ""
        for _ in 0..<count {
            let line = (0..<next(90)).map { _ in pieces[next(pieces.count)] }.joined()
            // A lone "\r" before an empty line ended by "\n" would be one "\r\n".
            let ends = line.isEmpty && lastEnd == "\r" ? ["\r\n", "\r"] : ["\n", "\r\n", "\r"]
            lastEnd = ends[next(ends.count)]
            text += line + lastEnd
        }
        return text + "last line, no end é"
    }

    func testAnIndexWithoutItsTextLocatesAsTheIndexWithIt() {
        for seed: UInt64 in [1, 2, 3] {
            let source = text(lines: 4_000, seed: seed)
            let kept = LineIndex(source)
            // Its own copy of the bytes: letting them go must not touch the kept index's.
            let released = TextRelease(of: LineIndex(source), fileOffset: 0).finish()
            XCTAssertFalse(released.hasText)
            XCTAssertTrue(released.bytes.isEmpty)
            XCTAssertEqual(released.byteCount, kept.byteCount)
            XCTAssertEqual(released.count, kept.count)
            XCTAssertNil(released.line(1))
            for number in 1...kept.count {
                XCTAssertEqual(released.range(ofLine: number), kept.range(ofLine: number), "line \(number)")
                XCTAssertEqual(released.characterCount(ofLine: number), kept.characterCount(ofLine: number), "line \(number)")
                let length = kept.range(ofLine: number)?.count ?? 0
                for byteColumn in Set([1, length / 3 + 1, length / 2 + 1, length + 1]) {
                    XCTAssertEqual(released.characterColumn(line: number, byteColumn: byteColumn),
                                   kept.characterColumn(line: number, byteColumn: byteColumn), "line \(number), byte \(byteColumn)")
                }
            }
            for offset in stride(from: 0, to: kept.byteCount, by: 97) {
                XCTAssertEqual(released.line(containing: offset), kept.line(containing: offset))
            }
        }
    }

    func testColumnsCountScalarsWithoutTheBytes() {
        // Every chunk of 256 bytes holds scalars of 1 to 4 bytes, some cut at the chunk's edge.
        let line = String(repeating: "aé€𝄞", count: 200)
        let released = TextRelease(of: LineIndex("x\r\n" + line), fileOffset: 0).finish()
        var byteColumn = 1
        for (index, scalar) in line.unicodeScalars.enumerated() {
            XCTAssertEqual(released.characterColumn(line: 2, byteColumn: byteColumn), index + 1, "byte \(byteColumn)")
            byteColumn += String(scalar).utf8.count
        }
        XCTAssertEqual(released.characterCount(ofLine: 2), 800)
        XCTAssertEqual(released.range(ofLine: 1), 0..<1, "the \\r\\n is no part of the line")
    }

    func testLinesAreReadAgainOnlyWhenTheyAreTheLinesRead() throws {
        let source = text(lines: 3_000, seed: 9)
        let bytes = Array(source.utf8)
        let kept = LineIndex(source)
        var release = TextRelease(of: LineIndex(source), fileOffset: 5)
        release.release(linesBefore: 1_000)
        let released = release.finish()
        let wanted = [1, 2, 999, 1_000, 1_001, 2_500, kept.count]
        var reads: [Range<Int>] = []
        // The file holds five bytes before the text.
        let file = Array("12345".utf8) + bytes
        let again = try XCTUnwrap(released.restoring(lines: wanted) { range in
            reads.append(range)
            return Array(file[(range.lowerBound + 5)..<(range.upperBound + 5)])
        })
        XCTAssertEqual(again.count, kept.count)
        for number in 1...kept.count {
            XCTAssertEqual(again.line(number), wanted.contains(number) ? kept.line(number) : "", "line \(number)")
        }
        XCTAssertLessThan(reads.count, wanted.count, "lines near each other are read together")

        // A byte changed on disk in a line wanted: nothing is shown as read.
        let changedLine = 2_500
        let changedRange = try XCTUnwrap(kept.range(ofLine: changedLine))
        XCTAssertFalse(changedRange.isEmpty)
        var changed = bytes
        changed[changedRange.lowerBound] ^= 0x01
        XCTAssertNil(released.restoring(lines: [changedLine]) { Array(changed[$0]) })
        XCTAssertNotNil(released.restoring(lines: [1]) { Array(changed[$0]) }, "a line not changed still reads")
        // A file cut short.
        XCTAssertNil(released.restoring(lines: [kept.count]) { Array(bytes[$0].dropLast()) })
        XCTAssertNil(released.restoring(lines: [1]) { _ in nil })
    }

    func testEveryLineOfALargeTextIsReadAgainAMegabyteAtMostAtATime() throws {
        let source = text(lines: 60_000, seed: 4)
        let bytes = Array(source.utf8)
        XCTAssertGreaterThan(bytes.count, 3 << 20)
        let kept = LineIndex(source)
        let released = TextRelease(of: LineIndex(source), fileOffset: 0).finish()
        var largest = 0
        let again = try XCTUnwrap(released.restoring(lines: 1...kept.count) { range in
            largest = max(largest, range.count)
            return Array(bytes[range])
        })
        XCTAssertEqual(again.allLines, kept.allLines)
        XCTAssertLessThanOrEqual(largest, 1 << 20)
    }
}
