import WPCModel
import WPCViews

extension DiffReport {
    /// The view-model the HTML templates draw: the changed rows, each with one
    /// row of context and every row a summary link points at; or, when `full`,
    /// the whole merged programme.
    public func view(full: Bool = false) -> DiffReportView {
        let wording = self.wording
        let pieces = summary
        let linked = Set(pieces.compactMap(\.anchor))
        let metadata = changeset.changes.filter { $0.kind == .metadataChanged }.map { change in
            MetadataChangeView(anchor: DiffAnchor.document(change.field),
                               field: change.field == .text ? wording.text(.fieldIntroduction) : fieldName(change.field ?? .text),
                               value: DiffCells.lines([change.words], changed: true))
        }
        var topics: [DiffTopicView] = []
        var skipped = 0
        for pair in alignment.topics {
            let whole = topicView(pair)
            if full {
                topics.append(whole)
                continue
            }
            guard let part = changedPart(of: whole, linked: linked) else {
                skipped += 1
                continue
            }
            if skipped > 0 { topics.append(gap(topics: skipped)) }
            skipped = 0
            topics.append(part)
        }
        if skipped > 0, !topics.isEmpty { topics.append(gap(topics: skipped)) }
        return DiffReportView(
            lang: language.rawValue,
            heading: wording.text(.heading, oldFile, newFile),
            labels: labels,
            old: DraftView(file: oldFile, title: old.title.text, date: old.date?.text ?? ""),
            new: DraftView(file: newFile, title: new.title.text, date: new.date?.text ?? ""),
            same: changeset.isEmpty,
            sameLine: sameSentence + (ignoredSentence.map { " " + $0 } ?? ""),
            total: changeset.changes.count,
            summary: pieces.map { SummaryPieceView(text: $0.text, anchor: $0.anchor ?? "", isLink: $0.anchor != nil) },
            ignored: ignoredSentence,
            metadata: metadata, hasMetadata: !metadata.isEmpty,
            columns: [Column.number, .topic, .task, .plan, .type, .bodies, .indicator, .timeline, .progress]
                .map { DiffColumnView(key: $0.rawValue, heading: labels.heading(of: $0)) },
            hasRows: topics.contains { !$0.rows.isEmpty },
            full: full,
            topics: topics
        )
    }

    // MARK: The merged table

    private func topicView(_ pair: Alignment.TopicPair) -> DiffTopicView {
        let oldTopic = pair.old.map { old.topics[$0] }, newTopic = pair.new.map { new.topics[$0] }
        let number: DiffCellView, title: DiffCellView, state: String
        switch (pair.old, pair.new) {
        case (let o?, let n?):
            let before = old.topicNumber(at: o), after = new.topicNumber(at: n)
            number = DiffCells.compare(String(before), String(after), same: before == after)
            let same = options.sameText(oldTopic?.title.text, newTopic?.title.text)
            title = same ? DiffCells.compare(newTopic?.title.text, newTopic?.title.text, same: true)
                : DiffCells.compare(oldTopic?.title.text, newTopic?.title.text, same: false)
            state = same ? "same" : "renamed"
        case (nil, let n?):
            number = DiffCells.only(String(new.topicNumber(at: n)), .inserted)
            title = DiffCells.only(newTopic?.title.text, .inserted)
            state = "added"
        case (let o?, nil):
            number = DiffCells.only(String(old.topicNumber(at: o)), .deleted)
            title = DiffCells.only(oldTopic?.title.text, .deleted)
            state = "removed"
        case (nil, nil):
            number = DiffCells.empty
            title = DiffCells.empty
            state = "same"
        }
        var rows = pair.tasks.map(rowView)
        if rows.isEmpty { rows = [emptyRow] }
        let anchor = pair.new.map { DiffAnchor.topic(new: $0) } ?? pair.old.map { DiffAnchor.topic(old: $0) } ?? ""
        rows[0].topic = DiffTopicCellsView(anchor: anchor, rowspan: rows.count, number: number, title: title)
        return DiffTopicView(state: state, skipped: nil, rows: rows)
    }

    var emptyRow: DiffRowView {
        DiffRowView(state: "kept", anchor: nil, place: nil, gap: nil, topic: nil, note: nil,
                    task: DiffCells.empty, plan: DiffCells.empty, type: DiffCells.empty, bodies: DiffCells.empty,
                    indicator: DiffCells.empty, timeline: DiffCells.empty, progress: DiffCells.empty)
    }

    private func task(_ programme: Programme, _ index: Alignment.TaskIndex) -> WorkTask {
        programme.topics[index.topic].tasks[index.task]
    }

