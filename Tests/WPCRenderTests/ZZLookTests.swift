import Foundation
import WPCRender
import XCTest

final class ZZLookTests: XCTestCase {
    func testWriteForLooking() throws {
        let real = try Programmes.real()
        let renderer = try ProgrammeRenderer()
        try renderer.render(real, as: .html).write(toFile: "/tmp/wpc-look/real.html", atomically: true, encoding: .utf8)
        try renderer.render(real, as: .annex).write(toFile: "/tmp/wpc-look/real-annex.html", atomically: true, encoding: .utf8)
        try renderer.render(real, as: .markdown).write(toFile: "/tmp/wpc-look/real.md", atomically: true, encoding: .utf8)
        try renderer.render(Programmes.synthetic300, as: .html).write(toFile: "/tmp/wpc-look/syn.html", atomically: true, encoding: .utf8)
        let view = PaginatedView(programme: real)
        print("LOOK pages", view.pageCount, "front", view.frontSheets.count, "topics", real.topics.count, "tasks", real.topics.map(\.tasks.count).reduce(0, +))
        print("LOOK rows per page", view.pages.map(\.rows.count))
    }
}
