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
        var result: [Diagnostic] = []
        context.forEachTask { task, _ in
            guard task.type?.isBlank ?? true else { return }
            let known = types.isEmpty ? "" : ": " + TaskTypeHelp.list(types)
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
        var result: [Diagnostic] = []
        context.forEachTask { task, _ in
            if let found = check(task.type, types: types, context: context) { result.append(found) }
        }
        return result
    }

    /// The finding on one Type cell, if any.
    private func check(_ type: WrittenText?, types: [TaskType], context: CheckContext) -> Diagnostic? {
        guard let type, !type.isBlank else { return nil }
        let written = UTF8Text.trimming(type.text)
        if types.position(ofWritten: written) != nil { return nil }
        let lead = UTF8Text.withBytes(of: type.text) { UTF8Text.trimmed($0, 0..<$0.count).lowerBound }
        let help: String
        if let match = types.first(where: { $0.code.caseInsensitiveCompare(written) == .orderedSame }) {
            help = "write '\(match.code)'"
        } else {
            help = "the defined types are " + TaskTypeHelp.list(types)
        }
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
        let types = context.programme.taskTypes
        var result: [Diagnostic] = []
        context.forEachTask { task, _ in
            if let found = check(task.type, types: types, context: context) { result.append(found) }
        }
        return result
    }

    /// The finding on one Type cell, if any.
    private func check(_ type: WrittenText?, types: [TaskType], context: CheckContext) -> Diagnostic? {
        guard let type else { return nil }
        let written = UTF8Text.trimming(type.text)
        guard let match = TaskTypeHelp.longForm(written, in: types) else { return nil }
        let lead = UTF8Text.withBytes(of: type.text) { UTF8Text.trimmed($0, 0..<$0.count).lowerBound }
        return diagnostic("task type written in full as '\(written)'", in: type, offset: lead, length: written.utf8.count,
                          help: "write '\(match.code)'", context: context)
    }
}

/// Lookups shared by the task-type rules.
enum TaskTypeHelp {
    /// The type whose name is `written` (any case), when `written` is not its code.
    static func longForm(_ written: String, in types: [TaskType]) -> TaskType? {
        types.first { UTF8Text.equalIgnoringCase($0.name, written) && $0.code != written }
    }

    /// "M (Maintenance), A (Advanced)".
    static func list(_ types: [TaskType]) -> String {
        types.map { "\($0.code) (\($0.name))" }.joined(separator: ", ")
    }
}
