import WPCModel
import WPCViews

/// Everything a diff-report template draws: the two drafts, the summary in
/// words (with links to rows), what was ignored, and the annex table with
/// its changes marked — the changed rows with one row of context, or every
/// row with `--full`. Templates in `Templates/diff/` receive this; all text
/// is plain (the template escapes it).
public struct DiffReportView: Sendable {
    /// The language of the report's words, as HTML's `lang` ("en", "fr").
    public var lang: String
    /// "Changes from OLD to NEW".
    public var heading: String
    /// Every label, in the report's language (the template reads `labels.diff.*`).
    public var labels: Labels
    public var old: DraftView
    public var new: DraftView
    /// True when the drafts say the same thing.
    public var same: Bool
    /// "No changes between OLD and NEW.", the one line of a report on identical drafts.
    public var sameLine: String
    /// Total number of changes (renumbering not counted).
    public var total: Int
    /// The summary sentence: words and links.
    public var summary: [SummaryPieceView]
    /// "Ignored: case." or nil.
    public var ignored: String?
    /// Changes of title, date and introduction.
    public var metadata: [MetadataChangeView]
    public var hasMetadata: Bool
    /// The annex table's column headings.
    public var columns: [DiffColumnView]
    /// Whether the table has any row (it has none when only the title, date or introduction changed).
    public var hasRows: Bool
    /// Whether every row is shown (`--full`), not only the changed ones.
    public var full: Bool
    /// The table, topic by topic, with a gap where unchanged topics are left out.
    public var topics: [DiffTopicView]
}

/// One draft: the file as named and its title block.
public struct DraftView: Sendable {
    public var file: String
    public var title: String
    public var date: String
}

/// A piece of the summary: words, linked to `anchor` (an element id) when `isLink`.
public struct SummaryPieceView: Sendable {
    public var text: String
    public var anchor: String
    public var isLink: Bool
}

/// A change of the programme's title, date or introduction.
public struct MetadataChangeView: Sendable {
    /// The element id the summary links to.
    public var anchor: String
    public var field: String
    public var value: DiffCellView
}

/// A heading of the table.
public struct DiffColumnView: Sendable {
    /// CSS class: number, topic, task, plan, type, bodies, indicator, timeline, progress.
    public var key: String
    public var heading: String
}

/// A topic in merged order with its rows, or a gap standing for unchanged topics left out.
public struct DiffTopicView: Sendable {
    /// added, removed, renamed, same, or gap.
    public var state: String
    /// "5 unchanged topics", on a gap.
    public var skipped: String?
    public var rows: [DiffRowView]
}

/// One task row (or one empty row for a topic without tasks), or a gap
/// standing for unchanged tasks left out.
public struct DiffRowView: Sendable {
    /// kept, changed, added, removed, moved-in, moved-out, or gap.
    public var state: String
    /// The row's element id (`new-12-3`, `old-11-3`), nil for a gap or an empty row.
    public var anchor: String?
    /// The task's number ("12.3", "12.3 (was 11.3)"); nil for a gap or an empty row.
    public var place: String?
    /// "3 unchanged tasks", on a gap.
    public var gap: String?
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
    /// The number cell's element id (`new-topic-12`, `old-topic-5`).
    public var anchor: String
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