    private func rowView(_ pair: Alignment.TaskPair) -> DiffRowView {
        var row: DiffRowView
        switch pair.role {
        case .added:
            guard let n = pair.new else { return emptyRow }
            row = oneSided(task(new, n), .inserted, state: "added", note: nil)
            row.anchor = DiffAnchor.row(new: n)
            row.place = taskLabel(new, n)
        case .removed:
            guard let o = pair.old else { return emptyRow }
            row = oneSided(task(old, o), .deleted, state: "removed", note: nil)
            row.anchor = DiffAnchor.row(old: o)
            row.place = taskLabel(old, o)
        case .movedOut:
            guard let o = pair.old, let n = pair.new else { return emptyRow }
            row = oneSided(task(old, o), .deleted, state: "moved-out", note: wording.text(.movedTo, taskLabel(new, n)))
            row.anchor = DiffAnchor.row(old: o)
            row.place = taskLabel(old, o)
        case .kept, .movedIn:
            guard let o = pair.old, let n = pair.new else { return emptyRow }
            row = compared(task(old, o), task(new, n), pair,
                           note: pair.role == .movedIn ? wording.text(.movedFrom, taskLabel(old, o)) : nil)
            row.anchor = DiffAnchor.row(new: n)
            let before = taskLabel(old, o), after = taskLabel(new, n)
            row.place = pair.role == .kept && before != after ? wording.text(.placeWas, after, before) : after
        }
        return row
    }

    private func oneSided(_ task: WorkTask, _ kind: WordSegment.Kind, state: String, note: String?) -> DiffRowView {
        let indicators = task.indicators.map { [WordSegment(kind, $0.text?.text ?? "")] }
        let timelines = task.indicators.map { [WordSegment(kind, $0.timeline?.raw.text ?? "")] }
        return DiffRowView(
            state: state, anchor: nil, place: nil, gap: nil, topic: nil, note: note,
            task: DiffCells.only(task.text.text, kind), plan: DiffCells.only(task.plan?.text, kind),
            type: DiffCells.only(task.type?.text, kind), bodies: DiffCells.only(task.bodies?.text, kind),
            indicator: DiffCells.lines(indicators, changed: false), timeline: DiffCells.lines(timelines, changed: false),
            progress: DiffCells.only(task.progress?.text, kind))
    }

    private func compared(_ a: WorkTask, _ b: WorkTask, _ pair: Alignment.TaskPair, note: String?) -> DiffRowView {
        func cell(_ x: String?, _ y: String?) -> DiffCellView {
            // A difference the options ignore is no difference: the new text, unmarked.
            options.sameText(x, y) ? DiffCells.compare(y, y, same: true) : DiffCells.compare(x, y, same: false)
        }
        var indicatorLines: [[WordSegment]] = [], timelineLines: [[WordSegment]] = []
        var indicatorsChanged = false, timelinesChanged = false
        for indicator in pair.indicators {
            let x = indicator.old.map { a.indicators[$0] }, y = indicator.new.map { b.indicators[$0] }
            let text = (x?.text?.text, y?.text?.text), time = (x?.timeline?.raw.text, y?.timeline?.raw.text)
            indicatorLines.append(sided(text.0, text.1, oldExists: x != nil, newExists: y != nil))
            timelineLines.append(sided(time.0, time.1, oldExists: x != nil, newExists: y != nil))
            indicatorsChanged = indicatorsChanged || x == nil || y == nil || !options.sameText(text.0, text.1)
                || !options.sameText(x?.bodies?.text, y?.bodies?.text)
            timelinesChanged = timelinesChanged || x == nil || y == nil || !options.sameText(time.0, time.1)
        }
        let progress = options.ignores(.progress)
            ? DiffCells.compare(b.progress?.text, b.progress?.text, same: true) : cell(a.progress?.text, b.progress?.text)
        let changed = !options.sameText(a.text.text, b.text.text) || !options.sameText(a.plan?.text, b.plan?.text)
            || !options.sameText(a.type?.text, b.type?.text) || !options.sameText(a.bodies?.text, b.bodies?.text)
            || indicatorsChanged || timelinesChanged || progress.state == "changed"
        return DiffRowView(
            state: note != nil ? "moved-in" : (changed ? "changed" : "kept"), anchor: nil, place: nil, gap: nil, topic: nil, note: note,
            task: cell(a.text.text, b.text.text), plan: cell(a.plan?.text, b.plan?.text), type: cell(a.type?.text, b.type?.text),
            bodies: cell(a.bodies?.text, b.bodies?.text),
            indicator: DiffCells.lines(indicatorLines, changed: indicatorsChanged),
            timeline: DiffCells.lines(timelineLines, changed: timelinesChanged), progress: progress)
    }

    /// A line comparing two sides, all deleted or all inserted when one side does not exist;
    /// the new text unmarked when the options make the two the same.
    private func sided(_ old: String?, _ new: String?, oldExists: Bool, newExists: Bool) -> [WordSegment] {
        if !newExists { return [WordSegment(.deleted, old ?? "")] }
        if !oldExists { return [WordSegment(.inserted, new ?? "")] }
        if options.sameText(old, new) { return [WordSegment(.equal, new ?? "")] }
        return WordDiff.diff(old ?? "", new ?? "")
    }
}
