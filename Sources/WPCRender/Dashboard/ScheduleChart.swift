import WPCModel

/// Draws the timeline: a header of years and quarters, then a lane per
/// topic (or band of topics). In a topic's lane each dated milestone is a
/// mark in its quarter (a diamond for a month, a circle for a season) with
/// its month and annotation written beside it, milestones at the same place
/// merged ("Jun ×2"); a year given alone is a bar across its year;
/// Ongoing, Periodically and Annually are bars across the period. A band's
/// lane writes the number of milestones in each quarter instead, and the
/// number of recurring indicators in three columns after the period. The
/// last lane totals every topic.
struct ScheduleChart {
    let figures: DashboardFigures
    let programme: Programme
    let words: DashboardWords

    var schedule: ScheduleFigures { figures.schedule }
    var lanes: TopicLanes { figures.lanes }
    var labelWidth: Double { lanes.isAggregated ? ChartGeometry.bandLabelWidth : ChartGeometry.labelWidth - 40 }

    static let chipHeight = 13.0
    static let annotationHeight = 11.0
    static let barHeight = 14.0
    private static let headerHeight = 32.0
    private static let legendHeight = 22.0
    static let recurrenceColours: [Colour] = [.orange, .reddishPurple, .yellow]

    /// The lanes' vertical layout, and where each block of lanes starts.
    struct LaneLayout {
        var dated: Double
        var years: Double
        var recurrences: [ScheduleAxis.Recurrence]
        var height: Double { max(22, 3 + dated + years + ScheduleChart.barHeight * Double(recurrences.count) + 3) }
    }

    private func quarterWidth(_ axis: ScheduleAxis) -> Double {
        max(14, ((ChartGeometry.width - labelWidth - 8 - recurringColumnsWidth) / Double(axis.quarterCount) * 2).rounded(.down) / 2)
    }

    func chartWidth(_ axis: ScheduleAxis) -> Double {
        labelWidth + quarterWidth(axis) * Double(axis.quarterCount) + 8 + recurringColumnsWidth
    }

    /// Bands of topics count their recurring indicators in columns after the period, not in bars across it.
    var recurringInColumns: Bool { lanes.isAggregated }
    static let recurringColumnWidth = 62.0
    private var recurringColumnsWidth: Double { recurringInColumns ? ScheduleChart.recurringColumnWidth * 3 : 0 }

    /// The chart, as SVG blocks that each print on one page; none when nothing is dated.
    func draw() -> [String] {
        guard let axis = schedule.axis else { return [] }
        var layouts = (0..<lanes.count).map { layout(ofLane: $0) }
        layouts.append(totalsLayout())
        var blocks: [String] = []
        var start = 0
        while start < layouts.count {
            var height = ScheduleChart.headerHeight + (start == 0 ? ScheduleChart.legendHeight : 0)
            var end = start
            while end < layouts.count, end == start || height + layouts[end].height <= ChartGeometry.blockHeight {
                height += layouts[end].height
                end += 1
            }
            blocks.append(block(start..<end, layouts: layouts, height: height, axis: axis))
            start = end
        }
        return blocks
    }

    // MARK: layout

    func quarterMarks(ofLane lane: Int) -> [[ScheduleFigures.Mark]] {
        var bySlot = [[ScheduleFigures.Mark]](repeating: [], count: schedule.quarterCount)
        for mark in schedule.marks[lane] where mark.kind != .year { bySlot[mark.slot].append(mark) }
        return bySlot.map { $0.sorted { $0.fraction < $1.fraction } }
    }

    func yearMarks(ofLane lane: Int) -> [[ScheduleFigures.Mark]] {
        var bySlot = [[ScheduleFigures.Mark]](repeating: [], count: schedule.yearCount)
        for mark in schedule.marks[lane] where mark.kind == .year { bySlot[mark.slot].append(mark) }
        return bySlot
    }

    static func chipHeight(_ mark: ScheduleFigures.Mark) -> Double {
        chipHeight + (mark.annotation == nil ? 0 : annotationHeight)
    }

