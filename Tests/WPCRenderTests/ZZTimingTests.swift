import Foundation
import WPCRender
import XCTest

final class ZZTimingTests: XCTestCase {
    func testTiming() throws {
        let programme = SyntheticProgramme(topics: 1000).make()
        var start = Date()
        let pagination = Paginator().paginate(programme)
        print("TIME paginate", Date().timeIntervalSince(start), pagination.pages.count)
        start = Date()
        let view = PaginatedView(programme: programme)
        print("TIME view", Date().timeIntervalSince(start))
        let set = try TemplateSet(family: .html)
        start = Date()
        let html = try set.render(view)
        print("TIME render", Date().timeIntervalSince(start), html.count)
        start = Date()
        let annex = AnnexView(programme: programme)
        let annexHTML = try TemplateSet(family: .annex).render(annex)
        print("TIME annex", Date().timeIntervalSince(start), annexHTML.count)
    }
}
