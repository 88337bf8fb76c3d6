/// Body cells resolved against a registry, each distinct text once: a
/// programme repeats its body cells ("PTC" on task after task). The checks
/// read what a cell names and what it leaves over; the extracts, the
/// dashboard and the JSON export read the ids.
public struct BodyResolutionCache {
    private let resolver: BodyResolver
    private var known: [String: Known] = [:]

    /// A text's resolution, and the distinct ids it names in order of first mention.
    private struct Known {
        var resolution: BodyResolver.Resolution
        var ids: [String]
    }

    /// A cache in front of `resolver`.
    public init(_ resolver: BodyResolver) { self.resolver = resolver }

    /// What `text` names and leaves over.
    public mutating func resolution(of text: String) -> BodyResolver.Resolution { lookUp(text).resolution }

    /// The distinct body ids `cell` names (none for no cell).
    public mutating func bodyIDs(of cell: WrittenText?) -> [String] {
        guard let cell else { return [] }
        return lookUp(cell.text).ids
    }

    /// The ids of the bodies a task names, in its own cell or its indicators'.
    public mutating func bodyIDs(of task: WorkTask) -> [String] {
        var ids = bodyIDs(of: task.bodies)
        for indicator in task.indicators {
            for id in bodyIDs(of: indicator.bodies) where !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    private mutating func lookUp(_ text: String) -> Known {
        if let found = known[text] { return found }
        let resolution = resolver.resolve(text)
        let found = Known(resolution: resolution, ids: resolution.bodyIDs)
        known[text] = found
        return found
    }
}
