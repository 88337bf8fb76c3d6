import Foundation
import WPCTestSupport
import XCTest

/// The numbers a dashboard shows — in every chart's `<title>`s — are the
/// counts of the programme itself: each is compared with a count made here
/// from `wpc render --format json` (and `wpc check --format json` for the
/// findings), by code written for the test, on the bundled programme (a lane
/// per topic) and on a generated one of 800 topics (lanes of bands).
final class DashboardCountTests: XCTestCase {
    private struct Rendered {
        var titles: DashboardTitles
        var expected: ExpectedDashboardCounts
        var lanes: [ExpectedDashboardCounts.Lane]
        var html: String
    }

    private let lane = #"(Topics? [0-9,]+(?:–[0-9,]+)?|All topics)"#
    private let count = #"([0-9,]+)"#

    private func render(_ source: String) throws -> Rendered {
        let json = try CommandRunner.wpc(["render", source, "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let page = try CommandRunner.wpc(["render", source, "--format", "dashboard"])
        XCTAssertEqual(page.status, 0, page.stderr)
        let titles = try DashboardTitles(html: page.stdout)
        let expected = try ExpectedDashboardCounts(json: Data(json.stdout.utf8))
        // The lanes the coverage matrix names, each topic in exactly one.
        let names = Set(try titles.matches("coverage", #"(Topics? [0-9,]+(?:–[0-9,]+)?): [0-9,]+ tasks?"#).map { $0[0] })
        let lanes = try expected.lanes(named: names)
        XCTAssertEqual(lanes.flatMap(\.topics).sorted(), Array(0..<expected.topicCount), "every topic in one lane")
        return Rendered(titles: titles, expected: expected, lanes: lanes, html: page.stdout)
    }

    private func checkEveryChart(_ rendered: Rendered, source: String) throws {
        let titles = rendered.titles, expected = rendered.expected, lanes = rendered.lanes
        // Coverage: tasks citing each code, per lane and in all.
        XCTAssertEqual(try titles.counts("coverage", "\(lane) · ([A-Za-z0-9]+|No code): \(count) tasks?"), expected.coverage(lanes), "codes per topic")
        XCTAssertEqual(try titles.counts("coverage", "\(lane): \(count) tasks?"), expected.tasksPerLane(lanes), "tasks per topic")
        // Timeline: milestones per quarter, years given alone, recurring indicators.
        var schedule = try titles.counts("schedule", "\(lane) · ([0-9]{4}) Q([1-4]): \(count) milestones?")
        for (key, value) in try titles.counts("schedule", #"\#(lane) · ([0-9]{4}) \(year only\): \#(count) milestones?"#) { schedule[key + "|year"] = value }
        schedule.merge(try titles.counts("schedule", "\(lane) · (Ongoing|Periodically|Annually): \(count) indicators?")) { _, new in new }
        XCTAssertEqual(schedule, expected.schedule(lanes), "milestones per quarter")
        // Workload: tasks per body by type, and in all.
        var workload = try titles.counts("workload", #"(.+) · ([A-Za-z]+|Other type|No type): ([0-9,]+) tasks?"#)
        workload.merge(try titles.counts("workload", #"([^·]+): ([0-9,]+) tasks?"#)) { _, new in new }
        XCTAssertEqual(workload, expected.workload(), "tasks per body by type")
        // Health: findings per rule as `wpc check` reports them, and the gaps.
        let check = try CommandRunner.wpc(["check", source, "--format", "json"])
        let findings = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [[String: Any]])
        var byRule: [String: Int] = [:]
        for finding in findings { byRule["\(finding["rule"] as? String ?? "")|\(finding["severity"] as? String ?? "")", default: 0] += 1 }
        XCTAssertEqual(try titles.counts("findings", #"([a-z.-]+) \((error|warning|note)\): ([0-9,]+) findings?"#), byRule, "findings by rule")
        XCTAssertEqual(try titles.counts("gaps", #"(Tasks with no [a-z ]+): ([0-9,]+) tasks?"#), expected.gaps(), "gaps")
    }

    func testTheBundledProgrammesChartsCountWhatItsJSONHolds() throws {
        let rendered = try render(Repository.seedXML)
        XCTAssertEqual(rendered.lanes.count, 31, "a lane per topic")
        XCTAssertEqual(rendered.lanes.map { $0.topics.count }, Array(repeating: 1, count: 31))
        try checkEveryChart(rendered, source: Repository.seedXML)
        // What the real document shows (read by a person against the annex): SP3, SP4, SP5, ORG1 and ORG2 are never cited;
        // topic 2's Guidance is due June 2020 for adoption and October 2020 for publication.
        XCTAssertTrue(rendered.html.contains("Codes no task cites: SP3, SP4, SP5, ORG1, ORG2."))
        XCTAssertEqual(try rendered.titles.counts("schedule", "(Topic 2) · (2020) Q([1-4]): \(count) milestones?"), ["Topic 2|2020|2": 1, "Topic 2|2020|4": 1])
        XCTAssertTrue(rendered.titles.byChart["schedule", default: []].contains("task 2.1: June 2020 (for adoption)"))
        XCTAssertTrue(rendered.html.contains("task 4.3 — To be determined, depending on the interest from Members"), "undated indicators listed apart")
    }

    func testALargeProgrammesChartsCountWhatItsJSONHoldsInBandsOfTopics() throws {
        let folder = try Repository.temporaryFolder("wpc-dashboard-counts")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("large.xml").path
        let made = try CommandRunner.wpc(["render", "--synthetic", "800", "--format", "xml", "-o", source])
        XCTAssertEqual(made.status, 0, made.stderr)
        try FileManager.default.copyItem(atPath: Repository.bodies, toPath: folder.appendingPathComponent("bodies.tsv").path)
        let rendered = try render(source)
        XCTAssertEqual(rendered.expected.topicCount, 800)
        XCTAssertLessThanOrEqual(rendered.lanes.count, 50, "aggregated lanes")
        XCTAssertGreaterThan(rendered.lanes.count, 10)
        XCTAssertTrue(rendered.lanes.allSatisfy { $0.topics.count > 1 })
        try checkEveryChart(rendered, source: source)
        // The generated programme fills Progress for some tasks: the states are counted.
        let states = try rendered.titles.counts("progress", #"(.+): ([0-9,]+) tasks?"#)
        XCTAssertEqual(states.values.reduce(0, +), rendered.expected.tasksPerLane(rendered.lanes)["All topics"])
    }
}
