import Foundation
import WPCTestSupport
import XCTest

/// Headless Chromium, as the acceptance tests drive it.
enum Chromium {
    static func arguments(profile: URL) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile.path)",
         "--window-size=1300,900", "--run-all-compositor-stages-before-draw"]
    }

    /// The DOM after load (page scripts have run), serialised.
    static func dumpDOM(_ file: URL) throws -> String {
        let chromium = try CommandRunner.require("chromium")
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("wpc-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let output = try CommandRunner.run(chromium, arguments(profile: profile) + ["--dump-dom", file.absoluteString])
        XCTAssertEqual(output.status, 0, output.stderr)
        return output.stdout
    }

    /// Prints `file` to PDF and returns the PDF's page count (pdfinfo).
    static func printedPageCount(_ file: URL) throws -> Int {
        let chromium = try CommandRunner.require("chromium")
        let pdfinfo = try CommandRunner.require("pdfinfo")
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("wpc-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let pdf = file.deletingPathExtension().appendingPathExtension("pdf")
        let print = try CommandRunner.run(chromium, arguments(profile: profile) + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", file.absoluteString])
        XCTAssertEqual(print.status, 0, print.stderr)
        let info = try CommandRunner.run(pdfinfo, [pdf.path])
        let pages = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return Int(pages?.split(separator: " ").last ?? "") ?? -1
    }
}
