import Foundation
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

/// `--lang` on `wpc diff` (every report format and the redline) and on
/// `wpc render --format dashboard`: the fixed words in the labels' language,
/// by default the new draft's (or the source's) `xml:lang`; and a labels
/// file in a `--templates` folder rewording them like any label.
final class DiffLanguageTests: XCTestCase {
    private static let frenchHeadings = ["N°", "Thème", "Tâches", "Plan stratégique de l&#39;OMD", "Type de tâche", "Organe responsable",
                                         "Indicateurs de performance", "Calendrier", "État d&#39;avancement"]

    private var folder: URL!
    private var old: String!
    private var new: String!

    override func setUpWithError() throws {
        folder = try Repository.temporaryFolder("wpc-diff-language")
        let (september, march) = try RevisedDrafts.make()
        old = folder.appendingPathComponent("september.xml").path
        new = folder.appendingPathComponent("march.xml").path
        try Data(try XMLProgrammeWriter().write(september).utf8).write(to: URL(fileURLWithPath: old))
        try Data(try XMLProgrammeWriter().write(march).utf8).write(to: URL(fileURLWithPath: new))
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    /// `wpc diff OLD NEW` with `arguments`; the drafts differ, so exit 1.
    private func diff(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try CommandRunner.wpc(["diff", old, new] + arguments, in: folder)
        XCTAssertEqual(result.status, 1, result.stderr, file: file, line: line)
        return result.stdout
    }

    /// The texts of `<th class="…">` cells of an HTML page, in order.
    private func columnHeadings(_ html: String) -> [String] {
        html.components(separatedBy: "<th class=\"").dropFirst().compactMap { part in
            guard let start = part.firstIndex(of: ">"), let end = part.range(of: "</th>") else { return nil }
            return String(part[part.index(after: start)..<end.lowerBound])
        }
    }

    /// A part of a Word package, read by Python's zipfile.
    private func part(_ path: String, of docx: String) throws -> String {
        let script = "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode('utf-8'))"
        let result = try CommandRunner.run(try CommandRunner.require("python3"), ["-c", script, docx, path])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout
    }

    func testFrenchWordsEveryReportFormat() throws {
        let markdown = try diff(["--format", "md", "--lang", "fr"])
        XCTAssertTrue(markdown.hasPrefix("# Modifications de \(old!) à \(new!)\n\n- Ancien projet : "), markdown)
        XCTAssertTrue(markdown.contains("\n- Nouveau projet : "))
        XCTAssertTrue(markdown.contains(" modifications : 1 thème ajouté (11. Green Customs), thèmes 11 à 31 renumérotés 12 à 32, "), markdown)
        XCTAssertTrue(markdown.contains("\n## Modifications\n"))
        XCTAssertTrue(markdown.contains("**document** la date a changé : ~~September 2019~~**March 2020**"), markdown)

        let summary = try diff(["--lang", "fr"])
        XCTAssertTrue(summary.contains("1 tâche déplacée de 15.3 à 17.3"), summary)
        XCTAssertTrue(summary.contains("« Revise the ECP Action Plan » → « Revise and update the ECP Action Plan »"), summary)

        let html = try diff(["--format", "html", "--lang", "fr"])
        XCTAssertTrue(html.contains("<html lang=\"fr\">"))
        XCTAssertEqual(columnHeadings(html), Self.frenchHeadings)
        XCTAssertTrue(html.contains("<p class=\"legend\">Légende : <ins>ajouté</ins> · <del>supprimé</del>"), "the key")
        XCTAssertTrue(html.contains("<p class=\"draft\">Ancien projet : <strong>"))

        // The same drafts in English, and JSON, which has no words of its own.
        let english = try diff(["--format", "html"])
        XCTAssertEqual(columnHeadings(english), Column.allCases.map(\.heading))
        XCTAssertTrue(english.contains("<p class=\"legend\">Key: <ins>inserted</ins>"))
        XCTAssertEqual(try diff(["--format", "json", "--lang", "fr"]), try diff(["--format", "json"]))
    }

    func testTheRedlineIsHeadedAndDescribedInFrench() throws {
        let docx = folder.appendingPathComponent("redline.docx").path
        _ = try diff(["--format", "docx", "--lang", "fr", "-o", docx])
        let document = try part("word/document.xml", of: docx)
        for heading in ["Thème", "Tâches", "Organe responsable", "État d&apos;avancement"] {
            XCTAssertTrue(document.contains(">\(heading)<"), heading)
        }
        XCTAssertFalse(document.contains(">Responsible body<"))
        let core = try part("docProps/core.xml", of: docx)
        XCTAssertTrue(core.contains("<dc:description>Modifications de \(old!) à \(new!), suivies.</dc:description>"), core)
    }

    func testWithoutLangTheNewDraftsLanguageChooses() throws {
        var (_, march) = try RevisedDrafts.make()
        march.language = "fr-BE"
        try Data(try XMLProgrammeWriter().write(march).utf8).write(to: URL(fileURLWithPath: new))
        XCTAssertTrue(try diff(["--format", "md"]).hasPrefix("# Modifications de "))
        XCTAssertTrue(try diff(["--format", "md", "--lang", "en"]).hasPrefix("# Changes from "), "--lang wins over the draft's")
    }

    func testALabelsFileInTheTemplatesFolderRewordsTheReport() throws {
        let templates = folder.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("labels"), withIntermediateDirectories: true)
        let labels = templates.appendingPathComponent("labels/en.labels")
        try "diff.heading = What changed from {old} to {new}\ndiff.key-lead = Legend:\ndiff.list-separator = \"; \"\n"
            .write(to: labels, atomically: true, encoding: .utf8)
        let markdown = try diff(["--format", "md", "--templates", templates.path])
        XCTAssertTrue(markdown.hasPrefix("# What changed from \(old!) to \(new!)\n\n- Old: "), "one label changed, the others bundled")
        XCTAssertTrue(markdown.contains("1 topic added (11. Green Customs); topics 11–31 renumbered 12–32; "), markdown)
        let html = try diff(["--format", "html", "--templates", templates.path])
        XCTAssertTrue(html.contains("<p class=\"legend\">Legend: <ins>inserted</ins>"))

        try "diff.heading = From {old} to {neww}\n".write(to: labels, atomically: true, encoding: .utf8)
        let broken = try CommandRunner.wpc(["diff", old, new, "--templates", templates.path], in: folder)
        XCTAssertEqual(broken.status, 2, "a labels file that cannot be used")
        XCTAssertEqual(broken.stdout, "")
        XCTAssertTrue(broken.stderr.contains("\(labels.path):1:30: error: label 'diff.heading' has no placeholder {neww}; it takes {old}, {new}"),
                      broken.stderr)
    }

