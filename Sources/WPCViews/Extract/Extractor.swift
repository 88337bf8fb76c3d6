import WPCModel

/// Slices a programme: keeps the tasks that pass a filter under their
/// original topic numbers, drops topics left with no task, keeps the legend,
/// task types and footnotes, and says in the title what was extracted.
public struct Extractor: Sendable {
    private let registry: BodyRegistry
    private let resolver: BodyResolver

    public init(registry: BodyRegistry) {
        self.registry = registry
        self.resolver = BodyResolver(registry: registry)
    }

    /// The extract of `programme` that `filter` describes.
    public func extract(_ programme: Programme, _ filter: ProgrammeFilter) -> Programme {
        var result = programme
        result.topics = programme.topics.compactMap { topic in
            var kept = topic
            kept.tasks = topic.tasks.filter { matches($0, filter, in: programme) }
            return kept.tasks.isEmpty ? nil : kept
        }
        let description = describe(filter, in: programme)
        if !description.isEmpty {
            result.title = WrittenText("\(programme.title.text) — \(description)", origin: programme.title.origin)
        }
        return result
    }

    /// One extract per body of the registry (of the filter's bodies, when it
    /// names some) that has at least one task passing the rest of `filter`,
    /// in the registry's order, and the extract of the tasks that name no
    /// body (empty when the filter names bodies). Each task's bodies are
    /// resolved once for all the extracts, not once per body.
    public func extractsPerBody(_ programme: Programme, _ filter: ProgrammeFilter) -> (bodies: [(ResponsibleBody, Programme)], withoutBody: Programme) {
        var rest = filter
        rest.bodyIDs = []
        let wanted = Set(filter.bodyIDs.map { $0.lowercased() })
        // One pass: where each body's tasks stand (ids compared in any case), in document order.
        var tasksOf: [String: [(topic: Int, task: Int)]] = [:]
        var withoutBody: [(topic: Int, task: Int)] = []
        var cache: [String: [String]] = [:]
        for (topicIndex, topic) in programme.topics.enumerated() {
            for (taskIndex, task) in topic.tasks.enumerated() where matches(task, rest, in: programme) {
                let ids = bodyIDs(of: task, cache: &cache)
                if ids.isEmpty, wanted.isEmpty { withoutBody.append((topicIndex, taskIndex)) }
                for id in ids {
                    let key = id.lowercased()
                    if tasksOf[key]?.last.map({ $0 == (topicIndex, taskIndex) }) == true { continue }
                    tasksOf[key, default: []].append((topicIndex, taskIndex))
                }
            }
        }
        func extract(_ places: [(topic: Int, task: Int)], title: String) -> Programme {
            var result = programme
            result.topics = []
            var index = 0
            while index < places.count {
                let topicIndex = places[index].topic
                var topic = programme.topics[topicIndex]
                topic.tasks = []
                while index < places.count, places[index].topic == topicIndex {
                    topic.tasks.append(programme.topics[topicIndex].tasks[places[index].task])
                    index += 1
                }
                result.topics.append(topic)
            }
            result.title = WrittenText("\(programme.title.text) — \(title)", origin: programme.title.origin)
            return result
        }
        var bodies: [(ResponsibleBody, Programme)] = []
        for body in registry.bodies where wanted.isEmpty || wanted.contains(body.id.lowercased()) {
            guard let places = tasksOf[body.id.lowercased()], !places.isEmpty else { continue }
            var bodyFilter = filter
            bodyFilter.bodyIDs = [body.id]
            bodies.append((body, extract(places, title: describe(bodyFilter, in: programme))))
        }
        return (bodies, extract(withoutBody, title: "tasks with no responsible body"))
    }

