import Foundation
import WPCChecks
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

/// Every file of Corpus/ is a small programme with one slip, in annex text or
/// XML; Corpus/expected.tsv names the one diagnostic each must give (rule and
/// line), or "-" for a file that must give none. Reader notes count too: a
/// corpus file is otherwise clean.
final class CorpusTests: XCTestCase {
    private let corpus = Repository.path("Tests/WPCChecksTests/Corpus")

    private struct Expectation {
        var file: String
        var rule: String
        var line: Int
    }

    private func expectations() throws -> [Expectation] {
        let text = try String(contentsOfFile: corpus + "/expected.tsv", encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let cells = line.split(separator: "\t").map(String.init)
            guard cells.count == 3, let number = Int(cells[2]) else { return nil }
            return Expectation(file: cells[0], rule: cells[1], line: number)
        }
    }

    private func diagnostics(_ file: String) throws -> [Diagnostic] {
        let result = try SourceReader.read(path: corpus + "/" + file)
        return (result.diagnostics + CheckRunner().check(result.programme, registry: Fixture.registry, locator: result.locator)).sortedByLocation()
    }

    func testEachBrokenInputGivesExactlyItsRuleAtItsLine() throws {
        let expected = try expectations()
        XCTAssertGreaterThanOrEqual(expected.count, 50)
        for expectation in expected {
            let found = try diagnostics(expectation.file)
            let summary = found.map { "\($0.rule)@\($0.location?.line ?? 0)" }
            if expectation.rule == "-" {
                XCTAssertEqual(summary, [], expectation.file)
            } else {
                XCTAssertEqual(summary, ["\(expectation.rule)@\(expectation.line)"], expectation.file)
                XCTAssertEqual(found.first?.location?.file, corpus + "/" + expectation.file)
            }
        }
    }

    func testEveryRuleHasABrokenInputInBothFormats() throws {
        let expected = try expectations()
        for rule in CheckRunner.catalog {
            for format in ["annex/", "xml/"] {
                XCTAssertTrue(expected.contains { $0.rule == rule.id && $0.file.hasPrefix(format) }, "\(rule.id) has no \(format) corpus file")
            }
        }
    }

    func testEveryCorpusFileIsListed() throws {
        let listed = Set(try expectations().map(\.file))
        for folder in ["annex", "xml"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: corpus + "/" + folder) {
                XCTAssertTrue(listed.contains(folder + "/" + name), "\(folder)/\(name) is not in expected.tsv")
            }
        }
    }
}
