import Foundation
import WPCDocx
import WPCModel
import WPCRender
import WPCTemplates
import WPCTestSupport
import XCTest
import ZIPFoundation

/// `--lang fr`: the fixed labels of every output in French — column headings,
/// "Page N of M", front-matter headings — the programme's own text as
/// written; labels files overridden label by label from a templates folder.
final class LanguageTests: XCTestCase {
    private static let frenchHeadings = ["N°", "Thème", "Tâches", "Plan stratégique de l'OMD", "Type de tâche", "Organe responsable",
                                         "Indicateurs de performance", "Calendrier", "État d'avancement"]

    /// The column headings of the first table of `html`, marks left out.
    private func headings(_ html: String) throws -> [String] {
        let root = try XCTUnwrap(HTMLTree.parse(html))
        let row = try XCTUnwrap(root.descendants("tr").first { $0.attributes["class"] == "column-header" })
        return row.children("th").map { th in
            th.children.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined().trimmingCharacters(in: .whitespaces)
        }
    }

    func testFrenchHeadsTheAnnexThePaginatedHTMLTheMarkdownAndTheWordAnnex() throws {
        let programme = try Programmes.real()
        let renderer = try ProgrammeRenderer(formats: [.annex, .html, .markdown], language: .fr)
        let annex = try renderer.render(programme, as: .annex)
        XCTAssertEqual(try headings(annex), Self.frenchHeadings)
        XCTAssertTrue(annex.contains("<html lang=\"fr-FR\">"))
        XCTAssertTrue(annex.contains("\"Page \" counter(page) \" sur \" counter(pages)"), "the printed annex's page numbers")
        XCTAssertTrue(annex.contains(programme.topics[0].tasks[0].text.text), "the programme's text is never translated")

        let paginated = try renderer.render(programme, as: .html)
        XCTAssertEqual(try headings(paginated), Self.frenchHeadings)
        XCTAssertTrue(paginated.contains("<div class=\"footer\">Page 1 sur "))
        for heading in ["Codes du Plan stratégique de l&#39;OMD", "Types de tâche", "Table des matières"] {
            XCTAssertTrue(paginated.contains(">\(heading)</h2>"), heading)
        }

        let markdown = try CMark.html(try renderer.render(programme, as: .markdown))
        let root = try XCTUnwrap(HTMLTree.parse(markdown))
        let tableHeadings = try XCTUnwrap(root.descendants("thead").first).descendants("th").map { th in
            th.children.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined().trimmingCharacters(in: .whitespaces)
        }
        XCTAssertEqual(tableHeadings, Array(Self.frenchHeadings.dropFirst(2)))
        XCTAssertTrue(root.descendants("h2").map(\.text).contains("Programme de travail"))

        let word = try documentPart(DocxWriter(labels: TestLabels.french).write(programme), "word/document.xml")
        let table = try XCTUnwrap(HTMLTree.parseXML(word))
        let wordHeadings = try XCTUnwrap(table.descendants("w:tr").first).children("w:tc").map { cell in
            cell.descendants("w:r").filter { $0.descendants("w:vertalign").isEmpty }.flatMap { $0.descendants("w:t") }.map(\.text).joined()
        }
        XCTAssertEqual(wordHeadings, Self.frenchHeadings)
        let footer = try String(decoding: documentPart(DocxWriter(labels: TestLabels.french).write(programme), "word/footer1.xml"), as: UTF8.self)
        XCTAssertTrue(footer.contains(">Page </w:t>") && footer.contains("> sur </w:t>") && footer.contains(" NUMPAGES "))
    }

    func testALabelsFileInTheTemplatesFolderOverridesOneLabel() throws {
        let folder = try Repository.temporaryFolder("wpc-labels")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("labels"), withIntermediateDirectories: true)
        try "# mine\ncolumn.topic = Sujet\n".write(to: folder.appendingPathComponent("labels/fr.labels"), atomically: true, encoding: .utf8)
        let renderer = try ProgrammeRenderer(overrides: folder, formats: [.annex], language: .fr)
        var expected = Self.frenchHeadings
        expected[1] = "Sujet"
        XCTAssertEqual(try headings(try renderer.render(try Programmes.real(), as: .annex)), expected, "one label changed, the others bundled")
        let english = try ProgrammeRenderer(overrides: folder, formats: [.annex], language: .en)
        XCTAssertEqual(english.labels.heading(of: .topic), "Topic", "the French file does not touch English")
    }

    func testABadLabelsFileStopsTheRenderWithItsLineAndColumn() throws {
        let folder = try Repository.temporaryFolder("wpc-labels-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("labels"), withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("labels/en.labels")
        try "column.topic = Subject\n  column.taks = Jobs\n".write(to: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ProgrammeRenderer(overrides: folder, formats: [.annex])) { error in
            XCTAssertEqual("\(error)", "\(file.path):2:3: error: no label is called 'column.taks'; did you mean 'column.task'?")
        }
    }

    func testEveryBundledLabelsFileGivesEveryLabel() throws {
        var files: [Language: [String: String]] = [:]
        for language in Language.allCases {
            let file = BundledTemplates.directory.appendingPathComponent("labels/\(language.rawValue).labels")
            let texts = try LabelsFile.parse(try String(contentsOf: file, encoding: .utf8), file: file.path)
            XCTAssertEqual(Set(texts.keys), Set(LabelKey.all.map(\.name)), language.rawValue)
            files[language] = texts
        }
        // The reports, the dashboard and the pages: a translation keeps every placeholder and says something.
        for key in LabelKey.all {
            let english = files[.en]?[key.name] ?? "", french = files[.fr]?[key.name] ?? ""
            XCTAssertFalse(english.isEmpty || french.isEmpty, key.name)
            XCTAssertEqual(placeholders(english), placeholders(french), "\(key.name): a placeholder lost in translation")
        }
        XCTAssertEqual(TestLabels.french.heading(of: .progress), "État d'avancement")
        XCTAssertEqual(TestLabels.french[DiffLabel.quoteOpen.key], "« ", "a quoted text keeps its spaces")
    }

    /// The `{…}` of `text`, sorted.
    private func placeholders(_ text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.append(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found.sorted()
    }

    private func documentPart(_ docx: Data, _ path: String) throws -> Data {
        let archive = try Archive(data: docx, accessMode: .read)
        let entry = try XCTUnwrap(archive[path])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return data
    }
}
