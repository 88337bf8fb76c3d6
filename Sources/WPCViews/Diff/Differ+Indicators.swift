import WPCModel

extension Differ {
    /// Pairs the indicators of two matched tasks: same text and timeline,
    /// then same text, then similar text, then what is left between the same
    /// matched neighbours (a lone indicator on each side is one edited
    /// indicator). Returned in merged order.
    func alignIndicators(_ old: [Indicator], _ new: [Indicator]) -> [Alignment.IndicatorPair] {
        let comparer = comparer
        func fullKey(_ indicator: Indicator) -> String? {
            [indicator.text?.text, indicator.timeline?.raw.text, indicator.bodies?.text]
                .map { comparer.key($0) ?? "" }.joined(separator: "\u{1F}")
        }
        func textKey(_ indicator: Indicator) -> String? { comparer.key(indicator.text?.text) }
        func tokens(_ indicator: Indicator) -> [String] {
            let text = comparer.key(indicator.text?.text) ?? indicator.timeline?.raw.text ?? ""
            return SimilarityTokens.of(text)
        }
        // The common case: nothing changed, seen without building any key.
        if old.count == new.count, zip(old, new).allSatisfy({ a, b in
            comparer.same(a.text?.text, b.text?.text) && comparer.same(a.timeline?.raw.text, b.timeline?.raw.text)
                && comparer.same(a.bodies?.text, b.bodies?.text)
        }) {
            return old.indices.map { Alignment.IndicatorPair(old: $0, new: $0) }
        }
        let oldKeys = old.map(fullKey), newKeys = new.map(fullKey)
        if oldKeys == newKeys { return old.indices.map { Alignment.IndicatorPair(old: $0, new: $0) } }
        var pairs = SimilarityJoin.exactPairs(old: oldKeys, new: newKeys)
        let restOld = Array(Set(old.indices).subtracting(pairs.map(\.0))).sorted()
        let restNew = Array(Set(new.indices).subtracting(pairs.map(\.1))).sorted()
        pairs += match(
            oldKeys: restOld.map { textKey(old[$0]) }, newKeys: restNew.map { textKey(new[$0]) },
            oldTokens: { tokens(old[restOld[$0]]) }, newTokens: { tokens(new[restNew[$0]]) },
            threshold: options.indicatorSimilarity
        ).map { (restOld[$0.0], restNew[$0.1]) }

        let chain = SequenceAlignment.longestChain(pairs)
        pairs += SequenceAlignment.pairGaps(
            oldCount: old.count, newCount: new.count, chain: pairs.filter { chain.contains($0.0) }, matchedOld: Set(pairs.map(\.0)), matchedNew: Set(pairs.map(\.1)),
            threshold: options.gapSimilarity, pairLoneGaps: true
        ) { SimilarityTokens.jaccard(tokens(old[$0]), tokens(new[$1])) }

        let oldToNew = Dictionary(uniqueKeysWithValues: pairs)
        let newToOld = Dictionary(uniqueKeysWithValues: pairs.map { ($0.1, $0.0) })
        let kept = Dictionary(uniqueKeysWithValues: pairs.filter { SequenceAlignment.longestChain(pairs).contains($0.0) })
        let unmatched = Set(old.indices).filter { oldToNew[$0] == nil }
        return MergedOrder.merge(oldCount: old.count, newCount: new.count, kept: kept, showAtOldPlace: unmatched).map {
            switch $0 {
            case .new(let n): Alignment.IndicatorPair(old: newToOld[n], new: n)
            case .old(let o): Alignment.IndicatorPair(old: o, new: nil)
            }
        }
    }
}
