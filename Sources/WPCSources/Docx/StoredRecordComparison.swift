import WPCModel

/// Whether what a Word document shows agrees with wpc's record of it, and,
/// when it does, the record's values located where the document shows them.
///
/// Texts are compared as Word can show them: trimmed, every kind of line
/// break as one, characters XML cannot hold as U+FFFD. Only what the
/// document shows is compared: an indicator row with neither text nor
/// timeline shows nothing of its own; a task's first row shows its bodies and
/// its first indicator's own bodies in one cell; a footnote the document does
/// not show must repeat, emphasis aside, one it shows; each heading row shown
/// must be one of the record's; a remark that repeats the title block is taken
/// by any reader of the document for a running header, and is not looked for.
enum StoredRecordComparison {
    /// What differs first, in words, and where the document shows it.
    struct Difference {
        var what: String
        var point: SourcePoint?
    }

    static func firstDifference(visible: Programme, stored: Programme) -> Difference? {
        if let difference = compare("the title", visible.title, stored.title) { return difference }
        if let difference = compare("the date", visible.date, stored.date) { return difference }
        if let difference = compare("the document reference", visible.document, stored.document) { return difference }
        if !visible.introduction.isEmpty, visible.introduction.count != stored.introduction.count
            || !zip(visible.introduction, stored.introduction).allSatisfy({ same($0.text.text, $1.text.text) }) {
            return Difference(what: "the introduction differs", point: visible.introduction.first?.text.origin.point)
        }
        let storedRemarks = shownRemarks(stored).map { stored.remarks[$0] }
        if visible.remarks.count != storedRemarks.count || !zip(visible.remarks, storedRemarks).allSatisfy({ same($0.text, $1.text) }) {
            return Difference(what: "the remarks differ", point: visible.remarks.first?.origin.point)
        }
        if let difference = footnotes(visible.footnotes, stored.footnotes) { return difference }
        for row in visible.headings where !stored.headings.contains(row) {
            return Difference(what: "the footnote marks on the column headings differ", point: row.marks.first?.origin.point)
        }
        guard visible.topics.count == stored.topics.count else {
            return Difference(what: "the table has \(visible.topics.count) topics where the record has \(stored.topics.count)",
                              point: visible.topics.last?.numberAsWritten.origin.point)
        }
        for (shownTopic, storedTopic) in zip(visible.topics, stored.topics) {
            if let difference = topic(shownTopic, storedTopic) { return difference }
        }
        return nil
    }

    /// Gives the record's values in `programme` the origins of the values the document shows.
    static func locate(_ programme: inout Programme, visible: Programme) {
        programme.title.origin = visible.title.origin
        if visible.date != nil { programme.date?.origin = visible.date?.origin ?? .none }
        if visible.document != nil { programme.document?.origin = visible.document?.origin ?? .none }
        if !visible.introduction.isEmpty {
            for index in programme.introduction.indices { programme.introduction[index].text.origin = visible.introduction[index].text.origin }
        }
        for (shown, index) in shownRemarks(programme).enumerated() where shown < visible.remarks.count {
            programme.remarks[index].origin = visible.remarks[shown].origin
        }
        for index in programme.footnotes.indices {
            if let shown = visible.footnotes.first(where: { $0.mark == programme.footnotes[index].mark }) {
                programme.footnotes[index].text.origin = shown.text.origin
            }
        }
        for index in programme.headings.indices {
            if let shown = visible.headings.first(where: { $0 == programme.headings[index] }) { programme.headings[index] = shown }
        }
        for (topicIndex, shownTopic) in visible.topics.enumerated() {
            programme.topics[topicIndex].numberAsWritten.origin = shownTopic.numberAsWritten.origin
            programme.topics[topicIndex].title.origin = shownTopic.title.origin
            for (taskIndex, shownTask) in shownTopic.tasks.enumerated() {
                locate(&programme.topics[topicIndex].tasks[taskIndex], visible: shownTask)
            }
        }
    }

    private static func locate(_ task: inout WorkTask, visible: WorkTask) {
        task.text.origin = visible.text.origin
        if let origin = visible.plan?.origin { task.plan?.origin = origin }
        if let origin = visible.type?.origin { task.type?.origin = origin }
        if let origin = visible.bodies?.origin { task.bodies?.origin = origin }
        if let origin = visible.progress?.origin { task.progress?.origin = origin }
        let shownIndices = task.indicators.indices.filter { showsItself(task.indicators[$0]) }
        for (shownIndex, index) in shownIndices.enumerated() where shownIndex < visible.indicators.count {
            let shown = visible.indicators[shownIndex]
            if let origin = shown.text?.origin { task.indicators[index].text?.origin = origin }
            if let raw = task.indicators[index].timeline, let origin = shown.timeline?.raw.origin {
                task.indicators[index].timeline = Timeline(WrittenText(raw.raw.text, origin: origin), parsed: raw.milestones)
            }
            if let origin = shown.bodies?.origin { task.indicators[index].bodies?.origin = origin }
        }
    }

    // MARK: Comparing

