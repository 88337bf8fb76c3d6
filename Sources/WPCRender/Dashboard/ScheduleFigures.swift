import WPCModel

/// The numbers of the timeline: milestones per lane and quarter, years given
/// alone, recurring indicators, and the indicators with no date. With a lane
/// per topic it also keeps every mark to draw, with what it stands for.
struct ScheduleFigures: Sendable {
    /// The years and quarters; nil when nothing is dated and no period is stated.
    let axis: ScheduleAxis?
    let laneCount: Int
    /// Whether marks are kept one by one (a lane per topic) or only counted.
    let keepsMarks: Bool
    /// Month and season milestones per lane and quarter: `quarters[lane * quarterCount + quarter]`.
    private(set) var quarters: [Int]
    /// Years given alone, per lane and year: `years[lane * yearCount + year]`.
    private(set) var years: [Int]
    /// Indicators per lane and recurrence: `recurring[lane * 3 + recurrence]`.
    private(set) var recurring: [Int]
    /// The same over every lane.
    private(set) var quarterTotals: [Int]
    private(set) var yearTotals: [Int]
    private(set) var recurringTotals: [Int]
    /// Marks per lane, in the order met (lane per topic only).
    private(set) var marks: [[Mark]]
    /// Indicators with no date at all, and dated milestones outside the axis.
    private(set) var undated = Listing()
    private(set) var outside = Listing()
    /// Every indicator and every milestone counted.
    private(set) var indicatorCount = 0
    private(set) var milestoneCount = 0

    /// One mark of a lane: milestones that fall at the same place with the
    /// same label, merged, with the tasks they come from.
    struct Mark: Sendable {
        enum Kind: Sendable, Hashable {
            case month(Int)
            case season(Season)
            case year
        }

        /// The quarter (or, for a year given alone, the year) on the axis.
        var slot: Int
        /// Where in the quarter, from 0 to 1.
        var fraction: Double
        var kind: Kind
        var annotation: String?
        /// The task ("5.1") and the milestone as written ("June 2020 (for adoption)"), one per milestone merged here.
        var details: [(task: String, text: String)]
    }

    /// A list kept short: the first `limit` entries and how many there were.
    struct Listing: Sendable {
        static let limit = 40
        private(set) var entries: [(task: String, text: String)] = []
        private(set) var count = 0

        mutating func add(task: @autoclosure () -> String, text: @autoclosure () -> String) {
            count += 1
            if entries.count < Listing.limit { entries.append((task(), text())) }
        }
    }

    init(axis: ScheduleAxis?, laneCount: Int, keepsMarks: Bool) {
        self.axis = axis
        self.laneCount = laneCount
        self.keepsMarks = keepsMarks
        let quarterCount = axis?.quarterCount ?? 0, yearCount = axis?.yearCount ?? 0
        quarters = [Int](repeating: 0, count: laneCount * quarterCount)
        years = [Int](repeating: 0, count: laneCount * yearCount)
        recurring = [Int](repeating: 0, count: laneCount * 3)
        quarterTotals = [Int](repeating: 0, count: quarterCount)
        yearTotals = [Int](repeating: 0, count: yearCount)
        recurringTotals = [Int](repeating: 0, count: 3)
        marks = keepsMarks ? [[Mark]](repeating: [], count: laneCount) : []
    }

    var quarterCount: Int { axis?.quarterCount ?? 0 }
    var yearCount: Int { axis?.yearCount ?? 0 }

    /// Counts the milestones of one indicator of lane `lane`; `task` names its task ("5.3").
    mutating func add(_ indicator: Indicator, lane: Int, task: @autoclosure () -> String) {
        indicatorCount += 1
        let milestones = indicator.timeline?.milestones ?? []
        var dated = false
        var recurrences: [Bool] = [false, false, false]
        for milestone in milestones {
            let place = ScheduleAxis.place(milestone, on: axis)
            switch place {
            case .quarter(let quarter, let fraction):
                milestoneCount += 1
                dated = true
                quarters[lane * quarterCount + quarter] += 1
                quarterTotals[quarter] += 1
                if keepsMarks {
                    let kind: Mark.Kind
                    switch milestone.kind {
                    case .season(_, let season): kind = .season(season)
                    default: kind = .month(milestone.month ?? 1)
                    }
                    addMark(Mark(slot: quarter, fraction: fraction, kind: kind, annotation: milestone.annotation, details: []),
                            detail: detail(task(), milestone), lane: lane)
                }
            case .year(let year):
                milestoneCount += 1
                dated = true
                years[lane * yearCount + year] += 1
                yearTotals[year] += 1
                if keepsMarks {
                    addMark(Mark(slot: year, fraction: 0, kind: .year, annotation: milestone.annotation, details: []),
                            detail: detail(task(), milestone), lane: lane)
                }
            case .recurring(let recurrence):
                dated = true
                // An indicator counts once per recurrence, however often its cell repeats it.
                guard !recurrences[recurrence.rawValue] else { continue }
                recurrences[recurrence.rawValue] = true
                recurring[lane * 3 + recurrence.rawValue] += 1
                recurringTotals[recurrence.rawValue] += 1
            case .outside:
                milestoneCount += 1
                dated = true
                outside.add(task: task(), text: milestone.written)
            case .undated:
                continue
            }
        }
        if !dated { undated.add(task: task(), text: indicator.timeline.map { UTF8Text.trimming($0.raw.text) } ?? "") }
    }

    private func detail(_ task: String, _ milestone: Milestone) -> (task: String, text: String) {
        (task, milestone.written + (milestone.annotation.map { " (\($0))" } ?? ""))
    }

    /// Adds `mark` to its lane, merged into a mark at the same place with the same label.
    private mutating func addMark(_ mark: Mark, detail: (task: String, text: String), lane: Int) {
        if let index = marks[lane].firstIndex(where: { $0.slot == mark.slot && $0.kind == mark.kind && $0.annotation == mark.annotation }) {
            marks[lane][index].details.append(detail)
        } else {
            var mark = mark
            mark.details = [detail]
            marks[lane].append(mark)
        }
    }

    /// Month and season milestones of lane `lane` in quarter `quarter`.
    func count(lane: Int, quarter: Int) -> Int { quarters[lane * quarterCount + quarter] }
    /// Years given alone of lane `lane` in year `year` (an index on the axis).
    func count(lane: Int, year: Int) -> Int { years[lane * yearCount + year] }
    /// Indicators of lane `lane` that recur as `recurrence`.
    func count(lane: Int, recurrence: ScheduleAxis.Recurrence) -> Int { recurring[lane * 3 + recurrence.rawValue] }
}