    private func layout(ofLane lane: Int) -> LaneLayout {
        let recurrences = recurringInColumns ? [] : ScheduleAxis.Recurrence.allCases.filter { schedule.count(lane: lane, recurrence: $0) > 0 }
        if lanes.isAggregated {
            let dated = (0..<schedule.quarterCount).contains { schedule.count(lane: lane, quarter: $0) > 0 }
            let years = (0..<schedule.yearCount).contains { schedule.count(lane: lane, year: $0) > 0 }
            return LaneLayout(dated: dated ? 16 : 0, years: years ? ScheduleChart.barHeight : 0, recurrences: recurrences)
        }
        let dated = quarterMarks(ofLane: lane).map { $0.reduce(0) { $0 + ScheduleChart.chipHeight($1) } }.max() ?? 0
        let years = Double(yearMarks(ofLane: lane).map(\.count).max() ?? 0) * ScheduleChart.barHeight
        return LaneLayout(dated: dated, years: years, recurrences: recurrences)
    }

    private func totalsLayout() -> LaneLayout {
        LaneLayout(dated: schedule.quarterTotals.contains { $0 > 0 } ? 16 : 0,
                   years: schedule.yearTotals.contains { $0 > 0 } ? ScheduleChart.barHeight : 0,
                   recurrences: recurringInColumns ? [] : ScheduleAxis.Recurrence.allCases.filter { schedule.recurringTotals[$0.rawValue] > 0 })
    }

    // MARK: drawing

    private func block(_ rows: Range<Int>, layouts: [LaneLayout], height: Double, axis: ScheduleAxis) -> String {
        let width = chartWidth(axis), quarter = quarterWidth(axis)
        var svg = SVGWriter(capacity: 32_768)
        svg.openSVG(width: width, height: height + 2, label: words[.scheduleHeading], className: "chart schedule")
        var top = 0.0
        if rows.lowerBound == 0 {
            legend(&svg, width: width)
            top = ScheduleChart.legendHeight
        }
        header(&svg, top: top, axis: axis, quarter: quarter)
        top += ScheduleChart.headerHeight
        // Backgrounds, then the grid over them, then the marks.
        var y = top
        for row in rows {
            if row % 2 == 1 { svg.rect(x: 0, y: y, width: width, height: layouts[row].height, fill: .paleGrey) }
            y += layouts[row].height
        }
        for index in 0...axis.quarterCount {
            let x = labelWidth + quarter * Double(index)
            svg.line(x1: x, y1: top, x2: x, y2: y, stroke: index % 4 == 0 ? .grey : .lightGrey, width: index % 4 == 0 ? 1 : 0.5)
        }
        y = top
        for row in rows {
            if row == lanes.count {
                svg.line(x1: 0, y1: y + 0.5, x2: width, y2: y + 0.5, stroke: .grey)
                totals(&svg, y: y, layout: layouts[row], axis: axis, quarter: quarter)
            } else if lanes.isAggregated {
                band(&svg, row, y: y, layout: layouts[row], axis: axis, quarter: quarter)
            } else {
                topic(&svg, row, y: y, layout: layouts[row], axis: axis, quarter: quarter)
            }
            y += layouts[row].height
        }
        svg.closeSVG()
        return svg.string
    }

