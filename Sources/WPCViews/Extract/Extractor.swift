import WPCModel

/// Slices a programme: keeps the tasks that pass a filter under their
/// original topic and task numbers (each kept topic records where it and its
/// tasks stood: `Topic.originalPlace`), drops topics left with no task, keeps
/// the legend, task types and footnotes, and says in the title what was
/// extracted, in the words of its labels.
public struct Extractor: Sendable {
    private let registry: BodyRegistry
    private let resolver: BodyResolver
    private let labels: Labels

    /// An extractor resolving bodies with `registry` and titling extracts in `labels`' words.
    public init(registry: BodyRegistry, labels: Labels) {
        self.registry = registry
        self.resolver = BodyResolver(registry: registry)
        self.labels = labels
    }

    /// The extract of `programme` that `filter` describes.
    public func extract(_ programme: Programme, _ filter: ProgrammeFilter) -> Programme {
        var result = programme
        result.topics = programme.topics.enumerated().compactMap { topicIndex, topic in
            let kept = topic.tasks.indices.filter { matches(topic.tasks[$0], filter, in: programme) }
            return kept.isEmpty ? nil : Extractor.keep(kept, of: topic, at: topicIndex)
        }
        let description = describe(filter, in: programme)
        if !description.isEmpty { result.title = title(programme, description) }
        return result
    }

    /// `topic` (at `topicIndex`) with only the tasks at `taskIndices`, remembering where they stood.
    private static func keep(_ taskIndices: [Int], of topic: Topic, at topicIndex: Int) -> Topic {
        var kept = topic
        kept.tasks = taskIndices.map { topic.tasks[$0] }
        let earlier = topic.originalPlace
        kept.originalPlace = OriginalPlace(topicIndex: earlier?.topicIndex ?? topicIndex,
                                           taskIndices: taskIndices.map { earlier?.taskIndices[$0] ?? $0 })
        return kept
    }

    /// The extract's title: the programme's, then what was extracted.
    private func title(_ programme: Programme, _ selection: String) -> WrittenText {
        WrittenText(labels.text(.extractTitle, ["title": programme.title.text, "selection": selection]), origin: programme.title.origin)
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
        var resolutions = BodyResolutionCache(resolver)
        for (topicIndex, topic) in programme.topics.enumerated() {
            for (taskIndex, task) in topic.tasks.enumerated() where matches(task, rest, in: programme) {
                let ids = resolutions.bodyIDs(of: task)
                if ids.isEmpty, wanted.isEmpty { withoutBody.append((topicIndex, taskIndex)) }
                for id in ids {
                    let key = id.lowercased()
                    if tasksOf[key]?.last.map({ $0 == (topicIndex, taskIndex) }) == true { continue }
                    tasksOf[key, default: []].append((topicIndex, taskIndex))
                }
            }
        }
        func extract(_ places: [(topic: Int, task: Int)], title selection: String) -> Programme {
            var result = programme
            result.topics = []
            var index = 0
            while index < places.count {
                let topicIndex = places[index].topic
                var taskIndices: [Int] = []
                while index < places.count, places[index].topic == topicIndex {
                    taskIndices.append(places[index].task)
                    index += 1
                }
                result.topics.append(Extractor.keep(taskIndices, of: programme.topics[topicIndex], at: topicIndex))
            }
            result.title = title(programme, selection)
            return result
        }
        var bodies: [(ResponsibleBody, Programme)] = []
        for body in registry.bodies where wanted.isEmpty || wanted.contains(body.id.lowercased()) {
            guard let places = tasksOf[body.id.lowercased()], !places.isEmpty else { continue }
            var bodyFilter = filter
            bodyFilter.bodyIDs = [body.id]
            bodies.append((body, extract(places, title: describe(bodyFilter, in: programme))))
        }
        return (bodies, extract(withoutBody, title: labels[.extractNoBody]))
    }

    /// The ids of the bodies a task names, in its own cell or its indicators'.
    public func bodyIDs(of task: WorkTask) -> [String] {
        var bodies = BodyResolutionCache(resolver)
        return bodies.bodyIDs(of: task)
    }

    /// The tasks that name no body of the registry, as an extract (topics keep their numbers).
    public func extractWithoutBody(_ programme: Programme, _ filter: ProgrammeFilter) -> Programme {
        var result = programme
        var rest = filter
        rest.bodyIDs = []
        result.topics = programme.topics.enumerated().compactMap { topicIndex, topic in
            let kept = topic.tasks.indices.filter { bodyIDs(of: topic.tasks[$0]).isEmpty && matches(topic.tasks[$0], rest, in: programme) }
            return kept.isEmpty ? nil : Extractor.keep(kept, of: topic, at: topicIndex)
        }
        result.title = title(programme, labels[.extractNoBody])
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
    /// several values are listed with "or". In the labels' words.
    public func describe(_ filter: ProgrammeFilter, in programme: Programme) -> String {
        var parts: [String] = []
        if !filter.bodyIDs.isEmpty {
            let names = filter.bodyIDs.map { id in registry.body(id: id).map { labels.text(.extractBody, ["name": $0.displayName]) } ?? id }
            parts.append(labels.text(.extractBodies, ["bodies": alternatives(names)]))
        }
        if !filter.codes.isEmpty { parts.append(labels.text(.extractCodes, ["codes": alternatives(filter.codes)])) }
        if !filter.types.isEmpty {
            let types = filter.types.map { type in
                let name = programme.taskTypes.first { $0.code.caseInsensitiveCompare(type) == .orderedSame }?.name
                return "\(type)\(name.map { " (\($0))" } ?? "")"
            }
            parts.append(labels.text(.extractTypes, ["types": alternatives(types)]))
        }
        if let due = filter.due {
            parts.append(labels.text(filter.includeOngoing ? .extractDueOrOngoing : .extractDue, ["due": due.description]))
        }
        if parts.isEmpty { return "" }
        if filter.bodyIDs.isEmpty { parts[0] = labels.text(.extractTasksWith, ["selection": parts[0]]) }
        return parts.joined(separator: ", ")
    }

    /// "A", "A or B", "A, B or C" (the labels' word for "or").
    private func alternatives(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " " + labels[.extractOr] + " " + last
    }
}
