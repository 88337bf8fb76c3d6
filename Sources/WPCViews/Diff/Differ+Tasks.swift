import WPCModel

/// The tasks found in both drafts, and which of them kept their place
/// (same topic, same order relative to the other kept tasks).
struct TaskMatches {
    var oldToNew: [Alignment.TaskIndex: Alignment.TaskIndex] = [:]
    var newToOld: [Alignment.TaskIndex: Alignment.TaskIndex] = [:]
    /// Old indices of the tasks that kept their place; every other match is a move.
    var kept = Set<Alignment.TaskIndex>()

    mutating func add(_ old: Alignment.TaskIndex, _ new: Alignment.TaskIndex) {
        oldToNew[old] = new
        newToOld[new] = old
    }
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
        var matches = TaskMatches()

        for (o, n) in topicPairs {
            let pairs = match(
                oldKeys: old[o].tasks.map { comparer.key($0.text.text) }, newKeys: new[n].tasks.map { comparer.key($0.text.text) },
                oldTokens: { oldTokens(Index(topic: o, task: $0)) }, newTokens: { newTokens(Index(topic: n, task: $0)) },
                threshold: options.taskSimilarity)
            for (i, j) in pairs { matches.add(Index(topic: o, task: i), Index(topic: n, task: j)) }
        }

        let restOld = old.indices.flatMap { t in old[t].tasks.indices.map { Index(topic: t, task: $0) } }
            .filter { matches.oldToNew[$0] == nil }
        let restNew = new.indices.flatMap { t in new[t].tasks.indices.map { Index(topic: t, task: $0) } }
            .filter { matches.newToOld[$0] == nil }
        let across = match(
            oldKeys: restOld.map { comparer.key(old[$0.topic].tasks[$0.task].text.text) },
            newKeys: restNew.map { comparer.key(new[$0.topic].tasks[$0.task].text.text) },
            oldTokens: { oldTokens(restOld[$0]) }, newTokens: { newTokens(restNew[$0]) },
            threshold: options.movedTaskSimilarity)
        for (i, j) in across { matches.add(restOld[i], restNew[j]) }

        for (o, n) in topicPairs {
            let inTopic = inTopicPairs(matches, oldTopic: o, newTopic: n, oldCount: old[o].tasks.count)
            let chain = SequenceAlignment.longestChain(inTopic)
            let matchedOld = Set(old[o].tasks.indices.filter { matches.oldToNew[Index(topic: o, task: $0)] != nil })
            let matchedNew = Set(new[n].tasks.indices.filter { matches.newToOld[Index(topic: n, task: $0)] != nil })
            let gaps = SequenceAlignment.pairGaps(
                oldCount: old[o].tasks.count, newCount: new[n].tasks.count, chain: inTopic.filter { chain.contains($0.0) },
                matchedOld: matchedOld, matchedNew: matchedNew, threshold: options.gapSimilarity, pairLoneGaps: false
            ) { i, j in SimilarityTokens.jaccard(oldTokens(Index(topic: o, task: i)), newTokens(Index(topic: n, task: j))) }
            for (i, j) in gaps { matches.add(Index(topic: o, task: i), Index(topic: n, task: j)) }
            let all = inTopicPairs(matches, oldTopic: o, newTopic: n, oldCount: old[o].tasks.count)
            for i in SequenceAlignment.longestChain(all) { matches.kept.insert(Index(topic: o, task: i)) }
        }
        return matches
    }

    /// The matches that stay within the topic pair (o, n), as task positions.
    private func inTopicPairs(_ matches: TaskMatches, oldTopic o: Int, newTopic n: Int, oldCount: Int) -> [(Int, Int)] {
        (0..<oldCount).compactMap { i in
            guard let target = matches.oldToNew[Alignment.TaskIndex(topic: o, task: i)], target.topic == n else { return nil }
            return (i, target.task)
        }
    }

    /// Equal keys first, then similar tokens (made on demand by index) best first.
    func match(
        oldKeys: [String?], newKeys: [String?], oldTokens: (Int) -> [String], newTokens: (Int) -> [String], threshold: Double
    ) -> [(Int, Int)] {
        var pairs = SimilarityJoin.exactPairs(old: oldKeys, new: newKeys)
        let restOld = Array(Set(oldKeys.indices).subtracting(pairs.map(\.0))).sorted()
        let restNew = Array(Set(newKeys.indices).subtracting(pairs.map(\.1))).sorted()
        let candidates = SimilarityJoin.candidates(
            old: restOld.map(oldTokens), new: restNew.map(newTokens), threshold: threshold)
        pairs += SimilarityJoin.assign(candidates, oldCount: restOld.count, newCount: restNew.count)
            .map { (restOld[$0.0], restNew[$0.1]) }
        return pairs.sorted { $0.0 < $1.0 }
    }
}
