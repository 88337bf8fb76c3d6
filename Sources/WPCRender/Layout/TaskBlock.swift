import WPCModel

/// One indicator's band across the Responsible-body (when indicators name
/// their own bodies), Performance-indicator and Timeline columns: the three
/// are drawn as blocks of equal height so they stay side by side.
public struct IndicatorBand: Sendable, Hashable {
    public var indicator: [BrokenLine]
    public var timeline: [BrokenLine]
    public var bodies: [BrokenLine]

    /// The band's height in lines.
    public var lineCount: Int { max(indicator.count, timeline.count, bodies.count, 1) }

    /// The first `count` lines of every column, and the rest.
    func split(at count: Int) -> (IndicatorBand, IndicatorBand) {
        (IndicatorBand(indicator: Array(indicator.prefix(count)), timeline: Array(timeline.prefix(count)), bodies: Array(bodies.prefix(count))),
         IndicatorBand(indicator: Array(indicator.dropFirst(count)), timeline: Array(timeline.dropFirst(count)), bodies: Array(bodies.dropFirst(count))))
    }
}

/// A task laid out for the page: every cell broken into lines at its
/// column's width. A task too tall for what is left of a page is split into
/// a head that fits and a tail that continues on the next page.
public struct TaskBlock: Sendable, Hashable {
    /// Where the task stands in the programme.
    public var topicIndex: Int
    public var taskIndex: Int
    /// Which piece of the task this is: 0 for the first, 1… for continuations.
    public var part: Int
    public var task: [BrokenLine]
    public var plan: [BrokenLine]
    public var type: [BrokenLine]
    /// The task's bodies, when its indicators name none of their own.
    public var bodies: [BrokenLine]
    /// Whether the bodies column is drawn per indicator (inside the bands).
    public var bodiesPerIndicator: Bool
    public var bands: [IndicatorBand]
    public var progress: [BrokenLine]
    /// Whether this piece ends the task.
    public var isLastPart: Bool = true

    /// The tallest column, in lines.
    public var lineCount: Int {
        max(task.count, plan.count, type.count, bodies.count, progress.count, bands.reduce(0) { $0 + $1.lineCount }, 1)
    }

    /// The first `count` lines, and the rest (which continues the task).
    public func split(at count: Int) -> (TaskBlock, TaskBlock) {
        var head = self, tail = self
        head.isLastPart = false
        tail.part = part + 1
        head.task = Array(task.prefix(count)); tail.task = Array(task.dropFirst(count))
        head.plan = Array(plan.prefix(count)); tail.plan = Array(plan.dropFirst(count))
        head.type = Array(type.prefix(count)); tail.type = Array(type.dropFirst(count))
        head.bodies = Array(bodies.prefix(count)); tail.bodies = Array(bodies.dropFirst(count))
        head.progress = Array(progress.prefix(count)); tail.progress = Array(progress.dropFirst(count))
        head.bands = []; tail.bands = []
        var used = 0
        for band in bands {
            let room = count - used
            if room >= band.lineCount {
                head.bands.append(band)
            } else if room > 0 {
                let (top, bottom) = band.split(at: room)
                head.bands.append(top)
                tail.bands.append(bottom)
            } else {
                tail.bands.append(band)
            }
            used += band.lineCount
        }
        return (head, tail)
    }
}

extension TaskBlock {
    /// Breaks every cell of `task` at the widths `geometry` declares.
    public init(task: WorkTask, topicIndex: Int, taskIndex: Int, geometry: PageGeometry) {
        func lines(_ text: String?, _ column: Column) -> [BrokenLine] {
            guard let text, !text.isEmpty else { return [] }
            return LineBreaker(style: geometry.bodyText, width: geometry.textWidth(of: column)).lines(text)
        }
        let shape = TaskShape(task)
        self.topicIndex = topicIndex
        self.taskIndex = taskIndex
        self.part = 0
        self.task = lines(task.text.text, .task)
        self.plan = lines(task.plan?.text, .plan)
        self.type = lines(task.type?.text, .type)
        self.progress = lines(task.progress?.text, .progress)
        self.bodiesPerIndicator = shape.bodiesPerIndicator
        self.bodies = shape.bodiesPerIndicator ? [] : lines(task.bodies?.text, .bodies)
        self.bands = shape.rows.map { row in
            IndicatorBand(indicator: lines(row.indicator, .indicator), timeline: lines(row.timeline, .timeline),
                          bodies: shape.bodiesPerIndicator ? lines(row.bodies, .bodies) : [])
        }
    }
}
