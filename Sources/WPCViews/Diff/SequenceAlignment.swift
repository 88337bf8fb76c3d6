/// Sequence tools over matched pairs (old index, new index).
enum SequenceAlignment {
    /// The longest chain of pairs increasing on both sides (an LCS of the two
    /// sequences restricted to the matched pairs), by patience sorting in
    /// O(n log n). Pairs off the chain changed their relative order.
    static func longestChain(_ pairs: [(Int, Int)]) -> Set<Int> {
        let sorted = pairs.sorted { $0.0 < $1.0 }
        var tails: [Int] = []          // index into `sorted` of the smallest tail of each length
        var previous = [Int](repeating: -1, count: sorted.count)
        for (index, pair) in sorted.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if sorted[tails[mid]].1 < pair.1 { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var chain = Set<Int>()
        var cursor = tails.last ?? -1
        while cursor >= 0 {
            chain.insert(sorted[cursor].0)
            cursor = previous[cursor]
        }
        return chain
    }

    /// Pairs the items not yet matched lying between the same two pairs of `chain`
    /// (a "gap"), in order, when `similarity` reaches `threshold`, or always
    /// when the gap holds exactly one item on each side and `pairLoneGaps` is set.
    /// Small gaps are searched best-first; large ones only position by position.
    static func pairGaps(
        oldCount: Int, newCount: Int, chain: [(Int, Int)], matchedOld: Set<Int>, matchedNew: Set<Int>,
        threshold: Double, pairLoneGaps: Bool, similarity: (Int, Int) -> Double
    ) -> [(Int, Int)] {
        let anchors = [(-1, -1)] + chain.sorted { $0.0 < $1.0 } + [(oldCount, newCount)]
        var pairs: [(Int, Int)] = []
        for (left, right) in zip(anchors, anchors.dropFirst()) {
            guard left.0 + 1 <= right.0 - 1 || left.1 + 1 <= right.1 - 1 else { continue }
            let olds = left.0 + 1 < right.0 ? (left.0 + 1..<right.0).filter { !matchedOld.contains($0) } : []
            let news = left.1 + 1 < right.1 ? (left.1 + 1..<right.1).filter { !matchedNew.contains($0) } : []
            guard !olds.isEmpty, !news.isEmpty else { continue }
            if pairLoneGaps, olds.count == 1, news.count == 1 {
                pairs.append((olds[0], news[0]))
            } else if olds.count * news.count <= 64 {
                var candidates: [Candidate] = []
                for (i, o) in olds.enumerated() {
                    for (j, n) in news.enumerated() {
                        let score = similarity(o, n)
                        if score >= threshold { candidates.append(Candidate(old: i, new: j, score: score)) }
                    }
                }
                let chosen = SimilarityJoin.assign(candidates, oldCount: olds.count, newCount: news.count)
                // Keep only pairs that stay in order with each other.
                let inOrder = longestChain(chosen)
                pairs += chosen.filter { inOrder.contains($0.0) }.map { (olds[$0.0], news[$0.1]) }
            } else {
                for (o, n) in zip(olds, news) where similarity(o, n) >= threshold { pairs.append((o, n)) }
            }
        }
        return pairs
    }
}

/// Lays out two sequences as one: every item of the new sequence in its
/// order, and the old items that must show at their own place (removed or
/// moved away) right after the kept old item they followed.
enum MergedOrder {
    /// An item of the merged sequence.
    enum Entry: Equatable {
        case new(Int)
        case old(Int)
    }

    /// `kept` maps old indices to new ones for the items that kept their place.
    static func merge(oldCount: Int, newCount: Int, kept: [Int: Int], showAtOldPlace: Set<Int>) -> [Entry] {
        var keyed: [((Int, Int, Int), Entry)] = (0..<newCount).map { ((($0), 0, 0), .new($0)) }
        var anchor = -1
        for index in 0..<oldCount {
            if let target = kept[index] { anchor = target }
            if showAtOldPlace.contains(index) { keyed.append(((anchor, 1, index), .old(index))) }
        }
        return keyed.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
