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

    /// One extract per body of the registry that has at least one task
    /// passing `filter` (its body ignored), in the registry's order, and the
    /// extract of the tasks that name no body. Each task's bodies are
    /// resolved once for all the extracts, not once per body.
    public func extractsPerBody(_ programme: Programme, _ filter: ProgrammeFilter) -> (bodies: [(ResponsibleBody, Programme)], withoutBody: Programme) {
        var rest = filter
        rest.bodyID = nil
        // One pass: where each body's tasks stand (ids compared in any case), in document order.
        var tasksOf: [String: [(topic: Int, task: Int)]] = [:]
        var withoutBody: [(topic: Int, task: Int)] = []
        for (topicIndex, topic) in programme.topics.enumerated() {
            for (taskIndex, task) in topic.tasks.enumerated() where matches(task, rest, in: programme) {
                let ids = bodyIDs(of: task)
                if ids.isEmpty { withoutBody.append((topicIndex, taskIndex)) }
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
        for body in registry.bodies {
            guard let places = tasksOf[body.id.lowercased()], !places.isEmpty else { continue }
            var bodyFilter = filter
            bodyFilter.bodyID = body.id
            bodies.append((body, extract(places, title: describe(bodyFilter, in: programme))))
        }
        return (bodies, extract(withoutBody, title: "tasks with no responsible body"))
    }

    /// The ids of the bodies a task names, in its own cell or its indicators'.
    public func bodyIDs(of task: WorkTask) -> [String] {
        let cells = [task.bodies] + task.indicators.map(\.bodies)
        var seen = Set<String>()
        return cells.compactMap { $0 }.flatMap { resolver.resolve($0.text).bodyIDs }.filter { seen.insert($0).inserted }
    }

    /// The tasks that name no body of the registry, as an extract (topics keep their numbers).
    public func extractWithoutBody(_ programme: Programme, _ filter: ProgrammeFilter) -> Programme {
        var result = programme
        var rest = filter
        rest.bodyID = nil
        result.topics = programme.topics.compactMap { topic in
            var kept = topic
            kept.tasks = topic.tasks.filter { bodyIDs(of: $0).isEmpty && matches($0, rest, in: programme) }
            return kept.tasks.isEmpty ? nil : kept
        }
        result.title = WrittenText("\(programme.title.text) — tasks with no responsible body", origin: programme.title.origin)
        return result
    }

    /// Whether `task` passes every condition of `filter`.
    public func matches(_ task: WorkTask, _ filter: ProgrammeFilter, in programme: Programme) -> Bool {
        if let bodyID = filter.bodyID, !bodyIDs(of: task).contains(where: { $0.caseInsensitiveCompare(bodyID) == .orderedSame }) {
            return false
        }
        if let code = filter.code, !task.planCodes.contains(where: { $0.code.caseInsensitiveCompare(code) == .orderedSame }) {
            return false
        }
        if let type = filter.type, !typeMatches(task.type?.text, type, programme.taskTypes) { return false }
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

    /// "tasks of the Information Management Sub-Committee (IMSC), plan code SP7".
    public func describe(_ filter: ProgrammeFilter, in programme: Programme) -> String {
        var parts: [String] = []
        if let id = filter.bodyID {
            let name = registry.body(id: id).map { "the \($0.displayName)" } ?? id
            parts.append("tasks of \(name)")
        }
        if let code = filter.code { parts.append("plan code \(code)") }
        if let type = filter.type {
            let name = programme.taskTypes.first { $0.code.caseInsensitiveCompare(type) == .orderedSame }?.name
            parts.append("type \(type)\(name.map { " (\($0))" } ?? "")")
        }
        if let due = filter.due { parts.append("due \(due)\(filter.includeOngoing ? " or ongoing" : "")") }
        if parts.isEmpty { return "" }
        if filter.bodyID == nil { parts[0] = "tasks with " + parts[0] }
        return parts.joined(separator: ", ")
    }
}
