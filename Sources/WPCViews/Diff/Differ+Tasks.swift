import WPCModel

/// The tasks found in both drafts, and which of them kept their place
/// (same topic, same order relative to the other kept tasks). Tasks are
/// numbered in document order across the whole draft, so every lookup is an
/// array access.
struct TaskMatches {
    /// A draft's tasks numbered in document order: where each topic's first task falls.
    struct Numbering {
        let firstOfTopic: [Int]
        let topicOf: [Int]
        var count: Int { topicOf.count }

        init(_ topics: [Topic]) {
            var firstOfTopic: [Int] = [], topicOf: [Int] = []
            for (index, topic) in topics.enumerated() {
                firstOfTopic.append(topicOf.count)
                topicOf += repeatElement(index, count: topic.tasks.count)
            }
            self.firstOfTopic = firstOfTopic
            self.topicOf = topicOf
        }

        func ordinal(_ index: Alignment.TaskIndex) -> Int { firstOfTopic[index.topic] + index.task }

        func index(_ ordinal: Int) -> Alignment.TaskIndex {
            let topic = topicOf[ordinal]
            return Alignment.TaskIndex(topic: topic, task: ordinal - firstOfTopic[topic])
        }
    }

    let old: Numbering
    let new: Numbering
    /// By old ordinal: the new ordinal it matches, or -1.
    private var oldToNew: [Int]
    /// By new ordinal: the old ordinal it matches, or -1.
    private var newToOld: [Int]
    /// By old ordinal: whether the task kept its place; every other match is a move.
    private var keptPlace: [Bool]

    init(old: [Topic], new: [Topic]) {
        self.old = Numbering(old)
        self.new = Numbering(new)
        oldToNew = Array(repeating: -1, count: self.old.count)
        newToOld = Array(repeating: -1, count: self.new.count)
        keptPlace = Array(repeating: false, count: self.old.count)
    }

    mutating func add(_ old: Alignment.TaskIndex, _ new: Alignment.TaskIndex) {
        let o = self.old.ordinal(old), n = self.new.ordinal(new)
        oldToNew[o] = n
        newToOld[n] = o
    }

    /// The task `old` matched in the new draft.
    func newIndex(forOld old: Alignment.TaskIndex) -> Alignment.TaskIndex? {
        let n = oldToNew[self.old.ordinal(old)]
        return n < 0 ? nil : new.index(n)
    }

    /// The task `new` matched in the old draft.
    func oldIndex(forNew new: Alignment.TaskIndex) -> Alignment.TaskIndex? {
        let o = newToOld[self.new.ordinal(new)]
        return o < 0 ? nil : old.index(o)
    }

    func isMatched(old index: Alignment.TaskIndex) -> Bool { oldToNew[old.ordinal(index)] >= 0 }

    func isMatched(new index: Alignment.TaskIndex) -> Bool { newToOld[new.ordinal(index)] >= 0 }

    /// Whether the old task kept its place.
    func isKept(_ old: Alignment.TaskIndex) -> Bool { keptPlace[self.old.ordinal(old)] }

    mutating func markKept(_ old: Alignment.TaskIndex) { keptPlace[self.old.ordinal(old)] = true }

    /// The old tasks not matched yet, in document order.
    var unmatchedOld: [Alignment.TaskIndex] { oldToNew.indices.filter { oldToNew[$0] < 0 }.map(old.index) }

    /// The new tasks not matched yet, in document order.
    var unmatchedNew: [Alignment.TaskIndex] { newToOld.indices.filter { newToOld[$0] < 0 }.map(new.index) }
}

