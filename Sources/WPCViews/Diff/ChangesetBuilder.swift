import WPCModel

/// Turns an alignment into the list of changes, walking it in merged order.
struct ChangesetBuilder {
    var old: Programme
    var new: Programme
    var options: DiffOptions

    private var comparer: TextComparer { TextComparer(foldsWhitespace: options.ignores(.whitespace)) }

    func build(_ alignment: Alignment) -> Changeset {
        var changes = metadataChanges()
        var renumbered: [Renumbering] = []
        for topic in alignment.topics {
            switch (topic.old, topic.new) {
            case (nil, let n?):
                changes.append(Change(kind: .topicAdded, old: nil, new: position(new, n), after: new.topics[n].title.text))
            case (let o?, nil):
                changes.append(Change(kind: .topicRemoved, old: position(old, o), new: nil, before: old.topics[o].title.text))
            case (let o?, let n?):
                if let edit = edit(.title, old.topics[o].title.text, new.topics[n].title.text) {
                    changes.append(Change(.topicRenamed, old: position(old, o), new: position(new, n), edit: edit))
                }
                let before = topicNumber(old, o), after = topicNumber(new, n)
                if before != after { renumbered.append(Renumbering(old: before, new: after)) }
            case (nil, nil):
                continue
            }
            for task in topic.tasks { changes += taskChanges(task, inAddedOrRemovedTopic: topic.old == nil || topic.new == nil) }
        }
        return Changeset(changes: changes, renumbered: renumbered)
    }

    // MARK: Pieces

    private func metadataChanges() -> [Change] {
        let introduction: (Programme) -> String? = { programme in
            programme.introduction.isEmpty ? nil : programme.introduction.map(\.text.text).joined(separator: "\n\n")
        }
        let edits = [
            edit(.title, old.title.text, new.title.text),
            edit(.date, old.date?.text, new.date?.text),
            edit(.text, introduction(old), introduction(new)),
        ]
        return edits.compactMap { $0 }.map { Change(.metadataChanged, old: nil, new: nil, edit: $0) }
    }

    private func taskChanges(_ pair: Alignment.TaskPair, inAddedOrRemovedTopic: Bool) -> [Change] {
        switch pair.role {
        case .added:
            guard let n = pair.new, !inAddedOrRemovedTopic else { return [] }
            return [Change(kind: .taskAdded, old: nil, new: position(new, n), after: task(new, n).text.text)]
        case .removed:
            guard let o = pair.old, !inAddedOrRemovedTopic else { return [] }
            return [Change(kind: .taskRemoved, old: position(old, o), new: nil, before: task(old, o).text.text)]
        case .movedOut:
            return []
        case .kept, .movedIn:
            guard let o = pair.old, let n = pair.new else { return [] }
            let edits = taskEdits(task(old, o), task(new, n))
            var changes: [Change]
            if pair.role == .movedIn {
                changes = [Change(kind: .taskMoved, old: position(old, o), new: position(new, n), edits: edits)]
            } else {
                changes = edits.map { Change(.taskChanged, old: position(old, o), new: position(new, n), edit: $0) }
            }
            for indicator in pair.indicators { changes += indicatorChanges(indicator, o, n) }
            return changes
        }
    }

    private func taskEdits(_ a: WorkTask, _ b: WorkTask) -> [FieldEdit] {
        var edits = [
            edit(.text, a.text.text, b.text.text), edit(.plan, a.plan?.text, b.plan?.text),
            edit(.type, a.type?.text, b.type?.text), edit(.bodies, a.bodies?.text, b.bodies?.text),
        ]
        if !options.ignores(.progress) { edits.append(edit(.progress, a.progress?.text, b.progress?.text)) }
        return edits.compactMap { $0 }
    }

    private func indicatorChanges(_ pair: Alignment.IndicatorPair, _ o: Alignment.TaskIndex, _ n: Alignment.TaskIndex) -> [Change] {
        let oldIndicators = task(old, o).indicators, newIndicators = task(new, n).indicators
        switch (pair.old, pair.new) {
        case (nil, let k?):
            return [Change(kind: .indicatorAdded, old: nil, new: position(new, n, indicator: k), after: summary(newIndicators[k]))]
        case (let k?, nil):
            return [Change(kind: .indicatorRemoved, old: position(old, o, indicator: k), new: nil, before: summary(oldIndicators[k]))]
        case (let i?, let k?):
            let a = oldIndicators[i], b = newIndicators[k]
            let edits = [
                edit(.text, a.text?.text, b.text?.text), edit(.timeline, a.timeline?.raw.text, b.timeline?.raw.text),
                edit(.bodies, a.bodies?.text, b.bodies?.text),
            ]
            return edits.compactMap { $0 }.map {
                Change(.indicatorChanged, old: position(old, o, indicator: i), new: position(new, n, indicator: k), edit: $0)
            }
        case (nil, nil):
            return []
        }
    }

    /// The edit of one field, or nil when the two cells say the same.
    private func edit(_ field: ChangeField, _ before: String?, _ after: String?) -> FieldEdit? {
        guard !comparer.same(before, after) else { return nil }
        return FieldEdit(field: field, before: ChangesetBuilder.cell(before), after: ChangesetBuilder.cell(after))
    }

    /// A cell as reported: nil when missing or blank.
    static func cell(_ text: String?) -> String? {
        guard let text, !UTF8Text.isBlank(text) else { return nil }
        return text
    }

    /// An indicator in one line: its text, or its timeline when it has no text.
    private func summary(_ indicator: Indicator) -> String? {
        ChangesetBuilder.cell(indicator.text?.text) ?? ChangesetBuilder.cell(indicator.timeline?.raw.text)
    }

    private func task(_ programme: Programme, _ index: Alignment.TaskIndex) -> WorkTask {
        programme.topics[index.topic].tasks[index.task]
    }

    private func position(_ programme: Programme, _ topic: Int) -> ChangePosition {
        ChangePosition(topic: topicNumber(programme, topic))
    }

    private func position(_ programme: Programme, _ index: Alignment.TaskIndex, indicator: Int? = nil) -> ChangePosition {
        let number = programme.taskNumber(topic: index.topic, task: index.task)
        return ChangePosition(topic: number.topic, task: number.task, indicator: indicator.map { $0 + 1 })
    }
}

private func topicNumber(_ programme: Programme, _ index: Int) -> Int { programme.topicNumber(at: index) }
