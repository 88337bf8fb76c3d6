import WPCModel
import XCTest

/// The byte validator agrees with the standard library's on every input,
/// and names the first byte that is not part of a well-formed sequence.
final class UTF8ValidationTests: XCTestCase {
    private func firstInvalid(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { UTF8Text.firstInvalidUTF8($0) }
    }

    func testTheBoundariesOfTable3_7() {
        let valid: [[UInt8]] = [[0x7F], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
                                [0xEE, 0x80, 0x80], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF]]
        let invalid: [[UInt8]] = [[0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
                                  [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
                                  [0xE2, 0x82], [0xFF]]
        for sequence in valid { XCTAssertNil(firstInvalid(Array("abcdefgh".utf8) + sequence + Array("ijklmnop".utf8)), "\(sequence)") }
        for sequence in invalid { XCTAssertEqual(firstInvalid(Array("abcdefgh".utf8) + sequence + [0x41]), 8, "\(sequence)") }
    }

    func testAgreesWithTheStandardLibraryOnRandomBytes() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [Array("plain ascii text ".utf8), Array("é–ü€𝄞".utf8), [0x80], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90]]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                bytes += Int.random(in: 0..<4, using: &generator) == 0
                    ? [UInt8.random(in: 0...255, using: &generator)]
                    : pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
            let found = firstInvalid(bytes)
            XCTAssertEqual(found == nil, String(validating: bytes, as: UTF8.self) != nil, "\(bytes)")
            if let found {
                XCTAssertNotNil(String(validating: bytes[..<found], as: UTF8.self), "everything before \(found) is valid: \(bytes)")
            }
        }
    }
}
