import Foundation
import WPCApp
import WPCModel
import WPCRender
import WPCSources
import WPCTestSupport
import XCTest

/// The legend once: the seed's Word export prints the legend's footnote again
/// under ⁴, ⁵, ⁶ and ⁷ (⁵ and ⁶ without the bold), and every output used to
/// print it each time. Now the annex HTML, the paginated HTML, the Markdown
/// (as cmark-gfm reads it) and every extract print it once, their marks
/// pointing to it; a footnote that says something else stays.
final class LegendOnceTests: XCTestCase {
    private static let legendStart = "Strategic Goal ("

    private func count(_ text: String) -> Int { text.components(separatedBy: Self.legendStart).count - 1 }

    /// The visible text of an HTML page: its body, markup and entities resolved.
    private func visibleText(_ html: String) throws -> String { try XCTUnwrap(HTMLTree.parse(html)).descendants("body").map(\.text).joined() }

    func testTheAnnexThePaginatedHTMLAndTheMarkdownPrintTheLegendOnce() throws {
        let programme = try Programmes.real()
        XCTAssertEqual(programme.footnotes.filter { $0.plainText.hasPrefix(Self.legendStart) }.count, 5, "the model keeps every footnote")
        let renderer = try ProgrammeRenderer(formats: [.annex, .html, .markdown])
        for format in [RenderFormat.annex, .html] {
            let html = try renderer.render(programme, as: format)
            XCTAssertEqual(count(try visibleText(html)), 1, "\(format)")
            // Every mark links to a footnote the page holds.
            let root = try XCTUnwrap(HTMLTree.parse(html))
            let ids = Set(root.descendantsWithAttribute("id").compactMap { $0.attributes["id"] })
            for mark in root.descendants("a") where mark.attributes["class"] == "mark" {
                XCTAssertTrue(ids.contains(String((mark.attributes["href"] ?? "").dropFirst())), "\(format): mark \(mark.text) links nowhere")
            }
        }
        let markdown = try renderer.render(programme, as: .markdown)
        XCTAssertEqual(count(try visibleText(try CMark.html(markdown))), 1, "markdown")
    }

    func testEveryExtractPrintsTheLegendOnce() throws {
        let (programme, registry) = try ExtractJob.load(source: Repository.seedXML, bodiesPath: nil)
        let folder = try Repository.temporaryFolder("wpc-legend-once")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try ExtractJob(programme: programme, registry: registry, labels: TestLabels.english).writePerBody(to: folder.path, format: .annex)
        XCTAssertGreaterThan(written.count, 10)
        for file in written {
            let html = try String(contentsOfFile: file.path, encoding: .utf8)
            XCTAssertEqual(count(try visibleText(html)), 1, file.path)
        }
    }

    func testAFootnoteThatSaysSomethingElseIsKept() throws {
        var programme = try Programmes.real()
        programme.footnotes.append(Footnote(mark: "⁸", text: "Strategic Goal (SG): a different text"))
        let html = try ProgrammeRenderer(formats: [.annex]).render(programme, as: .annex)
        XCTAssertEqual(count(try visibleText(html)), 2)
    }
}

extension HTMLElement {
    /// Every descendant element carrying `attribute`.
    func descendantsWithAttribute(_ attribute: String) -> [HTMLElement] {
        var found: [HTMLElement] = []
        for case .element(let child) in children {
            if child.attributes[attribute] != nil { found.append(child) }
            found += child.descendantsWithAttribute(attribute)
        }
        return found
    }
}
