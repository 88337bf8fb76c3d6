import WPCModel

/// What a dashboard counts in a programme, worked out once: plan codes per
/// topic, milestones per quarter, tasks per body and type, gaps and progress
/// states, and then the checks' findings by rule. Counting the programme
/// needs no findings, so it can run while the checks do.
public struct DashboardCounts: Sendable {
    var figures: DashboardFigures
    /// Whether the checks' findings were counted.
    public private(set) var checked = false
    /// How many findings were counted.
    public private(set) var findingCount = 0

    /// The counts of `programme`, bodies resolved with `registry` (none: the workload chart says so).
    public init(_ programme: Programme, registry: BodyRegistry?) {
        figures = DashboardFigures(programme, registry: registry)
    }

    /// These counts with the checks' `findings` (nil: the checks were not run, and the health panel says so).
    public func counting(findings: [Diagnostic]?) -> DashboardCounts {
        var counts = self
        counts.figures.count(findings: findings)
        counts.checked = findings != nil
        counts.findingCount = findings?.count ?? 0
        return counts
    }
}