extension Differ {
    /// Matches tasks in three passes: within each matched topic (equal text,
    /// then similar text); then the still-unmatched of the whole document
    /// across topics (a move needs `movedTaskSimilarity`); then leftovers
    /// between the same matched neighbours of a topic, as rewordings in place.
    func matchTasks(_ old: [Topic], _ new: [Topic], topicPairs: [(Int, Int)]) -> TaskMatches {
        typealias Index = Alignment.TaskIndex
        let comparer = comparer
        // Tokens are made only for tasks that found no equal text: most tasks, in a revision, are unchanged.
        func oldTokens(_ index: Index) -> [String] { SimilarityTokens.of(old[index.topic].tasks[index.task].text.text) }
        func newTokens(_ index: Index) -> [String] { SimilarityTokens.of(new[index.topic].tasks[index.task].text.text) }
        var matches = TaskMatches(old: old, new: new)

        for (o, n) in topicPairs {
            let pairs = match(
                oldKeys: old[o].tasks.map { comparer.key($0.text.text) }, newKeys: new[n].tasks.map { comparer.key($0.text.text) },
                oldTokens: { oldTokens(Index(topic: o, task: $0)) }, newTokens: { newTokens(Index(topic: n, task: $0)) },
                threshold: options.taskSimilarity)
            for (i, j) in pairs { matches.add(Index(topic: o, task: i), Index(topic: n, task: j)) }
        }

        let restOld = matches.unmatchedOld
        let restNew = matches.unmatchedNew
        let across = match(
            oldKeys: restOld.map { comparer.key(old[$0.topic].tasks[$0.task].text.text) },
            newKeys: restNew.map { comparer.key(new[$0.topic].tasks[$0.task].text.text) },
            oldTokens: { oldTokens(restOld[$0]) }, newTokens: { newTokens(restNew[$0]) },
            threshold: options.movedTaskSimilarity)
        for (i, j) in across { matches.add(restOld[i], restNew[j]) }

        for (o, n) in topicPairs {
            let inTopic = inTopicPairs(matches, oldTopic: o, newTopic: n, oldCount: old[o].tasks.count)
            // The usual case in a revision: every task of the topic matched
            // within it, in order. Then there is no gap to pair and all kept their place.
            if inTopic.count == old[o].tasks.count, inTopic.count == new[n].tasks.count,
               zip(inTopic, inTopic.dropFirst()).allSatisfy({ $0.1 < $1.1 }) {
                for (i, _) in inTopic { matches.markKept(Index(topic: o, task: i)) }
                continue
            }
            let chain = SequenceAlignment.longestChain(inTopic)
            let matchedOld = Set(old[o].tasks.indices.filter { matches.isMatched(old: Index(topic: o, task: $0)) })
            let matchedNew = Set(new[n].tasks.indices.filter { matches.isMatched(new: Index(topic: n, task: $0)) })
            let gaps = SequenceAlignment.pairGaps(
                oldCount: old[o].tasks.count, newCount: new[n].tasks.count, chain: inTopic.filter { chain.contains($0.0) },
                matchedOld: matchedOld, matchedNew: matchedNew, threshold: options.gapSimilarity, pairLoneGaps: false
            ) { i, j in SimilarityTokens.jaccard(oldTokens(Index(topic: o, task: i)), newTokens(Index(topic: n, task: j))) }
            for (i, j) in gaps { matches.add(Index(topic: o, task: i), Index(topic: n, task: j)) }
            let all = inTopicPairs(matches, oldTopic: o, newTopic: n, oldCount: old[o].tasks.count)
            for i in SequenceAlignment.longestChain(all) { matches.markKept(Index(topic: o, task: i)) }
        }
        return matches
    }

    /// The matches that stay within the topic pair (o, n), as task positions.
    private func inTopicPairs(_ matches: TaskMatches, oldTopic o: Int, newTopic n: Int, oldCount: Int) -> [(Int, Int)] {
        (0..<oldCount).compactMap { i in
            guard let target = matches.newIndex(forOld: Alignment.TaskIndex(topic: o, task: i)), target.topic == n else { return nil }
            return (i, target.task)
        }
    }

    /// Equal keys first, then similar tokens (made on demand by index) best first.
    func match(
        oldKeys: [String?], newKeys: [String?], oldTokens: (Int) -> [String], newTokens: (Int) -> [String], threshold: Double
    ) -> [(Int, Int)] {
        var pairs = SimilarityJoin.exactPairs(old: oldKeys, new: newKeys)
        var oldPaired = [Bool](repeating: false, count: oldKeys.count)
        var newPaired = [Bool](repeating: false, count: newKeys.count)
        for (i, j) in pairs {
            oldPaired[i] = true
            newPaired[j] = true
        }
        let restOld = oldKeys.indices.filter { !oldPaired[$0] }
        let restNew = newKeys.indices.filter { !newPaired[$0] }
        // Nothing left on one side (most topics of a revision): no similarity to look for.
        guard !restOld.isEmpty, !restNew.isEmpty else { return pairs.sorted { $0.0 < $1.0 } }
        let candidates = SimilarityJoin.candidates(
            old: restOld.map(oldTokens), new: restNew.map(newTokens), threshold: threshold)
        pairs += SimilarityJoin.assign(candidates, oldCount: restOld.count, newCount: restNew.count)
            .map { (restOld[$0.0], restNew[$0.1]) }
        return pairs.sorted { $0.0 < $1.0 }
    }
}