    private func legend(_ svg: inout SVGWriter, width: Double) {
        var x = 0.0
        let y = 4.0
        func entry(_ svg: inout SVGWriter, _ text: String, glyph: (inout SVGWriter, Double) -> Void) {
            glyph(&svg, x)
            let textWidth = TextFit.width(text, size: ChartGeometry.labelSize) + 8
            svg.boxedLabel(text, x: x + 16, y: y, width: textWidth, height: 14, fill: nil, textClass: .label, padding: 2)
            x += 16 + textWidth + 12
        }
        entry(&svg, words[.legendMonth]) { svg, x in ScheduleChart.diamond(&svg, x: x + 7, y: y + 7) }
        entry(&svg, words[.legendSeason]) { svg, x in ScheduleChart.circle(&svg, x: x + 7, y: y + 7) }
        entry(&svg, words[.legendYear]) { svg, x in svg.rect(x: x, y: y + 2, width: 14, height: 10, fill: .skyBlue, opacity: 0.6) }
        for recurrence in ScheduleAxis.Recurrence.allCases {
            let colour = ScheduleChart.recurrenceColours[recurrence.rawValue]
            entry(&svg, name(of: recurrence)) { svg, x in svg.rect(x: x, y: y + 2, width: 14, height: 10, fill: colour, opacity: 0.5) }
        }
    }

    private func header(_ svg: inout SVGWriter, top: Double, axis: ScheduleAxis, quarter: Double) {
        for year in 0..<axis.yearCount {
            let x = labelWidth + quarter * 4 * Double(year)
            svg.boxedLabel(String(axis.firstYear + year), x: x + 1, y: top, width: quarter * 4 - 2, height: 16,
                           fill: year % 2 == 0 ? .paleGrey : .lightGrey, textClass: .heading, anchor: .middle, padding: 2)
            guard quarter >= 18 else { continue }
            for index in 0..<4 {
                svg.boxedLabel(words.fill(.quarter, n: index + 1), x: x + quarter * Double(index), y: top + 16, width: quarter,
                               height: 16, fill: nil, textClass: .small, anchor: .middle, padding: 1)
            }
        }
        if recurringInColumns {
            for recurrence in ScheduleAxis.Recurrence.allCases {
                let x = recurringColumnX(recurrence, axis: axis, quarter: quarter)
                svg.openGroup(title: name(of: recurrence))
                svg.boxedLabel(name(of: recurrence), x: x, y: top + 16, width: ScheduleChart.recurringColumnWidth - 2, height: 16,
                               fill: nil, textClass: .small, anchor: .middle, padding: 1)
                svg.closeGroup()
            }
        }
        svg.line(x1: 0, y1: top + ScheduleChart.headerHeight - 0.5, x2: chartWidth(axis), y2: top + ScheduleChart.headerHeight - 0.5,
                 stroke: .grey)
    }

    func laneLabel(_ svg: inout SVGWriter, _ text: String, title: String, y: Double, bold: Bool = false) {
        svg.openGroup(title: title)
        svg.boxedLabel(text, x: 0, y: y + 1, width: labelWidth - 4, height: 18, fill: nil, textClass: bold ? .heading : .label, padding: 4)
        svg.closeGroup()
    }

    func name(of recurrence: ScheduleAxis.Recurrence) -> String {
        switch recurrence {
        case .ongoing: words[.ongoing]
        case .periodically: words[.periodically]
        case .annually: words[.annually]
        }
    }

    // MARK: notes and lists

    /// What is said under the chart.
    var notes: [String] {
        guard let axis = schedule.axis else { return [words[.noDatedNote]] }
        return axis.isStated ? [] : [words[.noPeriodNote]]
    }

    /// The indicators with no date, and the milestones outside the period, as listed under the chart.
    var lists: [(heading: String, items: [String], more: String?)] {
        var lists: [(heading: String, items: [String], more: String?)] = []
        for (listing, heading) in [(schedule.undated, words[.undatedHeading]), (schedule.outside, outsideHeading)] where listing.count > 0 {
            let items = listing.entries.map { words.fill(.taskEntry, what: $0.text.isEmpty ? words[.noTimeline] : $0.text, id: $0.task) }
            let more = listing.count > listing.entries.count ? words.fill(.moreEntries, n: listing.count - listing.entries.count) : nil
            lists.append((heading, items, more))
        }
        return lists
    }

    private var outsideHeading: String {
        let period = schedule.axis.map { "\($0.firstYear)–\($0.lastYear)" } ?? ""
        return words.fill(.outsideHeading, what: period)
    }
}
