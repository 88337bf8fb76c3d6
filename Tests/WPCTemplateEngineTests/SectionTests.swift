import WPCTemplateEngine
import XCTest

/// Sections and inverted sections over lists, flags, records and texts, and the context stack.
final class SectionTests: XCTestCase {
    func testListSectionRendersOncePerElementWithTheElementAsContext() throws {
        let record = Sample.document(items: [Sample.item("a", count: 1), Sample.item("b", count: 2)])
        XCTAssertEqual(try Engines.render("{{#items}}{{name}}={{count}};{{/items}}", record), "a=1;b=2;")
    }

    func testEmptyListRendersTheInvertedSectionOnly() throws {
        let template = "{{#items}}x{{/items}}{{^items}}none{{/items}}"
        XCTAssertEqual(try Engines.render(template, Sample.document()), "none")
        XCTAssertEqual(try Engines.render(template, Sample.document(items: [Sample.item("a")])), "x")
    }

    func testFlagSectionsKeepTheContext() throws {
        let template = "{{#draft}}draft {{title}}{{/draft}}{{^draft}}final{{/draft}}"
        XCTAssertEqual(try Engines.render(template, Sample.document(draft: true)), "draft Plan")
        XCTAssertEqual(try Engines.render(template, Sample.document(draft: false)), "final")
    }

    func testRecordSectionPushesTheRecord() throws {
        XCTAssertEqual(try Engines.render("{{#owner}}{{name}} <{{mail}}>{{/owner}}", Sample.document(owner: "Ann", mail: "a@x")), "Ann <a@x>")
        XCTAssertEqual(try Engines.render("{{#reviewer}}by {{name}}{{/reviewer}}{{^reviewer}}unreviewed{{/reviewer}}", Sample.document()), "unreviewed")
    }

    /// As swift-mustache: a present text opens its section even when empty,
    /// and the number 0 opens its section too.
    func testPresentTextAndZeroAreTrue() throws {
        XCTAssertEqual(try Engines.render("{{#subtitle}}[{{.}}]{{/subtitle}}{{^subtitle}}no{{/subtitle}}", Sample.document(subtitle: "")), "[]")
        XCTAssertEqual(try Engines.render("{{#pages}}p{{.}}{{/pages}}{{^pages}}none{{/pages}}", Sample.document(pages: 0)), "p0")
        XCTAssertEqual(try Engines.render("{{#subtitle}}x{{/subtitle}}{{^subtitle}}no{{/subtitle}}", Sample.document()), "no")
    }

    func testNamesClimbTheContextStack() throws {
        let record = Sample.document(title: "T", items: [Sample.item("a"), Sample.item("b")])
        XCTAssertEqual(try Engines.render("{{#items}}{{title}}/{{name}} {{/items}}", record), "T/a T/b ")
        XCTAssertEqual(try Engines.render("{{#owner}}{{#items}}{{pages}}{{/items}}{{/owner}}", Sample.document(items: [Sample.item("a")])), "3")
    }

    /// An absent field lets the lookup go on outwards, as swift-mustache does.
    func testAnAbsentFieldFallsBackToTheEnclosingContext() throws {
        let withNote = Sample.document(subtitle: "outer", items: [Sample.item("a", note: "inner"), Sample.item("b")])
        let shape = TemplateShape("wrapper", [.init("note", .optionalText), .init("doc", .record(Sample.document))])
        let wrapper = TemplateRecord(shape, [.text("outside"), .record(withNote)])
        XCTAssertEqual(try Engines.render("{{#doc}}{{#items}}{{note}};{{/items}}{{/doc}}", wrapper), "inner;outside;")
        XCTAssertEqual(try Engines.oracle("{{#doc}}{{#items}}{{note}};{{/items}}{{/doc}}", wrapper), "inner;outside;")
    }

    func testAnchoredNameLooksInTheCurrentContextOnly() throws {
        let record = Sample.document(items: [Sample.item("a")])
        XCTAssertEqual(try Engines.render("{{#items}}{{.name}}{{/items}}", record), "a")
        XCTAssertThrowsError(try Engines.render("{{#items}}{{.title}}{{/items}}", record))
    }

    func testSectionsNest() throws {
        let record = Sample.document(draft: true, items: [Sample.item("a", done: true), Sample.item("b")])
        let template = "{{#items}}{{#done}}{{#draft}}{{name}} done in draft{{/draft}}{{/done}}{{^done}}{{name}} open{{/done}};{{/items}}"
        XCTAssertEqual(try Engines.render(template, record), "a done in draft;b open;")
    }

    func testCommentsRenderNothing() throws {
        XCTAssertEqual(try Engines.render("a{{! a comment }}b{{!\nmultiline\n}}c", Sample.document()), "abc")
    }
}

/// Lists whose elements are made as they are rendered.
final class GeneratedListTests: XCTestCase {
    func testAGeneratedListRendersLikeTheSameList() throws {
        let items = [Sample.item("a", count: 1), Sample.item("b", count: 2)]
        var record = Sample.document(items: items)
        let template = "{{#items}}{{name}}={{count}};{{/items}}{{^items}}none{{/items}}"
        let listed = try Engines.render(template, record)
        record.values[4] = .generated(TemplateSequence(count: items.count) { items[$0] })
        XCTAssertEqual(try Engines.render(template, record), listed)
        XCTAssertEqual(record.nonconformities(), [])
        record.values[4] = .generated(TemplateSequence(count: 0) { _ in .absent })
        XCTAssertEqual(try Engines.render(template, record), "none")
    }
}
