import Foundation
import WPCChecks
import WPCModel
import WPCSources
import WPCSynthetic
import WPCTestSupport
import XCTest

/// `wpc check` reads an export letting its text go as it is read
/// (`ReadOptions.keepsText` false): the programme, the reader's notes and
/// the rules' findings, columns included, are those of a read that keeps
/// the text, and the lines a printer shows are read again from the file.
final class AnnexTextLetGoTests: XCTestCase {
    func testAnExportReadLettingItsTextGoReadsAsOneReadKeepingIt() throws {
        // Some 1,500 topics: the text is let go batch by batch, not only at the end.
        let programme = SyntheticProgramme(topics: 1_500, seed: 7).make()
        let export = AnnexExportGenerator().export(programme, options: .init(seed: 11))
            .replacingOccurrences(of: "ment", with: "mént")
        let folder = try Repository.temporaryFolder()
        let files: [(String, [UInt8])] = [
            ("lf.txt", Array(export.utf8)),
            ("crlf-bom.txt", [0xEF, 0xBB, 0xBF] + Array(WindowsExport.withLineEnds(export, "\r\n").utf8)),
        ]
        var letGoOptions = ReadOptions()
        letGoOptions.keepsText = false
        for (name, bytes) in files {
            let file = folder.appendingPathComponent(name)
            try Data(bytes).write(to: file)
            let kept = try SourceReader.read(path: file.path)
            let letGo = try SourceReader.read(path: file.path, options: letGoOptions)
            let lines = kept.source.lines
            XCTAssertGreaterThan(lines.count, 3 * 4_096, "\(name): several batches of rows")
            XCTAssertTrue(lines.hasText, name)
            XCTAssertFalse(letGo.source.lines.hasText, name)
            XCTAssertEqual(letGo.programme, kept.programme, name)
            XCTAssertEqual(letGo.diagnostics, kept.diagnostics, name)
            let findings = CheckRunner().check(letGo.programme, locator: letGo.locator)
            XCTAssertEqual(findings, CheckRunner().check(kept.programme, locator: kept.locator), name)
            XCTAssertTrue(findings.contains { ($0.location?.column ?? 0) > 1 }, "\(name): findings with columns")

            let wanted = [1, 2, lines.count / 2, lines.count / 2 + 1, lines.count]
            let again = try XCTUnwrap(letGo.source.lines.readingAgain(lines: wanted, from: file.path), name)
            for number in wanted { XCTAssertEqual(again.line(number), lines.line(number), "\(name), line \(number)") }
            XCTAssertEqual(again.line(3), "", "\(name): a line not asked for is empty")

            // The file changed since it was read: the changed line is not read again.
            let middle = try XCTUnwrap((lines.count / 2..<lines.count).first { !(lines.range(ofLine: $0)?.isEmpty ?? true) })
            var changed = bytes
            changed[(name.hasSuffix("bom.txt") ? 3 : 0) + (lines.range(ofLine: middle)?.lowerBound ?? 0)] ^= 0x01
            try Data(changed).write(to: file)
            XCTAssertNil(letGo.source.lines.readingAgain(lines: [middle], from: file.path), name)
            XCTAssertNotNil(letGo.source.lines.readingAgain(lines: [1], from: file.path), name)
            try FileManager.default.removeItem(at: file)
            XCTAssertNil(letGo.source.lines.readingAgain(lines: [1], from: file.path), "\(name): the file is gone")
        }
    }

    func testATextGivenInMemoryIsKept() throws {
        var options = ReadOptions()
        options.keepsText = false
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Repository.seedText)))
        let result = try SourceReader.read(bytes, path: "in-memory.txt", options: options)
        XCTAssertTrue(result.source.lines.hasText, "only a file read by its path can be read again")
        XCTAssertEqual(result.source.lines.line(1), LineIndex(bytes: bytes).line(1))
    }
}
