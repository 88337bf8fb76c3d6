import Foundation
import WPCModel
import WPCRender
import WPCTestSupport
import XCTest

/// Text that looks like markup renders as visible text in every output, and
/// no script from the input runs in the browser.
final class EscapingTests: XCTestCase {
    static let script = "<script>document.title='pwned'</script>"
    static let attribute = #"" onmouseover="x"#
    static let image = #"<img src=x onerror="document.title='pwned'">"#

    private var hostile: Programme {
        var programme = SampleProgramme.make()
        programme.title = WrittenText("Programme " + Self.attribute)
        programme.topics[0].title = WrittenText(Self.attribute)
        programme.topics[0].tasks[0].text = WrittenText(Self.script)
        programme.topics[0].tasks[0].indicators[0].text = WrittenText(Self.image)
        programme.topics[0].tasks[0].bodies = WrittenText("</td></tr></table><b>bold</b>")
        programme.footnotes[0].text = WrittenText("**SG** " + Self.script)
        return programme
    }

    func testPaginatedHTMLShowsMarkupAsTextAndRunsNoScriptInTheBrowser() throws {
        let html = try ProgrammeRenderer(formats: [.html]).render(hostile, as: .html)
        let root = try XCTUnwrap(HTMLTree.parse(html))
        assertNoInjectedMarkup(root)
        let firstTask = root.descendants("td").first { $0.attributes["class"] == "task" }
        XCTAssertEqual(firstTask?.text, "1.1 " + Self.script)
        XCTAssertTrue(root.descendants("td").contains { $0.attributes["class"] == "topic" && $0.text == Self.attribute })
        XCTAssertTrue(root.descendants("div").contains { $0.attributes["class"]?.hasPrefix("band") == true && $0.text == Self.image })

        // In Chromium, with the page's Content-Security-Policy removed so only escaping protects it.
        let folder = try Repository.temporaryFolder("wpc-xss")
        defer { try? FileManager.default.removeItem(at: folder) }
        let measured = try PageMeasurer.measure(html, in: folder)
        XCTAssertEqual(measured.scriptElements, 0)
        XCTAssertEqual(measured.title, "Programme " + Self.attribute)
        XCTAssertEqual(measured.pages.first?.rows.first?.text, "1.1 " + Self.script, "the script shows as text")
    }

    func testAnnexShowsMarkupAsText() throws {
        let html = try ProgrammeRenderer(formats: [.annex]).render(hostile, as: .annex)
        let root = try XCTUnwrap(HTMLTree.parse(html))
        assertNoInjectedMarkup(root)
        XCTAssertEqual(root.descendants("td").first { $0.attributes["class"] == "task" }?.text, "1.1 " + Self.script)
        XCTAssertEqual(root.descendants("td").first { $0.attributes["class"] == "topic" }?.text, Self.attribute)
        XCTAssertEqual(root.descendants("td").first { $0.attributes["class"] == "bodies" }?.text, "</td></tr></table><b>bold</b>")
        XCTAssertEqual(root.descendants("title").first?.text, "Programme " + Self.attribute)
    }

    func testMarkdownShowsMarkupAsTextEvenWhenRawHTMLIsAllowed() throws {
        let markdown = try ProgrammeRenderer(formats: [.markdown]).render(hostile, as: .markdown)
        let root = try XCTUnwrap(HTMLTree.parse(try CMark.html(markdown, unsafe: true)))
        assertNoInjectedMarkup(root)
        let cells = root.descendants("td").map(\.text)
        XCTAssertTrue(cells.contains("1.1 " + Self.script))
        XCTAssertTrue(cells.contains(Self.image))
        XCTAssertTrue(cells.contains("</td></tr></table><b>bold</b>"))
        XCTAssertEqual(root.descendants("h3").first?.text, "1. " + Self.attribute)
    }

    func testMarkdownEscapeDefusesBlockAndInlineMarkup() {
        XCTAssertEqual(MarkdownEscape.text("# not a heading"), "\\# not a heading")
        XCTAssertEqual(MarkdownEscape.text("- not a list"), "\\- not a list")
        XCTAssertEqual(MarkdownEscape.text("1. not a list"), "1\\. not a list")
        XCTAssertEqual(MarkdownEscape.text("1.5 stays"), "1.5 stays")
        XCTAssertEqual(MarkdownEscape.cell("a | b\nc"), "a \\| b c")
        XCTAssertEqual(MarkdownEscape.cell("**x** [y](z)"), "\\*\\*x\\*\\* \\[y\\](z)")
    }

    /// GFM's autolink extension made `\<http://x\>` a link to `http://x\>`,
    /// backslash and all; an address in a cell or a paragraph now stays the
    /// text it was, and no link comes from the input.
    func testAddressesInMarkdownStayTextUnderGitHubsAutolinks() throws {
        let addresses = ["<http://x>", "see http://example.org/a_b*c", "www.wcoomd.org/en_us", "HTTPS://X.ORG/[x]", "ftp://files.example/a~b"]
        var programme = SampleProgramme.make()
        for (index, address) in addresses.enumerated() {
            programme.topics[0].tasks[0].indicators[0].text = WrittenText(address)
            programme.introduction[1].text = WrittenText(address)
            programme.topics[0].title = WrittenText("Topic \(index)")
            let markdown = try ProgrammeRenderer(formats: [.markdown]).render(programme, as: .markdown)
            let root = try XCTUnwrap(HTMLTree.parse(try CMark.html(markdown)))
            XCTAssertEqual(root.descendants("a").filter { $0.attributes["href"]?.hasPrefix("#") != true }.map(\.text), [], address)
            XCTAssertTrue(root.descendants("td").map(\.text).contains(address), "the cell shows \(address)")
            XCTAssertTrue(root.descendants("p").map(\.text).contains(address), "the paragraph shows \(address)")
        }
        XCTAssertEqual(MarkdownEscape.cell("<http://x>"), "\\<http\\://x\\>")
        XCTAssertEqual(MarkdownEscape.cell("www.x.org"), "www\\.x.org")
    }

    private func assertNoInjectedMarkup(_ root: HTMLElement, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(root.descendants("script").count, 0, "no script element", file: file, line: line)
        XCTAssertEqual(root.descendants("img").count, 0, "no img element", file: file, line: line)
        XCTAssertEqual(root.descendants("b").count, 0, "no b element", file: file, line: line)
        XCTAssertFalse(root.allAttributeNames.contains("onmouseover"), file: file, line: line)
        XCTAssertFalse(root.allAttributeNames.contains("onerror"), file: file, line: line)
    }
}
