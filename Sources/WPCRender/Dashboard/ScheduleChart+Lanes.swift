import WPCModel

/// How the timeline's lanes are drawn: a topic's marks one by one, a band's
/// counts per quarter, and the lane of all topics.
extension ScheduleChart {
    /// A lane of one topic: every mark drawn.
    func topic(_ svg: inout SVGWriter, _ lane: Int, y: Double, layout: LaneLayout, axis: ScheduleAxis, quarter: Double) {
        let laneName = lanes.name(ofLane: lane, words)
        let label = lanes.label(ofLane: lane, in: programme, words)
        laneLabel(&svg, label, title: label, y: y)
        let months = words.list(.monthAbbreviations), seasons = words.list(.seasonNames)
        var top = y + 3
        let bySlot = quarterMarks(ofLane: lane)
        for (slot, marks) in bySlot.enumerated() where !marks.isEmpty {
            // An annotation may run on into the next quarter when that one holds no mark.
            let annotationWidth = slot + 1 < bySlot.count && bySlot[slot + 1].isEmpty ? quarter * 2 : quarter
            let x = labelWidth + quarter * Double(slot)
            let year = axis.firstYear + slot / 4
            // The cell's count, behind its marks.
            svg.rect(x: x, y: top, width: quarter, height: layout.dated, fill: .white, opacity: 0, className: "slot",
                     title: words.fill(.quarterCell, n: slot % 4 + 1, what: words.milestones(schedule.count(lane: lane, quarter: slot)),
                                       lane: laneName, year: year))
            var chipTop = top
            for mark in marks {
                svg.openGroup(title: details(mark), className: "mark")
                let word: String
                switch mark.kind {
                case .month(let month):
                    ScheduleChart.diamond(&svg, x: x + 6, y: chipTop + 6.5)
                    word = months.indices.contains(month - 1) ? months[month - 1] : String(month)
                case .season(let season):
                    ScheduleChart.circle(&svg, x: x + 6, y: chipTop + 6.5)
                    let index = Season.allCases.firstIndex(of: season) ?? 0
                    word = seasons.indices.contains(index) ? seasons[index] : season.rawValue
                case .year:
                    word = ""
                }
                let text = mark.details.count > 1 ? "\(word) ×\(words.number(mark.details.count))" : word
                svg.boxedLabel(text, x: x + 11, y: chipTop, width: quarter - 12, height: ScheduleChart.chipHeight, fill: nil,
                               textClass: .small, padding: 1)
                if let annotation = mark.annotation {
                    svg.boxedLabel(annotation, x: x + 1, y: chipTop + ScheduleChart.chipHeight - 1, width: annotationWidth - 2,
                                   height: ScheduleChart.annotationHeight, fill: nil, textClass: .small, padding: 1, textFill: .grey)
                }
                svg.closeGroup()
                chipTop += ScheduleChart.chipHeight(mark)
            }
        }
        top += layout.dated
        for (slot, marks) in yearMarks(ofLane: lane).enumerated() where !marks.isEmpty {
            let x = labelWidth + quarter * 4 * Double(slot), width = quarter * 4
            let year = axis.firstYear + slot
            svg.rect(x: x, y: top, width: width, height: layout.years, fill: .white, opacity: 0, className: "slot",
                     title: words.fill(.yearOnlyCell, what: words.milestones(schedule.count(lane: lane, year: slot)), lane: laneName, year: year))
            for (index, mark) in marks.enumerated() {
                var text = String(year)
                if mark.details.count > 1 { text += " ×" + words.number(mark.details.count) }
                if let annotation = mark.annotation { text += " · " + annotation }
                svg.openGroup(title: details(mark), className: "mark")
                svg.boxedLabel(text, x: x + 2, y: top + ScheduleChart.barHeight * Double(index) + 1, width: width - 4,
                               height: ScheduleChart.barHeight - 2, fill: .skyBlue, opacity: 0.6, textClass: .small, padding: 3)
                svg.closeGroup()
            }
        }
        top += layout.years
        for recurrence in layout.recurrences {
            let count = schedule.count(lane: lane, recurrence: recurrence)
            let text = count > 1 ? "\(name(of: recurrence)) ×\(words.number(count))" : name(of: recurrence)
            recurringBar(&svg, text, recurrence: recurrence, count: count, lane: laneName, y: top, axis: axis, quarter: quarter)
            top += ScheduleChart.barHeight
        }
    }

    /// A lane of a band of topics: counts per quarter and year.
    func band(_ svg: inout SVGWriter, _ lane: Int, y: Double, layout: LaneLayout, axis: ScheduleAxis, quarter: Double) {
        let name = lanes.name(ofLane: lane, words)
        laneLabel(&svg, name, title: name, y: y)
        counts(&svg, lane: name, y: y, layout: layout, axis: axis, quarter: quarter,
               quarters: { schedule.count(lane: lane, quarter: $0) }, years: { schedule.count(lane: lane, year: $0) },
               recurring: { schedule.count(lane: lane, recurrence: $0) }, maximum: schedule.quarters.max() ?? 1)
    }

