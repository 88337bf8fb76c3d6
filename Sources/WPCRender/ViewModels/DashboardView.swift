import WPCModel
import WPCTemplateEngine

/// What `dashboard/dashboard.mustache` receives: the title block, a few
/// key figures, and four sections (coverage, schedule, workload, health),
/// each with its charts already drawn as SVG by wpc (`figures[]`, printed
/// with `{{{.}}}`), notes and lists. Field by field, the README's table for
/// this template. Every fixed string is a label (`DashboardLabel`, from the
/// labels files); the template reads them as `labels.dashboard.*`.
public enum DashboardView {
    /// The root.
    public static let shape = TemplateShape("dashboard view", [
        .init("lang", .text), .init("title", .text), .init("programmeTitle", .text), .init("date", .optionalText),
        .init("document", .optionalText), .init("labels", .record(LabelsView.shape)), .init("summary", .records(figure)),
        .init("notes", .texts), .init("coverage", .record(section)), .init("schedule", .record(section)),
        .init("workload", .record(section)), .init("health", .record(section)),
    ])
    /// A key figure: `label`, `value`.
    static let figure = TemplateShape("dashboard figure", [.init("label", .text), .init("value", .text)])
    /// A section: `id`, `heading`, `description`, `parts[]`.
    static let section = TemplateShape("dashboard section", [
        .init("id", .text), .init("heading", .text), .init("description", .text), .init("parts", .records(part)),
    ])
    /// A part of a section: `subheading`, `figures[]` (SVG), `notes[]`, `lists[]`.
    static let part = TemplateShape("dashboard part", [
        .init("subheading", .optionalText), .init("figures", .texts), .init("notes", .texts), .init("lists", .records(list)),
    ])
    /// A list under a chart: `heading`, `items[]`, `more` ("… and 12 more").
    static let list = TemplateShape("dashboard list", [.init("heading", .text), .init("items", .texts), .init("more", .optionalText)])

    /// The dashboard of `programme`: bodies resolved with `registry`, the
    /// checks' `findings` (nil when they were not run), in the words of `labels`.
    public static func record(_ programme: Programme, registry: BodyRegistry?, findings: [Diagnostic]?, labels: Labels) -> TemplateRecord {
        record(programme, counts: DashboardCounts(programme, registry: registry).counting(findings: findings), labels: labels)
    }

    /// The dashboard of `programme` from its `counts` (made from the same programme), in the words of `labels`.
    public static func record(_ programme: Programme, counts: DashboardCounts, labels: Labels) -> TemplateRecord {
        let words = DashboardWords(labels)
        let figures = counts.figures
        let title = UTF8Text.trimming(programme.title.text)
        var summary: [(DashboardLabel, Int)] = [
            (.summaryTopics, programme.topics.count), (.summaryTasks, figures.taskCount), (.summaryIndicators, figures.indicatorCount),
        ]
        if let bodies = figures.namedBodyCount { summary.append((.summaryBodies, bodies)) }
        if counts.checked { summary.append((.summaryFindings, counts.findingCount)) }
        var notes: [String] = []
        if figures.lanes.isAggregated { notes.append(words.fill(.aggregatedNote, n: programme.topics.count, k: figures.lanes.bandSize)) }
        notes.append(words[.printNote])

        let coverage = CoverageChart(figures: figures, programme: programme, words: words)
        let schedule = ScheduleChart(figures: figures, programme: programme, words: words)
        let workload = WorkloadChart(figures: figures, words: words)
        let health = HealthChart(figures: figures, words: words)
        return TemplateRecord(shape, [
            .text(labels.language.rawValue), .text("\(words[.pageTitle]) — \(title)"), .text(title),
            .optional(programme.date?.text), .optional(programme.document?.text),
            LabelsView.record(labels),
            .records(summary.map { TemplateRecord(figure, [.text(words[$0.0]), .text(words.number($0.1))]) }),
            .texts(notes),
            section("coverage", .coverageHeading, .coverageDescription, words, [part(figures: coverage.draw(), notes: coverage.notes)]),
            section("schedule", .scheduleHeading, .scheduleDescription, words,
                    [part(figures: schedule.draw(), notes: schedule.notes, lists: schedule.lists)]),
            section("workload", .workloadHeading, .workloadDescription, words, [part(figures: workload.draw(), notes: workload.notes)]),
            section("health", .healthHeading, .healthDescription, words, [
                part(words[.findingsHeading], figures: health.findings(), notes: health.findingsNotes),
                part(words[.gapsHeading], figures: health.gaps()),
                part(words[.progressHeading], figures: health.progress(), notes: health.progressNotes),
            ]),
        ])
    }

    private static func section(_ id: String, _ heading: DashboardLabel, _ description: DashboardLabel, _ words: DashboardWords,
                                _ parts: [TemplateRecord]) -> TemplateValue {
        .record(TemplateRecord(section, [.text(id), .text(words[heading]), .text(words[description]), .records(parts)]))
    }

    private static func part(_ subheading: String? = nil, figures: [String], notes: [String] = [],
                             lists: [(heading: String, items: [String], more: String?)] = []) -> TemplateRecord {
        TemplateRecord(part, [
            .optional(subheading), .texts(figures), .texts(notes),
            .records(lists.map { TemplateRecord(list, [.text($0.heading), .texts($0.items), .optional($0.more)]) }),
        ])
    }
}
