/// Which item of the old draft is which item of the new one, in merged
/// document order: the new draft's order, with each removed item placed
/// after the old neighbour it followed. Reports lay out the annex table from
/// it; `Changeset` is derived from it.
public struct Alignment: Sendable, Hashable {
    /// A task in one draft: indices (0-based) of its topic and of the task in the topic.
    public struct TaskIndex: Sendable, Hashable {
        public var topic: Int
        public var task: Int

        public init(topic: Int, task: Int) {
            self.topic = topic
            self.task = task
        }
    }

    /// What became of a task.
    public enum TaskRole: String, Sendable, Hashable {
        /// In both drafts, in the same place relative to its neighbours.
        case kept
        /// Added in the new draft.
        case added
        /// Removed from the old draft.
        case removed
        /// At its new place after a move (another topic, or reordered within its topic).
        case movedIn
        /// At its old place, which it left by a move; `new` says where it went.
        case movedOut
    }

    /// A pair of indicators (0-based indices within their tasks); one side is nil when added or removed.
    public struct IndicatorPair: Sendable, Hashable {
        public var old: Int?
        public var new: Int?
    }

    /// A task in the merged order of its topic.
    public struct TaskPair: Sendable, Hashable {
        public var role: TaskRole
        public var old: TaskIndex?
        public var new: TaskIndex?
        /// The indicators, merged; empty for added, removed and moved-out tasks.
        public var indicators: [IndicatorPair]
    }

    /// A topic in merged order; one side is nil when added or removed.
    public struct TopicPair: Sendable, Hashable {
        public var old: Int?
        public var new: Int?
        public var tasks: [TaskPair]
    }

    public var topics: [TopicPair]
}
