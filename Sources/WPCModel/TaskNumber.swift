/// The number a task goes by — its topic's number, then its 1-based place
/// among the topic's tasks ("5.3") — in every output, in `wpc check`'s and
/// `wpc diff`'s messages alike. The one rule: nothing else makes these numbers.
///
/// A topic's number is the one written in its No cell, else its 1-based
/// place in the programme. An extract keeps the numbers of the programme it
/// was cut from (see `Topic.originalPlace`).
public struct TaskNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The topic's number.
    public var topic: Int
    /// The task's 1-based place in its topic.
    public var task: Int

    /// Task `task` of topic `topic`.
    public init(topic: Int, task: Int) {
        self.topic = topic
        self.task = task
    }

    /// "5.3".
    public var description: String { "\(topic).\(task)" }

    public static func < (a: TaskNumber, b: TaskNumber) -> Bool { (a.topic, a.task) < (b.topic, b.task) }
}

/// Where a topic of an extract stood in the whole programme: its 0-based
/// place among the topics, and each kept task's 0-based place in the topic.
public struct OriginalPlace: Codable, Sendable, Hashable {
    public var topicIndex: Int
    public var taskIndices: [Int]

    /// The place of a topic that stood at `topicIndex` and kept the tasks at `taskIndices`.
    public init(topicIndex: Int, taskIndices: [Int]) {
        self.topicIndex = topicIndex
        self.taskIndices = taskIndices
    }
}

extension Topic {
    /// The topic's number when it stands at `index` (0-based) among the
    /// programme's topics: its written number, else its place (in the whole
    /// programme, for an extract).
    public func number(atIndex index: Int) -> Int {
        number ?? (originalPlace?.topicIndex ?? index) + 1
    }

    /// The number of the task at `taskIndex` (0-based) when the topic stands at `index`.
    public func taskNumber(_ taskIndex: Int, topicIndex index: Int) -> TaskNumber {
        let places = originalPlace?.taskIndices ?? []
        let place = taskIndex < places.count ? places[taskIndex] : taskIndex
        return TaskNumber(topic: number(atIndex: index), task: place + 1)
    }
}

extension Programme {
    /// The number of the topic at `index` (0-based).
    public func topicNumber(at index: Int) -> Int { topics[index].number(atIndex: index) }

    /// The number of task `task` of topic `topic` (both 0-based).
    public func taskNumber(topic: Int, task: Int) -> TaskNumber { topics[topic].taskNumber(task, topicIndex: topic) }
}
