import WPCModel
import WPCViews

/// A row of the redline's table: the row of the old annex and the row of
/// the new annex it stands for (one of them nil for a row one draft alone
/// has), as the annex lays them out (`AnnexGrid`).
struct RedlineRow: Sendable, Hashable {
    var old: [AnnexGrid.Cell]?
    var new: [AnnexGrid.Cell]?
    /// `.kept` for a row of both drafts; `.inserted`, `.deleted`, or a moved task's rows.
    var revision: Revision
    /// The move a moved task's row belongs to, and whether the row opens or closes its range.
    var move: String?
    var opensMove = false
    var closesMove = false
}

/// Lays out the rows of the redline's table from the alignment of the two
/// drafts, so that dropping the deleted rows gives the new annex's rows and
/// dropping the inserted ones the old annex's, each with its own merged
/// cells.
///
/// A row both drafts share must merge its cells alike in both (a cell's
/// `w:vMerge` cannot be tracked): a pair of rows that would not — a task
/// that is first in its topic in one draft only, say — becomes a deleted
/// row and an inserted one.
struct RedlineRows {
    var old: Programme
    var new: Programme
    var alignment: Alignment

    /// Every row of the table, in the merged order.
    func rows() -> [RedlineRow] {
        var rows: [RedlineRow] = []
        var moves = MoveNames()
        for pair in alignment.topics {
            rows += topicRows(pair, &moves)
        }
        return rows
    }

    /// A pair of rows of one topic (indices into the topic's rows), or one side alone.
    private enum Entry {
        case both(Int, Int)
        case old(Int)
        case new(Int)
        case moved(Revision, name: String, rows: Range<Int>)
    }

    private func topicRows(_ pair: Alignment.TopicPair, _ moves: inout MoveNames) -> [RedlineRow] {
        let oldRows = pair.old.map { AnnexGrid.rows(of: old.topics[$0], index: $0) } ?? []
        let newRows = pair.new.map { AnnexGrid.rows(of: new.topics[$0], index: $0) } ?? []
        guard let o = pair.old, let n = pair.new else {
            return oldRows.map { RedlineRow(old: $0, new: nil, revision: .deleted) }
                + newRows.map { RedlineRow(old: nil, new: $0, revision: .inserted) }
        }
        let oldStarts = Self.taskRowStarts(old.topics[o]), newStarts = Self.taskRowStarts(new.topics[n])
        var entries: [Entry] = []
        // A topic without tasks is drawn as one empty row.
        if old.topics[o].tasks.isEmpty { entries.append(.old(0)) }
        if new.topics[n].tasks.isEmpty { entries.append(.new(0)) }
        for task in pair.tasks {
            switch task.role {
            case .added:
                guard let t = task.new else { continue }
                entries += Self.rowRange(newStarts, t.task).map { .new($0) }
            case .removed:
                guard let t = task.old else { continue }
                entries += Self.rowRange(oldStarts, t.task).map { .old($0) }
            case .movedOut:
                guard let t = task.old else { continue }
                entries.append(.moved(.movedFrom, name: moves.name(for: t), rows: Self.rowRange(oldStarts, t.task)))
            case .movedIn:
                guard let t = task.new, let source = task.old else { continue }
                entries.append(.moved(.movedTo, name: moves.name(for: source), rows: Self.rowRange(newStarts, t.task)))
            case .kept:
                guard let a = task.old, let b = task.new else { continue }
                entries += keptTaskEntries(task, oldFirst: oldStarts[a.task], newFirst: newStarts[b.task],
                                           oldTask: old.topics[a.topic].tasks[a.task], newTask: new.topics[b.topic].tasks[b.task])
            }
        }
        var rows: [RedlineRow] = []
        for entry in entries {
            switch entry {
            case .both(let i, let k):
                if Self.mergeAlike(oldRows[i], newRows[k]) {
                    rows.append(RedlineRow(old: oldRows[i], new: newRows[k], revision: .kept))
                } else {
                    rows.append(RedlineRow(old: oldRows[i], new: nil, revision: .deleted))
                    rows.append(RedlineRow(old: nil, new: newRows[k], revision: .inserted))
                }
            case .old(let i):
                rows.append(RedlineRow(old: oldRows[i], new: nil, revision: .deleted))
            case .new(let k):
                rows.append(RedlineRow(old: nil, new: newRows[k], revision: .inserted))
            case .moved(let revision, let name, let range):
                for index in range {
                    let cells = revision == .movedFrom ? oldRows[index] : newRows[index]
                    rows.append(RedlineRow(
                        old: revision == .movedFrom ? cells : nil, new: revision == .movedTo ? cells : nil, revision: revision,
                        move: name, opensMove: index == range.lowerBound, closesMove: index == range.upperBound - 1))
                }
            }
        }
        return rows
    }

    /// The rows of a task both drafts keep in place: one per indicator pair
    /// (a task without indicators has one row). When the task's first row
    /// would be one draft's alone, the first rows of both are paired instead,
    /// so the task's own cells are written once, with their changes.
    private func keptTaskEntries(_ task: Alignment.TaskPair, oldFirst: Int, newFirst: Int, oldTask: WorkTask, newTask: WorkTask) -> [Entry] {
        var entries: [Entry] = []
        if oldTask.indicators.isEmpty { entries.append(.old(oldFirst)) }
        if newTask.indicators.isEmpty { entries.append(.new(newFirst)) }
        for indicator in task.indicators {
            switch (indicator.old, indicator.new) {
            case (let i?, let k?): entries.append(.both(oldFirst + i, newFirst + k))
            case (let i?, nil): entries.append(.old(oldFirst + i))
            case (nil, let k?): entries.append(.new(newFirst + k))
            case (nil, nil): break
            }
        }
        if let first = entries.first, case .both = first { return entries }
        guard let oldIndex = entries.firstIndex(where: { if case .old(oldFirst) = $0 { true } else { false } }),
              let newIndex = entries.firstIndex(where: { if case .new(newFirst) = $0 { true } else { false } }) else { return entries }
        for index in [oldIndex, newIndex].sorted(by: >) { entries.remove(at: index) }
        entries.insert(.both(oldFirst, newFirst), at: 0)
        return entries
    }

    /// Whether two rows merge every column's cell the same way.
    static func mergeAlike(_ a: [AnnexGrid.Cell], _ b: [AnnexGrid.Cell]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.merge == $1.merge }
    }

    /// Where each task's rows start among its topic's rows.
    static func taskRowStarts(_ topic: Topic) -> [Int] {
        var starts: [Int] = []
        var row = 0
        for task in topic.tasks {
            starts.append(row)
            row += max(task.indicators.count, 1)
        }
        starts.append(row)
        return starts
    }

    /// The rows of task `index`.
    static func rowRange(_ starts: [Int], _ index: Int) -> Range<Int> { starts[index]..<starts[index + 1] }
}
