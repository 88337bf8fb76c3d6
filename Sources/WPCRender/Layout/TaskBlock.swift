import WPCModel

/// One indicator's band across the Responsible-body (when indicators name
/// their own bodies), Performance-indicator and Timeline columns: the three
/// are drawn as blocks of equal height so they stay side by side.
public struct IndicatorBand: Sendable, Hashable {
    public var indicator: CellLines
    public var timeline: CellLines
    public var bodies: CellLines

    /// The band's height in lines.
    public var lineCount: Int { max(indicator.count, timeline.count, bodies.count, 1) }

    /// The first `count` lines of every column, and the rest.
    func split(at count: Int, geometry: PageGeometry) -> (IndicatorBand, IndicatorBand) {
        let indicator = indicator.split(at: count, breaker: geometry.breaker(for: .indicator))
        let timeline = timeline.split(at: count, breaker: geometry.breaker(for: .timeline))
        let bodies = bodies.split(at: count, breaker: geometry.breaker(for: .bodies))
        return (IndicatorBand(indicator: indicator.0, timeline: timeline.0, bodies: bodies.0),
                IndicatorBand(indicator: indicator.1, timeline: timeline.1, bodies: bodies.1))
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
    /// The task's number ("5.3"), empty for the empty task of a topic without tasks.
    public var number: String
    /// The Tasks cell: the number, a space, then the task's text.
    public var task: CellLines
    public var plan: CellLines
    public var type: CellLines
    /// The task's bodies, when its indicators name none of their own.
    public var bodies: CellLines
    /// Whether the bodies column is drawn per indicator (inside the bands).
    public var bodiesPerIndicator: Bool
    public var bands: [IndicatorBand]
    public var progress: CellLines
    /// Whether this piece ends the task.
    public var isLastPart: Bool = true

    /// The tallest column, in lines.
    public var lineCount: Int {
        max(task.count, plan.count, type.count, bodies.count, progress.count, bands.reduce(0) { $0 + $1.lineCount }, 1)
    }

    /// The first `count` lines, and the rest (which continues the task).
    public func split(at count: Int, geometry: PageGeometry) -> (TaskBlock, TaskBlock) {
        var head = self, tail = self
        head.isLastPart = false
        tail.part = part + 1
        (head.task, tail.task) = task.split(at: count, breaker: geometry.breaker(for: .task))
        (head.plan, tail.plan) = plan.split(at: count, breaker: geometry.breaker(for: .plan))
        (head.type, tail.type) = type.split(at: count, breaker: geometry.breaker(for: .type))
        (head.bodies, tail.bodies) = bodies.split(at: count, breaker: geometry.breaker(for: .bodies))
        (head.progress, tail.progress) = progress.split(at: count, breaker: geometry.breaker(for: .progress))
        head.bands = []
        tail.bands = []
        var used = 0
        for band in bands {
            let room = count - used
            if room >= band.lineCount {
                head.bands.append(band)
            } else if room > 0 {
                let (top, bottom) = band.split(at: room, geometry: geometry)
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
    /// Breaks every cell of `layout`'s task at the widths `geometry` declares.
    public init(_ layout: TaskLayout, topicIndex: Int, taskIndex: Int, geometry: PageGeometry) {
        func cell(_ text: String?, _ column: Column) -> CellLines { CellLines(text, breaker: geometry.breaker(for: column)) }
        let task = layout.task
        self.topicIndex = topicIndex
        self.taskIndex = taskIndex
        self.part = 0
        self.number = layout.numberText
        self.task = cell(layout.numberedText, .task)
        self.plan = cell(task.plan?.text, .plan)
        self.type = cell(task.type?.text, .type)
        self.progress = cell(task.progress?.text, .progress)
        self.bodiesPerIndicator = layout.bodiesPerIndicator
        self.bodies = cell(layout.spanningBodies, .bodies)
        self.bands = (0..<layout.rowCount).map { row in
            IndicatorBand(indicator: cell(layout.indicatorText(onRow: row), .indicator), timeline: cell(layout.timeline(onRow: row), .timeline),
                          bodies: layout.bodiesPerIndicator ? cell(layout.bodiesText(onRow: row, separator: "\n"), .bodies) : .empty)
        }
    }
}
