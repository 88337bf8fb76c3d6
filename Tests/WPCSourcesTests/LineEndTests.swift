import Foundation
import WPCChecks
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

/// Word on Windows writes `\r\n`, old Mac exports a lone `\r`: whatever the
/// line ends and the encoding Word saved in, an export reads to the very
/// programme the `\n` export gives, with the same findings at the same places.
final class LineEndTests: XCTestCase {
    private enum Encoding: String, CaseIterable {
        case utf8 = "UTF-8", utf8BOM = "UTF-8 with BOM", utf16LE = "UTF-16 LE", utf16BE = "UTF-16 BE", windows1252 = "Windows-1252"

        func bytes(_ text: String) throws -> Data {
            switch self {
            case .utf8: return Data(text.utf8)
            case .utf8BOM: return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
            case .utf16LE: return Data([0xFF, 0xFE]) + (text.data(using: .utf16LittleEndian) ?? Data())
            case .utf16BE: return Data([0xFE, 0xFF]) + (text.data(using: .utf16BigEndian) ?? Data())
            case .windows1252: return try XCTUnwrap(text.data(using: .windowsCP1252))
            }
        }
    }

    /// The seed as a code page can hold it: it has ¹ ² ³ but not ⁴–⁷, which Word writes as "?".
    private func representable(_ text: String, in encoding: Encoding) -> String {
        guard encoding == .windows1252 else { return text }
        var narrow = text
        for mark in ["⁴", "⁵", "⁶", "⁷"] { narrow = narrow.replacingOccurrences(of: mark, with: "?") }
        return narrow
    }

    private func withLineEnds(_ text: String, _ end: String) -> String {
        LineIndex(text).allLines.joined(separator: end)
    }

    /// Rule, line, column and length of each finding, the file left out.
    private func findings(_ result: ReadResult, registry: BodyRegistry) -> [String] {
        (result.diagnostics + CheckRunner().check(result.programme, registry: registry, locator: result.locator))
            .sortedByLocation()
            .map { "\($0.rule) \($0.location?.line ?? 0):\($0.location?.column ?? 0)+\($0.length) \($0.message)" }
    }

    func testTheSeedReadsAlikeWithEveryLineEndInEveryEncoding() throws {
        let seed = try String(contentsOfFile: Repository.seedText, encoding: .utf8)
        let registry = try BodyRegistryReader.read(path: Repository.bodies)
        let folder = try Repository.temporaryFolder()
        for encoding in Encoding.allCases {
            let text = representable(seed, in: encoding)
            let reference = try SourceReader.read(SourceText(path: "lf.txt", text: text))
            XCTAssertEqual(reference.programme.topics.count, 31, encoding.rawValue)
            for (name, end) in [("CRLF", "\r\n"), ("CR", "\r"), ("LF", "\n")] {
                let file = folder.appendingPathComponent("\(name)-\(encoding).txt")
                try encoding.bytes(withLineEnds(text, end)).write(to: file)
                let result = try SourceReader.read(path: file.path)
                XCTAssertEqual(result.programme, reference.programme, "\(name) in \(encoding.rawValue)")
                let expected = findings(reference, registry: registry)
                let found = findings(result, registry: registry).filter { !$0.hasPrefix("annex.encoding") }
                XCTAssertEqual(found, expected, "\(name) in \(encoding.rawValue)")
            }
        }
    }

    func testRepaginatedExportsReadBackWithWindowsLineEnds() throws {
        let programme = try SourceReader.read(path: Repository.seedText).programme
        for seed in UInt64(1)...12 {
            let text = withLineEnds(AnnexExportGenerator().export(programme, options: .init(seed: seed)), "\r\n")
            XCTAssertTrue(text.utf8.contains(0x0D))
            let result = try AnnexTextReader().read(SourceText(path: "variant-\(seed).txt", text: text))
            XCTAssertEqual(result.programme, programme, "variant \(seed) with CRLF")
            let utf16 = try SourceText.decode(Encoding.utf16BE.bytes(text), path: "variant-\(seed)-utf16.txt")
            XCTAssertEqual(utf16.encoding, .utf16)
            XCTAssertEqual(try SourceReader.read(utf16).programme, programme, "variant \(seed) with CRLF in UTF-16")
        }
    }

    func testTheSeedXMLWithWindowsLineEndsReadsAlike() throws {
        let xml = try String(contentsOfFile: Repository.seedXML, encoding: .utf8)
        let reference = try SourceReader.read(SourceText(path: "lf.xml", text: xml))
        let crlf = try SourceReader.read(SourceText(path: "crlf.xml", text: withLineEnds(xml, "\r\n")))
        XCTAssertEqual(crlf.programme, reference.programme)
        XCTAssertEqual(crlf.locator.location(of: crlf.programme.topics[3].title), reference.locator.location(of: reference.programme.topics[3].title).map {
            SourceLocation(file: "crlf.xml", line: $0.line, column: $0.column)
        })
    }

    func testCellsWithLineBreaksAreWrittenOnOneLineWhateverTheLineEnd() {
        var programme = Programme(title: "T")
        programme.topics = [Topic(numberAsWritten: "1.", title: "A\r\ntitle", tasks: [WorkTask(text: "one\rtwo\nthree\tfour")])]
        let text = AnnexTextWriter().write(programme)
        XCTAssertTrue(text.contains("1.\tA title\tone two three four"), text)
        XCTAssertFalse(text.contains("\r"))
    }
}
