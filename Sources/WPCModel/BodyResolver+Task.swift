extension BodyResolver {
    /// The ids of the bodies a task names, in its own cell or its indicators',
    /// each distinct cell text resolved once over the calls that share `cache`
    /// (a programme repeats its body cells: "PTC" on task after task).
    public func bodyIDs(of task: WorkTask, cache: inout [String: [String]]) -> [String] {
        var ids = task.bodies.map { resolved($0, cache: &cache) } ?? []
        for indicator in task.indicators {
            guard let cell = indicator.bodies else { continue }
            for id in resolved(cell, cache: &cache) where !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// The distinct body ids `cell` names, from `cache` when its text was resolved before.
    private func resolved(_ cell: WrittenText, cache: inout [String: [String]]) -> [String] {
        if let known = cache[cell.text] { return known }
        let ids = resolve(cell.text).bodyIDs
        cache[cell.text] = ids
        return ids
    }
}
