import WPCModel
import WPCViews

/// The rows of the coverage matrix and the lanes of the timeline: one per
/// topic up to `TopicLanes.perTopicLimit` topics; above it, bands of
/// consecutive topics (1, 2, 5 × a power of ten each) so that there are at
/// most `TopicLanes.bandLimit` of them and the page stays readable.
struct TopicLanes: Sendable {
    /// Up to this many topics, each has a lane of its own.
    static let perTopicLimit = 60
    /// Above `perTopicLimit`, topics are grouped into at most this many bands.
    static let bandLimit = 50

    /// Topics per lane (1 when each topic has its own).
    let bandSize: Int
    /// The number of topics.
    let topicCount: Int
    /// The number each topic goes by (`Topic.number(atIndex:)`: as every output, `wpc diff` and `check` number them).
    let numbers: [Int]

    init(_ programme: Programme) {
        let count = programme.topics.count
        topicCount = count
        numbers = (0..<count).map { programme.topicNumber(at: $0) }
        bandSize = TopicLanes.bandSize(forTopics: count)
    }

    /// Topics per lane for `count` topics.
    static func bandSize(forTopics count: Int) -> Int {
        guard count > perTopicLimit else { return 1 }
        var scale = 1
        while true {
            for step in [1, 2, 5] where (count + step * scale - 1) / (step * scale) <= bandLimit && step * scale > 1 {
                return step * scale
            }
            scale *= 10
        }
    }

    /// Whether lanes stand for several topics each.
    var isAggregated: Bool { bandSize > 1 }

    /// How many lanes there are.
    var count: Int { (topicCount + bandSize - 1) / bandSize }

    /// The lane of topic `index` (0-based position).
    @inline(__always)
    func lane(ofTopic index: Int) -> Int { index / bandSize }

    /// The topic positions of lane `lane`.
    func topics(ofLane lane: Int) -> Range<Int> {
        lane * bandSize..<min(topicCount, (lane + 1) * bandSize)
    }

    /// How a lane is named in tooltips: "Topic 5" or "Topics 201–400".
    func name(ofLane lane: Int, _ words: DashboardWords) -> String {
        let range = topics(ofLane: lane)
        guard let first = range.first, let last = range.last else { return "" }
        if !isAggregated { return words.fill(.topicLane, n: numbers[first]) }
        return words.fill(.bandLane, n: numbers[first], k: numbers[last])
    }

    /// How a lane is labelled beside the chart: "5. Economic Competitiveness Package", or "Topics 201–400".
    func label(ofLane lane: Int, in programme: Programme, _ words: DashboardWords) -> String {
        guard !isAggregated else { return name(ofLane: lane, words) }
        let index = lane
        let title = UTF8Text.trimming(programme.topics[index].title.text)
        return "\(numbers[index]). \(title)"
    }
}
