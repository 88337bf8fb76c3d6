import WPCModel
import WPCViews

/// Everything a diff-report template draws: the two drafts, the counts, the
/// renumbering and the merged annex table with its changes marked.
/// Templates in `Templates/diff/` receive this; all text is plain (the
/// template escapes it).
public struct DiffReportView: Sendable {
    /// "Changes from OLD to NEW".
    public var heading: String
    public var old: DraftView
    public var new: DraftView
    /// True when the drafts say the same thing.
    public var same: Bool
    /// Total number of changes (renumbering not counted).
    public var total: Int
    /// One row per kind of change that occurs, in the kinds' order.
    public var summary: [SummaryRowView]
    /// "11 → 12", one per renumbered topic.
    public var renumbered: [RenumberView]
    public var hasRenumbered: Bool
    /// Changes of title, date and introduction.
    public var metadata: [MetadataChangeView]
    public var hasMetadata: Bool
    /// The annex table's column headings.
    public var columns: [DiffColumnView]
    /// The merged table, topic by topic.
    public var topics: [DiffTopicView]
    /// The report's fixed words (`lang`, `labels` in the template).
    public var labels: Labels
}

/// One draft: the file as named and its title block.
public struct DraftView: Sendable {
    public var file: String
    public var title: String
    public var date: String
}

/// A kind of change and how many there are.
public struct SummaryRowView: Sendable {
    /// The JSON spelling ("task-moved").
    public var kind: String
    /// Words for people ("tasks moved").
    public var label: String
    public var count: Int
}

/// A renumbered topic.
public struct RenumberView: Sendable {
    public var old: Int
    public var new: Int
}

/// A change of the programme's title, date or introduction.
public struct MetadataChangeView: Sendable {
    public var field: String
    public var value: DiffCellView
}

/// A heading of the table.
public struct DiffColumnView: Sendable {
    /// CSS class: number, topic, task, plan, type, bodies, indicator, timeline, progress.
    public var key: String
    public var heading: String
}

/// A topic in merged order with its rows.
public struct DiffTopicView: Sendable {
    /// added, removed, renamed or same.
    public var state: String
    public var rows: [DiffRowView]
}

/// One task row (or one empty row for a topic without tasks).
public struct DiffRowView: Sendable {
    /// kept, changed, added, removed, moved-in or moved-out.
    public var state: String
    /// The topic's number and title cells, on the topic's first row only.
    public var topic: DiffTopicCellsView?
    /// "Moved from 15.3" / "Moved to 16.3", or nil.
    public var note: String?
    public var task: DiffCellView
    public var plan: DiffCellView
    public var type: DiffCellView
    public var bodies: DiffCellView
    public var indicator: DiffCellView
    public var timeline: DiffCellView
    public var progress: DiffCellView
}

/// The cells spanning a topic's rows.
public struct DiffTopicCellsView: Sendable {
    public var rowspan: Int
    public var number: DiffCellView
    public var title: DiffCellView
}

/// A table cell: lines (one per indicator in the indicator and timeline
/// columns) of segments, and whether anything in it changed.
public struct DiffCellView: Sendable {
    /// "changed" when the cell differs between the drafts, else "".
    public var state: String
    public var lines: [DiffLineView]
}

/// One line of a cell.
public struct DiffLineView: Sendable {
    public var segments: [DiffSegmentView]
}

/// A run of text: kept, inserted (drawn underlined) or deleted (struck through).
public struct DiffSegmentView: Sendable {
    public var text: String
    public var isEqual: Bool
    public var isInserted: Bool
    public var isDeleted: Bool

    init(_ segment: WordSegment) {
        text = segment.text
        isEqual = segment.kind == .equal
        isInserted = segment.kind == .inserted
        isDeleted = segment.kind == .deleted
    }
}