    /// The ids of the bodies a task names, in its own cell or its indicators'.
    public func bodyIDs(of task: WorkTask) -> [String] {
        var cache: [String: [String]] = [:]
        return bodyIDs(of: task, cache: &cache)
    }

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
        let ids = resolver.resolve(cell.text).bodyIDs
        cache[cell.text] = ids
        return ids
    }

    /// The tasks that name no body of the registry, as an extract (topics keep their numbers).
    public func extractWithoutBody(_ programme: Programme, _ filter: ProgrammeFilter) -> Programme {
        var result = programme
        var rest = filter
        rest.bodyIDs = []
        result.topics = programme.topics.compactMap { topic in
            var kept = topic
            kept.tasks = topic.tasks.filter { bodyIDs(of: $0).isEmpty && matches($0, rest, in: programme) }
            return kept.tasks.isEmpty ? nil : kept
        }
        result.title = WrittenText("\(programme.title.text) — tasks with no responsible body", origin: programme.title.origin)
        return result
    }

    /// Whether `task` passes every condition of `filter` (one of the values of each).
    public func matches(_ task: WorkTask, _ filter: ProgrammeFilter, in programme: Programme) -> Bool {
        if !filter.bodyIDs.isEmpty {
            let named = bodyIDs(of: task)
            guard filter.bodyIDs.contains(where: { wanted in named.contains { $0.caseInsensitiveCompare(wanted) == .orderedSame } }) else { return false }
        }
        if !filter.codes.isEmpty {
            let codes = task.planCodes
            guard filter.codes.contains(where: { wanted in codes.contains { $0.code.caseInsensitiveCompare(wanted) == .orderedSame } }) else { return false }
        }
        if !filter.types.isEmpty, !filter.types.contains(where: { typeMatches(task.type?.text, $0, programme.taskTypes) }) { return false }
        if let due = filter.due, !isDue(task, due, includeOngoing: filter.includeOngoing) { return false }
        return true
    }

    private func typeMatches(_ written: String?, _ wanted: String, _ types: [TaskType]) -> Bool {
        guard let written = written?.lowercased() else { return false }
        let wanted = wanted.lowercased()
        if written == wanted { return true }
        // "A" matches "Advanced" and the other way round, through the document's definitions.
        return types.contains { type in
            let spellings = [type.code.lowercased(), type.name.lowercased()]
            return spellings.contains(written) && spellings.contains(wanted)
        }
    }

    private func isDue(_ task: WorkTask, _ due: ProgrammeFilter.Due, includeOngoing: Bool) -> Bool {
        task.indicators.compactMap(\.timeline).flatMap(\.milestones).contains { milestone in
            switch milestone.kind {
            case .ongoing, .periodically, .annually:
                return includeOngoing
            default:
                guard milestone.year == due.year else { return false }
                guard let month = due.month else { return true }
                return milestone.month == month
            }
        }
    }

    /// "tasks of the Information Management Sub-Committee (IMSC), plan code SP7";
    /// several values are listed with "or".
    public func describe(_ filter: ProgrammeFilter, in programme: Programme) -> String {
        var parts: [String] = []
        if !filter.bodyIDs.isEmpty {
            let names = filter.bodyIDs.map { id in registry.body(id: id).map { "the \($0.displayName)" } ?? id }
            parts.append("tasks of \(Extractor.alternatives(names))")
        }
        if !filter.codes.isEmpty { parts.append("plan code \(Extractor.alternatives(filter.codes))") }
        if !filter.types.isEmpty {
            let types = filter.types.map { type in
                let name = programme.taskTypes.first { $0.code.caseInsensitiveCompare(type) == .orderedSame }?.name
                return "\(type)\(name.map { " (\($0))" } ?? "")"
            }
            parts.append("type \(Extractor.alternatives(types))")
        }
        if let due = filter.due { parts.append("due \(due)\(filter.includeOngoing ? " or ongoing" : "")") }
        if parts.isEmpty { return "" }
        if filter.bodyIDs.isEmpty { parts[0] = "tasks with " + parts[0] }
        return parts.joined(separator: ", ")
    }

    /// "A", "A or B", "A, B or C".
    private static func alternatives(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + last
    }
}
