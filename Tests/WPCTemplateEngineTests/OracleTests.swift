import WPCTemplateEngine
import XCTest

/// The engine against swift-mustache 2.1.1 on random templates and records:
/// the same bytes, or the test prints the template that differs.
final class OracleTests: XCTestCase {
    func testRandomTemplatesRenderAsSwiftMustacheRendersThem() throws {
        let count = Int(ProcessInfo.processInfo.environment["WPC_TEMPLATE_CASES"] ?? "") ?? 3000
        var generator = RandomTemplates(seed: 11)
        var failures = 0
        for index in 0..<count {
            let template = generator.template()
            for _ in 0..<3 {
                let record = generator.rootRecord()
                let ours: String
                do {
                    ours = try Engines.render(template, record, partials: RandomTemplates.partials)
                } catch {
                    XCTFail("case \(index): the engine refused \(template.debugDescription): \(error)")
                    failures += 1
                    break
                }
                let theirs = try Engines.oracle(template, record, partials: RandomTemplates.partials)
                if ours != theirs {
                    XCTFail("case \(index): \(template.debugDescription)\nengine: \(ours.debugDescription)\noracle: \(theirs.debugDescription)")
                    failures += 1
                    break
                }
            }
            if failures >= 5 { break }
        }
    }

    func testTheRandomRecordsFitTheirShapes() {
        var generator = RandomTemplates(seed: 3)
        for _ in 0..<50 { XCTAssertEqual(generator.rootRecord().nonconformities(), []) }
    }
}
