/// Horizontal bars, one row each: a label, segments laid end to end (each
/// with its number written inside when it fits, and its tooltip), and the
/// row's values written after the bar. The workload and health charts are
/// drawn with it.
struct BarChart {
    /// One segment of a bar.
    struct Segment {
        var value: Int
        /// The value as written ("1,234").
        var text: String
        var colour: Colour
        /// The segment's own tooltip; nil when the row's `title` covers it.
        var title: String? = nil
    }

    /// One row.
    struct Row {
        var label: String
        var segments: [Segment]
        /// The tooltip of the bar and what is written after it, for a row of one value.
        var title: String? = nil
        /// What is written after the bar (the values, always).
        var trailing: String
        /// The tooltip of what is written after the bar (a total), if it has one of its own.
        var trailingTitle: String? = nil
        /// Drawn in bold (a total, or a row apart such as "No body named").
        var emphasised = false
        var total: Int { segments.reduce(0) { $0 + $1.value } }
    }

    /// A legend entry: a swatch and what it stands for.
    struct Key {
        var colour: Colour
        var text: String
    }

    var rows: [Row]
    var keys: [Key] = []
    /// The accessible name of each block.
    var name: String
    var className: StaticString
    var labelWidth = ChartGeometry.labelWidth
    var trailingWidth = 220.0

    private static let legendLine = 18.0

    /// The chart, as SVG blocks that each print on one page.
    func draw() -> [String] {
        guard !rows.isEmpty else { return [] }
        let maximum = max(1, rows.map(\.total).max() ?? 1)
        return ChartGeometry.rowsPerBlock(rows.count, rowHeight: ChartGeometry.rowHeight, reserved: legendHeight).map {
            block($0, maximum: maximum)
        }
    }

    private func block(_ range: Range<Int>, maximum: Int) -> String {
        let top = range.lowerBound == 0 ? legendHeight : 0
        let height = top + ChartGeometry.rowHeight * Double(range.count) + 2
        let width = ChartGeometry.width
        let barArea = width - labelWidth - trailingWidth - 12
        var svg = SVGWriter(capacity: 8192)
        svg.openSVG(width: width, height: height, label: name, className: className)
        if top > 0 { legend(&svg) }
        for (offset, index) in range.enumerated() {
            let row = rows[index]
            let y = top + ChartGeometry.rowHeight * Double(offset)
            if index % 2 == 1 { svg.rect(x: 0, y: y, width: width, height: ChartGeometry.rowHeight, fill: .paleGrey) }
            // The label's tooltip is the label in full (it may be cut to fit).
            svg.openGroup(title: row.label)
            svg.boxedLabel(row.label, x: 0, y: y, width: labelWidth - 4, height: ChartGeometry.rowHeight, fill: nil,
                           textClass: row.emphasised ? .heading : .label, padding: 4)
            svg.closeGroup()
            var x = labelWidth + 4
            if let title = row.title { svg.openGroup(title: title) }
            for segment in row.segments where segment.value > 0 {
                let length = barArea * Double(segment.value) / Double(maximum)
                if let title = segment.title { svg.openGroup(title: title) }
                let number = TextFit.width(segment.text, size: ChartGeometry.numberSize) + 4 <= length ? segment.text : ""
                svg.boxedLabel(number, x: x, y: y + 3, width: length, height: ChartGeometry.rowHeight - 6, fill: segment.colour,
                               textClass: .number, anchor: .middle, padding: 1, textFill: segment.colour.textOn)
                if segment.title != nil { svg.closeGroup() }
                x += length
            }
            if let title = row.trailingTitle { svg.openGroup(title: title) }
            svg.boxedLabel(row.trailing, x: x + 2, y: y, width: width - x - 4, height: ChartGeometry.rowHeight, fill: nil,
                           textClass: row.emphasised ? .heading : .label, padding: 4)
            if row.trailingTitle != nil { svg.closeGroup() }
            if row.title != nil { svg.closeGroup() }
        }
        svg.closeSVG()
        return svg.string
    }

    /// Where each legend entry goes: entries run left to right and wrap to a new line at the chart's width.
    private var legendPlaces: [(x: Double, line: Int, textWidth: Double)] {
        var places: [(x: Double, line: Int, textWidth: Double)] = []
        var x = 0.0, line = 0
        for key in keys {
            let textWidth = min(TextFit.width(key.text, size: ChartGeometry.labelSize) + 8, ChartGeometry.width - 14)
            if x > 0, x + 14 + textWidth > ChartGeometry.width {
                x = 0
                line += 1
            }
            places.append((x, line, textWidth))
            x += 14 + textWidth + 14
        }
        return places
    }

    private var legendHeight: Double {
        guard let last = legendPlaces.last else { return 0 }
        return BarChart.legendLine * Double(last.line + 1) + 4
    }

    private func legend(_ svg: inout SVGWriter) {
        for (key, place) in zip(keys, legendPlaces) {
            let y = BarChart.legendLine * Double(place.line)
            svg.rect(x: place.x, y: y + 6, width: 12, height: 10, fill: key.colour)
            svg.boxedLabel(key.text, x: place.x + 14, y: y + 4, width: place.textWidth, height: 14, fill: nil, textClass: .label, padding: 2)
        }
    }
}
