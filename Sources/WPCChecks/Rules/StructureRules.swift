import WPCModel

/// `structure.orphan-task`: a task row with no topic above it (the reader
/// files such rows under a topic with no number and no title).
public struct OrphanTaskRule: CheckRule {
    /// The rule's stable id.
    public let id = "structure.orphan-task"
    public let severity = Severity.error
    public let summary = "A task row has no topic above it."
    /// The rule, with its default severity.
    public init() {}

    /// Whether `topic` is the reader's stand-in for rows with no topic.
    static func isOrphan(_ topic: borrowing Topic) -> Bool {
        topic.numberAsWritten.isBlank && topic.title.isBlank
    }

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        context.forEachTopic { topic, _ in
            guard OrphanTaskRule.isOrphan(topic) else { return }
            for task in topic.tasks {
                result.append(diagnostic("task \(CheckContext.label(of: task)) has no topic above it",
                                         at: context.location(of: task), length: max(1, firstLineLength(task.text)),
                                         help: "give the row a number and topic title, or move it under the topic it belongs to"))
            }
        }
        return result
    }
}

/// `structure.topic-without-task`: a topic with no task.
public struct TopicWithoutTaskRule: CheckRule {
    /// The rule's stable id.
    public let id = "structure.topic-without-task"
    public let severity = Severity.warning
    public let summary = "A topic has no task."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        context.forEachTopic { topic, _ in
            guard topic.tasks.isEmpty, !OrphanTaskRule.isOrphan(topic) else { return }
            let label = [topic.numberAsWritten.text, topic.title.text].filter { !$0.isEmpty }.joined(separator: " ")
            result.append(diagnostic("topic \(CheckContext.quote(label)) has no task", at: context.location(of: topic),
                                     length: max(1, topic.numberAsWritten.text.unicodeScalars.count), help: "add its tasks, or remove the topic"))
        }
        return result
    }
}

/// `structure.task-without-indicator`: a task with no performance indicator.
public struct TaskWithoutIndicatorRule: CheckRule {
    /// The rule's stable id.
    public let id = "structure.task-without-indicator"
    public let severity = Severity.warning
    public let summary = "A task has no performance indicator."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        context.forEachTask { task, ordinal in
            let facts = context.taskFacts[ordinal]
            guard !facts.contains(.hasIndicator), !facts.contains(.textBlank) else { return }
            result.append(diagnostic("task \(CheckContext.label(of: task)) has no performance indicator",
                                     at: context.location(of: task), length: max(1, firstLineLength(task.text)),
                                     help: "add what shows the task is done, with its timeline"))
        }
        return result
    }
}

/// `structure.indicator-without-timeline`: a performance indicator with no timeline.
public struct IndicatorWithoutTimelineRule: CheckRule {
    /// The rule's stable id.
    public let id = "structure.indicator-without-timeline"
    public let severity = Severity.warning
    public let summary = "A performance indicator has no timeline."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        context.forEachTask { task, ordinal in
            guard context.taskFacts[ordinal].contains(.indicatorWithoutTimeline) else { return }
            CheckContext.forEachIndicator(of: task) { indicator in
                guard indicator.hasText, !indicator.hasTimeline, let text = indicator.text else { return }
                result.append(diagnostic("indicator \(CheckContext.quote(text.text)) has no timeline",
                                         at: context.location(of: text) ?? context.location(of: task),
                                         length: max(1, firstLineLength(text)),
                                         help: "add a date ('June 2020'), 'Ongoing' or 'Periodically' in the Timeline column"))
            }
        }
        return result
    }
}

/// `structure.empty-cell`: a required cell left empty: a topic's title, a
/// task's text, its WCO Strategic Plan codes or its responsible body, the text
/// of an indicator that has a timeline.
public struct EmptyCellRule: CheckRule {
    /// The rule's stable id.
    public let id = "structure.empty-cell"
    public let severity = Severity.warning
    public let summary = "A required cell is empty (topic title, task, plan codes, responsible body, indicator)."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        context.forEachTopic { topic, _ in
            guard !OrphanTaskRule.isOrphan(topic), topic.title.isBlank else { return }
            result.append(diagnostic("topic \(topic.numberAsWritten.text) has no title",
                                     at: context.location(of: topic.title) ?? context.location(of: topic)))
        }
        context.forEachTask { task, ordinal in
            let facts = context.taskFacts[ordinal]
            if facts.contains(.textBlank) {
                result.append(diagnostic("a task row has no text in the Tasks column",
                                         at: context.location(of: task.text) ?? context.location(of: task),
                                         help: "write the task, or join the row to the task above"))
                return
            }
            if facts.contains(.planBlank) {
                result.append(diagnostic("task \(CheckContext.label(of: task)) has no WCO Strategic Plan codes",
                                         at: context.location(of: task.plan) ?? context.location(of: task),
                                         help: "list the codes from the legend this task serves, e.g. 'SG SO1 SP1'"))
            }
            if facts.contains(.bodiesBlank), !facts.contains(.everyIndicatorHasBodies) {
                result.append(diagnostic("task \(CheckContext.label(of: task)) has no responsible body",
                                         at: context.location(of: task.bodies) ?? context.location(of: task),
                                         help: "name the committee or working group responsible, e.g. 'PTC'"))
            }
            guard facts.contains(.timelineWithoutIndicator) else { return }
            for indicator in task.indicators where indicator.text?.isBlank ?? true {
                guard let timeline = indicator.timeline, !timeline.raw.isBlank else { continue }
                result.append(diagnostic("the timeline '\(timeline.raw.text)' has no performance indicator",
                                         at: context.location(of: indicator.text) ?? context.location(of: timeline.raw)
                                            ?? context.location(of: task),
                                         help: "say what will be done by then in the Performance Indicators column"))
            }
        }
        return result
    }
}
