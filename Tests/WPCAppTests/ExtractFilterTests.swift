import Foundation
import WPCTestSupport
import XCTest

/// `wpc extract` filters through the real binary: repeated values are a
/// union, different filters an intersection, and a filter that matches
/// nothing says so with the nearest names and exits 1, like grep.
final class ExtractFilterTests: XCTestCase {
    /// The task ids ("3.2") an extract holds.
    private func tasks(_ arguments: [String]) throws -> Set<String> {
        let result = try CommandRunner.wpc(["extract", Repository.seedXML, "--format", "json"] + arguments)
        XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        var ids = Set<String>()
        for topic in json["topics"] as? [[String: Any]] ?? [] {
            for task in topic["tasks"] as? [[String: Any]] ?? [] {
                ids.insert("\(topic["number"] as? Int ?? 0):\(task["text"] as? String ?? "")")
            }
        }
        return ids
    }

    func testRepeatedFiltersAreAUnionAndDifferentFiltersAnIntersection() throws {
        let imsc = try tasks(["--body", "IMSC"]), dmpt = try tasks(["--body", "DMPT"])
        XCTAssertFalse(imsc.isEmpty || dmpt.isEmpty)
        XCTAssertFalse(imsc.isSubset(of: dmpt) || dmpt.isSubset(of: imsc))
        XCTAssertEqual(try tasks(["--body", "IMSC", "--body", "DMPT"]), imsc.union(dmpt))

        let sp7 = try tasks(["--code", "SP7"]), sp8 = try tasks(["--code", "SP8"])
        XCTAssertEqual(try tasks(["--code", "SP7", "--code", "SP8"]), sp7.union(sp8))
        XCTAssertEqual(try tasks(["--body", "IMSC", "--code", "SP7"]), imsc.intersection(sp7))
        let typeA = try tasks(["--type", "A"]), typeM = try tasks(["--type", "M"])
        XCTAssertEqual(try tasks(["--type", "A", "--type", "M", "--body", "IMSC"]), typeA.union(typeM).intersection(imsc))

        let title = try CommandRunner.wpc(["extract", Repository.seedXML, "--body", "IMSC", "--body", "DMPT", "--format", "json"]).stdout
        XCTAssertTrue(title.contains("tasks of the Information Management Sub-Committee (IMSC) or the Data Model Project Team (DMPT)"))
    }

    func testAFilterThatMatchesNothingWarnsWithTheNearestNamesAndExitsOne() throws {
        let cases: [([String], String)] = [
            (["--code", "SP9"], "warning: --code SP9 matches no task; codes in use nearest to it: SP"),
            (["--type", "Z"], "warning: --type Z matches no task; types in use: "),
            (["--due", "2030"], "warning: --due 2030 matches no task; the timelines run from 2019 to 2022"),
            (["--body", "Enforcement Committee"], "warning: --body Enforcement Committee matches no task: no task names the Enforcement Committee (EC)"),
            (["--body", "Data Modle Team"], "warning: no responsible body is called 'Data Modle Team'; nearest known: DMPT (Data Model Project Team)"),
            (["--body", "DMPT", "--code", "SP8"], "warning: no task matches all the filters together"),
        ]
        for (arguments, warning) in cases {
            let result = try CommandRunner.wpc(["extract", Repository.seedXML] + arguments)
            XCTAssertEqual(result.status, 1, "\(arguments)")
            XCTAssertEqual(result.stdout, "", "nothing written: \(arguments)")
            XCTAssertTrue(result.stderr.hasPrefix(warning), "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.hasSuffix("warning: no task matches; nothing written\n"), result.stderr)
        }
        // One value of a union that matches nothing is a warning; the others still make the extract.
        let partial = try CommandRunner.wpc(["extract", Repository.seedXML, "--body", "PTC", "--body", "Enforcement Committee"])
        XCTAssertEqual(partial.status, 0)
        XCTAssertTrue(partial.stderr.contains("no task names the Enforcement Committee (EC)"))
        XCTAssertTrue(partial.stdout.hasPrefix("# Draft PTC Work Programme 2019-2022 — tasks of the Permanent Technical Committee (PTC) or the Enforcement Committee (EC)"))
        // --quiet keeps the status and drops the warnings.
        let quiet = try CommandRunner.wpc(["extract", Repository.seedXML, "--code", "SP9", "-q"])
        XCTAssertEqual(quiet.status, 1)
        XCTAssertEqual(quiet.stderr, "")
    }

    func testShellCompletionOffersFormatsAndTheBodiesOfTheRegistryBesideTheSource() throws {
        for shell in ["bash", "zsh", "fish"] {
            let script = try CommandRunner.wpc(["completions", shell])
            XCTAssertEqual(script.status, 0)
            XCTAssertTrue(script.stdout.contains("extract") && script.stdout.contains("watch"), shell)
            XCTAssertTrue(script.stdout.contains("docx") && script.stdout.contains("dashboard"), "\(shell) completes formats")
            XCTAssertTrue(script.stdout.contains("annex-pdf"), "\(shell) completes the PDF formats")
        }
        let bash = try CommandRunner.wpc(["completions", "bash"]).stdout
        XCTAssertTrue(bash.contains("'--lang')\n        __wpc_add_completions -W 'en'$'\\n''fr'"), "--lang completes en and fr")
        // What the scripts run when --body is being completed.
        let ids = try CommandRunner.wpc(["---completion", "extract", "--", "--body", "3", "0", "wpc", "extract", Repository.seedXML, "--body", ""])
        XCTAssertEqual(ids.status, 0, ids.stderr)
        let offered = ids.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(offered.contains("IMSC") && offered.contains("SWG") && offered.contains("WCO/UPU CC"), ids.stdout)
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let none = try CommandRunner.wpc(["---completion", "extract", "--", "--body", "3", "0", "wpc", "extract", folder.path, "--body", ""], in: folder)
        XCTAssertEqual(none.stdout, "", "no registry, no ids, no error")
    }
}
