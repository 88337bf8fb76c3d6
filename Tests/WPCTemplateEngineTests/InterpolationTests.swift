import WPCTemplateEngine
import XCTest

/// Printing values: escaping, triple mustache and `&`, dotted names, the implicit iterator.
final class InterpolationTests: XCTestCase {
    func testTextIsHTMLEscapedWithSwiftMustachesTable() throws {
        let record = Sample.document(title: #"<a href="x">Tom & 'Jerry'</a>"#)
        XCTAssertEqual(try Engines.render("{{title}}", record), "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
    }

    func testTripleMustacheAndAmpersandPrintAsIs() throws {
        let record = Sample.document(title: "<b>&</b>")
        XCTAssertEqual(try Engines.render("{{{title}}}|{{&title}}|{{{ title }}}|{{& title }}", record), "<b>&</b>|<b>&</b>|<b>&</b>|<b>&</b>")
    }

    func testNumbersAndFlagsPrintInDecimalAndAsTrueOrFalse() throws {
        let record = Sample.document(draft: true, pages: -12)
        XCTAssertEqual(try Engines.render("{{pages}} {{draft}}", record), "-12 true")
    }

    func testAbsentTextPrintsNothing() throws {
        XCTAssertEqual(try Engines.render("[{{subtitle}}]", Sample.document()), "[]")
    }

    func testDottedNamesGoIntoRecords() throws {
        let record = Sample.document(owner: "Ann", reviewer: "Bo")
        XCTAssertEqual(try Engines.render("{{owner.name}} {{reviewer.name}} {{reviewer.mail}}", record), "Ann Bo ")
        XCTAssertEqual(try Engines.render("[{{reviewer.name}}]", Sample.document()), "[]")
    }

    func testImplicitIteratorPrintsTheCurrentText() throws {
        let record = Sample.document(subtitle: "<sub>", tags: ["a", "b&c"])
        XCTAssertEqual(try Engines.render("{{#tags}}({{.}}){{/tags}} {{#subtitle}}{{.}}{{/subtitle}}", record), "(a)(b&amp;c) &lt;sub&gt;")
    }

    func testTextPragmaTurnsEscapingOffForTheRestOfItsTemplate() throws {
        let record = Sample.document(title: "a<b", tags: ["x&y"])
        XCTAssertEqual(try Engines.render("{{title}} {{% CONTENT_TYPE: TEXT}}{{title}}{{#tags}} {{.}}{{/tags}}", record), "a&lt;b a<b x&y")
        XCTAssertEqual(try Engines.render("{{% CONTENT_TYPE: TEXT}}\n{{title}}\n{{% CONTENT_TYPE: HTML}}\n{{title}}\n", record), "a<b\na&lt;b\n")
    }

    func testAPartialStartsEscapingAgainUnlessItDeclaresText() throws {
        let record = Sample.document(title: "a<b")
        XCTAssertEqual(try Engines.render("{{% CONTENT_TYPE: TEXT}}{{title}} {{>p}}", record, partials: ["p": "{{title}}"]), "a<b a&lt;b")
        XCTAssertEqual(try Engines.render("{{% CONTENT_TYPE: TEXT}}{{>p}}", record, partials: ["p": "{{% CONTENT_TYPE: TEXT}}{{title}}"]), "a<b")
    }

    func testEscapingWorksOnBytesEvenBeforeACombiningMark() {
        // One Character in Swift ("<" + U+0338), which swift-mustache leaves
        // unescaped; a browser still reads the "<".
        XCTAssertEqual(HTMLEscape.escape("<\u{338}script>"), "&lt;\u{338}script&gt;")
        XCTAssertEqual(HTMLEscape.escape("plain é ü"), "plain é ü")
        XCTAssertEqual(HTMLEscape.escape(""), "")
    }
}
