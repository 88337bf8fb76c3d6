/// Every fixed string of the dashboard — headings, explanations, legends and
/// the words of the tooltips — one label each; their texts are in the labels
/// files (`dashboard.*` in `Templates/labels/*.labels`). The charts take
/// their words through `DashboardWords`, the page's template as
/// `labels.dashboard.*`.
///
/// A text may hold placeholders the drawing code fills in: `{n}` a count,
/// `{k}` a second count, `{what}`, `{code}`, `{lane}`, `{year}`, `{id}`.
/// A pair of keys ending in `One` / `Many` gives the singular and the plural.
public enum DashboardLabel: String, Sendable, Hashable, CaseIterable {
    // The page.
    case pageTitle, summaryTopics, summaryTasks, summaryIndicators, summaryBodies, summaryFindings
    case aggregatedNote, printNote, indexLink
    // Lanes and rows.
    case topicLane, bandLane, allTopics
    case taskOne, taskMany, milestoneOne, milestoneMany, indicatorOne, indicatorMany, findingOne, findingMany
    case taskDetail, taskEntry, labelledCount, moreEntries, thousandsSeparator, listSeparator
    // Coverage.
    case coverageHeading, coverageDescription, columnTasks, columnNoCode, coverageCell, coverageTotal
    case uncitedNote, allCitedNote, noLegendNote, codeMeaning
    // Deliverables over time.
    case scheduleHeading, scheduleDescription, quarter, quarterCell, yearOnly, yearOnlyCell
    case ongoing, periodically, annually, recurringCell
    case monthAbbreviations, seasonNames, legendMonth, legendSeason, legendYear
    case undatedHeading, outsideHeading, noTimeline, noDatedNote, noPeriodNote
    // Workload.
    case workloadHeading, workloadDescription, otherType, noType, noBodyRow, noRegistryNote, segmentCell, bodyTotal, typeLegend
    // Health.
    case healthHeading, healthDescription, findingsHeading, noFindingsNote, notCheckedNote
    case severityError, severityWarning, severityNote, ruleCell
    case gapsHeading, gapNoPlanCode, gapNoBody, gapNoIndicator, gapCell
    case progressHeading, progressEmptyNote, progressNotFilled, progressOther, progressCell

