import WPCModel

/// How a task is drawn as rows: one row per indicator (at least one), and
/// whether the Responsible-body column is one cell for the whole task or one
/// per indicator. Shared by the annex, the paginated HTML and Markdown so
/// that they merge cells alike.
public struct TaskShape: Sendable, Hashable {
    /// One indicator row's texts.
    public struct Row: Sendable, Hashable {
        public var indicator: String?
        public var timeline: String?
        /// The bodies shown on this row when the column is per indicator.
        public var bodies: String?
    }

    public var rows: [Row]
    /// True when some indicator names its own bodies: the column then has a
    /// cell per indicator, the first showing the task's bodies unless its
    /// indicator names others.
    public var bodiesPerIndicator: Bool

    public init(_ task: WorkTask) {
        bodiesPerIndicator = task.indicators.contains { $0.bodies != nil }
        let indicators = task.indicators.isEmpty ? [Indicator(text: nil)] : task.indicators
        rows = indicators.enumerated().map { index, indicator in
            let bodies = indicator.bodies?.text ?? (index == 0 ? task.bodies?.text : nil)
            return Row(indicator: indicator.text?.text, timeline: indicator.timeline?.raw.text, bodies: bodies)
        }
    }
}
