import Foundation
import WPCSources
import WPCTestSupport
import XCTest

/// Files that are not an annex get one clear error naming the file and line.
final class AnnexBadInputTests: XCTestCase {
    private func error(reading text: String, path: String = "bad.txt") -> SourceError? {
        do {
            _ = try SourceReader.read(SourceText(path: path, text: text))
            return nil
        } catch {
            return error
        }
    }

    func testProseIsNotAnAnnex() throws {
        let error = try XCTUnwrap(self.error(reading: "Minutes of the meeting\n\nThe committee met on Tuesday.\n"))
        XCTAssertTrue(error.description.hasPrefix("bad.txt:1: error: not a work-programme annex"), error.description)
    }

    func testCSVWithOtherColumnsIsNotAnAnnex() throws {
        let error = try XCTUnwrap(self.error(reading: "name,age\nAda,36\n"))
        XCTAssertTrue(error.description.contains("not a work-programme annex"))
    }

    func testTabSeparatedTableWithOtherColumnsNamesTheFirstRow() throws {
        let error = try XCTUnwrap(self.error(reading: "Title\n\nName\tAge\tCity\nAda\t36\tLondon\n"))
        XCTAssertTrue(error.description.hasPrefix("bad.txt:3:1: error: not a work-programme annex"), error.description)
    }

    func testHeaderWithAnUnknownColumnNamesIt() throws {
        let text = "T\n\nNo\tTopic\tTasks\tWCO Strategic Plan\tType of task\tOwner\tPerformance Indicators\tTimeline\tProgress\n"
        let error = try XCTUnwrap(self.error(reading: text))
        XCTAssertTrue(error.description.contains("bad.txt:3:"), error.description)
        XCTAssertTrue(error.description.contains("unexpected column heading 'Owner'"), error.description)
    }

    func testEmptyAndBinaryFilesAreRefused() throws {
        let folder = try Repository.temporaryFolder()
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let binary = folder.appendingPathComponent("binary.txt")
        try Data([0x4E, 0x6F, 0x09, 0x00, 0xFF, 0x01]).write(to: binary)
        XCTAssertThrowsError(try SourceReader.read(path: empty.path)) { error in
            XCTAssertEqual((error as? SourceError)?.description, "\(empty.path):1: error: the file is empty")
        }
        XCTAssertThrowsError(try SourceReader.read(path: binary.path)) { error in
            XCTAssertTrue((error as? SourceError)?.description.hasPrefix("\(binary.path):1:4: error: binary file") ?? false, "\(error)")
        }
    }

    func testWordsOtherEncodingsReadToTheSameProgramme() throws {
        let expected = try SourceReader.read(path: Repository.seedText).programme
        let text = try String(contentsOfFile: Repository.seedText, encoding: .utf8)
        let folder = try Repository.temporaryFolder()
        let utf16 = folder.appendingPathComponent("unicode.txt")
        try (Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!).write(to: utf16)
        // The code page has ¹ ² ³ but not ⁴–⁷: Word writes what it cannot encode as "?".
        var narrow = text
        for mark in ["⁴", "⁵", "⁶", "⁷"] { narrow = narrow.replacingOccurrences(of: mark, with: "?") }
        let windows = folder.appendingPathComponent("windows.txt")
        try XCTUnwrap(narrow.data(using: .windowsCP1252)).write(to: windows)
        let narrowExpected = try SourceReader.read(SourceText(path: "narrow.txt", text: narrow)).programme
        XCTAssertTrue(narrow.contains("– Facilitation"), "an en dash, 0x96 in the code page")

        for (url, encoding, programme) in [(utf16, "UTF-16", expected), (windows, "Windows-1252", narrowExpected)] {
            let result = try SourceReader.read(path: url.path)
            XCTAssertEqual(result.programme, programme, encoding)
            XCTAssertEqual(result.programme.topics.count, 31, encoding)
            XCTAssertEqual(result.diagnostics.first?.rule, "annex.encoding")
            XCTAssertEqual(result.diagnostics.first?.message, "the file is not UTF-8; read as \(encoding)")
        }
    }

    func testMissingFileIsNamed() {
        XCTAssertThrowsError(try SourceReader.read(path: "/nonexistent/annex.txt")) { error in
            XCTAssertEqual((error as? SourceError)?.description, "/nonexistent/annex.txt:1: error: cannot read file: no such file")
        }
    }
}
