import WPCModel
import XCTest

/// Labels files: `key = text` lines, each key known and given once, each
/// placeholder one its key takes; every mistake named by file, line and column.
final class LabelsFileTests: XCTestCase {
    private func error(_ text: String) -> LabelsError? {
        do {
            _ = try LabelsFile.parse(text, file: "fr.labels")
            return nil
        } catch {
            return error
        }
    }

    func testLinesGiveKeysTheirTextsAndCommentsAndBlankLinesAreSkipped() throws {
        let texts = try LabelsFile.parse("\u{FEFF}# headings\r\n\n  column.topic =   Thème  \r\npage.numbering = Page {page} sur {pages}\n", file: "fr.labels")
        XCTAssertEqual(texts, ["column.topic": "Thème", "page.numbering": "Page {page} sur {pages}"])
        XCTAssertEqual(try LabelsFile.parse("column.progress =", file: "x"), ["column.progress": ""], "an empty text is a text")
    }

    func testATextBetweenDoubleQuotesKeepsItsSpaces() throws {
        let texts = try LabelsFile.parse("diff.list-separator = \", \"\ndiff.quote-open =  \"« \"\ncolumn.task = \"Tâches\" et \"sous-tâches\"\n", file: "fr.labels")
        XCTAssertEqual(texts["diff.list-separator"], ", ")
        XCTAssertEqual(texts["diff.quote-open"], "« ")
        XCTAssertEqual(texts["column.task"], "Tâches\" et \"sous-tâches", "the outer quotes go, whatever is between them")
        XCTAssertEqual(try XCTUnwrap(error("diff.heading = \"Changes to {neu}\"")).location.column, 28, "columns count from the line, quote included")
    }

    func testAnUnknownKeyIsNamedWithItsPlaceAndTheNearestKey() throws {
        let found = try XCTUnwrap(error("column.topic = Thème\n\n   colum.task = Tâches\n"))
        XCTAssertEqual(found.description, "fr.labels:3:4: error: no label is called 'colum.task'; did you mean 'column.task'?")
    }

    func testAKeyGivenTwiceIsAnError() throws {
        let found = try XCTUnwrap(error("column.topic = Thème\ncolumn.topic = Sujet\n"))
        XCTAssertEqual(found.description, "fr.labels:2:1: error: label 'column.topic' is given twice (first on line 1)")
    }

    func testALineWithoutEqualsOrKeyIsAnError() throws {
        XCTAssertEqual(try XCTUnwrap(error("column.topic Thème")).description, "fr.labels:1:1: error: expected 'key = text'")
        XCTAssertEqual(try XCTUnwrap(error("\n = Thème")).description, "fr.labels:2:2: error: a label needs a key before '='")
    }

    func testAPlaceholderTheKeyDoesNotTakeIsPointedAt() throws {
        let found = try XCTUnwrap(error("page.numbering = Pâge {page} sur {total}"))
        XCTAssertEqual(found.description, "fr.labels:1:34: error: label 'page.numbering' has no placeholder {total}; it takes {page}, {pages}")
        XCTAssertEqual(try XCTUnwrap(error("column.task = Tâches {page}")).location.column, 22)
        XCTAssertNil(error("column.task = Tâches {à faire} { }"), "braces around other text are text")
    }

    func testPlaceholdersAreFilledAndOthersKept() {
        let labels = Labels(language: .fr, texts: ["page.numbering": "Page {page} sur {pages} {x}"])
        XCTAssertEqual(labels.text(.pageNumbering, ["page": "3", "pages": "12"]), "Page 3 sur 12 {x}")
        XCTAssertEqual(labels[.columnTask], "column.task", "a label no file gave reads as its key")
        XCTAssertEqual(labels.heading(of: .task), "column.task")
    }

    func testEveryKeyIsNamedOnceAndItsGroupsAreDotted() {
        let names = LabelKey.all.map(\.name)
        XCTAssertEqual(Set(names).count, names.count)
        XCTAssertTrue(names.allSatisfy { $0.contains(".") })
        for name in names {
            XCTAssertFalse(names.contains { $0.hasPrefix(name + ".") }, "\(name) is both a label and a group")
        }
    }

    func testALanguageIsFoundFromItsTag() {
        XCTAssertEqual(Language(tag: "fr"), .fr)
        XCTAssertEqual(Language(tag: "FR-ca"), .fr)
        XCTAssertEqual(Language(tag: "en-GB"), .en)
        XCTAssertNil(Language(tag: "de"))
        var programme = Programme(title: "T")
        XCTAssertEqual(Language.default(for: programme), .en)
        programme.language = "fr-BE"
        XCTAssertEqual(Language.default(for: programme), .fr)
        programme.language = "es"
        XCTAssertEqual(Language.default(for: programme), .en, "a language wpc has no labels for gives English")
    }
}
