import WPCViews

/// Builds cells from the texts of the two drafts.
enum DiffCells {
    /// A cell comparing `old` with `new` word by word; a side that does not exist is nil.
    static func compare(_ old: String?, _ new: String?, same: Bool) -> DiffCellView {
        let segments = WordDiff.diff(old ?? "", new ?? "")
        return DiffCellView(state: same ? "" : "changed", lines: [line(segments)])
    }

    /// A cell that exists on one side only: all of it inserted or deleted.
    static func only(_ text: String?, _ kind: WordSegment.Kind) -> DiffCellView {
        guard let text, !text.isEmpty else { return empty }
        return DiffCellView(state: "", lines: [line([WordSegment(kind, text)])])
    }

    /// A cell of several lines.
    static func lines(_ lines: [[WordSegment]], changed: Bool) -> DiffCellView {
        DiffCellView(state: changed ? "changed" : "", lines: lines.map(line))
    }

    static let empty = DiffCellView(state: "", lines: [])

    static func line(_ segments: [WordSegment]) -> DiffLineView {
        DiffLineView(segments: segments.filter { !$0.text.isEmpty }.map(DiffSegmentView.init))
    }
}
