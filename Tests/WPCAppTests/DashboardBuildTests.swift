import Foundation
import WPCTestSupport
import XCTest

/// `wpc build` writes the dashboard with the other outputs, counts the
/// build's own findings on it, links it from the extracts' index, and takes
/// a PNG of it with the others.
final class DashboardBuildTests: XCTestCase {
    /// The width and height a PNG file declares in its IHDR chunk.
    private func pngSize(_ url: URL) throws -> (width: Int, height: Int) {
        let bytes = [UInt8](try Data(contentsOf: url).prefix(24))
        XCTAssertEqual(Array(bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG signature")
        func word(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }

    func testBuildWritesTheDashboardLinksItAndTakesItsPicture() throws {
        let folder = try Repository.temporaryFolder("wpc-dashboard-build")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output")
        let result = try CommandRunner.wpc(["build", Repository.seedXML, "-o", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let stem = "ptc-work-programme-2019-2022"
        let page = try String(contentsOf: output.appendingPathComponent("\(stem).dashboard.html"), encoding: .utf8)
        XCTAssertTrue(result.stdout.contains("\(stem).dashboard.html") && result.stdout.contains("\(stem).dashboard.png"), result.stdout)

        // The health panel counts what this build's checks found: the same findings as check.txt.
        let check = try String(contentsOf: output.appendingPathComponent("check.txt"), encoding: .utf8)
        let warnings = check.components(separatedBy: ": warning: ").count - 1, notes = check.components(separatedBy: ": note: ").count - 1
        XCTAssertGreaterThan(warnings, 0)
        XCTAssertTrue(page.contains("<dt>Findings of the checks</dt><dd>\(warnings + notes)</dd>"), "the key figure")
        XCTAssertTrue(page.contains("warning: \(warnings)") && page.contains("note: \(notes)"), "the findings' legend")
        XCTAssertTrue(page.contains("<dt>Responsible bodies named</dt>"), "bodies resolved with bodies.tsv beside the source")

        let index = try String(contentsOf: output.appendingPathComponent("extracts/index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("<a href=\"../\(stem).dashboard.html\">"), "the extracts' index links the dashboard")

        let size = try pngSize(output.appendingPathComponent("\(stem).dashboard.png"))
        XCTAssertEqual(size.width, 1100)
        XCTAssertEqual(size.height, 1500)
        XCTAssertGreaterThan(try Data(contentsOf: output.appendingPathComponent("\(stem).dashboard.png")).count, 20_000, "a picture, not a blank")
    }
}
