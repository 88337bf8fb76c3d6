import Foundation
import WPCTestSupport
import XCTest

/// The bundled annex export as Word saves it on Windows (`\r\n` line ends, in
/// UTF-8, UTF-16 LE and BE, and the Windows code page), through every command
/// of the real binary: each writes what it writes for the `\n` export in
/// UTF-8, byte for byte, save the one note that the file is not UTF-8.
final class WindowsExportCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try Repository.temporaryFolder("wpc-windows") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    /// A folder holding `programme.txt` (`text` with `end` line ends, in
    /// `encoding`) and the body registry, so that every output, message and
    /// path is named alike whatever the export.
    private func export(_ name: String, _ text: String, _ end: String, _ encoding: WindowsExport.Encoding) throws -> URL {
        let place = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
        let bytes = try XCTUnwrap(encoding.bytes(WindowsExport.withLineEnds(text, end)), name)
        try bytes.write(to: place.appendingPathComponent("programme.txt"))
        try FileManager.default.copyItem(atPath: Repository.bodies, toPath: place.appendingPathComponent("bodies.tsv").path)
        return place
    }

    /// What each command prints for the programme in `place` (run there), and
    /// the files `import`, `render --format docx` and `build` write.
    private func outputs(in place: URL) throws -> [String: Data] {
        var outputs: [String: Data] = [:]
        func run(_ arguments: [String]) throws {
            let result = try CommandRunner.wpc(arguments, in: place)
            XCTAssertEqual(result.status, 0, "\(place.lastPathComponent): wpc \(arguments.joined(separator: " ")): \(result.stderr)")
            if !arguments.contains("-o") { outputs[arguments.joined(separator: " ")] = Data(result.stdout.utf8) }
        }
        for format in ["html", "annex", "md", "json", "xml", "txt"] { try run(["render", "programme.txt", "--format", format]) }
        try run(["check", "programme.txt", "--format", "json"])
        try run(["extract", "programme.txt", "--body", "PTC"])
        try run(["extract", "programme.txt", "--body", "PTC", "--format", "json"])
        try run(["import", "programme.txt", "-o", "import.xml"])
        try run(["render", "programme.txt", "--format", "docx", "-o", "programme.docx"])
        try run(["build", "programme.txt", "-o", "built", "--no-screenshots", "--quiet"])
        for file in ["import.xml", "programme.docx"] { outputs[file] = try Data(contentsOf: place.appendingPathComponent(file)) }
        let built = place.appendingPathComponent("built")
        for case let file as String in FileManager.default.enumerator(atPath: built.path) ?? FileManager.DirectoryEnumerator() {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: built.appendingPathComponent(file).path, isDirectory: &isFolder), !isFolder.boolValue {
                outputs["built/\(file)"] = try Data(contentsOf: built.appendingPathComponent(file))
            }
        }
        return outputs
    }

    /// The check's findings as JSON, the note on the encoding left out.
    private func findingsWithoutTheEncodingNote(_ json: Data?) throws -> [NSDictionary] {
        let findings = try XCTUnwrap(JSONSerialization.jsonObject(with: json ?? Data()) as? [NSDictionary])
        return findings.filter { $0["rule"] as? String != "annex.encoding" }
    }

    func testEveryCommandWritesTheSameForAWindowsExportInEveryEncoding() throws {
        let bundled = try String(contentsOfFile: Repository.seedText, encoding: .utf8)
        // The outputs that list the checks' findings: they gain the note that the file is not UTF-8.
        let listingFindings: Set<String> = ["check programme.txt --format json", "built/check.txt", "built/check.sarif", "built/programme.dashboard.html"]
        for encoding in [WindowsExport.Encoding.utf8, .utf16LE, .utf16BE, .windows1252] {
            let text = encoding.representable(bundled)
            let expected = try outputs(in: export("lf-\(encoding)", text, "\n", .utf8))
            let found = try outputs(in: export("crlf-\(encoding)", text, "\r\n", encoding))
            XCTAssertEqual(Set(found.keys), Set(expected.keys), encoding.rawValue)
            XCTAssertGreaterThan(expected.keys.filter { $0.hasPrefix("built/extracts/") }.count, 10, "the build wrote its extracts")
            for (output, bytes) in expected.sorted(by: { $0.key < $1.key }) {
                XCTAssertFalse(bytes.isEmpty, output)
                if encoding != .utf8, listingFindings.contains(output) { continue }
                XCTAssertTrue(found[output] == bytes, "\(output): the \(encoding.rawValue) export with CRLF differs")
            }
            let check = "check programme.txt --format json"
            XCTAssertEqual(try findingsWithoutTheEncodingNote(found[check]), try findingsWithoutTheEncodingNote(expected[check]), encoding.rawValue)
            XCTAssertEqual(try findingsWithoutTheEncodingNote(found[check]).count + (encoding == .utf8 ? 0 : 1),
                           try XCTUnwrap(JSONSerialization.jsonObject(with: found[check] ?? Data()) as? [Any]).count,
                           "\(encoding.rawValue): one note on the encoding, or none for UTF-8")
            let diff = try CommandRunner.wpc(["diff", "../lf-\(encoding)/programme.txt", "programme.txt"], in: folder.appendingPathComponent("crlf-\(encoding)"))
            XCTAssertEqual(diff.status, 0, "\(encoding.rawValue): \(diff.stdout)\(diff.stderr)")
        }
    }
}