    /// The label's key, with the placeholders its text may hold.
    public var key: LabelKey {
        switch self {
        case .pageTitle: LabelKey("dashboard.page-title")
        case .summaryTopics: LabelKey("dashboard.summary-topics")
        case .summaryTasks: LabelKey("dashboard.summary-tasks")
        case .summaryIndicators: LabelKey("dashboard.summary-indicators")
        case .summaryBodies: LabelKey("dashboard.summary-bodies")
        case .summaryFindings: LabelKey("dashboard.summary-findings")
        case .aggregatedNote: LabelKey("dashboard.aggregated-note", placeholders: ["n", "k"])
        case .printNote: LabelKey("dashboard.print-note")
        case .indexLink: LabelKey("dashboard.index-link")
        case .topicLane: LabelKey("dashboard.topic-lane", placeholders: ["n"])
        case .bandLane: LabelKey("dashboard.band-lane", placeholders: ["n", "k"])
        case .allTopics: LabelKey("dashboard.all-topics")
        case .taskOne: LabelKey("dashboard.task-one")
        case .taskMany: LabelKey("dashboard.task-many", placeholders: ["n"])
        case .milestoneOne: LabelKey("dashboard.milestone-one")
        case .milestoneMany: LabelKey("dashboard.milestone-many", placeholders: ["n"])
        case .indicatorOne: LabelKey("dashboard.indicator-one")
        case .indicatorMany: LabelKey("dashboard.indicator-many", placeholders: ["n"])
        case .findingOne: LabelKey("dashboard.finding-one")
        case .findingMany: LabelKey("dashboard.finding-many", placeholders: ["n"])
        case .taskDetail: LabelKey("dashboard.task-detail", placeholders: ["id", "what"])
        case .taskEntry: LabelKey("dashboard.task-entry", placeholders: ["id", "what"])
        case .labelledCount: LabelKey("dashboard.labelled-count", placeholders: ["what", "n"])
        case .moreEntries: LabelKey("dashboard.more-entries", placeholders: ["n"])
        case .thousandsSeparator: LabelKey("dashboard.thousands-separator")
        case .listSeparator: LabelKey("dashboard.list-separator")
        case .coverageHeading: LabelKey("dashboard.coverage-heading")
        case .coverageDescription: LabelKey("dashboard.coverage-description")
        case .columnTasks: LabelKey("dashboard.column-tasks")
        case .columnNoCode: LabelKey("dashboard.column-no-code")
        case .coverageCell: LabelKey("dashboard.coverage-cell", placeholders: ["lane", "code", "what"])
        case .coverageTotal: LabelKey("dashboard.coverage-total", placeholders: ["lane", "what"])
        case .uncitedNote: LabelKey("dashboard.uncited-note", placeholders: ["what"])
        case .allCitedNote: LabelKey("dashboard.all-cited-note")
        case .noLegendNote: LabelKey("dashboard.no-legend-note")
        case .codeMeaning: LabelKey("dashboard.code-meaning", placeholders: ["code", "what"])
        case .scheduleHeading: LabelKey("dashboard.schedule-heading")
        case .scheduleDescription: LabelKey("dashboard.schedule-description")
        case .quarter: LabelKey("dashboard.quarter", placeholders: ["n"])
        case .quarterCell: LabelKey("dashboard.quarter-cell", placeholders: ["lane", "year", "n", "what"])
        case .yearOnly: LabelKey("dashboard.year-only", placeholders: ["year"])
        case .yearOnlyCell: LabelKey("dashboard.year-only-cell", placeholders: ["lane", "year", "what"])
        case .ongoing: LabelKey("dashboard.ongoing")
        case .periodically: LabelKey("dashboard.periodically")
        case .annually: LabelKey("dashboard.annually")
        case .recurringCell: LabelKey("dashboard.recurring-cell", placeholders: ["lane", "code", "what"])
        case .monthAbbreviations: LabelKey("dashboard.month-abbreviations")
        case .seasonNames: LabelKey("dashboard.season-names")
        case .legendMonth: LabelKey("dashboard.legend-month")
        case .legendSeason: LabelKey("dashboard.legend-season")
        case .legendYear: LabelKey("dashboard.legend-year")
        case .undatedHeading: LabelKey("dashboard.undated-heading")
        case .outsideHeading: LabelKey("dashboard.outside-heading", placeholders: ["what"])
        case .noTimeline: LabelKey("dashboard.no-timeline")
        case .noDatedNote: LabelKey("dashboard.no-dated-note")
        case .noPeriodNote: LabelKey("dashboard.no-period-note")
        case .workloadHeading: LabelKey("dashboard.workload-heading")
        case .workloadDescription: LabelKey("dashboard.workload-description")
        case .otherType: LabelKey("dashboard.other-type")
        case .noType: LabelKey("dashboard.no-type")
        case .noBodyRow: LabelKey("dashboard.no-body-row")
        case .noRegistryNote: LabelKey("dashboard.no-registry-note")
        case .segmentCell: LabelKey("dashboard.segment-cell", placeholders: ["lane", "code", "what"])
        case .bodyTotal: LabelKey("dashboard.body-total", placeholders: ["lane", "what"])
        case .typeLegend: LabelKey("dashboard.type-legend", placeholders: ["code", "what"])
        case .healthHeading: LabelKey("dashboard.health-heading")
        case .healthDescription: LabelKey("dashboard.health-description")
        case .findingsHeading: LabelKey("dashboard.findings-heading")
        case .noFindingsNote: LabelKey("dashboard.no-findings-note")
        case .notCheckedNote: LabelKey("dashboard.not-checked-note")
        case .severityError: LabelKey("dashboard.severity-error")
        case .severityWarning: LabelKey("dashboard.severity-warning")
        case .severityNote: LabelKey("dashboard.severity-note")
        case .ruleCell: LabelKey("dashboard.rule-cell", placeholders: ["code", "lane", "what"])
        case .gapsHeading: LabelKey("dashboard.gaps-heading")
        case .gapNoPlanCode: LabelKey("dashboard.gap-no-plan-code")
        case .gapNoBody: LabelKey("dashboard.gap-no-body")
        case .gapNoIndicator: LabelKey("dashboard.gap-no-indicator")
        case .gapCell: LabelKey("dashboard.gap-cell", placeholders: ["lane", "what"])
        case .progressHeading: LabelKey("dashboard.progress-heading")
        case .progressEmptyNote: LabelKey("dashboard.progress-empty-note")
        case .progressNotFilled: LabelKey("dashboard.progress-not-filled")
        case .progressOther: LabelKey("dashboard.progress-other")
        case .progressCell: LabelKey("dashboard.progress-cell", placeholders: ["lane", "what"])
        }
    }
}

extension LabelKey {
    /// The dashboard's labels.
    static let dashboard: [LabelKey] = DashboardLabel.allCases.map(\.key)
}
