import Foundation
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest
import ZIPFoundation

/// The package is never trusted: sizes are counted as parts unpack, names
/// are checked, and a package that contradicts itself is refused.
final class DocxPackageLimitTests: XCTestCase {
    /// `data` with the uncompressed size its directory and local header declare for `name` set to `size`.
    private func declaring(_ size: UInt32, for name: String, in data: Data) throws -> Data {
        var bytes = [UInt8](data)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func set(_ at: Int) { for index in 0..<4 { bytes[at + index] = UInt8((size >> (8 * UInt32(index))) & 0xFF) } }
        let end = try XCTUnwrap((0...(bytes.count - 22)).last { u32($0) == 0x0605_4B50 })
        var position = u32(end + 16)
        var found = false
        for _ in 0..<u16(end + 10) {
            let nameLength = u16(position + 28)
            if String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self) == name {
                set(position + 24)
                set(u32(position + 42) + 22)
                found = true
            }
            position += 46 + nameLength + u16(position + 30) + u16(position + 32)
        }
        XCTAssertTrue(found)
        return Data(bytes)
    }

    private func error(_ data: Data, options: ReadOptions = ReadOptions()) -> SourceError? {
        do {
            _ = try SourceReader.read(data, path: "draft.docx", options: options)
            return nil
        } catch {
            return error
        }
    }

    private func document(_ bytes: Data) throws -> Data {
        let annex = WordDocument(body: WordDocument.table([WordDocument.headingRow()]))
        let archive = try Archive(data: try annex.data(), accessMode: .read)
        var parts: [(String, Data)] = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts.append((entry.path, entry.path == "word/document.xml" ? bytes : data))
        }
        return try WordDocument.zip(parts)
    }

    func testTheRunningCountStopsAPartThatLiesAboutItsSize() throws {
        // 3 MB that the archive says is 1,000 bytes; the limit is 2 MB, the ratio check off.
        let lying = try declaring(1_000, for: "word/document.xml", in: document(Data(count: 3 * 1024 * 1024)))
        let refused = error(lying, options: ReadOptions(partSizeLimit: 2 * 1024 * 1024, compressionRatioLimit: 1_000_000))
        XCTAssertEqual(refused?.message, "the part word/document.xml unpacks to more than 2 MB, the limit for one part: refused (a ZIP bomb?)")
        XCTAssertEqual(refused?.description, "draft.docx: error: the part word/document.xml unpacks to more than 2 MB, the limit for one part: refused (a ZIP bomb?)")
    }

    func testASizeThatDoesNotMatchTheDataIsDamage() throws {
        let lying = try declaring(10, for: "word/document.xml", in: document(Data("<w:document/>".utf8 + Data(count: 100))))
        XCTAssertEqual(error(lying)?.message, "the part word/document.xml is damaged: it unpacks to 113 bytes where the archive says 10")
    }

    func testTwoEntriesWithOneNameAreRefused() {
        let archive = HandMadeZIP.archive([HandMadeZIP.Entry(name: "[Content_Types].xml", data: Data("<a/>".utf8)),
                                           HandMadeZIP.Entry(name: "[Content_Types].xml", data: Data("<b/>".utf8))])
        XCTAssertEqual(error(archive)?.message, "the ZIP archive holds two entries named \"[Content_Types].xml\"; refused, as it is unclear which one counts")
    }

    func testAnEncryptedEntryIsRefused() throws {
        var entries = [HandMadeZIP.Entry(name: "[Content_Types].xml", data: Data("<Types/>".utf8), flags: 1)]
        entries.append(HandMadeZIP.Entry(name: "word/document.xml", data: Data("<x/>".utf8)))
        XCTAssertEqual(error(HandMadeZIP.archive(entries))?.message, "the part [Content_Types].xml is encrypted with a ZIP password; wpc cannot read it")
    }
}

/// The entry point a fuzz harness calls: any bytes give a result or an error.
final class ReaderEntryPointTests: XCTestCase {
    func testBytesOfEveryKindGiveAResultOrAnError() throws {
        let word = try WordDocument(body: WordDocument.table([WordDocument.headingRow(),
                                                             WordDocument.dataRow(["1.", "T", "Task", "SG", "M", "PTC", "I", "2020", nil])])).data()
        let inputs: [Data] = [word, word.prefix(200), Data(), Data([0x50, 0x4B, 0x03, 0x04]), Data("<x/>".utf8),
                              Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])]
        let outcomes = inputs.map { data in data.withUnsafeBytes { SourceReader.result(of: $0, path: "fuzz.bin") } }
        guard case .success(let read) = outcomes[0] else { return XCTFail("the Word document reads") }
        XCTAssertEqual(read.programme.topics.count, 1)
        for outcome in outcomes.dropFirst() {
            guard case .failure(let error) = outcome else { return XCTFail("\(outcome)") }
            XCTAssertEqual(error.location.file, "fuzz.bin")
            XCTAssertFalse(error.description.contains("\n"))
        }
    }
}
