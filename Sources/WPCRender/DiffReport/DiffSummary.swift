import WPCModel
import WPCViews

/// The summary of a diff in words — "11 changes: 3 tasks reworded (1.2,
/// 4.1, 7.3), 1 task moved from 29.2 to 21.3, 1 topic added (11. Green
/// Customs), topics 11–31 renumbered 12–32, the date changed." — each place
/// a link to its row. The one sentence builder of every report format.
struct DiffSummary {
    /// At most this many places are listed for one kind of change, then "and N more".
    static let placesListed = 12

    var report: DiffReport

    /// The sentence, as pieces.
    var pieces: [SummaryPiece] {
        let wording = report.wording
        let changes = report.changeset.changes
        var grouped: [SummaryCategory: [Int]] = [:]
        for (index, change) in changes.enumerated() { grouped[SummaryCategory(change), default: []].append(index) }
        var items: [[SummaryPiece]] = []
        for category in SummaryCategory.allCases {
            if let indices = grouped[category] { items.append(item(category, indices)) }
            // Renumbering follows the changes to topics, which cause it.
            if category == .topicRenamed { items += renumberingItems() }
        }
        var sentence: [SummaryPiece] = []
        if !changes.isEmpty { sentence.append(SummaryPiece(wording.text(.lead, wording.changes(changes.count)))) }
        for (index, item) in items.enumerated() {
            if index > 0 { sentence.append(SummaryPiece(wording.text(.listSeparator))) }
            sentence += item
        }
        sentence.append(SummaryPiece(wording.text(.sentenceEnd)))
        return merged(sentence)
    }

    // MARK: Items

    private func item(_ category: SummaryCategory, _ indices: [Int]) -> [SummaryPiece] {
        let wording = report.wording
        let changes = report.changeset.changes
        guard let phrase = category.phrase else {
            let change = changes[indices[0]]
            let label: DiffLabel = switch category {
            case .title: .titleChanged
            case .date: .dateChanged
            default: .introductionChanged
            }
            return [SummaryPiece(wording.text(label), anchor: DiffAnchor.document(change.field))]
        }
        if category == .taskMoved, indices.count == 1 {
            let (from, to) = movePlaces(indices[0])
            return wording.pieces(.taskMovedFromTo, [from, to])
        }
        var places: [[SummaryPiece]] = []
        var seen = Set<String>()
        for index in indices {
            let place = category == .taskMoved ? moveStep(index) : [self.place(index, category)]
            if seen.insert(SummaryPiece.text(of: place)).inserted { places.append(place) }
        }
        var pieces = [SummaryPiece(wording.counted(phrase.one, phrase.other, indices.count) + wording.text(.placesOpen))]
        for (index, place) in places.prefix(DiffSummary.placesListed).enumerated() {
            if index > 0 { pieces.append(SummaryPiece(wording.text(.listSeparator))) }
            pieces += place
        }
        if places.count > DiffSummary.placesListed {
            pieces.append(SummaryPiece(" " + wording.counted(.andMore, .andMore, places.count - DiffSummary.placesListed)))
        }
        pieces.append(SummaryPiece(wording.text(.placesClose)))
        return pieces
    }

    /// Where a change stands, linked: "1.2" for a task (or an indicator: its
    /// task, in the draft whose row shows it), "11. Green Customs" for an added
    /// or removed topic.
    private func place(_ index: Int, _ category: SummaryCategory) -> SummaryPiece {
        let site = report.sites[index]
        switch category {
        case .topicAdded, .topicRenamed:
            guard let n = site.newTopic else { break }
            let label = category == .topicAdded ? report.topicLabel(report.new, n) : String(report.new.topicNumber(at: n))
            return SummaryPiece(label, anchor: DiffAnchor.topic(new: n))
        case .topicRemoved:
            guard let o = site.oldTopic else { break }
            return SummaryPiece(report.topicLabel(report.old, o), anchor: DiffAnchor.topic(old: o))
        case .taskRemoved:
            guard let o = site.oldTask else { break }
            return SummaryPiece(report.taskLabel(report.old, o), anchor: DiffAnchor.row(old: o))
        default:
            if let n = site.newTask { return SummaryPiece(report.taskLabel(report.new, n), anchor: DiffAnchor.row(new: n)) }
            if let o = site.oldTask { return SummaryPiece(report.taskLabel(report.old, o), anchor: DiffAnchor.row(old: o)) }
        }
        return SummaryPiece(report.place(report.changeset.changes[index]))
    }

    /// "15.3" and "16.3", each linked to its row.
    private func movePlaces(_ index: Int) -> (SummaryPiece, SummaryPiece) {
        let site = report.sites[index]
        let from = site.oldTask.map { SummaryPiece(report.taskLabel(report.old, $0), anchor: DiffAnchor.row(old: $0)) } ?? SummaryPiece("")
        let to = site.newTask.map { SummaryPiece(report.taskLabel(report.new, $0), anchor: DiffAnchor.row(new: $0)) } ?? SummaryPiece("")
        return (from, to)
    }

    /// "15.3 to 16.3".
    private func moveStep(_ index: Int) -> [SummaryPiece] {
        let (from, to) = movePlaces(index)
        return report.wording.pieces(.moveStep, [from, to])
    }

    /// "topics 11–31 renumbered 12–32", one item per run of consecutive numbers.
    private func renumberingItems() -> [[SummaryPiece]] {
        let wording = report.wording
        return RenumberedRange.ranges(report.changeset.renumbered, sites: report.renumberingSites).map { range in
            let text = range.count == 1
                ? wording.text(.renumberedOne, String(range.oldFirst), String(range.newFirst))
                : wording.text(.renumberedRange, String(range.oldFirst), String(range.oldLast), String(range.newFirst), String(range.newLast))
            return [SummaryPiece(text, anchor: range.firstTopic.map { DiffAnchor.topic(new: $0) })]
        }
    }

    /// Neighbouring plain pieces joined, so a sentence is as few pieces as it has links.
    private func merged(_ pieces: [SummaryPiece]) -> [SummaryPiece] {
        var result: [SummaryPiece] = []
        for piece in pieces where !piece.text.isEmpty {
            if piece.anchor == nil, let last = result.last, last.anchor == nil {
                result[result.count - 1].text += piece.text
            } else {
                result.append(piece)
            }
        }
        return result
    }
}
