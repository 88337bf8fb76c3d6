import WPCModel

/// The years and quarters the timeline runs over, and where a milestone
/// falls on them.
///
/// The axis is the programme's period; a programme that states none runs
/// over the years its timelines name (at most `maximumYears` from the first).
/// A month falls in its quarter; a season in the quarter holding most of it
/// (spring: Q2, summer: Q3, autumn: Q4, winter: Q1 of the year written); a
/// year given alone spans its year and is counted apart from the quarters.
struct ScheduleAxis: Sendable, Hashable {
    /// The first and last year, inclusive.
    let firstYear: Int
    let lastYear: Int
    /// Whether the years came from the programme's stated period.
    let isStated: Bool

    /// A programme with no stated period gets at most this many years on its axis.
    static let maximumYears = 12
    /// A stated period longer than this is cut to it (a slip such as "2019-2919" must not draw 900 years).
    static let maximumStatedYears = 25

    /// The axis of `programme`, or nil when it states no period and names no year.
    init?(_ programme: Programme) {
        if let period = programme.period, period.firstYear <= period.lastYear {
            firstYear = period.firstYear
            lastYear = min(period.lastYear, period.firstYear + ScheduleAxis.maximumStatedYears - 1)
            isStated = true
            return
        }
        var lowest = Int.max, highest = Int.min
        for topic in programme.topics {
            for task in topic.tasks {
                for indicator in task.indicators {
                    for milestone in indicator.timeline?.milestones ?? [] {
                        guard let year = milestone.year else { continue }
                        lowest = min(lowest, year)
                        highest = max(highest, year)
                    }
                }
            }
        }
        guard lowest <= highest else { return nil }
        firstYear = lowest
        lastYear = min(highest, lowest + ScheduleAxis.maximumYears - 1)
        isStated = false
    }

    init(firstYear: Int, lastYear: Int, isStated: Bool = true) {
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.isStated = isStated
    }

    /// How many years the axis shows.
    var yearCount: Int { lastYear - firstYear + 1 }
    /// How many quarters the axis shows.
    var quarterCount: Int { yearCount * 4 }

    /// Where a milestone falls.
    enum Place: Sendable, Hashable {
        /// In quarter `index` of the axis (0 = Q1 of the first year), at `fraction` of its width.
        case quarter(index: Int, fraction: Double)
        /// Across year `index` of the axis (a year given alone).
        case year(index: Int)
        /// Across the whole axis: Ongoing, Periodically, Annually.
        case recurring(Recurrence)
        /// Dated, but outside the axis.
        case outside
        /// No date: "To be determined", words the parser could not read.
        case undated
    }

    /// What runs across the whole period.
    enum Recurrence: Int, Sendable, Hashable, CaseIterable {
        case ongoing, periodically, annually
    }

    /// Where `milestone` falls on `axis`; with no axis, every date is outside it.
    static func place(_ milestone: Milestone, on axis: ScheduleAxis?) -> Place {
        if let axis { return axis.place(milestone) }
        switch milestone.kind {
        case .month, .season, .year: return .outside
        case .ongoing: return .recurring(.ongoing)
        case .periodically: return .recurring(.periodically)
        case .annually: return .recurring(.annually)
        case .toBeDetermined, .unrecognized: return .undated
        }
    }

    /// Where `milestone` falls on this axis.
    func place(_ milestone: Milestone) -> Place {
        switch milestone.kind {
        case .month(let year, let month):
            guard (1...12).contains(month), let yearIndex = index(of: year) else { return .outside }
            let quarter = (month - 1) / 3
            return .quarter(index: yearIndex * 4 + quarter, fraction: (Double((month - 1) % 3) + 0.5) / 3)
        case .season(let year, let season):
            guard let yearIndex = index(of: year) else { return .outside }
            return .quarter(index: yearIndex * 4 + ScheduleAxis.quarter(of: season), fraction: 0.5)
        case .year(let year):
            guard let yearIndex = index(of: year) else { return .outside }
            return .year(index: yearIndex)
        case .ongoing: return .recurring(.ongoing)
        case .periodically: return .recurring(.periodically)
        case .annually: return .recurring(.annually)
        case .toBeDetermined, .unrecognized: return .undated
        }
    }

    /// The quarter (0–3) a season falls in.
    static func quarter(of season: Season) -> Int {
        switch season {
        case .winter: 0
        case .spring: 1
        case .summer: 2
        case .autumn: 3
        }
    }

    /// The position of `year` on the axis, if it is on it.
    func index(of year: Int) -> Int? {
        year >= firstYear && year <= lastYear ? year - firstYear : nil
    }
}
