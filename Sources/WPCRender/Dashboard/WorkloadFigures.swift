import WPCModel

/// The numbers of the workload chart: for each responsible body of the
/// registry, its tasks by type (the document's types in their order, then
/// tasks of a type the document does not define, then tasks with none).
struct WorkloadFigures: Sendable {
    /// The registry's bodies, in its order.
    let bodies: [ResponsibleBody]
    /// The document's task types, in its order.
    let types: [TaskType]
    /// Segments per row: one per type, then "other type", then "no type".
    var segmentCount: Int { types.count + 2 }
    /// Tasks per body and segment: `counts[body * segmentCount + segment]`.
    private(set) var counts: [Int]
    /// Tasks naming no body, per segment.
    private(set) var withoutBody: [Int]
    /// The position of each body id in `bodies`.
    private let position: [String: Int]

    init(registry: BodyRegistry, types: [TaskType]) {
        bodies = registry.bodies
        self.types = types
        counts = [Int](repeating: 0, count: registry.bodies.count * (types.count + 2))
        withoutBody = [Int](repeating: 0, count: types.count + 2)
        var position: [String: Int] = [:]
        for (index, body) in registry.bodies.enumerated() where position[body.id] == nil { position[body.id] = index }
        self.position = position
    }

    /// The segment of a task's Type cell.
    func segment(ofType written: WrittenText?) -> Int {
        guard let written, !written.isBlank else { return types.count + 1 }
        return types.position(ofWritten: written.text) ?? types.count
    }

    /// Counts one task: `bodyIDs` are the distinct bodies it names, `segment` its type's.
    mutating func add(bodyIDs: [String], segment: Int) {
        var counted = 0
        for id in bodyIDs {
            guard let body = position[id] else { continue }
            counts[body * segmentCount + segment] += 1
            counted += 1
        }
        if counted == 0 { withoutBody[segment] += 1 }
    }

    /// One row of the chart.
    struct Row: Sendable {
        /// The body, or nil for the tasks that name none.
        var body: ResponsibleBody?
        var segments: [Int]
        var total: Int { segments.reduce(0, +) }
    }

    /// The bodies with at least one task, most tasks first (ties in registry
    /// order), then the tasks naming no body, if any.
    var rows: [Row] {
        var rows: [(Row, Int)] = []
        for (index, body) in bodies.enumerated() {
            let segments = Array(counts[index * segmentCount..<(index + 1) * segmentCount])
            let row = Row(body: body, segments: segments)
            if row.total > 0 { rows.append((row, index)) }
        }
        rows.sort { $0.0.total != $1.0.total ? $0.0.total > $1.0.total : $0.1 < $1.1 }
        let orphans = Row(body: nil, segments: withoutBody)
        return rows.map(\.0) + (orphans.total > 0 ? [orphans] : [])
    }
}
