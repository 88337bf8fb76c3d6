import WPCModel

/// The numbers of the coverage matrix: for each lane (a topic or a band of
/// topics) and each code of the legend, how many tasks cite the code.
struct CoverageFigures: Sendable {
    /// The legend's codes, in its order (a code listed twice, once).
    let codes: [LegendEntry]
    /// Tasks citing each code, lane by lane: `cells[lane * codes.count + code]`.
    private(set) var cells: [Int]
    /// Tasks per lane.
    private(set) var laneTasks: [Int]
    /// Tasks per lane that cite no code at all.
    private(set) var laneWithoutCode: [Int]
    /// Tasks citing each code, over the whole programme.
    private(set) var codeTotals: [Int]
    /// Every task, and the tasks that cite no code.
    private(set) var taskCount = 0
    private(set) var withoutCodeCount = 0
    /// The column of each legend position (a duplicate entry maps to the first).
    private let column: [Int]

    init(legend: Legend, laneCount: Int) {
        var codes: [LegendEntry] = []
        var seen: [String: Int] = [:]
        var column: [Int] = []
        for entry in legend.entries {
            if let first = seen[entry.code] {
                column.append(first)
            } else {
                seen[entry.code] = codes.count
                column.append(codes.count)
                codes.append(entry)
            }
        }
        self.codes = codes
        self.column = column
        cells = [Int](repeating: 0, count: laneCount * codes.count)
        laneTasks = [Int](repeating: 0, count: laneCount)
        laneWithoutCode = [Int](repeating: 0, count: laneCount)
        codeTotals = [Int](repeating: 0, count: codes.count)
    }

    /// The distinct columns of the legend codes among `scanned`, in the order written.
    func columns(of scanned: [ScannedPlanCode]) -> [Int] {
        var columns: [Int] = []
        for code in scanned {
            guard let position = code.legendPosition, position < column.count else { continue }
            if !columns.contains(column[position]) { columns.append(column[position]) }
        }
        return columns
    }

    /// Counts one task of lane `lane` citing the codes in `columns` (see
    /// `columns(of:)`); `hasCode` is false when its plan cell holds no code at all.
    mutating func add(columns: [Int], hasCode: Bool, lane: Int) {
        taskCount += 1
        laneTasks[lane] += 1
        if !hasCode {
            withoutCodeCount += 1
            laneWithoutCode[lane] += 1
        }
        for index in columns {
            cells[lane * codes.count + index] += 1
            codeTotals[index] += 1
        }
    }

    /// Tasks of lane `lane` citing code `code` (a column index).
    func count(lane: Int, code: Int) -> Int { cells[lane * codes.count + code] }

    /// The codes no task cites.
    var uncited: [LegendEntry] { zip(codes, codeTotals).filter { $0.1 == 0 }.map(\.0) }
}
