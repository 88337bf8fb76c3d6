import WPCModel
import WPCViews

/// Which values of an extract's filter match no task of the programme, said
/// as warnings with the nearest names that do match (bodies, codes, types)
/// or the years the timelines cover.
struct FilterMatches {
    var programme: Programme
    var registry: BodyRegistry?
    var extractor: Extractor

    /// One warning line per value that matches nothing.
    func unmatched(_ filter: ProgrammeFilter, bodyNames: [String]) -> [String] {
        let tasks = programme.topics.flatMap(\.tasks)
        var warnings: [String] = []
        func warn(_ message: String) { warnings.append(CommandFailure.line(message, severity: "warning")) }

        if !filter.bodyIDs.isEmpty {
            var named: [String] = []
            var seen = Set<String>()
            for task in tasks { for id in extractor.bodyIDs(of: task) where seen.insert(id.lowercased()).inserted { named.append(id) } }
            for (index, id) in filter.bodyIDs.enumerated() {
                let typed = index < bodyNames.count ? bodyNames[index] : id
                if let registry, let body = registry.body(id: id) {
                    guard !seen.contains(id.lowercased()) else { continue }
                    let withTasks = named.compactMap { registry.body(id: $0) }
                    let nearest = NearestNames.to(body.name, among: withTasks.map(\.name))
                        .compactMap { name in withTasks.first { $0.name == name } }
                    warn("--body \(typed) matches no task: no task names the \(body.displayName)"
                        + (nearest.isEmpty ? "" : "; bodies with tasks nearest to it: \(ExtractJob.names(nearest))"))
                } else {
                    let nearest = registry?.nearest(to: typed) ?? []
                    warn("no responsible body is called '\(typed)'; nearest known: \(ExtractJob.names(nearest))")
                }
            }
        }
        if !filter.codes.isEmpty {
            let inUse = ordered(tasks.flatMap { $0.planCodes.map(\.code) })
            let lowered = Set(inUse.map { $0.lowercased() })
            for code in filter.codes where !lowered.contains(code.lowercased()) {
                let nearest = NearestNames.to(code, among: programme.legend.entries.map(\.code).filter { lowered.contains($0.lowercased()) } + inUse)
                warn("--code \(code) matches no task" + (nearest.isEmpty ? "" : "; codes in use nearest to it: \(nearest.joined(separator: ", "))"))
            }
        }
        for type in filter.types where !tasks.contains(where: { extractor.matches($0, ProgrammeFilter(type: type), in: programme) }) {
            let inUse = ordered(tasks.compactMap { $0.type?.text })
            let nearest = NearestNames.to(type, among: inUse + programme.taskTypes.flatMap { [$0.code, $0.name] }.filter(inUse.contains))
            warn("--type \(type) matches no task" + (nearest.isEmpty ? "" : "; types in use: \(nearest.joined(separator: ", "))"))
        }
        if let due = filter.due, !tasks.contains(where: { extractor.matches($0, ProgrammeFilter(due: due, includeOngoing: filter.includeOngoing), in: programme) }) {
            let years = tasks.flatMap { $0.indicators.compactMap(\.timeline).flatMap(\.years) }
            if let first = years.min(), let last = years.max() {
                warn("--due \(due) matches no task; the timelines run from \(first) to \(last)")
            } else {
                warn("--due \(due) matches no task; no timeline names a year")
            }
        }
        return warnings
    }

    /// `items` without repeats, in first-seen order.
    private func ordered(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
