import Foundation
import WPCModel
import WPCRender
import WPCSources
import WPCSynthetic
import WPCTestSupport
import XCTest

/// The programmes the render tests run on.
enum Programmes {
    /// The real PTC Work Programme 2019-2022, from its canonical XML in Input/.
    static func real() throws -> Programme {
        try SourceReader.read(path: Repository.seedXML).programme
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
