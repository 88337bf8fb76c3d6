/// Levenshtein distance, used to suggest the nearest known name or code.
/// It counts Unicode scalars, as the rest of wpc reads text (never
/// grapheme clusters, whose boundaries cost a table look-up per character).
public enum EditDistance {
    /// The number of single-scalar edits that turn `a` into `b`.
    public static func between(_ a: String, _ b: String) -> Int {
        between(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// The number of single-scalar edits that turn `a` into `b`, in time
    /// proportional to `a.count × b.count`.
    public static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous: [Int] = [], current: [Int] = []
        return between(a, b, rows: &previous, &current)
    }

    /// `between(a, b)` in two rows the caller keeps, so that comparing one
    /// name with many allocates nothing per pair.
    static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], rows previous: inout [Int], _ current: inout [Int]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if previous.count < b.count + 1 {
            previous = [Int](repeating: 0, count: b.count + 1)
            current = previous
        }
        for j in 0...b.count { previous[j] = j }
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The distance between `a` and `b` when it is at most `limit`, else nil,
    /// in time proportional to `min(a.count, b.count) × (2 × limit + 1)`:
    /// lengths further apart than `limit` are answered at once, and only the
    /// band of cells within `limit` of the diagonal is worked out.
    public static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
        guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let beyond = limit + 1
        // Row i holds columns i - limit ... i + limit; a cell outside the band counts as `beyond`.
        var previous = [Int](repeating: beyond, count: 2 * limit + 1)
        var current = previous
        for offset in 0...limit where offset <= b.count { previous[limit + offset] = offset }
        for i in 1...a.count {
            var smallest = beyond
            for slot in 0..<(2 * limit + 1) {
                let j = i - limit + slot
                guard j >= 0, j <= b.count else { current[slot] = beyond; continue }
                if j == 0 {
                    current[slot] = min(i, beyond)
                } else {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    let diagonal = previous[slot] + cost
                    let above = slot + 1 < previous.count ? previous[slot + 1] + 1 : beyond
                    let left = slot > 0 ? current[slot - 1] + 1 : beyond
                    current[slot] = min(diagonal, above, left, beyond)
                }
                smallest = min(smallest, current[slot])
            }
            if smallest > limit { return nil }
            swap(&previous, &current)
        }
        let distance = previous[b.count - a.count + limit]
        return distance <= limit ? distance : nil
    }
}
