extension BodyResolver {
    /// The ids of the bodies a task names, in its own cell or its indicators',
    /// each distinct cell text resolved once over the calls that share `cache`
    /// (a programme repeats its body cells: "PTC" on task after task).
    public func bodyIDs(of task: WorkTask, cache: inout [String: [String]]) -> [String] {
        var ids = bodyIDs(of: task.bodies, cache: &cache)
        for indicator in task.indicators {
            for id in bodyIDs(of: indicator.bodies, cache: &cache) where !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// The distinct body ids `cell` names (none for no cell), from `cache`
    /// when its text was resolved before.
    public func bodyIDs(of cell: WrittenText?, cache: inout [String: [String]]) -> [String] {
        guard let cell else { return [] }
        if let known = cache[cell.text] { return known }
        let ids = resolve(cell.text).bodyIDs
        cache[cell.text] = ids
        return ids
    }
}

/// Resolutions of body cells, each distinct text resolved once: a
/// programme repeats its body cells ("PTC" on task after task).
public struct BodyResolutionCache {
    private let resolver: BodyResolver
    private var known: [String: BodyResolver.Resolution] = [:]

    /// A cache in front of `resolver`.
    public init(_ resolver: BodyResolver) { self.resolver = resolver }

    /// What `text` names, resolved once per distinct text.
    public mutating func resolution(of text: String) -> BodyResolver.Resolution {
        if let resolution = known[text] { return resolution }
        let resolution = resolver.resolve(text)
        known[text] = resolution
        return resolution
    }
}
