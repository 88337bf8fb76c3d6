import WPCChecks
import WPCModel
import XCTest

final class FootnoteRuleTests: XCTestCase {
    private let legendText = "Strategic Goal (**SG**): Provide leadership; Strategic Objectives (SOs): **SO1** – Facilitation"

    private func heading(_ marks: [(String, Column)], line: Int) -> HeadingRow {
        HeadingRow(marks: marks.enumerated().map { index, mark in
            FootnoteReference(mark: mark.0, column: mark.1,
                              origin: Origin(line: line, byteColumn: 20 + 10 * index))
        })
    }

    func testHeadingMarkWithoutFootnoteIsAnError() {
        let programme = Fixture.programme([Fixture.topic("1.", line: 5)],
                                          footnotes: [Footnote(mark: "¹", text: Fixture.at(legendText, line: 20, column: 3))],
                                          headings: [heading([("¹", .plan), ("²", .type)], line: 4)])
        let found = Fixture.run(UndefinedFootnoteMarkerRule(), programme)
        XCTAssertEqual(found.map(\.message), ["footnote marker '²' has no footnote"])
        XCTAssertEqual(found.first?.location, SourceLocation(file: Fixture.file, line: 4, column: 30))
        XCTAssertEqual(found.first?.severity, .error)
    }

    func testSuperscriptInACellIsAMarker() {
        var row = Fixture.Row()
        row.indicator = "Compendium endorsed³"
        let found = Fixture.run(UndefinedFootnoteMarkerRule(), Fixture.programme(row: row))
        XCTAssertEqual(found.map(\.rule), ["footnote.undefined-marker"])
        // The mark is the 20th character of the indicator cell.
        XCTAssertEqual(found.first?.location?.column, row.column(6) + 19)
    }

    func testDefinedMarkersPass() {
        let programme = Fixture.programme([Fixture.topic("1.", line: 5)],
                                          footnotes: [Footnote(mark: "¹", text: Fixture.at(legendText, line: 20, column: 3))],
                                          headings: [heading([("¹", .plan)], line: 4)])
        XCTAssertEqual(Fixture.run(UndefinedFootnoteMarkerRule(), programme), [])
        XCTAssertEqual(Fixture.run(UnreferencedFootnoteRule(), programme), [])
    }

    func testFootnoteNobodyPointsAtIsAWarning() {
        let programme = Fixture.programme([Fixture.topic("1.", line: 5)],
                                          footnotes: [Footnote(mark: "¹", text: Fixture.at(legendText, line: 20, column: 3)),
                                                      Footnote(mark: "⁹", text: Fixture.at("Dates are indicative.", line: 22, column: 3))],
                                          headings: [heading([("¹", .plan)], line: 4)])
        let found = Fixture.run(UnreferencedFootnoteRule(), programme)
        XCTAssertEqual(found.map(\.message), ["footnote '⁹' is never referenced"])
        XCTAssertEqual(found.first?.location?.line, 22)
        XCTAssertEqual(found.first?.length, "Dates".count)
    }

    func testRepeatedLegendThatDropsTheEmphasisSaysWhatDiffers() {
        let repeated = legendText.replacingOccurrences(of: "(**SG**)", with: "(SG)")
        let programme = Fixture.programme([Fixture.topic("1.", line: 5)],
                                          footnotes: [Footnote(mark: "¹", text: Fixture.at(legendText, line: 20, column: 3)),
                                                      Footnote(mark: "⁵", text: Fixture.at(repeated, line: 40, column: 3))],
                                          headings: [heading([("¹", .plan)], line: 4), heading([("⁵", .plan)], line: 30)])
        let found = Fixture.run(LegendFootnoteMismatchRule(), programme)
        XCTAssertEqual(found.map(\.message),
                       ["footnote '⁵' repeats the legend of footnote '¹' but writes '(SG):' where '¹' writes '(**SG**):'"])
        // "Strategic Goal " is 15 characters: the caret goes under "(SG):".
        XCTAssertEqual(found.first?.location, SourceLocation(file: Fixture.file, line: 40, column: 3 + 15))
        XCTAssertEqual(found.first?.length, 5)
    }

    func testEveryDifferenceIsCounted() {
        let repeated = legendText.replacingOccurrences(of: "(**SG**)", with: "(SG)").replacingOccurrences(of: "Facilitation", with: "Trade")
        let programme = Fixture.programme([Fixture.topic("1.", line: 5)],
                                          footnotes: [Footnote(mark: "¹", text: Fixture.at(legendText, line: 20)),
                                                      Footnote(mark: "⁴", text: Fixture.at(repeated, line: 40))],
                                          headings: [heading([("¹", .plan)], line: 4), heading([("⁴", .plan)], line: 30)])
        XCTAssertEqual(Fixture.run(LegendFootnoteMismatchRule(), programme).first?.message.hasSuffix("(and 1 more difference)"), true)
    }

    func testIdenticalRepeatOfTheLegendPasses() {
        let programme = Fixture.programme([Fixture.topic("1.", line: 5)],
                                          footnotes: [Footnote(mark: "¹", text: Fixture.at(legendText, line: 20)),
                                                      Footnote(mark: "⁴", text: Fixture.at(legendText, line: 40))],
                                          headings: [heading([("¹", .plan)], line: 4), heading([("⁴", .plan)], line: 30)])
        XCTAssertEqual(Fixture.run(LegendFootnoteMismatchRule(), programme), [])
    }
}
