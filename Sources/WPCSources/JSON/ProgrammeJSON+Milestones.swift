import WPCModel

extension ProgrammeJSON {
    /// A milestone as `{"kind", "written", "annotation", …}` with `year`,
    /// `month` (1–12) or `season` added when the kind has them.
    static func value(of milestone: Milestone) -> JSONValue {
        var members: [String: JSONValue] = [
            "kind": .string(kindName(milestone.kind)),
            "written": .string(milestone.written),
            "annotation": .optional(milestone.annotation),
        ]
        switch milestone.kind {
        case .month(let year, let month):
            members["year"] = .int(year)
            members["month"] = .int(month)
        case .season(let year, let season):
            members["year"] = .int(year)
            members["season"] = .string(season.rawValue)
        case .year(let year):
            members["year"] = .int(year)
        case .ongoing, .periodically, .annually, .toBeDetermined, .unrecognized:
            break
        }
        return .object(members)
    }

    /// The JSON name of a milestone kind.
    static func kindName(_ kind: Milestone.Kind) -> String {
        switch kind {
        case .month: "month"
        case .season: "season"
        case .year: "year"
        case .ongoing: "ongoing"
        case .periodically: "periodically"
        case .annually: "annually"
        case .toBeDetermined: "toBeDetermined"
        case .unrecognized: "unrecognized"
        }
    }
}
