import WPCModel

/// The numbers of the health panel: what the checks found, by rule; the
/// tasks that lack a plan code, a body or an indicator; progress states.
struct HealthFigures: Sendable {
    /// Findings of one rule.
    struct Rule: Sendable, Hashable {
        var id: String
        var severity: Severity
        var count: Int
    }

    /// A gap: how many tasks have it, and the first of them.
    struct Gap: Sendable {
        static let listed = 30
        private(set) var count = 0
        private(set) var tasks: [String] = []

        mutating func add(_ task: @autoclosure () -> String) {
            count += 1
            if tasks.count < Gap.listed { tasks.append(task()) }
        }
    }

    /// How many tasks share one progress state (as first written).
    struct State: Sendable {
        var text: String
        var count: Int
    }

    /// Findings per rule, errors first, then by count and id; nil when the checks were not run.
    private(set) var rules: [Rule]?
    /// Findings per severity (error, warning, note).
    private(set) var severityTotals: [Severity: Int] = [:]
    private(set) var withoutPlanCode = Gap()
    private(set) var withoutBody = Gap()
    private(set) var withoutIndicator = Gap()
    /// Progress states, grouped without regard to case and spacing, in order of first appearance.
    private var states: [State] = []
    private var stateIndex: [String: Int] = [:]
    /// Tasks whose Progress cell is empty.
    private(set) var progressNotFilled = 0

    /// Progress states shown one by one; the rest are added up.
    static let shownStates = 8

    /// Counts the checks' `findings` (nil: the checks were not run).
    mutating func count(findings: [Diagnostic]?) {
        guard let findings else {
            rules = nil
            severityTotals = [:]
            return
        }
        var byRule: [String: Rule] = [:]
        var totals: [Severity: Int] = [:]
        for finding in findings {
            var rule = byRule[finding.rule] ?? Rule(id: finding.rule, severity: finding.severity, count: 0)
            rule.count += 1
            // A rule's findings share its severity; should two differ, the rule shows the gravest.
            rule.severity = max(rule.severity, finding.severity)
            byRule[finding.rule] = rule
            totals[finding.severity, default: 0] += 1
        }
        rules = byRule.values.sorted {
            if $0.severity != $1.severity { return $0.severity > $1.severity }
            if $0.count != $1.count { return $0.count > $1.count }
            return $0.id < $1.id
        }
        severityTotals = totals
    }

    /// Counts one task's gaps and progress.
    mutating func add(task: @autoclosure () -> String, hasPlanCode: Bool, hasBody: Bool, hasIndicator: Bool, progress: WrittenText?) {
        if !hasPlanCode { withoutPlanCode.add(task()) }
        if !hasBody { withoutBody.add(task()) }
        if !hasIndicator { withoutIndicator.add(task()) }
        guard let progress, !progress.isBlank else {
            progressNotFilled += 1
            return
        }
        let key = BodyRegistry.normalise(progress.text)
        if let index = stateIndex[key] {
            states[index].count += 1
        } else {
            stateIndex[key] = states.count
            states.append(State(text: UTF8Text.trimming(progress.text), count: 1))
        }
    }

    /// Whether any task's Progress cell is filled.
    var hasProgress: Bool { !states.isEmpty }

    /// The most frequent states (ties in order of first appearance), and how many tasks the rest hold.
    var progressStates: (shown: [State], others: Int, otherStates: Int) {
        let ranked = states.enumerated().sorted { $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset }
        let shown = ranked.prefix(HealthFigures.shownStates).map(\.element)
        let rest = ranked.dropFirst(HealthFigures.shownStates)
        return (shown, rest.reduce(0) { $0 + $1.element.count }, rest.count)
    }
}