    private static func topic(_ visible: Topic, _ stored: Topic) -> Difference? {
        let name = "topic \(UTF8Text.trimming(stored.numberAsWritten.text))"
        if let difference = compare("\(name)'s number", visible.numberAsWritten, stored.numberAsWritten) { return difference }
        if let difference = compare("\(name)'s title", visible.title, stored.title) { return difference }
        guard visible.tasks.count == stored.tasks.count else {
            return Difference(what: "\(name) has \(visible.tasks.count) tasks where the record has \(stored.tasks.count)", point: visible.title.origin.point)
        }
        for (index, (shownTask, storedTask)) in zip(visible.tasks, stored.tasks).enumerated() {
            let taskName = "\(name), task \(index + 1)"
            let fields: [(String, WrittenText?, WrittenText?)] = [
                ("Tasks", shownTask.text, storedTask.text), ("WCO Strategic Plan", shownTask.plan, storedTask.plan),
                ("Type of task", shownTask.type, storedTask.type), ("Progress", shownTask.progress, storedTask.progress),
            ]
            for (field, shownValue, storedValue) in fields {
                if let difference = compare("\(taskName), \(field)", shownValue, storedValue) { return difference }
            }
            if !bodiesAgree(shownTask, storedTask) {
                return Difference(what: "\(taskName), Responsible body differs", point: shownTask.bodies?.origin.point ?? shownTask.text.origin.point)
            }
            let shownIndicators = shownTask.indicators.filter(showsItself), storedIndicators = storedTask.indicators.filter(showsItself)
            guard shownIndicators.count == storedIndicators.count else {
                return Difference(what: "\(taskName) has \(shownIndicators.count) indicators where the record has \(storedIndicators.count)",
                                  point: shownTask.text.origin.point)
            }
            for (shownIndicator, storedIndicator) in zip(shownIndicators, storedIndicators) {
                if let difference = compare("\(taskName), Performance Indicators", shownIndicator.text, storedIndicator.text) { return difference }
                if let difference = compare("\(taskName), Timeline", shownIndicator.timeline?.raw, storedIndicator.timeline?.raw) { return difference }
            }
        }
        return nil
    }

    /// Every footnote shown says what the record says under its mark; every
    /// footnote not shown repeats one that is.
    private static func footnotes(_ visible: [Footnote], _ stored: [Footnote]) -> Difference? {
        for footnote in visible {
            guard let kept = stored.first(where: { $0.mark == footnote.mark }), same(footnote.text.text, kept.text.text) else {
                return Difference(what: "footnote \(footnote.mark) differs", point: footnote.text.origin.point)
            }
        }
        let shownTexts = Set(visible.map { BodyRegistry.normalise($0.plainText) })
        for footnote in stored where !visible.contains(where: { $0.mark == footnote.mark }) {
            guard shownTexts.contains(BodyRegistry.normalise(footnote.plainText)) else {
                return Difference(what: "footnote \(footnote.mark) is missing", point: nil)
            }
        }
        return nil
    }

    private static func compare(_ what: String, _ visible: WrittenText?, _ stored: WrittenText?) -> Difference? {
        same(visible?.text, stored?.text) ? nil : Difference(what: "\(what) differs", point: visible?.origin.point)
    }

    /// Whether two texts show alike; equal texts (the usual case) are not rewritten to find out.
    static func same(_ visible: String?, _ stored: String?) -> Bool {
        (visible ?? "") == (stored ?? "") || shown(visible) == shown(stored)
    }

    /// The indices of the remarks a reader of the document takes for remarks:
    /// not those that repeat the title block (`TitleBlock` decides, as it does when reading).
    private static func shownRemarks(_ programme: Programme) -> [Int] {
        var block = TitleBlock()
        for line in [programme.document?.text, programme.title.text, programme.date?.text].compactMap({ $0 }) where !UTF8Text.isBlank(line) {
            _ = block.read(line, origin: .none)
        }
        return programme.remarks.indices.filter { index in
            block.read(UTF8Text.trimming(programme.remarks[index].text), origin: .none).contains { if case .prose = $0 { return true }; return false }
        }
    }

    /// Whether an indicator has a row of its own to show: a text or a timeline.
    private static func showsItself(_ indicator: Indicator) -> Bool {
        !(indicator.text?.isBlank ?? true) || !(indicator.timeline?.raw.isBlank ?? true)
    }

    /// Whether two tasks show the same bodies; tasks whose indicators name no bodies of their own compare their cells directly.
    private static func bodiesAgree(_ visible: WorkTask, _ stored: WorkTask) -> Bool {
        if !visible.indicators.contains(where: { $0.bodies != nil }), !stored.indicators.contains(where: { $0.bodies != nil }) {
            return same(visible.bodies?.text, stored.bodies?.text)
        }
        return shownBodies(visible) == shownBodies(stored)
    }

    /// The bodies a task's rows show, in order: a first indicator's own bodies
    /// that equal the task's are not shown twice.
    private static func shownBodies(_ task: WorkTask) -> String {
        var cells = [shown(task.bodies?.text)]
        for (index, indicator) in task.indicators.enumerated() {
            let own = shown(indicator.bodies?.text)
            if index == 0, own == cells[0] { continue }
            cells.append(own)
        }
        return cells.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A text as a Word document can show it.
    static func shown(_ text: String?) -> String {
        guard let text else { return "" }
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasCR: continue
            case 0x0A, 0x0D, 0x0B, 0x2028: result.append("\n")
            case 0x09, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: result.append(scalar)
            default: result.append("\u{FFFD}")
            }
        }
        return UTF8Text.trimming(String(result))
    }
}
