/// "Did you mean" for a misspelt name: the nearest known name by edit distance.
enum Suggestion {
    /// `"; did you mean 'title'?"`, or nothing when no known name is close.
    static func didYouMean(_ name: String, among known: [String]) -> String {
        let target = Array(name.unicodeScalars)
        var best: (name: String, distance: Int)?
        for candidate in Set(known).sorted() {
            let distance = editDistance(target, Array(candidate.unicodeScalars))
            if let current = best, current.distance <= distance { continue }
            best = (candidate, distance)
        }
        guard let best, best.distance <= max(2, target.count / 2) else { return "" }
        return "; did you mean '\(best.name)'?"
    }

    /// Levenshtein distance over scalars.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var row = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            row[0] = i
            for j in 1...b.count {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &row)
        }
        return previous[b.count]
    }
}
