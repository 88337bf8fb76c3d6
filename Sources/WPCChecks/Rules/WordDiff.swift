import WPCModel

/// Where two copies of the same footnote part ways: the word runs that
/// differ, from Myers' edit script.
enum WordDiff {
    /// A run of words that differ: `oldRange` in the first text replaced by `newRange` in the second.
    struct Hunk: Sendable, Hashable {
        var oldRange: Range<Int>
        var newRange: Range<Int>
    }

    /// The words of `text`, split on white space.
    static func words(_ text: String) -> [TextWord] { TextWord.split(text) }

    /// The differing runs between `old` and `new`, in order.
    static func hunks(_ old: [String], _ new: [String]) -> [Hunk] {
        var hunks: [Hunk] = []
        var open: (old: Int, new: Int)?
        var i = 0, j = 0
        func close() {
            if let start = open { hunks.append(Hunk(oldRange: start.old..<i, newRange: start.new..<j)) }
            open = nil
        }
        for step in Myers.diff(old, new) {
            switch step {
            case .equal:
                close()
                i += 1
                j += 1
            case .delete:
                if open == nil { open = (i, j) }
                i += 1
            case .insert:
                if open == nil { open = (i, j) }
                j += 1
            }
        }
        close()
        return hunks
    }
}
