import Foundation
import WPCModel
import WPCSources
import XCTest

/// Each kind of bad input gives one SourceError: one line, naming the file and
/// a line number, never leaking another file's contents, never crashing.
final class XMLBadInputTests: XCTestCase {
    private let passwdMarker = "root:x:0:0"

    /// Asserts the error's shape and returns it.
    @discardableResult
    private func assertOneLineError(_ text: String, path: String = "bad.xml", line: Int, file: StaticString = #filePath, lineNumber: UInt = #line) -> SourceError? {
        guard let error = XMLTestInput.error(text, path: path) else {
            XCTFail("expected an error", file: file, line: lineNumber)
            return nil
        }
        let description = error.description
        XCTAssertFalse(description.contains("\n"), "not one line: \(description)", file: file, line: lineNumber)
        XCTAssertTrue(description.hasPrefix("\(path):\(line)"), "should name \(path):\(line): \(description)", file: file, line: lineNumber)
        XCTAssertEqual(error.location.line, line, file: file, line: lineNumber)
        XCTAssertFalse(description.contains(passwdMarker), file: file, line: lineNumber)
        return error
    }

    func testUnclosedTagNamesItsLine() {
        let text = """
        <?xml version="1.0"?>
        <work-programme xmlns="urn:wpc:work-programme:1">
          <title>Draft
          <date>September 2019</date>
        </work-programme>
        """
        let error = assertOneLineError(text, line: 5)
        XCTAssertTrue(error?.message.hasPrefix("XML is not well-formed:") ?? false, error?.message ?? "")
        XCTAssertTrue(error?.message.contains("title") ?? false, error?.message ?? "")
    }

    func testSchemaViolationNamesLineAndListsEveryViolation() {
        let text = """
        <?xml version="1.0"?>
        <work-programme xmlns="urn:wpc:work-programme:1">
          <title>T</title>
          <topics>
            <topic>
              <title>No number</title>
            </topic>
          </topics>
          <headings><heading-row><mark column="deadline">1</mark></heading-row></headings>
        </work-programme>
        """
        let error = assertOneLineError(text, line: 6)
        XCTAssertTrue(error?.message.hasPrefix("the document breaks the work-programme schema:") ?? false, error?.message ?? "")
        // The headings come after the topics, so that is the second violation; both are listed.
        let lines = error?.diagnostics.compactMap { $0.location?.line } ?? []
        XCTAssertFalse(lines.isEmpty)
        XCTAssertEqual(lines.first, 6)
        XCTAssertTrue(error?.diagnostics.allSatisfy { $0.rule == "xml.schema" && $0.severity == .error } ?? false)
    }

    func testWrongNamespaceBreaksTheSchema() {
        let text = "<work-programme>\n<title>T</title>\n</work-programme>\n"
        let error = assertOneLineError(text, line: 1)
        XCTAssertTrue(error?.message.contains("schema") ?? false)
    }

    func testInvalidEnumerationBreaksTheSchema() {
        let text = XMLTestInput.document("<introduction>\n<block kind=\"chapter\">x</block>\n</introduction>")
        let error = assertOneLineError(text, line: 5)
        XCTAssertTrue(error?.message.contains("chapter") ?? false, error?.message ?? "")
    }

    func testExternalEntityIsRefusedWithoutReadingTheFile() {
        let text = """
        <?xml version="1.0"?>
        <!DOCTYPE x [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <work-programme xmlns="urn:wpc:work-programme:1">
          <title>&x;</title>
        </work-programme>
        """
        let error = assertOneLineError(text, line: 2)
        XCTAssertTrue(error?.message.contains("DOCTYPE") ?? false)
        XCTAssertFalse(error?.diagnostics.contains { $0.message.contains(passwdMarker) } ?? true)
    }

    func testBillionLaughsFailsFast() {
        var declarations = "<!ENTITY lol \"lol\">\n"
        var previous = "lol"
        for level in 1...9 {
            let name = "lol\(level)"
            declarations += "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
            previous = name
        }
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE work-programme [\n\(declarations)]>\n"
            + "<work-programme xmlns=\"urn:wpc:work-programme:1\"><title>&lol9;</title></work-programme>\n"
        let started = Date()
        assertOneLineError(text, line: 2)
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
    }

    func testEmptyFileIsRefused() throws {
        let path = try temporaryFile(Data(), name: "empty.xml")
        XCTAssertThrowsError(try SourceReader.read(path: path)) { error in
            let description = String(describing: error)
            XCTAssertEqual(description, "\(path):1: error: the file is empty")
        }
        assertOneLineError("  \n", path: "empty.xml", line: 1)
    }

    func testBinaryFileIsRefused() throws {
        var bytes = Data("<?xml version=\"1.0\"?>\n<work-programme>\n".utf8)
        bytes.append(contentsOf: [0x00, 0xFF, 0x00, 0x01, 0x89, 0x50, 0x4E, 0x47])
        let path = try temporaryFile(bytes, name: "binary.xml")
        XCTAssertThrowsError(try SourceReader.read(path: path)) { error in
            guard let error = error as? SourceError else { return XCTFail("not a SourceError: \(error)") }
            XCTAssertFalse(error.description.contains("\n"))
            XCTAssertTrue(error.description.hasPrefix("\(path):3"), error.description)
        }
        assertOneLineError("<a>\n\u{0}</a>", path: "nul.xml", line: 2)
    }

    func testMisspeltElementInsideTaskIsReportedAtItsLine() {
        let text = XMLTestInput.document("""
          <topics>
            <topic>
              <number>1.</number>
              <title>T</title>
              <task>
                <text>Do</text>
                <timeline>June 2020</timeline>
              </task>
            </topic>
          </topics>
        """)
        assertOneLineError(text, line: 10)
    }

    private func temporaryFile(_ data: Data, name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wpc-xml-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }
}
