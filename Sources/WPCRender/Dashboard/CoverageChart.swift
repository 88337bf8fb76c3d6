import WPCModel

/// Draws the coverage matrix: a row per lane (topic or band of topics), a
/// column per code of the legend, then the lane's tasks and those citing no
/// code; each cell holds the number of tasks citing the code, written and
/// shaded; the last row totals each code and marks the codes no task cites.
struct CoverageChart {
    let figures: DashboardFigures
    let programme: Programme
    let words: DashboardWords

    private var coverage: CoverageFigures { figures.coverage }
    private var lanes: TopicLanes { figures.lanes }
    private var labelWidth: Double { lanes.isAggregated ? ChartGeometry.bandLabelWidth : ChartGeometry.labelWidth }
    private var columnCount: Int { coverage.codes.count + 2 }
    private var cellWidth: Double {
        min(48, max(24, ((ChartGeometry.width - labelWidth) / Double(columnCount)).rounded(.down)))
    }
    private var chartWidth: Double { labelWidth + cellWidth * Double(columnCount) }

    /// The codes' group names above them, when the legend names groups.
    private var groupRuns: [(name: String, prefix: String, first: Int, count: Int)] {
        var runs: [(name: String, prefix: String, first: Int, count: Int)] = []
        for (index, entry) in coverage.codes.enumerated() {
            if let last = runs.last, last.prefix == entry.group {
                runs[runs.count - 1].count += 1
            } else {
                let name = programme.legend.groups.first { $0.prefix == entry.group }?.name ?? entry.group
                runs.append((name, entry.group, index, 1))
            }
        }
        return runs
    }

    /// Whether the code headings are too wide to stand upright in their column.
    private var codesRotated: Bool {
        coverage.codes.contains { TextFit.width($0.code, size: ChartGeometry.headingSize, bold: true) > cellWidth - 4 }
    }

    private var headerHeight: Double {
        let codes = codesRotated
            ? (coverage.codes.map { TextFit.width($0.code, size: ChartGeometry.headingSize, bold: true) }.max() ?? 0) + 10 : 20
        return 18 + max(codes, 20)
    }

    /// The chart, as SVG blocks that each print on one page.
    func draw() -> [String] {
        guard !coverage.codes.isEmpty else { return [] }
        let maximum = max(1, coverage.cells.max() ?? 1)
        let perBlock = ChartGeometry.rowsPerBlock(lanes.count + 1, rowHeight: ChartGeometry.rowHeight, reserved: headerHeight)
        return perBlock.map { block(rows: $0, maximum: maximum) }
    }

    private func block(rows: Range<Int>, maximum: Int) -> String {
        let height = headerHeight + ChartGeometry.rowHeight * Double(rows.count) + 2
        var svg = SVGWriter(capacity: 16_384)
        svg.openSVG(width: chartWidth, height: height, label: words[.coverageHeading], className: "chart coverage")
        header(&svg)
        for (offset, row) in rows.enumerated() {
            let y = headerHeight + ChartGeometry.rowHeight * Double(offset)
            if row == lanes.count {
                totals(&svg, y: y)
            } else {
                lane(&svg, row, y: y, maximum: maximum)
            }
        }
        svg.closeSVG()
        return svg.string
    }

    private func x(ofColumn column: Int) -> Double { labelWidth + cellWidth * Double(column) }

    private func header(_ svg: inout SVGWriter) {
        for run in groupRuns {
            let x = x(ofColumn: run.first), width = cellWidth * Double(run.count)
            // A group too narrow for its name shows its prefix; the tooltip has the name.
            let fits = TextFit.width(run.name, size: ChartGeometry.smallSize) <= width - 6
            svg.openGroup(title: run.name)
            svg.boxedLabel(fits ? run.name : run.prefix, x: x + 1, y: 0, width: width - 2, height: 16, fill: .paleGrey, textClass: .small,
                           anchor: .middle, padding: 2)
            svg.closeGroup()
        }
        let codeTop = 18.0, codeHeight = headerHeight - 18
        let rotated = codesRotated
        for (index, entry) in coverage.codes.enumerated() {
            let x = x(ofColumn: index)
            svg.openGroup(title: words.fill(.codeMeaning, what: entry.text, code: entry.code))
            if rotated {
                svg.rect(x: x, y: codeTop, width: cellWidth, height: codeHeight, fill: .white, opacity: 0, className: "box")
                svg.label(entry.code, x: x + cellWidth / 2 + ChartGeometry.headingSize * 0.35, y: codeTop + codeHeight - 4,
                          className: "h", rotated: true)
            } else {
                svg.boxedLabel(entry.code, x: x, y: codeTop, width: cellWidth, height: codeHeight, fill: nil, textClass: .heading,
                               anchor: .middle, padding: 1)
            }
            svg.closeGroup()
        }
        for (column, label) in [(coverage.codes.count, DashboardLabel.columnTasks), (coverage.codes.count + 1, .columnNoCode)] {
            svg.openGroup(title: words[label])
            svg.boxedLabel(words[label], x: x(ofColumn: column), y: headerHeight - 20, width: cellWidth, height: 20, fill: nil,
                           textClass: .small, anchor: .middle, padding: 1)
            svg.closeGroup()
        }
        svg.line(x1: 0, y1: headerHeight - 0.5, x2: chartWidth, y2: headerHeight - 0.5, stroke: .grey)
    }