    /// The lane of all topics.
    func totals(_ svg: inout SVGWriter, y: Double, layout: LaneLayout, axis: ScheduleAxis, quarter: Double) {
        let name = words[.allTopics]
        laneLabel(&svg, name, title: name, y: y, bold: true)
        counts(&svg, lane: name, y: y, layout: layout, axis: axis, quarter: quarter,
               quarters: { schedule.quarterTotals[$0] }, years: { schedule.yearTotals[$0] },
               recurring: { schedule.recurringTotals[$0.rawValue] }, maximum: schedule.quarterTotals.max() ?? 1)
    }

    func counts(_ svg: inout SVGWriter, lane: String, y: Double, layout: LaneLayout, axis: ScheduleAxis, quarter: Double,
                        quarters: (Int) -> Int, years: (Int) -> Int, recurring: (ScheduleAxis.Recurrence) -> Int, maximum: Int) {
        var top = y + 3
        if recurringInColumns {
            for recurrence in ScheduleAxis.Recurrence.allCases {
                let count = recurring(recurrence)
                guard count > 0 else { continue }
                svg.openGroup(title: words.fill(.recurringCell, what: words.indicators(count), code: name(of: recurrence), lane: lane))
                svg.boxedLabel(words.number(count), x: recurringColumnX(recurrence, axis: axis, quarter: quarter), y: top,
                               width: ScheduleChart.recurringColumnWidth - 2, height: 15,
                               fill: ScheduleChart.recurrenceColours[recurrence.rawValue], opacity: 0.5, textClass: .number, anchor: .middle,
                               padding: 1)
                svg.closeGroup()
            }
        }
        if layout.dated > 0 {
            for slot in 0..<axis.quarterCount {
                let count = quarters(slot)
                guard count > 0 else { continue }
                let strength = 0.15 + 0.75 * Double(count) / Double(max(1, maximum))
                svg.openGroup(title: words.fill(.quarterCell, n: slot % 4 + 1, what: words.milestones(count), lane: lane,
                                                year: axis.firstYear + slot / 4))
                svg.boxedLabel(words.number(count), x: labelWidth + quarter * Double(slot) + 1, y: top, width: quarter - 2, height: 15,
                               fill: .blue, opacity: strength, textClass: .number, anchor: .middle, padding: 1,
                               textFill: strength > 0.55 ? .white : .black)
                svg.closeGroup()
            }
            top += layout.dated
        }
        if layout.years > 0 {
            for slot in 0..<axis.yearCount {
                let count = years(slot)
                guard count > 0 else { continue }
                let year = axis.firstYear + slot
                svg.openGroup(title: words.fill(.yearOnlyCell, what: words.milestones(count), lane: lane, year: year))
                svg.boxedLabel(words.fill(.labelledCount, n: count, what: String(year)), x: labelWidth + quarter * 4 * Double(slot) + 2, y: top + 1,
                               width: quarter * 4 - 4, height: ScheduleChart.barHeight - 2, fill: .skyBlue, opacity: 0.6,
                               textClass: .small, padding: 3)
                svg.closeGroup()
            }
            top += layout.years
        }
        for recurrence in layout.recurrences {
            let count = recurring(recurrence)
            recurringBar(&svg, words.fill(.labelledCount, n: count, what: name(of: recurrence)), recurrence: recurrence, count: count, lane: lane,
                         y: top, axis: axis, quarter: quarter)
            top += ScheduleChart.barHeight
        }
    }

    func recurringColumnX(_ recurrence: ScheduleAxis.Recurrence, axis: ScheduleAxis, quarter: Double) -> Double {
        labelWidth + quarter * Double(axis.quarterCount) + 8 + ScheduleChart.recurringColumnWidth * Double(recurrence.rawValue)
    }

    func recurringBar(_ svg: inout SVGWriter, _ text: String, recurrence: ScheduleAxis.Recurrence, count: Int, lane: String,
                              y: Double, axis: ScheduleAxis, quarter: Double) {
        svg.openGroup(title: words.fill(.recurringCell, what: words.indicators(count), code: name(of: recurrence), lane: lane))
        svg.boxedLabel(text, x: labelWidth + 2, y: y + 1, width: quarter * Double(axis.quarterCount) - 4, height: ScheduleChart.barHeight - 2,
                       fill: ScheduleChart.recurrenceColours[recurrence.rawValue], opacity: 0.5, textClass: .small, padding: 3)
        svg.closeGroup()
    }

    /// "task 5.1: June 2020 (for adoption)", a line per milestone the mark stands for.
    func details(_ mark: ScheduleFigures.Mark) -> String {
        mark.details.map { words.fill(.taskDetail, what: $0.text, id: $0.task) }.joined(separator: "\n")
    }

    static func diamond(_ svg: inout SVGWriter, x: Double, y: Double) {
        svg.raw("<path fill=\"")
        svg.raw(Colour.blue.hex)
        svg.raw("\" d=\"M")
        svg.number(x)
        svg.raw(" ")
        svg.number(y - 4.5)
        svg.raw("l4.5 4.5-4.5 4.5-4.5-4.5z\"/>")
    }

    static func circle(_ svg: inout SVGWriter, x: Double, y: Double) {
        svg.raw("<circle fill=\"")
        svg.raw(Colour.bluishGreen.hex)
        svg.raw("\"")
        svg.attribute("cx", x)
        svg.attribute("cy", y)
        svg.raw(" r=\"4\"/>")
    }
}
