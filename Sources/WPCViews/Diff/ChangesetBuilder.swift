import WPCModel

/// Turns an alignment into the list of changes, walking it in merged order.
struct ChangesetBuilder {
    var old: Programme
    var new: Programme
    var options: DiffOptions

    private var comparer: TextComparer { TextComparer(ignoring: options.ignoring) }

    func build(_ alignment: Alignment) -> Changeset { sitedBuild(alignment).changeset }

    /// The changeset and, for each change and each renumbering, where it stands in the alignment.
    func sitedBuild(_ alignment: Alignment) -> SitedChangeset {
        var changes = metadataChanges()
        var sites = Array(repeating: ChangeSite(), count: changes.count)
        var renumbered: [Renumbering] = []
        var renumberedSites: [ChangeSite] = []
        for topic in alignment.topics {
            let topicSite = ChangeSite(oldTopic: topic.old, newTopic: topic.new)
            switch (topic.old, topic.new) {
            case (nil, let n?):
                changes.append(Change(kind: .topicAdded, old: nil, new: position(new, n), after: new.topics[n].title.text))
                sites.append(topicSite)
            case (let o?, nil):
                changes.append(Change(kind: .topicRemoved, old: position(old, o), new: nil, before: old.topics[o].title.text))
                sites.append(topicSite)
            case (let o?, let n?):
                if let edit = edit(.title, old.topics[o].title.text, new.topics[n].title.text) {
                    changes.append(Change(.topicRenamed, old: position(old, o), new: position(new, n), edit: edit))
                    sites.append(topicSite)
                }
                let before = topicNumber(old, o), after = topicNumber(new, n)
                if before != after {
                    renumbered.append(Renumbering(old: before, new: after))
                    renumberedSites.append(topicSite)
                }
            case (nil, nil):
                continue
            }
            for task in topic.tasks {
                let taskChanges = taskChanges(task, inAddedOrRemovedTopic: topic.old == nil || topic.new == nil)
                changes += taskChanges
                let site = ChangeSite(oldTopic: task.old?.topic, newTopic: task.new?.topic, oldTask: task.old, newTask: task.new)
                sites += repeatElement(site, count: taskChanges.count)
            }
        }
        return SitedChangeset(
            changeset: Changeset(changes: changes, renumbered: renumbered), changeSites: sites, renumberingSites: renumberedSites)
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
            let before = task(old, o), after = task(new, n)
            let edits = taskEdits(before, after)
            var changes: [Change]
            if pair.role == .movedIn {
                changes = [Change(kind: .taskMoved, old: position(old, o), new: position(new, n), edits: edits)]
            } else {
                changes = edits.map { Change(.taskChanged, old: position(old, o), new: position(new, n), edit: $0) }
            }
            for indicator in pair.indicators { changes += indicatorChanges(indicator, o, n, before.indicators, after.indicators) }
            return changes
        }
    }

    private func taskEdits(_ a: WorkTask, _ b: WorkTask) -> [FieldEdit] {
        var edits: [FieldEdit] = []
        edit(.text, a.text.text, b.text.text, into: &edits)
        edit(.plan, a.plan?.text, b.plan?.text, into: &edits)
        edit(.type, a.type?.text, b.type?.text, into: &edits)
        edit(.bodies, a.bodies?.text, b.bodies?.text, into: &edits)
        if !options.ignores(.progress) { edit(.progress, a.progress?.text, b.progress?.text, into: &edits) }
        return edits
    }

    private func indicatorChanges(_ pair: Alignment.IndicatorPair, _ o: Alignment.TaskIndex, _ n: Alignment.TaskIndex,
                                  _ oldIndicators: [Indicator], _ newIndicators: [Indicator]) -> [Change] {
        switch (pair.old, pair.new) {
        case (nil, let k?):
            return [Change(kind: .indicatorAdded, old: nil, new: position(new, n, indicator: k), after: summary(newIndicators[k]))]
        case (let k?, nil):
            return [Change(kind: .indicatorRemoved, old: position(old, o, indicator: k), new: nil, before: summary(oldIndicators[k]))]
        case (let i?, let k?):
            let a = oldIndicators[i], b = newIndicators[k]
            var edits: [FieldEdit] = []
            edit(.text, a.text?.text, b.text?.text, into: &edits)
            edit(.timeline, a.timeline?.raw.text, b.timeline?.raw.text, into: &edits)
            edit(.bodies, a.bodies?.text, b.bodies?.text, into: &edits)
            return edits.map {
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

    /// Adds the edit of one field to `edits`, unless the two cells say the same.
    private func edit(_ field: ChangeField, _ before: String?, _ after: String?, into edits: inout [FieldEdit]) {
        if let edit = edit(field, before, after) { edits.append(edit) }
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
