import WPCModel

extension ProgrammeJSON {
    /// A milestone as `{"annotation", "kind", …, "written"}` with `year`,
    /// `month` (1–12) or `season` added when the kind has them.
    static func write(_ milestone: Milestone, to out: inout JSONWriter) {
        out.openObject()
        out.member("annotation", milestone.annotation)
        out.member("kind", kindName(milestone.kind))
        switch milestone.kind {
        case .month(let year, let month):
            out.member("month", month)
            out.member("written", milestone.written)
            out.member("year", year)
        case .season(let year, let season):
            out.member("season", season.rawValue)
            out.member("written", milestone.written)
            out.member("year", year)
        case .year(let year):
            out.member("written", milestone.written)
            out.member("year", year)
        case .ongoing, .periodically, .annually, .toBeDetermined, .unrecognized:
            out.member("written", milestone.written)
        }
        out.closeObject()
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
