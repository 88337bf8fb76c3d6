import Foundation
import WPCTestSupport
import XCTest

/// The dashboard in headless Chromium: every mark and label stays inside its
/// chart, every label cut to fit stays inside its box, nothing is wider than
/// its section and the page scrolls only downwards — for the bundled
/// programme (a lane per topic) and a generated one of 2,000 topics (bands).
final class DashboardLayoutTests: XCTestCase {
    private func checkLayout(_ source: String, in folder: URL, name: String) throws -> DashboardMeasurement {
        let page = try CommandRunner.wpc(["render", source, "--format", "dashboard"])
        XCTAssertEqual(page.status, 0, page.stderr)
        XCTAssertTrue(page.stdout.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">"#))
        XCTAssertFalse(page.stdout.contains("<script"), "no script of its own")
        let measured = try DashboardMeasurer.measure(page.stdout, in: folder, name: name + ".html")
        XCTAssertEqual(measured.overflow, [], "\(name): drawn outside its box")
        XCTAssertFalse(measured.scrollsSideways, "\(name): the page scrolls sideways")
        XCTAssertTrue(measured.chartFont.contains("Liberation Sans"), "labels are measured in the face the page declares: \(measured.chartFont)")
        XCTAssertEqual(measured.scriptElements, 0)
        return measured
    }

    func testChartsOfTheBundledAndOfALargeProgrammeStayInsideTheirBoxes() throws {
        let folder = try Repository.temporaryFolder("wpc-dashboard-layout")
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = try checkLayout(Repository.seedXML, in: folder, name: "seed")
        XCTAssertGreaterThanOrEqual(seed.charts, 6, "coverage, timeline, workload, findings, gaps")
        XCTAssertGreaterThan(seed.fittedLabels, 500)

        let large = folder.appendingPathComponent("large.xml").path
        let made = try CommandRunner.wpc(["render", "--synthetic", "2000", "--format", "xml", "-o", large])
        XCTAssertEqual(made.status, 0, made.stderr)
        try FileManager.default.copyItem(atPath: Repository.bodies, toPath: folder.appendingPathComponent("bodies.tsv").path)
        let measured = try checkLayout(large, in: folder, name: "large")
        XCTAssertGreaterThan(measured.fittedLabels, 500)
    }
}
