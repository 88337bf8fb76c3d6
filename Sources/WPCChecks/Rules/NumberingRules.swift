import WPCModel

/// The numbered topics of a programme, as the numbering rules see them:
/// orphan rows (no number and no title) are left to `structure.orphan-task`.
enum TopicNumbers {
    /// A numbered topic: where it stands in the programme and its number.
    struct Entry {
        /// The topic's position in `Programme.topics`.
        var index: Int
        var number: Int?
        var written: String
    }

    static func entries(_ programme: Programme) -> [Entry] {
        var entries: [Entry] = []
        CheckContext.forEachTopic(of: programme) { topic, index in
            guard !OrphanTaskRule.isOrphan(topic) else { return }
            entries.append(Entry(index: index, number: topic.number, written: UTF8Text.trimming(topic.numberAsWritten.text)))
        }
        return entries
    }

    /// The title of the topic `entry` stands for.
    static func title(_ entry: Entry, in context: CheckContext) -> String {
        context.programme.topics[entry.index].title.text
    }

    /// Where the number stands (the topic's start when it has none).
    static func location(_ entry: Entry, in context: CheckContext) -> SourceLocation? {
        let topic = context.programme.topics[entry.index]
        let number = topic.numberAsWritten.text
        let lead = UTF8Text.withBytes(of: number) { UTF8Text.trimmed($0, 0..<$0.count).lowerBound }
        return context.location(of: topic.numberAsWritten, atOffset: lead) ?? context.location(of: topic)
    }
}

/// `numbering.invalid`: a topic whose No cell is empty or not a number ("1a", "II.").
public struct InvalidTopicNumberRule: CheckRule {
    /// The rule's stable id.
    public let id = "numbering.invalid"
    public let severity = Severity.error
    public let summary = "A topic's number is missing or is not a whole number."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.topicNumbers.filter { $0.number == nil }.map { entry in
            let message = entry.written.isEmpty
                ? "topic \(CheckContext.quote(TopicNumbers.title(entry, in: context))) has no number"
                : "topic number '\(entry.written)' is not a whole number"
            return diagnostic(message, at: TopicNumbers.location(entry, in: context), length: max(1, entry.written.unicodeScalars.count),
                              help: "number topics 1, 2, 3, … in the No column")
        }
    }
}

/// `numbering.gap`: topic numbers that skip a number or go backwards.
public struct TopicNumberGapRule: CheckRule {
    /// The rule's stable id.
    public let id = "numbering.gap"
    public let severity = Severity.warning
    public let summary = "Topic numbers do not run 1, 2, 3, … (a number is skipped or out of order)."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        var previous = 0
        var seen = Set<Int>()
        var result: [Diagnostic] = []
        for entry in context.topicNumbers {
            guard let number = entry.number else { continue }
            defer { previous = number }
            guard seen.insert(number).inserted else { continue }
            // Numbers come from the document: nothing follows the largest Int.
            let (expected, pastTheEnd) = previous.addingReportingOverflow(1)
            guard pastTheEnd || number != expected else { continue }
            let message = !pastTheEnd && number > expected
                ? (number == expected + 1 ? "topic number \(number) skips \(expected)"
                                          : "topic number \(number) skips \(expected)–\(number - 1)")
                : "topic number \(number) comes after \(previous)"
            let help = "renumber the topics so they run 1, 2, 3, …" + (pastTheEnd ? "" : "; this one would be \(expected)")
            result.append(diagnostic(message, at: TopicNumbers.location(entry, in: context), length: max(1, entry.written.unicodeScalars.count),
                                     help: help))
        }
        return result
    }
}

/// `numbering.duplicate`: two topics with the same number.
public struct DuplicateTopicNumberRule: CheckRule {
    /// The rule's stable id.
    public let id = "numbering.duplicate"
    public let severity = Severity.error
    public let summary = "Two topics have the same number."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        var first: [Int: TopicNumbers.Entry] = [:]
        // How the first topic with a number is named, worked out at its first repeat and kept for the others.
        var named: [Int: String] = [:]
        var result: [Diagnostic] = []
        for entry in context.topicNumbers {
            guard let number = entry.number else { continue }
            if let earlier = first[number] {
                let name = named[number] ?? {
                    let line = TopicNumbers.location(earlier, in: context).map { " at line \($0.line)" } ?? ""
                    return CheckContext.quote(TopicNumbers.title(earlier, in: context)) + line
                }()
                named[number] = name
                result.append(diagnostic("topic number \(number) is used twice (first for \(name))",
                                         at: TopicNumbers.location(entry, in: context), length: max(1, entry.written.unicodeScalars.count),
                                         help: "give each topic its own number"))
            } else {
                first[number] = entry
            }
        }
        return result
    }
}

/// `numbering.mixed-style`: some numbers written "22", others "22.".
public struct MixedNumberStyleRule: CheckRule {
    /// The rule's stable id.
    public let id = "numbering.mixed-style"
    public let severity = Severity.note
    public let summary = "Topic numbers are written in two styles (\"22\" and \"22.\")."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        let entries = context.topicNumbers.filter { $0.number != nil }
        let dotted = entries.filter { $0.written.hasSuffix(".") }.count
        let plain = entries.count - dotted
        guard dotted > 0, plain > 0 else { return [] }
        // The style most topics use is the house style; ties go to the first topic's.
        let houseDotted = dotted != plain ? dotted > plain : entries[0].written.hasSuffix(".")
        var result: [Diagnostic] = []
        var index = 0
        while index < entries.count {
            guard entries[index].written.hasSuffix(".") != houseDotted else { index += 1; continue }
            var end = index
            while end + 1 < entries.count, entries[end + 1].written.hasSuffix(".") != houseDotted { end += 1 }
            let first = entries[index], last = entries[end]
            let span = index == end ? "topic \(first.written)" : "topics \(first.written)–\(last.written)"
            let style = houseDotted ? "without a full stop" : "with a full stop"
            let others = houseDotted ? dotted : plain
            let bare = first.written.hasSuffix(".") ? String(first.written.dropLast()) : first.written
            let fix = houseDotted ? bare + "." : bare
            result.append(diagnostic("\(span) \(index == end ? "is" : "are") numbered \(style), unlike the other \(others) topics",
                                     at: TopicNumbers.location(first, in: context), length: max(1, first.written.unicodeScalars.count),
                                     help: "write '\(fix)'"))
            index = end + 1
        }
        return result
    }
}
