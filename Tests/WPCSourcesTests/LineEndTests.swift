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
    private typealias Encoding = WindowsExport.Encoding

    private func withLineEnds(_ text: String, _ end: String) -> String { WindowsExport.withLineEnds(text, end) }

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
            let text = encoding.representable(seed)
            let reference = try SourceReader.read(SourceText(path: "lf.txt", text: text))
            XCTAssertEqual(reference.programme.topics.count, 31, encoding.rawValue)
            for (name, end) in [("CRLF", "\r\n"), ("CR", "\r"), ("LF", "\n")] {
                let file = folder.appendingPathComponent("\(name)-\(encoding).txt")
                try XCTUnwrap(encoding.bytes(withLineEnds(text, end)), encoding.rawValue).write(to: file)
                let result = try SourceReader.read(path: file.path)
                XCTAssertEqual(result.programme, reference.programme, "\(name) in \(encoding.rawValue)")
                let expected = findings(reference, registry: registry)
                let found = findings(result, registry: registry).filter { !$0.hasPrefix("annex.encoding") }
                XCTAssertEqual(found, expected, "\(name) in \(encoding.rawValue)")
            }
        }
    }

    /// Each generated re-pagination, saved with `\r\n` in every encoding,
    /// reads to the programme its `\n` export in UTF-8 gives.
    func testRepaginatedExportsReadBackWithWindowsLineEndsInEveryEncoding() throws {
        let programme = try SourceReader.read(path: Repository.seedText).programme
        for seed in UInt64(1)...12 {
            let export = AnnexExportGenerator().export(programme, options: .init(seed: seed))
            for encoding in Encoding.allCases {
                let text = encoding.representable(export)
                let reference = try AnnexTextReader().read(SourceText(path: "variant-\(seed).txt", text: text)).programme
                if encoding != .windows1252 { XCTAssertEqual(reference, programme, "variant \(seed)") }
                let crlf = withLineEnds(text, "\r\n")
                XCTAssertTrue(crlf.utf8.contains(0x0D))
                let bytes = try XCTUnwrap(encoding.bytes(crlf), "variant \(seed) in \(encoding.rawValue)")
                let source = try SourceText.decode(bytes, path: "variant-\(seed)-crlf.txt")
                XCTAssertEqual(try SourceReader.read(source).programme, reference, "variant \(seed) with CRLF in \(encoding.rawValue)")
            }
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
