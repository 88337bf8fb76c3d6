import WPCViews

/// A run of topics renumbered by the same shift: old 11–31 became 12–32.
struct RenumberedRange: Hashable {
    var oldFirst: Int
    var oldLast: Int
    var newFirst: Int
    var newLast: Int
    /// The new draft's index of the run's first topic, which the summary links to.
    var firstTopic: Int?

    var count: Int { oldLast - oldFirst + 1 }

    /// The renumberings grouped into runs of consecutive numbers, in order.
    static func ranges(_ renumbered: [Renumbering], sites: [ChangeSite]) -> [RenumberedRange] {
        var ranges: [RenumberedRange] = []
        for (index, step) in renumbered.enumerated() {
            if var last = ranges.last, step.old == last.oldLast + 1, step.new == last.newLast + 1 {
                last.oldLast = step.old
                last.newLast = step.new
                ranges[ranges.count - 1] = last
            } else {
                let site = index < sites.count ? sites[index] : ChangeSite()
                ranges.append(RenumberedRange(oldFirst: step.old, oldLast: step.old, newFirst: step.new, newLast: step.new, firstTopic: site.newTopic))
            }
        }
        return ranges
    }
}
