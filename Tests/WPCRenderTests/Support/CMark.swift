import Foundation
import WPCTestSupport
import XCTest

/// cmark-gfm with the table, footnote and autolink extensions: GFM as GitHub reads it.
enum CMark {
    /// `markdown` rendered to HTML. With `unsafe`, raw HTML passes through, so
    /// any markup that escaped the writer's escaping would show up.
    static func html(_ markdown: String, unsafe: Bool = false) throws -> String {
        let cmark = try CommandRunner.require("cmark-gfm")
        let output = try CommandRunner.run(cmark, ["-e", "table", "-e", "footnotes", "-e", "autolink"] + (unsafe ? ["--unsafe"] : []), input: markdown)
        XCTAssertEqual(output.status, 0, output.stderr)
        return "<html><body>" + output.stdout + "</body></html>"
    }
}
