import WPCModel

/// Compares two drafts of a programme by content, not position: topics by
/// title (and shared tasks), tasks by text within their topic and then across
/// topics, indicators by text within their task. See `DiffOptions` for the
/// thresholds. Never compares every item with every other: candidates come
/// from `SimilarityJoin`'s rare-word index.
public struct Differ: Sendable {
    public var options: DiffOptions

    public init(options: DiffOptions = DiffOptions()) { self.options = options }

    /// What changed from `old` to `new`.
    public func diff(_ old: Programme, _ new: Programme) -> Changeset {
        changeset(old, new, alignment: align(old, new))
    }

    /// The changes an alignment of `old` and `new` (from `align`) amounts to.
    public func changeset(_ old: Programme, _ new: Programme, alignment: Alignment) -> Changeset {
        ChangesetBuilder(old: old, new: new, options: options).build(alignment)
    }

    /// The changes an alignment amounts to, each with its site in the alignment (for reports that link to rows).
    public func sitedChangeset(_ old: Programme, _ new: Programme, alignment: Alignment) -> SitedChangeset {
        ChangesetBuilder(old: old, new: new, options: options).sitedBuild(alignment)
    }

    /// Which item of `old` is which item of `new`, in merged order.
    public func align(_ old: Programme, _ new: Programme) -> Alignment {
        let topicPairs = matchTopics(old.topics, new.topics)
        let tasks = matchTasks(old.topics, new.topics, topicPairs: topicPairs)
        return layOut(old, new, topicPairs: topicPairs, tasks: tasks)
    }

    var comparer: TextComparer { TextComparer(ignoring: options.ignoring) }

    // MARK: Layout

    private func layOut(_ old: Programme, _ new: Programme, topicPairs: [(Int, Int)], tasks: TaskMatches) -> Alignment {
        let chain = SequenceAlignment.longestChain(topicPairs)
        let keptTopics = Dictionary(uniqueKeysWithValues: topicPairs.filter { chain.contains($0.0) })
        let newToOld = Dictionary(uniqueKeysWithValues: topicPairs.map { ($0.1, $0.0) })
        let unmatchedOld = Set(old.topics.indices).subtracting(topicPairs.map(\.0))
        let order = MergedOrder.merge(
            oldCount: old.topics.count, newCount: new.topics.count, kept: keptTopics, showAtOldPlace: unmatchedOld)
        let topics = order.map { entry -> Alignment.TopicPair in
            switch entry {
            case .new(let n):
                let o = newToOld[n]
                return Alignment.TopicPair(old: o, new: n, tasks: layOutTasks(old, new, oldTopic: o, newTopic: n, tasks))
            case .old(let o):
                return Alignment.TopicPair(old: o, new: nil, tasks: layOutTasks(old, new, oldTopic: o, newTopic: nil, tasks))
            }
        }
        return Alignment(topics: topics)
    }

    private func layOutTasks(
        _ old: Programme, _ new: Programme, oldTopic: Int?, newTopic: Int?, _ matches: TaskMatches
    ) -> [Alignment.TaskPair] {
        typealias Index = Alignment.TaskIndex
        let oldCount = oldTopic.map { old.topics[$0].tasks.count } ?? 0
        let newCount = newTopic.map { new.topics[$0].tasks.count } ?? 0
        var kept: [Int: Int] = [:]
        var showAtOldPlace = Set<Int>()
        if let oldTopic {
            for i in 0..<oldCount {
                let index = Index(topic: oldTopic, task: i)
                if let target = matches.newIndex(forOld: index), matches.isKept(index), target.topic == newTopic {
                    kept[i] = target.task
                } else {
                    showAtOldPlace.insert(i)
                }
            }
        }
        let order = MergedOrder.merge(oldCount: oldCount, newCount: newCount, kept: kept, showAtOldPlace: showAtOldPlace)
        return order.map { entry -> Alignment.TaskPair in
            switch entry {
            case .new(let j):
                let newIndex = Index(topic: newTopic ?? 0, task: j)
                guard let oldIndex = matches.oldIndex(forNew: newIndex) else {
                    return Alignment.TaskPair(role: .added, old: nil, new: newIndex, indicators: [])
                }
                let role: Alignment.TaskRole = matches.isKept(oldIndex) ? .kept : .movedIn
                let indicators = alignIndicators(
                    old.topics[oldIndex.topic].tasks[oldIndex.task].indicators,
                    new.topics[newIndex.topic].tasks[newIndex.task].indicators)
                return Alignment.TaskPair(role: role, old: oldIndex, new: newIndex, indicators: indicators)
            case .old(let i):
                let oldIndex = Index(topic: oldTopic ?? 0, task: i)
                guard let newIndex = matches.newIndex(forOld: oldIndex) else {
                    return Alignment.TaskPair(role: .removed, old: oldIndex, new: nil, indicators: [])
                }
                return Alignment.TaskPair(role: .movedOut, old: oldIndex, new: newIndex, indicators: [])
            }
        }
    }
}
