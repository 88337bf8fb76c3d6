import WPCModel
import WPCRender
import WPCSources
import WPCTestSupport
import WPCViews
import XCTest

/// All the per-body extracts made in one pass are the extracts made body by body.
final class ExtractsPerBodyTests: XCTestCase {
    func testOnePassGivesEachBodysExtractAndTheTasksWithoutABody() throws {
        let registry = try BodyRegistryReader.read(path: Repository.bodies)
        let extractor = Extractor(registry: registry)
        let seed = try SourceReader.read(path: Repository.seedXML).programme
        for (programme, filter) in [(seed, ProgrammeFilter()), (seed, ProgrammeFilter(type: "A")),
                                    (SyntheticProgramme(topics: 120, seed: 5).make(), ProgrammeFilter())] {
            let extracts = extractor.extractsPerBody(programme, filter)
            var expected: [(String, Programme)] = []
            for body in registry.bodies {
                var bodyFilter = filter
                bodyFilter.bodyID = body.id
                let extract = extractor.extract(programme, bodyFilter)
                if !extract.topics.isEmpty { expected.append((body.id, extract)) }
            }
            XCTAssertEqual(extracts.bodies.map(\.0.id), expected.map(\.0))
            XCTAssertFalse(expected.isEmpty)
            for ((_, made), (id, wanted)) in zip(extracts.bodies, expected) {
                XCTAssertEqual(made, wanted, id)
                XCTAssertEqual(made.title.text, wanted.title.text, id)
            }
            XCTAssertEqual(extracts.withoutBody, extractor.extractWithoutBody(programme, filter))
        }
    }
}
