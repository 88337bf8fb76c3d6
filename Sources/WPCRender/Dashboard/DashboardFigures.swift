import WPCModel
import WPCViews

/// Everything the dashboard draws, counted in one pass over the tasks: the
/// coverage matrix, the timeline, the workload per body and the health panel.
///
/// It reads plan cells with the plan rules' `PlanCodeScanner`, bodies with
/// the extracts' `Extractor.bodyIDs(of:)` (the task's cell and its
/// indicators'), types against the document's definitions, and numbers tasks
/// as `wpc check` and `wpc diff` do ("5.3").
struct DashboardFigures: Sendable {
    let lanes: TopicLanes
    let coverage: CoverageFigures
    let schedule: ScheduleFigures
    /// Nil without a body registry.
    let workload: WorkloadFigures?
    private(set) var health: HealthFigures
    /// How many tasks and indicators, and how many distinct bodies the tasks name.
    let taskCount: Int
    let indicatorCount: Int
    let namedBodyCount: Int?

    /// The figures of `programme`, resolving bodies with `registry`; the
    /// checks' findings are counted apart (`count(findings:)`), so that the
    /// pass can run while the checks do.
    init(_ programme: Programme, registry: BodyRegistry?) {
        let lanes = TopicLanes(programme)
        var coverage = CoverageFigures(legend: programme.legend, laneCount: lanes.count)
        var schedule = ScheduleFigures(axis: ScheduleAxis(programme), laneCount: lanes.count, keepsMarks: !lanes.isAggregated)
        var workload = registry.map { WorkloadFigures(registry: $0, types: programme.taskTypes) }
        var health = HealthFigures()
        let legend = LegendIndex(programme.legend)
        var namedBodies = Set<String>()
        // Programmes repeat their cells ("PTC", "SG SO1 SP1"): each distinct text is read once.
        var bodyCells = registry.map { BodyResolutionCache(BodyResolver(registry: $0)) }
        var planCells: [String: (columns: [Int], hasCode: Bool)] = [:]
        var ordinal = 0
        for (topicIndex, topic) in programme.topics.enumerated() {
            let lane = lanes.lane(ofTopic: topicIndex)
            for (taskIndex, task) in topic.tasks.enumerated() {
                // "5.3", as every output numbers the task (an extract keeps the programme's numbers).
                let number = topic.taskNumber(taskIndex, topicIndex: topicIndex).description
                let plan = task.plan?.text ?? ""
                let codes: (columns: [Int], hasCode: Bool)
                if let known = planCells[plan] {
                    codes = known
                } else {
                    let scanned = PlanCodeScanner.scan(task.plan, legend: legend)
                    codes = (coverage.columns(of: scanned), !scanned.isEmpty)
                    planCells[plan] = codes
                }
                coverage.add(columns: codes.columns, hasCode: codes.hasCode, lane: lane)
                let bodyIDs = bodyCells?.bodyIDs(of: task)
                if let bodyIDs {
                    namedBodies.formUnion(bodyIDs)
                    if let segment = workload?.segment(ofType: task.type) { workload?.add(bodyIDs: bodyIDs, segment: segment) }
                }
                for indicator in task.indicators {
                    schedule.add(indicator, lane: lane, task: number)
                }
                let hasBody = bodyIDs.map { !$0.isEmpty } ?? (task.bodies.map { !$0.isBlank } ?? false)
                health.add(task: number, hasPlanCode: codes.hasCode, hasBody: hasBody,
                           hasIndicator: !task.indicators.isEmpty, progress: task.progress)
                ordinal += 1
            }
        }
        self.lanes = lanes
        self.coverage = coverage
        self.schedule = schedule
        self.workload = workload
        self.health = health
        taskCount = ordinal
        indicatorCount = schedule.indicatorCount
        namedBodyCount = registry == nil ? nil : namedBodies.count
    }

    /// Counts the checks' `findings` in the health panel (nil: the checks were not run).
    mutating func count(findings: [Diagnostic]?) {
        health.count(findings: findings)
    }
}
