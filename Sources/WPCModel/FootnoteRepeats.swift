/// Which footnotes repeat an earlier one. A Word export prints the legend's
/// footnote again under a new mark on every page (¹, then ⁴, ⁵…); the model
/// and the XML keep every footnote as written, and every output prints a
/// repeat once: its mark points to the first footnote that says the same.
///
/// The one rule: two footnotes say the same when their texts are the same
/// words, emphasis, case and spacing aside ("(SG)" repeats "(**SG**)").
/// Footnotes that differ in any word stay separate.
public struct FootnoteRepeats: Sendable, Hashable {
    /// For each footnote, the index of the first footnote that says the same (its own index when it is the first).
    public let firstIndices: [Int]
    private let marks: [String]

    /// The repeats among `footnotes`.
    public init(_ footnotes: [Footnote]) {
        var first: [String: Int] = [:]
        firstIndices = footnotes.enumerated().map { index, footnote in
            let key = BodyRegistry.normalise(footnote.plainText)
            if let earlier = first[key] { return earlier }
            first[key] = index
            return index
        }
        marks = footnotes.map(\.mark)
    }

    /// Whether footnote `index` repeats an earlier one.
    public func isRepeat(_ index: Int) -> Bool { firstIndices[index] != index }

    /// The indices of the footnotes to print: each text once, in document order.
    public var printed: [Int] { firstIndices.indices.filter { firstIndices[$0] == $0 } }

    /// The index of the footnote that mark `mark` points to: the first that
    /// says what the footnote of that mark says; nil for a mark no footnote has.
    public func target(ofMark mark: String) -> Int? {
        marks.firstIndex(of: mark).map { firstIndices[$0] }
    }
}