    private func lane(_ svg: inout SVGWriter, _ lane: Int, y: Double, maximum: Int) {
        let height = ChartGeometry.rowHeight
        if lane % 2 == 1 { svg.rect(x: 0, y: y, width: chartWidth, height: height, fill: .paleGrey) }
        let name = lanes.name(ofLane: lane, words)
        let label = lanes.label(ofLane: lane, in: programme, words)
        svg.openGroup(title: label)
        svg.boxedLabel(label, x: 0, y: y, width: labelWidth - 4, height: height, fill: nil, textClass: .label, padding: 4)
        svg.closeGroup()
        for code in coverage.codes.indices {
            let count = coverage.count(lane: lane, code: code)
            guard count > 0 else { continue }
            let strength = 0.15 + 0.75 * Double(count) / Double(maximum)
            svg.openGroup(title: words.fill(.coverageCell, what: words.tasks(count), code: coverage.codes[code].code, lane: name))
            svg.boxedLabel(words.number(count), x: x(ofColumn: code) + 1, y: y + 1, width: cellWidth - 2, height: height - 2,
                           fill: .blue, opacity: strength, textClass: .number, anchor: .middle, padding: 1,
                           textFill: strength > 0.55 ? .white : .black)
            svg.closeGroup()
        }
        let tasks = coverage.laneTasks[lane], withoutCode = coverage.laneWithoutCode[lane]
        svg.openGroup(title: words.fill(.coverageTotal, what: words.tasks(tasks), lane: name))
        svg.boxedLabel(words.number(tasks), x: x(ofColumn: coverage.codes.count) + 1, y: y + 1, width: cellWidth - 2, height: height - 2,
                       fill: nil, textClass: .number, anchor: .middle, padding: 1)
        svg.closeGroup()
        if withoutCode > 0 {
            svg.openGroup(title: words.fill(.coverageCell, what: words.tasks(withoutCode), code: words[.columnNoCode], lane: name))
            svg.boxedLabel(words.number(withoutCode), x: x(ofColumn: coverage.codes.count + 1) + 1, y: y + 1, width: cellWidth - 2,
                           height: height - 2, fill: .vermillion, opacity: 0.25, textClass: .number, anchor: .middle, padding: 1)
            svg.closeGroup()
        }
    }

    private func totals(_ svg: inout SVGWriter, y: Double) {
        let height = ChartGeometry.rowHeight
        let name = words[.allTopics]
        svg.line(x1: 0, y1: y + 0.5, x2: chartWidth, y2: y + 0.5, stroke: .grey)
        svg.boxedLabel(name, x: 0, y: y, width: labelWidth - 4, height: height, fill: nil, textClass: .heading, padding: 4)
        for (code, entry) in coverage.codes.enumerated() {
            let count = coverage.codeTotals[code]
            svg.openGroup(title: words.fill(.coverageCell, what: words.tasks(count), code: entry.code, lane: name))
            svg.boxedLabel(words.number(count), x: x(ofColumn: code) + 1, y: y + 1, width: cellWidth - 2, height: height - 2,
                           fill: count == 0 ? .vermillion : .paleGrey, opacity: count == 0 ? 0.35 : 1, textClass: .heading,
                           anchor: .middle, padding: 1)
            svg.closeGroup()
        }
        svg.openGroup(title: words.fill(.coverageTotal, what: words.tasks(coverage.taskCount), lane: name))
        svg.boxedLabel(words.number(coverage.taskCount), x: x(ofColumn: coverage.codes.count) + 1, y: y + 1, width: cellWidth - 2,
                       height: height - 2, fill: .paleGrey, textClass: .heading, anchor: .middle, padding: 1)
        svg.closeGroup()
        svg.openGroup(title: words.fill(.coverageCell, what: words.tasks(coverage.withoutCodeCount), code: words[.columnNoCode], lane: name))
        svg.boxedLabel(words.number(coverage.withoutCodeCount), x: x(ofColumn: coverage.codes.count + 1) + 1, y: y + 1,
                       width: cellWidth - 2, height: height - 2, fill: .paleGrey, textClass: .heading, anchor: .middle, padding: 1)
        svg.closeGroup()
    }

    /// What is said under the chart: the codes no task cites, or that every code is cited.
    var notes: [String] {
        guard !coverage.codes.isEmpty else { return [words[.noLegendNote]] }
        let uncited = coverage.uncited.map(\.code)
        return [uncited.isEmpty ? words[.allCitedNote] : words.fill(.uncitedNote, what: words.joined(uncited))]
    }
}
