import Foundation
import WPCModel
import WPCRender
import WPCSources
import WPCTestSupport
import XCTest

/// The programmes the render tests run on.
enum Programmes {
    /// The real PTC Work Programme 2019-2022: the canonical XML in Input/ when
    /// it is there, else the annex export in Input/, else the seed beside the
    /// repository (shared/seed, as CI lays it out).
    static func real(file: StaticString = #filePath, line: UInt = #line) throws -> Programme {
        let candidates = [Repository.seedXML, Repository.seedText,
                          Repository.root.deletingLastPathComponent().appendingPathComponent("shared/seed/ptc-work-programme-2019-2022.txt").path]
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            XCTFail("no copy of the PTC work programme found in Input/ or shared/seed", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        return try SourceReader.read(path: path).programme
    }

    /// 300 generated topics: long texts, many indicators.
    static var synthetic300: Programme { SyntheticProgramme(topics: 300, seed: 7).make() }

    /// The task ids ("topic.task", 1-based) of `programme` in order; a topic
    /// without tasks is drawn as one empty task.
    static func taskIDs(_ programme: Programme) -> [String] {
        programme.topics.enumerated().flatMap { topicIndex, topic in
            (0..<max(topic.tasks.count, 1)).map { "\(topicIndex + 1).\($0 + 1)" }
        }
    }
}
