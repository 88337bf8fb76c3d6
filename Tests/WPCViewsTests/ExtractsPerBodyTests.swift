import WPCModel
import WPCRender
import WPCSources
import WPCSynthetic
import WPCTestSupport
import WPCViews
import XCTest

/// All the per-body extracts made in one pass are the extracts made body by body.
final class ExtractsPerBodyTests: XCTestCase {
    func testOnePassGivesEachBodysExtractAndTheTasksWithoutABody() throws {
        let registry = try BodyRegistryReader.read(path: Repository.bodies)
        let extractor = Extractor(registry: registry, labels: TestLabels.english)
        let seed = try SourceReader.read(path: Repository.seedXML).programme
        for (programme, filter) in [(seed, ProgrammeFilter()), (seed, ProgrammeFilter(type: "A")),
                                    (seed, ProgrammeFilter(bodyIDs: ["dmpt", "IMSC"])),
                                    (SyntheticProgramme(topics: 120, seed: 5).make(), ProgrammeFilter())] {
            let extracts = extractor.extractsPerBody(programme, filter)
            var expected: [(String, Programme)] = []
            let wanted = Set(filter.bodyIDs.map { $0.lowercased() })
            for body in registry.bodies where wanted.isEmpty || wanted.contains(body.id.lowercased()) {
                var bodyFilter = filter
                bodyFilter.bodyIDs = [body.id]
                let extract = extractor.extract(programme, bodyFilter)
                if !extract.topics.isEmpty { expected.append((body.id, extract)) }
            }
            XCTAssertEqual(extracts.bodies.map(\.0.id), expected.map(\.0))
            XCTAssertFalse(expected.isEmpty)
            for ((_, made), (id, wanted)) in zip(extracts.bodies, expected) {
                XCTAssertEqual(made, wanted, id)
                XCTAssertEqual(made.title.text, wanted.title.text, id)
            }
            if wanted.isEmpty {
                XCTAssertEqual(extracts.withoutBody, extractor.extractWithoutBody(programme, filter))
            } else {
                XCTAssertEqual(expected.count, wanted.count)
                XCTAssertTrue(extracts.withoutBody.topics.isEmpty, "bodies named: no extract of the tasks without one")
            }
        }
    }
}
