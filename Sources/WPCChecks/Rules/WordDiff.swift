/// A small word-level diff (longest common subsequence), enough to say where
/// two copies of the same footnote part ways.
enum WordDiff {
    /// A word and its character offset in the text.
    struct Word: Sendable, Hashable {
        var text: String
        var offset: Int
    }

    /// A run of words that differ: `oldRange` in the first text replaced by `newRange` in the second.
    struct Hunk: Sendable, Hashable {
        var oldRange: Range<Int>
        var newRange: Range<Int>
    }

    /// The words of `text`, split on white space.
    static func words(_ text: String) -> [Word] {
        var words: [Word] = []
        var current = ""
        var start = 0
        for (offset, character) in text.enumerated() {
            if character.isWhitespace {
                if !current.isEmpty { words.append(Word(text: current, offset: start)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(Word(text: current, offset: start)) }
        return words
    }

    /// The differing runs between `old` and `new`, in order.
    static func hunks(_ old: [String], _ new: [String]) -> [Hunk] {
        let n = old.count, m = new.count
        // lengths[i][j] = LCS length of old[i...] and new[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var hunks: [Hunk] = []
        var i = 0, j = 0
        var open: (Int, Int)?
        func close() {
            if let (a, b) = open { hunks.append(Hunk(oldRange: a..<i, newRange: b..<j)) }
            open = nil
        }
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                close()
                i += 1
                j += 1
            } else {
                if open == nil { open = (i, j) }
                if j < m, i == n || lengths[i][j + 1] >= lengths[i + 1][j] { j += 1 } else { i += 1 }
            }
        }
        close()
        return hunks
    }
}
