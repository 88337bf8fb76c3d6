/// The widest word of each column of the annex table, as a width at a font
/// size of 1 (multiply by the size to get the width in the output's units):
/// in the body face for the cells, in the bold face for the heading. What a
/// column must be at least, so that no word is broken inside a cell.
public struct ColumnWordWidths: Sendable, Hashable {
    /// The widest word of the column's cells, regular face, per `Column.ordered` index.
    public var cells: [Double]
    /// The widest word of the column's heading (with its footnote marks), bold face.
    public var headings: [Double]

    /// Widths per `Column.ordered` index.
    public init(cells: [Double], headings: [Double]) {
        self.cells = cells
        self.headings = headings
    }

    /// The wider of each column's words here and in `other`: what a table
    /// showing two drafts' words at once (the redline) fits its columns to.
    public func merged(with other: ColumnWordWidths) -> ColumnWordWidths {
        ColumnWordWidths(cells: zip(cells, other.cells).map { max($0, $1) }, headings: zip(headings, other.headings).map { max($0, $1) })
    }

    /// The widest word of `column`, cells set at `bodySize` and the heading at `headingSize`.
    public func widest(_ column: Column, bodySize: Double, headingSize: Double) -> Double {
        max(cells[column.index] * bodySize, headings[column.index] * headingSize)
    }
}

/// Column widths that fit their words. Every paginated and annex output and
/// the Word annex size their columns the same way: start from the usual
/// widths; a column narrower than its widest word (with its padding) widens
/// to it, and the columns with room to spare give up the width it takes, in
/// proportion to their spare room. The table's width never changes.
public enum ColumnFit {
    /// `usual` widths (summing to the table's width) adjusted so that each is
    /// at least its `minimum`, in whole units. A minimum above `cap` (a third
    /// of the table by default: a web address, a code without spaces) is held
    /// to it, and such a word is broken as before; when the minimums alone
    /// exceed the table, they share it in proportion.
    public static func fit(usual: [Int], minimums: [Double], cap: Double? = nil) -> [Int] {
        let total = usual.reduce(0, +)
        let limit = cap ?? Double(total) / 3
        let needed = minimums.map { Int(min($0, limit).rounded(.up)) }
        guard zip(usual, needed).contains(where: { $0 < $1 }) else { return usual }
        let neededTotal = needed.reduce(0, +)
        if neededTotal >= total { return share(total, in: needed.map(Double.init)) }
        var widths = zip(usual, needed).map { max($0, $1) }
        let excess = widths.reduce(0, +) - total
        let spare = zip(widths, needed).map { $0 - $1 }
        // Each column with room gives in proportion to its room, never below its minimum.
        let gives = share(excess, in: spare.map(Double.init), limits: spare)
        for index in widths.indices { widths[index] -= gives[index] }
        return widths
    }

    /// `amount` whole units shared in proportion to `weights`, none above its
    /// limit; the units rounding leaves go to the largest remainders first.
    private static func share(_ amount: Int, in weights: [Double], limits: [Int]? = nil) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        let exact = weights.map { Double(amount) * $0 / sum }
        var shares = exact.map { Int($0.rounded(.down)) }
        var left = amount - shares.reduce(0, +)
        let order = exact.indices.sorted { (exact[$0] - Double(shares[$0]), -$0) > (exact[$1] - Double(shares[$1]), -$1) }
        for index in order where left > 0 {
            if let limits, shares[index] >= limits[index] { continue }
            shares[index] += 1
            left -= 1
        }
        return shares
    }
}
