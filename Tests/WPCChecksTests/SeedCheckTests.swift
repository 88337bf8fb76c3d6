import Foundation
import WPCChecks
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

/// The checks on the real document. The expected findings come from reading
/// the seed (Input/ptc-work-programme-2019-2022.txt) by hand; line numbers are
/// the seed's.
final class SeedCheckTests: XCTestCase {
    /// (line, rule) of every slip the seed has, in order of line and column.
    static let expectedSlips: [(line: Int, rule: String)] = [
        (28, "structure.empty-cell"),            // "Update the ECP Toolkit": no plan codes
        (43, "structure.empty-cell"),            // "Keep TRS tools up to date": no plan codes
        (44, "timeline.variant-spelling"),       // topic 4: "On-going"
        (51, "structure.empty-cell"),            // "Provide Guidance on the reports …": no plan codes
        (51, "body.leftover-text"),              // "… Audit Committee etc."
        (79, "structure.empty-cell"),            // Glossary task 2: no plan codes
        (79, "structure.empty-cell"),            // … no responsible body
        (79, "structure.task-without-indicator"), // … no indicator, no timeline
        (96, "type.missing"),                    // topic 12, Customs-Railway Guidelines: no type
        (124, "type.long-form"),                 // topic 18: "Advanced" for "A"
        (151, "numbering.mixed-style"),          // topics 22–24 written "22", the rest "1."
        (159, "plan.duplicate-code"),            // topic 22: "SO1 SO3 SP1 SP6 SP6 LD1"
        (174, "footnote.legend-mismatch"),       // ⁵ writes (SG) where ¹ writes (**SG**)
        (220, "footnote.legend-mismatch"),       // ⁶ likewise
        (227, "structure.empty-cell"),           // "Establish a GNC UB Repository …": no plan codes
        (230, "numbering.mixed-style"),          // topics 29–31
        (239, "structure.empty-cell"),           // "Engage with other International Organizations concerning Single Window": no plan codes
    ]

    private func check(_ path: String) throws -> (read: ReadResult, found: [Diagnostic]) {
        let read = try SourceReader.read(path: path)
        let registry = try BodyRegistryReader.read(path: Repository.bodies)
        return (read, CheckRunner().check(read.programme, registry: registry, locator: read.locator))
    }

    func testSeedTextGivesItsRealSlipsAndNothingElse() throws {
        let (_, found) = try check(Repository.seedText)
        XCTAssertEqual(found.map { "\($0.location?.line ?? 0) \($0.rule)" },
                       SeedCheckTests.expectedSlips.map { "\($0.line) \($0.rule)" })
    }

    func testSeedTextHasNoErrorsAtAll() throws {
        let (read, found) = try check(Repository.seedText)
        let errors = (read.diagnostics + found).filter { $0.severity == .error }
        XCTAssertEqual(errors.map { "\($0.location?.description ?? "") \($0.message)" }, [])
        XCTAssertEqual(CheckOutcome(read.diagnostics + found, strict: false), .clean)
        XCTAssertEqual(CheckOutcome(read.diagnostics + found, strict: true), .failed)
    }

    func testSeedCaretsStandUnderTheOffendingText() throws {
        let (read, found) = try check(Repository.seedText)
        let lines = read.source.lines
        func spanned(_ rule: String) -> [String] {
            found.filter { $0.rule == rule }.compactMap { diagnostic in
                guard let location = diagnostic.location, let line = lines.line(location.line) else { return nil }
                return String(Array(line)[(location.column - 1)..<(location.column - 1 + diagnostic.length)])
            }
        }
        XCTAssertEqual(spanned("plan.duplicate-code"), ["SP6"])
        XCTAssertEqual(spanned("type.long-form"), ["Advanced"])
        XCTAssertEqual(spanned("timeline.variant-spelling"), ["On-going"])
        XCTAssertEqual(spanned("body.leftover-text"), ["etc."])
        XCTAssertEqual(spanned("numbering.mixed-style"), ["22", "29"])
        XCTAssertEqual(spanned("footnote.legend-mismatch"), ["(SG):", "(SG):"])
    }

    func testSeedXMLGivesTheSameSlipsPointingIntoTheXML() throws {
        let (textRead, textFound) = try check(Repository.seedText)
        let (xmlRead, xmlFound) = try check(Repository.seedXML)
        XCTAssertEqual(xmlFound.map(\.rule).sorted(), textFound.map(\.rule).sorted())
        XCTAssertTrue(xmlFound.allSatisfy { $0.location?.file == Repository.seedXML })
        XCTAssertEqual(xmlRead.diagnostics.filter { $0.severity == .error }.map(\.message), [])
        // Where a slip has a span, the XML's caret covers the same words as the text's.
        let textLines = textRead.source.lines, xmlLines = xmlRead.source.lines
        func words(_ found: [Diagnostic], _ lines: LineIndex, _ rule: String) -> [String] {
            found.filter { $0.rule == rule }.compactMap { diagnostic in
                guard let location = diagnostic.location, location.column > 0, let line = lines.line(location.line) else { return nil }
                let characters = Array(line)
                let start = location.column - 1
                return String(characters[start..<min(characters.count, start + diagnostic.length)])
            }
        }
        for rule in ["plan.duplicate-code", "type.long-form", "timeline.variant-spelling", "body.leftover-text",
                     "numbering.mixed-style", "footnote.legend-mismatch"] {
            XCTAssertEqual(words(xmlFound, xmlLines, rule), words(textFound, textLines, rule), rule)
        }
    }
}
