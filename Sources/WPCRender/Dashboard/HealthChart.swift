import WPCModel

/// Draws the health panel: findings by rule (coloured and named by
/// severity), the tasks that lack a plan code, a body or an indicator, and
/// the progress states when the Progress column is filled.
struct HealthChart {
    let figures: DashboardFigures
    let words: DashboardWords

    private var health: HealthFigures { figures.health }

    private func name(of severity: Severity) -> String {
        switch severity {
        case .error: words[.severityError]
        case .warning: words[.severityWarning]
        case .note: words[.severityNote]
        }
    }

    /// Findings by rule, as SVG blocks.
    func findings() -> [String] {
        guard let rules = health.rules, !rules.isEmpty else { return [] }
        let rows = rules.map { rule -> BarChart.Row in
            let severity = name(of: rule.severity)
            let title = words.fill(.ruleCell, what: words.findings(rule.count), code: rule.id, lane: severity)
            return BarChart.Row(label: "\(rule.id) · \(severity)",
                                segments: [BarChart.Segment(value: rule.count, text: words.number(rule.count), colour: Colour.of(rule.severity))],
                                title: title,
                                trailing: words.findings(rule.count))
        }
        let keys = Severity.allCases.reversed().filter { health.severityTotals[$0, default: 0] > 0 }.map { severity in
            BarChart.Key(colour: Colour.of(severity), text: words.fill(.labelledCount, n: health.severityTotals[severity, default: 0], what: name(of: severity)))
        }
        return BarChart(rows: rows, keys: keys, name: words[.findingsHeading], className: "chart findings").draw()
    }

    /// The tasks with no plan code, no body, no indicator, as SVG blocks.
    func gaps() -> [String] {
        let gaps: [(DashboardLabel, HealthFigures.Gap)] = [
            (.gapNoPlanCode, health.withoutPlanCode), (.gapNoBody, health.withoutBody), (.gapNoIndicator, health.withoutIndicator),
        ]
        let rows = gaps.map { label, gap -> BarChart.Row in
            let ids = gap.tasks + (gap.count > gap.tasks.count ? [words.fill(.moreEntries, n: gap.count - gap.tasks.count)] : [])
            let title = words.fill(.gapCell, what: words.tasks(gap.count), lane: words[label])
            let list = ids.joined(separator: words[.listSeparator])
            // The tooltip's first line is the count; the tasks follow on the next.
            let full = list.isEmpty ? title : title + "\n" + list
            return BarChart.Row(label: words[label],
                                segments: [BarChart.Segment(value: gap.count, text: words.number(gap.count), colour: .reddishPurple)],
                                title: full,
                                trailing: list.isEmpty ? words.number(gap.count) : words.number(gap.count) + " — " + list)
        }
        return BarChart(rows: rows, name: words[.gapsHeading], className: "chart gaps", trailingWidth: 420).draw()
    }

    /// Tasks per progress state, as SVG blocks; none when the column is empty.
    func progress() -> [String] {
        guard health.hasProgress else { return [] }
        let states = health.progressStates
        var rows = states.shown.map { state -> BarChart.Row in
            let title = words.fill(.progressCell, what: words.tasks(state.count), lane: state.text)
            return BarChart.Row(label: state.text,
                                segments: [BarChart.Segment(value: state.count, text: words.number(state.count), colour: .bluishGreen)],
                                title: title,
                                trailing: words.tasks(state.count))
        }
        for (label, count) in [(words[.progressOther], states.others), (words[.progressNotFilled], health.progressNotFilled)] where count > 0 {
            let title = words.fill(.progressCell, what: words.tasks(count), lane: label)
            rows.append(BarChart.Row(label: label,
                                     segments: [BarChart.Segment(value: count, text: words.number(count), colour: .lightGrey)],
                                     title: title,
                                     trailing: words.tasks(count), emphasised: true))
        }
        return BarChart(rows: rows, name: words[.progressHeading], className: "chart progress").draw()
    }

    /// What is said under the findings.
    var findingsNotes: [String] {
        guard let rules = health.rules else { return [words[.notCheckedNote]] }
        return rules.isEmpty ? [words[.noFindingsNote]] : []
    }

    /// What is said under the progress states.
    var progressNotes: [String] {
        health.hasProgress ? [] : [words[.progressEmptyNote]]
    }
}
