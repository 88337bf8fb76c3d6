import WPCModel

extension Differ {
    /// Pairs (old index, new index) of the topics that are the same topic:
    /// equal titles first, then similar titles or largely shared tasks (best
    /// first), then leftovers between the same matched neighbours when
    /// similar enough to be a rewording in place.
    func matchTopics(_ old: [Topic], _ new: [Topic]) -> [(Int, Int)] {
        let comparer = comparer
        var pairs = SimilarityJoin.exactPairs(
            old: old.map { comparer.key($0.title.text) }, new: new.map { comparer.key($0.title.text) })
        var oldPaired = [Bool](repeating: false, count: old.count)
        var newPaired = [Bool](repeating: false, count: new.count)
        for (o, n) in pairs {
            oldPaired[o] = true
            newPaired[n] = true
        }
        let restOld = old.indices.filter { !oldPaired[$0] }
        let restNew = new.indices.filter { !newPaired[$0] }
        // Title words and task texts are compared only for the topics whose
        // title found no equal: every later step looks at those alone.
        var oldTitles = [[String]](repeating: [], count: old.count), newTitles = [[String]](repeating: [], count: new.count)
        var oldTasks = [Set<String>](repeating: [], count: old.count), newTasks = [Set<String>](repeating: [], count: new.count)
        for o in restOld {
            oldTitles[o] = SimilarityTokens.of(old[o].title.text)
            oldTasks[o] = taskKeys(old[o])
        }
        for n in restNew {
            newTitles[n] = SimilarityTokens.of(new[n].title.text)
            newTasks[n] = taskKeys(new[n])
        }
        var scores: [Pair: Double] = [:]
        let byTitle = SimilarityJoin.candidates(
            old: restOld.map { oldTitles[$0] }, new: restNew.map { newTitles[$0] }, threshold: options.topicSimilarity)
        for candidate in byTitle { scores[Pair(restOld[candidate.old], restNew[candidate.new])] = candidate.score }
        for candidate in SharedTasks.candidates(old: restOld.map { oldTasks[$0] }, new: restNew.map { newTasks[$0] })
        where candidate.score >= options.topicSimilarity {
            let pair = Pair(restOld[candidate.old], restNew[candidate.new])
            scores[pair] = max(scores[pair] ?? 0, candidate.score)
        }
        let candidates = scores.map { Candidate(old: $0.key.old, new: $0.key.new, score: $0.value) }
        pairs += SimilarityJoin.assign(candidates, oldCount: old.count, newCount: new.count)

        let chain = SequenceAlignment.longestChain(pairs)
        pairs += SequenceAlignment.pairGaps(
            oldCount: old.count, newCount: new.count, chain: pairs.filter { chain.contains($0.0) }, matchedOld: Set(pairs.map(\.0)), matchedNew: Set(pairs.map(\.1)),
            threshold: options.gapSimilarity, pairLoneGaps: false
        ) { o, n in
            max(SimilarityTokens.jaccard(oldTitles[o], newTitles[n]), SharedTasks.overlap(oldTasks[o], newTasks[n]))
        }
        return pairs.sorted { $0.0 < $1.0 }
    }

    /// The distinct compared texts of a topic's tasks.
    private func taskKeys(_ topic: Topic) -> Set<String> {
        Set(topic.tasks.compactMap { comparer.key($0.text.text) })
    }
}

/// A pair of indices, hashable.
struct Pair: Hashable {
    var old: Int
    var new: Int

    init(_ old: Int, _ new: Int) {
        self.old = old
        self.new = new
    }
}

/// Topics that share tasks word for word: a renamed topic usually keeps them.
enum SharedTasks {
    /// Shared tasks over the larger topic's task count.
    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(max(a.count, b.count))
    }

    /// Pairs of topics sharing at least one task, found through an index of task texts.
    static func candidates(old: [Set<String>], new: [Set<String>]) -> [Candidate] {
        var index: [String: [Int]] = [:]
        for (n, keys) in new.enumerated() { for key in keys { index[key, default: []].append(n) } }
        var result: [Candidate] = []
        for (o, keys) in old.enumerated() {
            var shared: [Int: Int] = [:]
            for key in keys { for n in index[key] ?? [] { shared[n, default: 0] += 1 } }
            for (n, count) in shared.sorted(by: { $0.key < $1.key }) {
                result.append(Candidate(old: o, new: n, score: Double(count) / Double(max(keys.count, new[n].count))))
            }
        }
        return result
    }
}
