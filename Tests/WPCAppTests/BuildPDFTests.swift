import Foundation
import WPCTestSupport
import XCTest

/// `wpc build` prints the paginated HTML and the annex to PDF beside the
/// HTML and takes a PNG of each first page, in English or, with `--lang fr`,
/// in French; without Chromium it writes every other output and fails with
/// one line naming the package to install.
final class BuildPDFTests: XCTestCase {
    private static let stem = "ptc-work-programme-2019-2022"
    private var folder: URL!

    override func setUpWithError() throws { folder = try Repository.temporaryFolder("wpc-build-pdf") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func pdfText(_ file: URL) throws -> String {
        let text = try CommandRunner.run(try CommandRunner.require("pdftotext"), ["-raw", file.path, "-"]).stdout
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private func isPNG(_ file: URL) -> Bool {
        (try? Data(contentsOf: file).prefix(8)) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    func testTheBuildWritesBothPDFsAndBothPNGsIntoOutput() throws {
        let output = folder.appendingPathComponent("Output")
        let build = try CommandRunner.wpc(["build", Repository.seedXML, "-o", output.path])
        XCTAssertEqual(build.status, 0, build.stderr)
        for name in ["pdf", "annex.pdf"] {
            let file = output.appendingPathComponent("\(Self.stem).\(name)")
            XCTAssertTrue(build.stdout.contains(file.path + "\n"), "\(name) listed")
            XCTAssertTrue(try pdfText(file).contains("Page 1 of "), name)
        }
        XCTAssertTrue(isPNG(output.appendingPathComponent("\(Self.stem).png")))
        XCTAssertTrue(isPNG(output.appendingPathComponent("\(Self.stem).annex.png")), "a picture of the annex's first page")
    }

    func testTheFrenchBuildWritesTheFrenchSet() throws {
        let output = folder.appendingPathComponent("Sortie")
        let build = try CommandRunner.wpc(["build", Repository.seedXML, "-o", output.path, "--lang", "fr", "-q"])
        XCTAssertEqual(build.status, 0, build.stderr)
        let annex = try pdfText(output.appendingPathComponent("\(Self.stem).annex.pdf"))
        for words in ["Thème", "Tâches", "Organe responsable", "État d'avancement", "Page 1 sur "] { XCTAssertTrue(annex.contains(words), words) }
        XCTAssertTrue(annex.contains("Develop a Guidance for Customs administrations in SIEs"), "the programme's text as written")
        let paginated = try pdfText(output.appendingPathComponent("\(Self.stem).pdf"))
        XCTAssertTrue(paginated.contains("Table des matières") && paginated.contains("Page 1 sur "))
        let markdown = try String(contentsOf: output.appendingPathComponent("\(Self.stem).md"), encoding: .utf8)
        XCTAssertTrue(markdown.contains("## Programme de travail"))
        let index = try String(contentsOf: output.appendingPathComponent("extracts/index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("<th>Extrait</th>") && index.contains("extraits par organe responsable"))
        XCTAssertTrue(index.contains(">Le tableau de bord du programme : "), "the index's link to the dashboard")
        let dashboard = try String(contentsOf: output.appendingPathComponent("\(Self.stem).dashboard.html"), encoding: .utf8)
        XCTAssertTrue(dashboard.contains("<html lang=\"fr\">") && dashboard.contains("Tableau de bord"), "the dashboard in French")
        XCTAssertTrue(isPNG(output.appendingPathComponent("\(Self.stem).annex.png")))
    }

    func testNoScreenshotsMakesNothingWithChromiumAndNoPDFStillTakesThePictures() throws {
        // Without Chromium on PATH, a build that asks for nothing Chromium makes succeeds.
        let empty = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let fast = folder.appendingPathComponent("Fast")
        let build = try CommandRunner.wpc(["build", Repository.seedXML, "-o", fast.path, "--no-screenshots", "-q"],
                                          environment: ["PATH": empty.path, "HOME": folder.path])
        XCTAssertEqual(build.status, 0, build.stderr)
        let written = try FileManager.default.contentsOfDirectory(atPath: fast.path)
        XCTAssertTrue(written.contains("\(Self.stem).html"))
        XCTAssertFalse(written.contains { $0.hasSuffix(".pdf") || $0.hasSuffix(".png") }, "\(written)")

        let pictures = folder.appendingPathComponent("Pictures")
        let withPictures = try CommandRunner.wpc(["build", Repository.seedXML, "-o", pictures.path, "--no-pdf", "-q"])
        XCTAssertEqual(withPictures.status, 0, withPictures.stderr)
        let kept = try FileManager.default.contentsOfDirectory(atPath: pictures.path)
        XCTAssertTrue(kept.contains { $0.hasSuffix(".png") }, "\(kept)")
        XCTAssertFalse(kept.contains { $0.hasSuffix(".pdf") }, "\(kept)")
    }

    func testWithoutChromiumEveryOtherOutputIsWrittenAndTheBuildFailsNamingThePackage() throws {
        let empty = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let environment = ["PATH": empty.path, "HOME": folder.path]
        let output = folder.appendingPathComponent("Output")
        let build = try CommandRunner.wpc(["build", Repository.seedXML, "-o", output.path], environment: environment)
        XCTAssertEqual(build.status, 1)
        let errors = build.stderr.split(separator: "\n").filter { $0.contains("error:") }
        XCTAssertEqual(errors, ["error: cannot print the PDFs or take the PNGs: chromium not found on PATH (install the 'chromium' package)"])
        for name in ["html", "annex.html", "md", "json", "xml", "txt", "docx", "dashboard.html"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("\(Self.stem).\(name)").path), name)
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("extracts/index.html").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("\(Self.stem).pdf").path))

        let render = try CommandRunner.wpc(["render", Repository.seedXML, "--format", "pdf", "-o", folder.appendingPathComponent("p.pdf").path],
                                           environment: environment)
        XCTAssertEqual(render.status, 1)
        XCTAssertEqual(render.stderr, "error: cannot print the PDF: chromium not found on PATH (install the 'chromium' package)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("p.pdf").path))

        // extract and diff print through the same printer, and fail the same way.
        let extract = try CommandRunner.wpc(["extract", Repository.seedXML, "--body", "IMSC", "--format", "annex-pdf",
                                             "-o", folder.appendingPathComponent("e.pdf").path], environment: environment)
        XCTAssertEqual(extract.status, 1)
        XCTAssertEqual(extract.stderr, "error: cannot print the PDF: chromium not found on PATH (install the 'chromium' package)\n")
        let diff = try CommandRunner.wpc(["diff", Repository.seedXML, Repository.path("docs/redline/march-2020.xml"), "--format", "pdf",
                                          "-o", folder.appendingPathComponent("d.pdf").path], environment: environment)
        XCTAssertEqual(diff.status, 1)
        XCTAssertEqual(diff.stderr, "error: cannot print the PDF: chromium not found on PATH (install the 'chromium' package)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("d.pdf").path))
    }
}
