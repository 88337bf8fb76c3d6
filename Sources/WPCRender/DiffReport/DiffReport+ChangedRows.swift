import WPCViews

extension DiffReport {
    /// The rows of `topic` a reader of the changes needs: every changed row
    /// and its neighbours, and a row wherever a link points (a renamed or
    /// renumbered topic shows its first row); left-out runs become gap rows.
    /// Nil when the topic has nothing to show.
    func changedPart(of topic: DiffTopicView, linked: Set<String>) -> DiffTopicView? {
        let rows = topic.rows
        var shown = Set<Int>()
        for (index, row) in rows.enumerated() where row.state != "kept" || row.anchor.map(linked.contains) == true {
            shown.formUnion([index - 1, index, index + 1].filter(rows.indices.contains))
        }
        let topicLinked = rows.first?.topic.map { linked.contains($0.anchor) } ?? false
        if shown.isEmpty, topic.state != "same" || topicLinked { shown.insert(0) }
        guard !shown.isEmpty, let cells = rows.first?.topic else { return nil }
        var part: [DiffRowView] = []
        var hidden = 0
        for (index, row) in rows.enumerated() {
            guard shown.contains(index) else {
                hidden += 1
                continue
            }
            if hidden > 0 { part.append(gap(tasks: hidden)) }
            hidden = 0
            var row = row
            row.topic = nil
            part.append(row)
        }
        if hidden > 0 { part.append(gap(tasks: hidden)) }
        part[0].topic = DiffTopicCellsView(anchor: cells.anchor, rowspan: part.count, number: cells.number, title: cells.title)
        return DiffTopicView(state: topic.state, skipped: nil, rows: part)
    }

    func gap(tasks count: Int) -> DiffRowView {
        var row = emptyRow
        row.state = "gap"
        row.gap = wording.counted(.unchangedTasksOne, .unchangedTasksOther, count)
        return row
    }

    func gap(topics count: Int) -> DiffTopicView {
        DiffTopicView(state: "gap", skipped: wording.counted(.unchangedTopicsOne, .unchangedTopicsOther, count), rows: [])
    }
}
