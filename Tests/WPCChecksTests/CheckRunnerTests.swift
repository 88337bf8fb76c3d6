import WPCChecks
import WPCModel
import XCTest

final class CheckRunnerTests: XCTestCase {
    func testRuleIdsAreUniqueAndNamespaced() {
        let ids = CheckRunner.allRules.map(\.id)
        XCTAssertEqual(Set(ids).count, ids.count)
        let areas: Set<String> = ["plan", "footnote", "type", "body", "numbering", "timeline", "structure"]
        for id in ids {
            XCTAssertTrue(areas.contains(String(id.prefix { $0 != "." })), id)
        }
    }

    func testEveryRulesFindingsCarryItsIdAndSeverity() {
        var broken = Fixture.Row()
        broken.plan = "sp6 SP9 SP1 SO1 SP1"
        broken.type = "Advanced"
        broken.bodies = "PTC Unknown Group etc."
        broken.timeline = "Jnue 2025 On-going"
        let programme = Fixture.programme([Fixture.topic("1.", line: 5, rows: [broken]), Fixture.topic("3", line: 7)])
        for rule in CheckRunner.allRules {
            for diagnostic in Fixture.run(rule, programme) {
                XCTAssertEqual(diagnostic.rule, rule.id)
                XCTAssertEqual(diagnostic.severity, rule.severity, rule.id)
            }
        }
    }

    func testFindingsAreSortedByLocationAndStable() {
        var row = Fixture.Row()
        row.plan = "SP9 SG"
        row.type = "X"
        let programme = Fixture.programme([Fixture.topic("2.", line: 9), Fixture.topic("1.", line: 5, rows: [row])])
        let found = CheckRunner().check(programme, registry: Fixture.registry, locator: SourceLocator(file: Fixture.file))
        let keys = found.map { [$0.location?.line ?? 0, $0.location?.column ?? 0] }
        XCTAssertEqual(keys, keys.sorted { $0.lexicographicallyPrecedes($1) })
        XCTAssertEqual(found, CheckRunner().check(programme, registry: Fixture.registry, locator: SourceLocator(file: Fixture.file)))
        XCTAssertEqual(found.first?.location?.line, 5)
    }

    func testCleanProgrammeHasNoFindings() {
        let programme = Fixture.programme([Fixture.topic("1.", line: 5), Fixture.topic("2.", line: 6)])
        XCTAssertEqual(CheckRunner().check(programme, registry: Fixture.registry, locator: SourceLocator(file: Fixture.file)), [])
    }

    func testOutcomeFollowsErrorsStrictnessAndReadability() {
        let warning = Diagnostic(.warning, "type.missing", "m", at: nil)
        let error = Diagnostic(.error, "type.unknown", "m", at: nil)
        let note = Diagnostic(.note, "plan.code-order", "m", at: nil)
        XCTAssertEqual(CheckOutcome([], strict: true), .clean)
        XCTAssertEqual(CheckOutcome([note, warning], strict: false), .clean)
        XCTAssertEqual(CheckOutcome([note], strict: true), .clean)
        XCTAssertEqual(CheckOutcome([warning], strict: true), .failed)
        XCTAssertEqual(CheckOutcome([error], strict: false), .failed)
        XCTAssertEqual(CheckOutcome([], strict: false, unreadable: true), .unreadable)
        XCTAssertEqual(CheckOutcome.unreadable.rawValue, 2)
    }
}