    func testTheDashboardSpeaksTheLanguageAsked() throws {
        let french = try CommandRunner.wpc(["render", Repository.seedXML, "--format", "dashboard", "--lang", "fr"])
        XCTAssertEqual(french.status, 0, french.stderr)
        XCTAssertTrue(french.stdout.contains("<html lang=\"fr\">"))
        XCTAssertTrue(french.stdout.contains("<p class=\"subtitle\">Tableau de bord · September 2019</p>"))
        XCTAssertTrue(french.stdout.contains("Couverture du Plan stratégique"))
        XCTAssertFalse(french.stdout.contains("Coverage of the Strategic Plan"))

        let templates = folder.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("labels"), withIntermediateDirectories: true)
        try "dashboard.page-title = The programme at a glance\n"
            .write(to: templates.appendingPathComponent("labels/en.labels"), atomically: true, encoding: .utf8)
        let english = try CommandRunner.wpc(["render", Repository.seedXML, "--format", "dashboard", "--templates", templates.path])
        XCTAssertEqual(english.status, 0, english.stderr)
        XCTAssertTrue(english.stdout.contains("<p class=\"subtitle\">The programme at a glance · September 2019</p>"))
        XCTAssertTrue(english.stdout.contains("<title>The programme at a glance — Draft PTC Work Programme 2019-2022</title>"))
        XCTAssertTrue(english.stdout.contains("Coverage of the Strategic Plan"), "the other labels bundled")
    }
}
