import Foundation
import WPCModel

/// `type.missing`: a task whose Type-of-task cell is empty.
public struct MissingTaskTypeRule: CheckRule {
    /// The rule's stable id.
    public let id = "type.missing"
    public let severity = Severity.warning
    public let summary = "A task has no type of task."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        let types = context.programme.taskTypes
        let known = types.isEmpty ? "" : ": " + TaskTypeHelp.list(types)
        var result: [Diagnostic] = []
        context.forEachTask { task, _ in
            guard task.type?.isBlank ?? true else { return }
            result.append(diagnostic("task \(CheckContext.label(of: task)) has no type",
                                     at: context.location(of: task.type) ?? context.location(of: task), help: "write the type of task\(known)"))
        }
        return result
    }
}

/// `type.unknown`: a type that the document does not define.
public struct UnknownTaskTypeRule: CheckRule {
    /// The rule's stable id.
    public let id = "type.unknown"
    public let severity = Severity.error
    public let summary = "A task's type is not one the document defines."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        let types = context.programme.taskTypes
        guard !types.isEmpty else { return [] }
        let index = TaskTypeIndex(types)
        let defined = "the defined types are " + TaskTypeHelp.list(types)
        var result: [Diagnostic] = []
        context.forEachTask { task, _ in
            if let found = check(task.type, index: index, defined: defined, context: context) { result.append(found) }
        }
        return result
    }

    /// The finding on one Type cell, if any; `defined` is the help that lists the types.
    private func check(_ type: WrittenText?, index: TaskTypeIndex, defined: String, context: CheckContext) -> Diagnostic? {
        guard let type, !type.isBlank else { return nil }
        let written = UTF8Text.trimming(type.text)
        if index.position(ofWritten: written) != nil { return nil }
        let lead = UTF8Text.withBytes(of: type.text) { UTF8Text.trimmed($0, 0..<$0.count).lowerBound }
        let help = index.type(withCodeIgnoringCase: written).map { "write '\($0.code)'" } ?? defined
        return diagnostic("task type '\(written)' is not defined", in: type, offset: lead, length: written.utf8.count, help: help, context: context)
    }
}

/// `type.long-form`: a type written as its name ("Advanced") instead of its code ("A").
public struct LongFormTaskTypeRule: CheckRule {
    /// The rule's stable id.
    public let id = "type.long-form"
    public let severity = Severity.warning
    public let summary = "A task type is written in full (\"Advanced\") instead of its code (\"A\")."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        let index = TaskTypeIndex(context.programme.taskTypes)
        var result: [Diagnostic] = []
        context.forEachTask { task, _ in
            if let found = check(task.type, index: index, context: context) { result.append(found) }
        }
        return result
    }

    /// The finding on one Type cell, if any.
    private func check(_ type: WrittenText?, index: TaskTypeIndex, context: CheckContext) -> Diagnostic? {
        guard let type else { return nil }
        let written = UTF8Text.trimming(type.text)
        guard let match = index.longForm(of: written) else { return nil }
        let lead = UTF8Text.withBytes(of: type.text) { UTF8Text.trimmed($0, 0..<$0.count).lowerBound }
        return diagnostic("task type written in full as '\(written)'", in: type, offset: lead, length: written.utf8.count,
                          help: "write '\(match.code)'", context: context)
    }
}

/// Wording shared by the task-type rules.
enum TaskTypeHelp {
    /// "M (Maintenance), A (Advanced)", the first dozen and how many more.
    static func list(_ types: [TaskType]) -> String {
        CheckContext.list(types.map { "\($0.code) (\($0.name))" })
    }
}
