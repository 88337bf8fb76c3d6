import WPCModel

/// Every task's plan codes as scanned, in document order, held in one flat
/// list: a programme of 300,000 tasks keeps one array, not 300,000.
struct PlanCodesPerTask: Sendable {
    private var codes: [ScannedPlanCode] = []
    /// Where each task's codes end in `codes`; they start where the previous task's end.
    private var ends: [UInt32] = []

    /// Scans the next task's plan cell against `legend` and keeps its codes.
    mutating func add(_ plan: WrittenText?, legend: LegendIndex) {
        PlanCodeScanner.scan(plan, legend: legend, appendingTo: &codes)
        ends.append(UInt32(clamping: codes.count))
    }

    /// The codes of the task at `ordinal` (its position among all tasks).
    subscript(ordinal: Int) -> ArraySlice<ScannedPlanCode> {
        let start = ordinal == 0 ? 0 : Int(ends[ordinal - 1])
        return codes[start..<Int(ends[ordinal])]
    }
}
