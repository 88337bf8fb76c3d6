/// Eugene Myers' O((N+M)·D) shortest edit script ("An O(ND) Difference
/// Algorithm and Its Variations", 1986), after trimming the common prefix and
/// suffix so that a small edit in a long text costs little. The diff of
/// drafts and the footnote check both use it.
public enum Myers {
    /// One step of an edit script: keep a[i] (= b[j]), delete a[i], or insert b[j].
    public enum Step: Equatable, Sendable {
        case equal(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    /// Edit steps beyond which the exact search stops: the remainder is then
    /// reported as one deletion and one insertion (correct, if not minimal),
    /// which bounds time and memory on texts that share almost nothing.
    public static let maximumEdits = 1_000

    /// The steps that turn `a` into `b`, in order.
    public static func diff<T: Equatable>(_ a: [T], _ b: [T]) -> [Step] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
              a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var steps = (0..<prefix).map { Step.equal($0, $0) }
        steps += middle(a, b, from: prefix, aEnd: a.count - suffix, bEnd: b.count - suffix)
        steps += (0..<suffix).map { Step.equal(a.count - suffix + $0, b.count - suffix + $0) }
        return steps
    }

    private static func middle<T: Equatable>(_ a: [T], _ b: [T], from start: Int, aEnd: Int, bEnd: Int) -> [Step] {
        let n = aEnd - start, m = bEnd - start
        if n == 0 { return (0..<m).map { .insert(start + $0) } }
        if m == 0 { return (0..<n).map { .delete(start + $0) } }
        let limit = min(n + m, maximumEdits)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        var found = false
        search: for d in 0...limit {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[start + x] == b[start + y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n, y >= m {
                    found = true
                    break search
                }
            }
        }
        guard found else { return (0..<n).map { .delete(start + $0) } + (0..<m).map { .insert(start + $0) } }
        return backtrack(trace: trace, finalV: v, n: n, m: m, offset: offset, start: start)
    }

    private static func backtrack(trace: [[Int]], finalV: [Int], n: Int, m: Int, offset: Int, start: Int) -> [Step] {
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK: Int
            if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                previousK = k + 1
            } else {
                previousK = k - 1
            }
            let previousX = d == 0 ? 0 : v[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                steps.append(.equal(start + x, start + y))
            }
            if d > 0 {
                if x == previousX { steps.append(.insert(start + previousY)) } else { steps.append(.delete(start + previousX)) }
            }
            x = previousX
            y = previousY
        }
        return steps.reversed()
    }
}
