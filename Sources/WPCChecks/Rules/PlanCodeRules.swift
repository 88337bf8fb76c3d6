import WPCModel

/// `plan.unknown-code`: a well-formed code that the document's legend does not define (`SP9`).
public struct UnknownPlanCodeRule: CheckRule {
    /// The rule's stable id.
    public let id = "plan.unknown-code"
    public let severity = Severity.error
    public let summary = "A plan code is not defined in the document's legend."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        let legend = context.programme.legend
        guard !legend.isEmpty else { return [] }
        var result: [Diagnostic] = []
        var help = PlanCodeHelp(legend)
        context.forEachTask { task, ordinal in
            for code in context.scannedPlanCodes[ordinal] where !code.isMalformed && code.legendPosition == nil {
                result.append(diagnostic("plan code '\(code.code)' is not defined in the legend", in: task.plan,
                                         offset: code.offset, length: code.byteCount,
                                         help: help.knownCodes(near: code.code), context: context))
            }
        }
        return result
    }
}

/// `plan.malformed-code`: a code written in lower case, with a space inside or with stray punctuation.
public struct MalformedPlanCodeRule: CheckRule {
    /// The rule's stable id.
    public let id = "plan.malformed-code"
    public let severity = Severity.error
    public let summary = "A plan code is not written as capitals and digits (sp6, SP 6, SP6,)."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        let legend = context.programme.legend
        var result: [Diagnostic] = []
        context.forEachTask { task, ordinal in
            for code in context.scannedPlanCodes[ordinal] where code.isMalformed {
                result.append(diagnostic("malformed plan code '\(code.written)'", in: task.plan,
                                         offset: code.offset, length: code.byteCount, help: help(for: code, legend: legend),
                                         context: context))
            }
        }
        return result
    }

    private func help(for code: ScannedPlanCode, legend: Legend) -> String {
        if code.code.isEmpty { return "remove '\(code.written)': plan codes are separated by spaces only" }
        if legend.isEmpty || code.legendPosition != nil {
            return "write '\(code.code)'"
        }
        return "write codes as capitals and digits with no space or punctuation; '\(code.code)' is not in the legend either"
    }
}

/// `plan.duplicate-code`: the same code twice in one task's plan cell.
public struct DuplicatePlanCodeRule: CheckRule {
    /// The rule's stable id.
    public let id = "plan.duplicate-code"
    public let severity = Severity.warning
    public let summary = "A task lists the same plan code twice."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        context.forEachTask { task, ordinal in
            let codes = context.scannedPlanCodes[ordinal]
            guard codes.count > 1 else { return }
            // A cell holds a handful of codes: comparing with those before costs
            // less than hashing, up to a few dozen (a hostile cell can hold any number).
            var seen = Set<String>()
            for index in codes.indices {
                let code = codes[index]
                guard !code.code.isEmpty else { continue }
                let repeated = codes.count <= 32 ? codes[..<index].contains(where: { $0.code == code.code }) : !seen.insert(code.code).inserted
                guard repeated else { continue }
                result.append(diagnostic("plan code '\(code.code)' appears twice in this task", in: task.plan,
                                         offset: code.offset, length: code.byteCount,
                                         help: "remove the second '\(code.written)'", context: context))
            }
        }
        return result
    }
}

/// `plan.code-order`: codes not in the order the legend lists them.
public struct PlanCodeOrderRule: CheckRule {
    /// The rule's stable id.
    public let id = "plan.code-order"
    public let severity = Severity.note
    public let summary = "A task's plan codes are not in the legend's order."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard !context.programme.legend.isEmpty else { return [] }
        var result: [Diagnostic] = []
        context.forEachTask { task, ordinal in
            if let found = check(task, codes: context.scannedPlanCodes[ordinal], context: context) { result.append(found) }
        }
        return result
    }

    /// The first code of `task` that the legend lists before a code written ahead of it.
    private func check(_ task: TaskView, codes: ArraySlice<ScannedPlanCode>, context: CheckContext) -> Diagnostic? {
        var latest: (ScannedPlanCode, Int)?
        for code in codes {
            guard let position = code.legendPosition else { continue }
            if let (before, limit) = latest, position < limit {
                let known = codes.compactMap { code in code.legendPosition.map { (code, $0) } }
                var seen = Set<String>()
                let sorted = known.sorted { $0.1 < $1.1 }.map(\.0.code).filter { seen.insert($0).inserted }
                return diagnostic("plan code '\(code.code)' comes after '\(before.code)', but the legend lists it first",
                                  in: task.plan, offset: code.offset, length: code.byteCount,
                                  help: "write '\(sorted.joined(separator: " "))'", context: context)
            }
            if position > latest?.1 ?? -1 { latest = (code, position) }
        }
        return nil
    }
}

/// `plan.no-legend`: tasks cite plan codes but the document defines none.
public struct MissingLegendRule: CheckRule {
    /// The rule's stable id.
    public let id = "plan.no-legend"
    public let severity = Severity.warning
    public let summary = "Tasks cite plan codes but the document has no legend defining them."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard context.programme.legend.isEmpty else { return [] }
        var plans: [WrittenText] = []
        context.forEachTask { task, _ in
            if plans.isEmpty, let plan = task.plan, !plan.isBlank { plans.append(plan) }
        }
        guard let first = plans.first else { return [] }
        return [diagnostic("plan codes are used but the document defines no legend, so they cannot be checked",
                           in: first, length: first.text.utf8.count,
                           help: "add the legend footnote (Strategic Goal, Objectives, Processes…) to the WCO Strategic Plan heading",
                           context: context)]
    }
}

/// The help of `plan.unknown-code`, worked out from the legend once per
/// check: each finding then costs the same however long the legend is.
struct PlanCodeHelp {
    /// Each group's codes, listed for a help line: under the group's prefix
    /// and under the letters each code starts with.
    private var listed: [String: String] = [:]
    /// The legend's codes, by code, for the nearest ones to an unknown prefix.
    private let codes: [String]
    private var suggester: NameSuggester

    init(_ legend: Legend) {
        var groups: [String: [String]] = [:]
        for entry in legend.entries {
            let letters = Self.letters(of: entry.code)
            groups[entry.group, default: []].append(entry.code)
            if letters != entry.group { groups[letters, default: []].append(entry.code) }
        }
        listed = groups.mapValues { CheckContext.list($0) }
        codes = Array(Set(legend.entries.map(\.code))).sorted()
        suggester = NameSuggester(spellings: codes.map { [$0] })
    }

    /// The letters a code starts with ("SP" of "SP12").
    static func letters(of code: String) -> String {
        String(String.UnicodeScalarView(code.unicodeScalars.prefix { $0.properties.isAlphabetic }))
    }

    /// "the legend's SP codes are SP1, SP2, …" for the group of `code`, or the nearest codes.
    mutating func knownCodes(near code: String) -> String {
        let prefix = Self.letters(of: code)
        if let group = listed[prefix] {
            return "the legend's \(prefix) codes are \(group)"
        }
        guard let nearest = suggester.nearest(to: code, limit: 3) else {
            return "the legend defines \(NumberText.grouped(codes.count)) codes; use one of them"
        }
        return "nearest codes in the legend: \(nearest.map { codes[$0] }.joined(separator: ", "))"
    }
}
