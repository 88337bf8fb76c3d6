import WPCModel

/// Names the first field in which two programmes differ, with the source
/// location of the first one's value, so a failing equality test says where
/// to look.
public enum ProgrammeComparison {
    /// "topic 4 task 1 text: 'A' ≠ 'B' (read at file:44:3)", or nil when equal.
    public static func firstDifference(_ a: Programme, _ b: Programme) -> String? {
        if let d = differ("title", a.title, b.title) { return d }
        if let d = differ("date", a.date, b.date) { return d }
        if let d = differ("document", a.document, b.document) { return d }
        if a.committee != b.committee { return "committee: \(a.committee ?? "nil") ≠ \(b.committee ?? "nil")" }
        if a.period != b.period { return "period differs" }
        if a.introduction != b.introduction { return "introduction: \(a.introduction.count) vs \(b.introduction.count) blocks" }
        if a.legend != b.legend { return "legend differs" }
        if a.taskTypes != b.taskTypes { return "task types differ" }
        for (index, pair) in zip(a.footnotes, b.footnotes).enumerated() where pair.0 != pair.1 {
            return "footnote \(index + 1): '\(pair.0.mark) \(pair.0.text.text)' ≠ '\(pair.1.mark) \(pair.1.text.text)' (read at \(where_(pair.0.text)))"
        }
        if a.footnotes.count != b.footnotes.count { return "footnotes: \(a.footnotes.count) vs \(b.footnotes.count)" }
        if a.headings != b.headings { return "heading rows: \(a.headings.map { $0.marks.map(\.mark) }) vs \(b.headings.map { $0.marks.map(\.mark) })" }
        if a.remarks != b.remarks { return "remarks: \(a.remarks.map(\.text)) vs \(b.remarks.map(\.text))" }
        for (topicIndex, pair) in zip(a.topics, b.topics).enumerated() {
            let (x, y) = pair
            let name = "topic \(topicIndex + 1)"
            if let d = differ("\(name) number", x.numberAsWritten, y.numberAsWritten) { return d }
            if let d = differ("\(name) title", x.title, y.title) { return d }
            for (taskIndex, taskPair) in zip(x.tasks, y.tasks).enumerated() {
                let (s, t) = taskPair
                let taskName = "\(name) task \(taskIndex + 1)"
                if let d = differ("\(taskName) text", s.text, t.text) { return d }
                if let d = differ("\(taskName) plan", s.plan, t.plan) { return d }
                if let d = differ("\(taskName) type", s.type, t.type) { return d }
                if let d = differ("\(taskName) bodies", s.bodies, t.bodies) { return d }
                if let d = differ("\(taskName) progress", s.progress, t.progress) { return d }
                for (indicatorIndex, indicatorPair) in zip(s.indicators, t.indicators).enumerated() {
                    let indicatorName = "\(taskName) indicator \(indicatorIndex + 1)"
                    if let d = differ("\(indicatorName) text", indicatorPair.0.text, indicatorPair.1.text) { return d }
                    if let d = differ("\(indicatorName) timeline", indicatorPair.0.timeline?.raw, indicatorPair.1.timeline?.raw) { return d }
                    if let d = differ("\(indicatorName) bodies", indicatorPair.0.bodies, indicatorPair.1.bodies) { return d }
                }
                if s.indicators.count != t.indicators.count {
                    return "\(taskName): \(s.indicators.count) vs \(t.indicators.count) indicators (read at \(where_(s.text)))"
                }
            }
            if x.tasks.count != y.tasks.count { return "\(name): \(x.tasks.count) vs \(y.tasks.count) tasks (read at \(where_(x.title)))" }
        }
        if a.topics.count != b.topics.count { return "topics: \(a.topics.count) vs \(b.topics.count)" }
        return a == b ? nil : "unknown difference"
    }

    private static func differ(_ field: String, _ x: WrittenText?, _ y: WrittenText?) -> String? {
        guard x != y else { return nil }
        let location = x.map(where_) ?? "absent"
        return "\(field): '\(x?.text ?? "nil")' ≠ '\(y?.text ?? "nil")' (read at \(location))"
    }

    private static func where_(_ text: WrittenText) -> String {
        text.origin.point.map { "line \($0.line), byte column \($0.byteColumn)" } ?? "unknown location"
    }
}
