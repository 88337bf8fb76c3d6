import WPCModel

/// Draws the workload: a bar per responsible body, its tasks split by type
/// (the document's types, then other types, then none), most tasks first,
/// with the count of each part written.
struct WorkloadChart {
    let figures: DashboardFigures
    let words: DashboardWords

    /// The segments' names ("M", "Other type") and colours.
    private func segmentNames(_ workload: WorkloadFigures) -> [(code: String, name: String, colour: Colour)] {
        var names = workload.types.enumerated().map { index, type in
            (type.code, type.name, Colour.types[index % Colour.types.count])
        }
        names.append((words[.otherType], words[.otherType], .grey))
        names.append((words[.noType], words[.noType], .lightGrey))
        return names
    }

    /// The chart, as SVG blocks.
    func draw() -> [String] {
        guard let workload = figures.workload else { return [] }
        let names = segmentNames(workload)
        let rows = workload.rows.map { row -> BarChart.Row in
            let lane = row.body?.id ?? words[.noBodyRow]
            let label = row.body.map { $0.name == $0.id ? $0.id : "\($0.id) · \($0.name)" } ?? words[.noBodyRow]
            let segments = zip(row.segments, names).map { count, name in
                BarChart.Segment(value: count, text: words.number(count), colour: name.colour,
                                 title: words.fill(.segmentCell, what: words.tasks(count), code: name.code, lane: lane))
            }
            let parts = zip(row.segments, names).filter { $0.0 > 0 }.map { "\($0.1.code) \(words.number($0.0))" }
            return BarChart.Row(label: label, segments: segments, trailing: ([words.number(row.total)] + parts).joined(separator: " · "),
                                trailingTitle: words.fill(.bodyTotal, what: words.tasks(row.total), lane: lane), emphasised: row.body == nil)
        }
        let keys = names.enumerated().compactMap { index, name -> BarChart.Key? in
            guard workload.rows.contains(where: { $0.segments[index] > 0 }) || index < workload.types.count else { return nil }
            return BarChart.Key(colour: name.colour, text: index < workload.types.count ? words.fill(.typeLegend, what: name.name, code: name.code) : name.name)
        }
        return BarChart(rows: rows, keys: keys, name: words[.workloadHeading], className: "chart workload").draw()
    }

    /// What is said under the chart.
    var notes: [String] {
        figures.workload == nil ? [words[.noRegistryNote]] : []
    }
}
