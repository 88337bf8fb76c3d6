/// A pair of items, one from each draft, and how similar they are.
struct Candidate: Hashable {
    var old: Int
    var new: Int
    var score: Double
}

/// Finds the pairs of texts at least `threshold` similar (token Jaccard)
/// without comparing every old text with every new one.
///
/// Prefix filtering (Chaudhuri et al. 2006; Bayardo et al., "Scaling up all
/// pairs similarity search", 2007): order each text's words rarest first; if
/// J(x, y) ≥ t then the first |x| − ⌈t·|x|⌉ + 1 words of x and the first
/// |y| − ⌈t·|y|⌉ + 1 words of y share a word. So only texts whose rare-word
/// prefixes meet are compared, which is exact and, on prose, near-linear.
enum SimilarityJoin {
    /// The candidate pairs of `old` × `new` (indices into the arrays) scoring at least `threshold`.
    static func candidates(old: [[String]], new: [[String]], threshold: Double) -> [Candidate] {
        guard threshold > 0, !old.isEmpty, !new.isEmpty else { return [] }
        var frequency: [String: Int] = [:]
        for tokens in old { for token in tokens { frequency[token, default: 0] += 1 } }
        for tokens in new { for token in tokens { frequency[token, default: 0] += 1 } }
        func rarestFirst(_ tokens: [String]) -> [String] {
            // Each word's frequency is looked up once, not at every comparison.
            tokens.map { (frequency[$0] ?? 0, $0) }.sorted { $0 < $1 }.map(\.1)
        }
        func prefixLength(_ count: Int) -> Int {
            count == 0 ? 0 : count - Int((threshold * Double(count)).rounded(.up)) + 1
        }
        var index: [String: [Int]] = [:]
        for (n, tokens) in new.enumerated() {
            for token in rarestFirst(tokens).prefix(prefixLength(tokens.count)) { index[token, default: []].append(n) }
        }
        var result: [Candidate] = []
        var seen = Set<Int>()
        for (o, tokens) in old.enumerated() where !tokens.isEmpty {
            seen.removeAll(keepingCapacity: true)
            for token in rarestFirst(tokens).prefix(prefixLength(tokens.count)) {
                for n in index[token] ?? [] where seen.insert(n).inserted {
                    // Size filter: J ≤ min/max, so sizes too far apart cannot reach the threshold.
                    let small = Double(min(tokens.count, new[n].count)), large = Double(max(tokens.count, new[n].count))
                    guard small >= threshold * large else { continue }
                    let score = SimilarityTokens.jaccard(tokens, new[n])
                    if score >= threshold { result.append(Candidate(old: o, new: n, score: score)) }
                }
            }
        }
        return result
    }

    /// Pairs exactly equal keys, first unmatched with first unmatched, in order.
    static func exactPairs(old: [String?], new: [String?]) -> [(Int, Int)] {
        // The common case, nothing changed: no hashing at all.
        if old == new { return old.indices.compactMap { old[$0] == nil ? nil : ($0, $0) } }
        // Each key's new positions, chained in order: `head` holds the first
        // not yet paired, `next` the one after each.
        var head: [String: Int] = [:]
        head.reserveCapacity(new.count)
        var next = [Int](repeating: -1, count: new.count)
        for n in new.indices.reversed() {
            guard let key = new[n] else { continue }
            next[n] = head[key] ?? -1
            head[key] = n
        }
        var pairs: [(Int, Int)] = []
        for (o, key) in old.enumerated() {
            guard let key, let n = head[key], n >= 0 else { continue }
            pairs.append((o, n))
            head[key] = next[n]
        }
        return pairs
    }

    /// Chooses pairs best first: highest score, then nearest relative
    /// position (so duplicates pair in order), then document order; each item
    /// is used at most once.
    static func assign(_ candidates: [Candidate], oldCount: Int, newCount: Int) -> [(Int, Int)] {
        func drift(_ c: Candidate) -> Double {
            abs(Double(c.old) / Double(max(oldCount, 1)) - Double(c.new) / Double(max(newCount, 1)))
        }
        let ordered = candidates.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            let da = drift(a), db = drift(b)
            if da != db { return da < db }
            return (a.old, a.new) < (b.old, b.new)
        }
        var usedOld = Set<Int>(), usedNew = Set<Int>()
        var pairs: [(Int, Int)] = []
        for candidate in ordered where !usedOld.contains(candidate.old) && !usedNew.contains(candidate.new) {
            usedOld.insert(candidate.old)
            usedNew.insert(candidate.new)
            pairs.append((candidate.old, candidate.new))
        }
        return pairs.sorted { $0.0 < $1.0 }
    }
}
