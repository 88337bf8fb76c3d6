import WPCTemplateEngine
import XCTest

/// Standalone lines and partial indentation, as swift-mustache reads them.
final class WhitespaceTests: XCTestCase {
    func testStandaloneSectionTagsRemoveTheirLines() throws {
        let template = "start\n  {{#items}}\n  - {{name}}\n  {{/items}}\nend\n"
        let record = Sample.document(items: [Sample.item("a"), Sample.item("b")])
        XCTAssertEqual(try Engines.render(template, record), "start\n  - a\n  - b\nend\n")
    }

    func testStandaloneCommentAndPragmaLinesVanish() throws {
        XCTAssertEqual(try Engines.render("a\n  {{! note }}  \nb\n{{% CONTENT_TYPE: TEXT}}\nc\n", Sample.document()), "a\nb\nc\n")
    }

    func testInlineTagsKeepTheirWhiteSpace() throws {
        XCTAssertEqual(try Engines.render(" {{#draft}} x {{/draft}} \n", Sample.document(draft: true)), "  x  \n")
        XCTAssertEqual(try Engines.render("a {{title}} \n", Sample.document()), "a Plan \n")
    }

    func testCRLFLinesAreStandaloneToo() throws {
        XCTAssertEqual(try Engines.render("{{#draft}}\r\nyes\r\n{{/draft}}\r\n", Sample.document(draft: true)), "yes\r\n")
    }

    func testStandalonePartialIsIndentedLineByLine() throws {
        let partials = ["lines": "one\n{{title}}\nthree\n"]
        XCTAssertEqual(try Engines.render("<ul>\n  {{> lines}}\n</ul>\n", Sample.document(), partials: partials), "<ul>\n  one\n  Plan\n  three\n</ul>\n")
    }

    /// swift-mustache indents per rendering unit: each list element starts a
    /// unit whose first line is not indented again. The engine does the same,
    /// so a template renders alike through both.
    func testIndentationInsideAListFollowsSwiftMustache() throws {
        let partials = ["list": "{{#items}}\n- {{name}}\n{{/items}}\n"]
        let record = Sample.document(items: [Sample.item("a"), Sample.item("b")])
        XCTAssertEqual(try Engines.render("<ul>\n  {{> list}}\n</ul>\n", record, partials: partials), "<ul>\n  - a\n- b\n</ul>\n")
        XCTAssertEqual(try Engines.oracle("<ul>\n  {{> list}}\n</ul>\n", record, partials: partials), "<ul>\n  - a\n- b\n</ul>\n")
    }

    func testInlinePartialIsNotIndented() throws {
        let partials = ["two": "x\ny"]
        XCTAssertEqual(try Engines.render("  {{> two}} z\n", Sample.document(), partials: partials), "  x\ny z\n")
    }

    func testInterpolatedLineBreaksAreNotIndented() throws {
        let partials = ["p": "{{title}}\n"]
        XCTAssertEqual(try Engines.render("  {{>p}}\n", Sample.document(title: "a\nb"), partials: partials), "  a\nb\n")
    }

    func testNestedPartialsAddTheirIndentation() throws {
        let partials = ["outer": "o1\n  {{>inner}}\no2\n", "inner": "i1\ni2\n"]
        XCTAssertEqual(try Engines.render("  {{>outer}}\n", Sample.document(), partials: partials), "  o1\n    i1\n    i2\n  o2\n")
    }
}
