import WPCTemplateEngine
import XCTest

/// What the engine refuses when loading, each with file, line and column.
final class LoadErrorTests: XCTestCase {
    private func error(_ template: String, partials: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line) -> TemplateLoadError? {
        do {
            _ = try Engines.render(template, Sample.document(), partials: partials)
            XCTFail("loaded: \(template)", file: file, line: line)
            return nil
        } catch let error as TemplateLoadError {
            return error
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return nil
        }
    }

    func testUnknownNameIsAnErrorWithASuggestionAndItsPlace() {
        let error = error("line one\n<h1>{{titel}}</h1>")
        XCTAssertEqual(error?.file, "main.mustache")
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.column, 5)
        XCTAssertEqual(error?.message, "'titel' is not a variable of this template's view-model; did you mean 'title'?")
        XCTAssertEqual(error?.description, "main.mustache:2:5: error: 'titel' is not a variable of this template's view-model; did you mean 'title'?")
    }

    func testNamesAreResolvedInTheirContext() {
        XCTAssertNotNil(error("{{count}}"), "count belongs to items only")
        XCTAssertEqual(error("{{#owner}}{{nam}}{{/owner}}")?.message.contains("did you mean 'name'"), true)
        XCTAssertEqual(error("{{owner.mial}}")?.message, "'mial' is not a field of 'owner' (owner); did you mean 'mail'?")
        XCTAssertEqual(error("{{items.name}}")?.message.contains("has no field 'name'"), true)
        XCTAssertEqual(error("{{title.size}}")?.message.contains("has no field 'size'"), true)
    }

    func testRecordsAndListsCannotBePrinted() {
        XCTAssertEqual(error("{{items}}")?.message.contains("cannot be printed"), true)
        XCTAssertEqual(error("{{owner}}")?.message.contains("cannot be printed"), true)
        XCTAssertEqual(error("{{#items}}{{.}}{{/items}}")?.message.contains("cannot be printed"), true)
    }

    func testUnclosedAndMismatchedSections() {
        let unclosed = error("a\n{{#items}}x")
        XCTAssertEqual(unclosed?.line, 2)
        XCTAssertEqual(unclosed?.column, 1)
        XCTAssertEqual(unclosed?.message.contains("never closed"), true)
        let mismatched = error("{{#items}}\n  {{/owner}}")
        XCTAssertEqual(mismatched?.line, 2)
        XCTAssertEqual(mismatched?.column, 3)
        XCTAssertEqual(mismatched?.message.contains("does not close the section 'items'"), true)
        XCTAssertEqual(error("{{/items}}")?.message.contains("never opened"), true)
    }

    func testMissingAndRecursivePartials() {
        XCTAssertEqual(error("{{> nope}}", partials: ["row": ""])?.message, "partial 'nope' does not exist (known: main, row)")
        XCTAssertEqual(error("{{> a}}", partials: ["a": "{{#owner}}{{> b}}{{/owner}}", "b": "{{> a}}"])?.message.contains("includes itself (main → a → b → a)"), true)
    }

    func testAnUnusedPartialIsCheckedAgainstEveryShape() {
        XCTAssertNoThrow(try Engines.render("{{title}}", Sample.document(), partials: ["spare": "{{count}}"]), "count is a field of items")
        let spare = error("{{title}}", partials: ["spare": "ok\n{{cuont}}"])
        XCTAssertEqual(spare?.file, "spare.mustache")
        XCTAssertEqual(spare?.line, 2)
        XCTAssertEqual(spare?.message.contains("did you mean 'count'"), true)
        XCTAssertEqual(error("{{title}}", partials: ["spare": "{{> gone}}"])?.message.contains("partial 'gone' does not exist"), true)
    }

    func testUnsupportedMustacheIsRefusedByName() {
        XCTAssertEqual(error("{{=<% %>=}}")?.message.contains("delimiters"), true)
        XCTAssertEqual(error("{{<base}}{{/base}}")?.message.contains("inheritance"), true)
        XCTAssertEqual(error("{{$block}}x{{/block}}")?.message.contains("inheritance"), true)
        XCTAssertEqual(error("{{uppercased(title)}}")?.message.contains("transforms"), true)
        XCTAssertEqual(error("{{#first()}}x{{/first()}}")?.message.contains("transforms"), true)
        XCTAssertEqual(error("{{>*dynamic}}")?.message.contains("dynamic partial"), true)
        XCTAssertEqual(error("{{% CONTENT_TYPE: XML}}")?.message.contains("pragma"), true)
        XCTAssertEqual(error("{{% OTHER: TEXT}}")?.message.contains("pragma"), true)
    }

    func testMalformedTags() {
        XCTAssertEqual(error("a {{title")?.message.contains("unfinished"), true)
        XCTAssertEqual(error("a {{")?.message.contains("unfinished"), true)
        XCTAssertEqual(error("a {")?.message.contains("unfinished"), true)
        XCTAssertEqual(error("{{\ntitle}}")?.message.contains("line break"), true)
        XCTAssertEqual(error("{{ }}")?.message.contains("empty tag"), true)
        XCTAssertEqual(error("{{a b}}")?.message.contains("unfinished"), true)
        XCTAssertEqual(error("{{owner..name}}")?.message.contains("dot"), true)
        XCTAssertEqual(error("{{{title}}")?.message.contains("}}}"), true)
        XCTAssertEqual(error("{{! never closed")?.message.contains("comment"), true)
        XCTAssertEqual(error("{{>}}")?.message.contains("must name a partial"), true)
        XCTAssertTrue(error("{{#items}}")?.message.hasPrefix("template syntax error: ") == true)
    }
}
