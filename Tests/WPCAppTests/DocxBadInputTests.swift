import Foundation
import WPCApp
import WPCModel
import WPCTestSupport
import XCTest
import ZIPFoundation

/// Every way a .docx can be unusable, through the real binary: one line
/// `FILE: error: …` on standard error, exit status 2, nothing written.
final class DocxBadInputTests: XCTestCase {
    private typealias W = WordDocument

    /// Runs `wpc import` on `data` saved as `draft.docx`; checks the status, that
    /// one error line was printed and that no output was written; returns the line.
    @discardableResult
    private func refused(_ data: Data, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let folder = try Repository.temporaryFolder("wpc-docx-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        try data.write(to: folder.appendingPathComponent("draft.docx"))
        let result = try CommandRunner.wpc(["import", "draft.docx", "-o", "out.xml"], in: folder)
        XCTAssertEqual(result.status, 2, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stdout, "", file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.xml").path), "nothing written", file: file, line: line)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, result.stderr, file: file, line: line)
        let check = try CommandRunner.wpc(["check", "draft.docx"], in: folder)
        XCTAssertEqual(check.status, 2, "check refuses it too", file: file, line: line)
        return String(lines.first ?? "")
    }

    /// A valid one-table Word document, as parts.
    private func wordParts(document: Data? = nil) throws -> [(String, Data)] {
        let valid = DocxTestAnnex.document()
        let archive = try Archive(data: try valid.data(), accessMode: .read)
        var parts: [(String, Data)] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts.append((entry.path, entry.path == "word/document.xml" ? (document ?? bytes) : bytes))
        }
        return parts
    }

    func testAValidDocumentIsRead() throws {
        let folder = try Repository.temporaryFolder("wpc-docx-good")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DocxTestAnnex.document().data().write(to: folder.appendingPathComponent("draft.docx"))
        let result = try CommandRunner.wpc(["import", "draft.docx", "-o", "out.xml"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(try String(contentsOf: folder.appendingPathComponent("out.xml"), encoding: .utf8).contains("<text>Review the plan</text>"))
    }

    func testAZIPThatIsNotAWordDocument() throws {
        XCTAssertEqual(try refused(WordDocument.zip([("notes.txt", Data("hello".utf8))])),
                       "draft.docx: error: a ZIP archive, but not a Word document: it has no [Content_Types].xml")
        let spreadsheet = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"
        XCTAssertEqual(try refused(WordDocument.zip([("[Content_Types].xml", Data(spreadsheet.utf8)), ("xl/workbook.xml", Data("<workbook/>".utf8))])),
                       "draft.docx: error: a ZIP archive, but not a Word document: its [Content_Types].xml names no Word main document")
    }

    func testAWordDocumentWithNoAnnexTable() throws {
        let document = WordDocument(body: W.paragraph("Minutes of the meeting") + W.table([W.row([W.cell("Date"), W.cell("Place")])], columns: 2))
        XCTAssertEqual(try refused(document.data()),
                       "draft.docx: error: a Word document, but not a work programme: no table in it has the annex's column headings (No, Topic, Tasks, …)")
    }

    func testAPasswordProtectedDocument() throws {
        // Encrypted the way Office does it (ECMA-376 agile encryption), by msoffcrypto-tool.
        let folder = try Repository.temporaryFolder("wpc-docx-encrypt")
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("plain.docx"), encrypted = folder.appendingPathComponent("encrypted.docx")
        try DocxTestAnnex.document().data().write(to: plain)
        let script = "import sys\nfrom msoffcrypto.format.ooxml import OOXMLFile\n"
            + "OOXMLFile(open(sys.argv[1], 'rb')).encrypt('secret', open(sys.argv[2], 'wb'))"
        let made = try CommandRunner.run("/usr/bin/env", ["python3", "-c", script, plain.path, encrypted.path])
        XCTAssertEqual(made.status, 0, "msoffcrypto-tool (scripts/install-deps.sh installs it): \(made.stderr)")
        let line = try refused(Data(contentsOf: encrypted))
        XCTAssertEqual(line, "draft.docx: error: a password-protected (encrypted) Office document; wpc cannot read it: "
                       + "remove the password in Word (File > Info > Protect Document) and save again")
    }

    func testAWord97Document() throws {
        let folder = try Repository.temporaryFolder("wpc-docx-doc")
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("annex.html")
        try Data("<html><body><p>Draft PTC Work Programme</p></body></html>".utf8).write(to: html)
        let home = folder.appendingPathComponent("profile")
        _ = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"), [
            "HOME=\(home.path)", OfficeSuite.soffice, "-env:UserInstallation=\(home.absoluteString)", "--headless", "--norestore",
            "--convert-to", "doc:MS Word 97", "--outdir", folder.path, html.path,
        ], in: folder)
        let line = try refused(Data(contentsOf: folder.appendingPathComponent("annex.doc")))
        XCTAssertTrue(line.hasPrefix("draft.docx: error: an OLE compound file (a Word 97-2003 .doc"), line)
    }

    func testATruncatedZIP() throws {
        let whole = try DocxTestAnnex.document().data()
        XCTAssertEqual(try refused(whole.prefix(whole.count / 2)),
                       "draft.docx: error: the ZIP archive is truncated or damaged: it has no end-of-central-directory record (was the file cut short while copying?)")
    }

    func testAPartThatDeclaresMoreThanTheLimit() throws {
        // The directory says word/document.xml unpacks to 3 GB: refused before unpacking anything.
        var entries = try wordParts().map { HandMadeZIP.Entry(name: $0.0, data: $0.1) }
        let index = try XCTUnwrap(entries.firstIndex { $0.name == "word/document.xml" })
        entries[index].uncompressedSize = 3_000_000_000
        XCTAssertEqual(try refused(HandMadeZIP.archive(entries)),
                       "draft.docx: error: the part word/document.xml unpacks to more than 200 MB, the limit for one part: refused (a ZIP bomb?)")
    }

    func testAZIPBombIsRefusedAsItUnpacks() throws {
        // 60 MB of nothing, packed to about 60 KB: the ratio gives it away after the first megabyte.
        let bomb = Data(count: 60 * 1024 * 1024)
        let parts = try wordParts(document: bomb)
        XCTAssertEqual(try refused(WordDocument.zip(parts)),
                       "draft.docx: error: the part word/document.xml unpacks to more than 200 times its packed size: refused as a ZIP bomb")
    }

    func testEntriesThatLeaveThePackage() throws {
        for name in ["../../etc/cron.d/evil", "/etc/passwd", "word/../../evil.xml", "C:\\evil.xml"] {
            let parts = try wordParts() + [(name, Data("x".utf8))]
            XCTAssertEqual(try refused(HandMadeZIP.archive(parts.map { HandMadeZIP.Entry(name: $0.0, data: $0.1) })),
                           "draft.docx: error: the ZIP archive holds an entry whose name leaves the package (\"\(name)\"): refused, nothing read")
        }
    }

    func testACompressedStreamThatNeverEndsStopsAtTheEntrysEnd() throws {
        // A deflate block announcing 65,535 stored bytes, followed by three: the stream cannot end inside the entry.
        var entries = try wordParts().map { HandMadeZIP.Entry(name: $0.0, data: $0.1) }
        let index = try XCTUnwrap(entries.firstIndex { $0.name == "word/document.xml" })
        entries[index] = HandMadeZIP.Entry(name: "word/document.xml", data: Data([0x00, 0xFF, 0xFF, 0x00, 0x00, 0x3C, 0x77, 0x3A]), method: 8,
                                           uncompressedSize: 65_535)
        XCTAssertEqual(try refused(HandMadeZIP.archive(entries)),
                       "draft.docx: error: the part word/document.xml is damaged: its compressed data ends before the stream does (the file is cut short)")
    }

    func testADocumentPartThatIsNotWellFormed() throws {
        let broken = Data("<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\n<w:body><w:p></w:body>".utf8)
        let line = try refused(WordDocument.zip(wordParts(document: broken)))
        XCTAssertTrue(line.hasPrefix("draft.docx: word/document.xml:3:"), line)
        XCTAssertTrue(line.contains("error: the part word/document.xml is not well-formed XML: "), line)
    }

    func testADoctypeInAPartIsRefused() throws {
        let entity = Data("<?xml version=\"1.0\"?>\n<!DOCTYPE w [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>".utf8)
        let line = try refused(WordDocument.zip(wordParts(document: entity)))
        XCTAssertEqual(line, "draft.docx: word/document.xml:2: error: the part word/document.xml declares a DOCTYPE; refused (no DTDs, no entities)")
        XCTAssertFalse(line.contains("root:"))
    }
}

/// The small annex the Word tests start from.
enum DocxTestAnnex {
    static func document() -> WordDocument {
        WordDocument(body: WordDocument.paragraph("Draft PTC Work Programme 2019-2022")
            + WordDocument.table([WordDocument.headingRow(),
                                  WordDocument.dataRow(["1.", "Economic package", "Review the plan", "SG", "M", "PTC", "Plan reviewed", "June 2020", nil])]))
    }
}
