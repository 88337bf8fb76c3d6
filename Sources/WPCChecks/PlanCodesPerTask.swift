import WPCModel

/// Every task's plan codes as scanned, in document order, held in one flat
/// list: a programme of 300,000 tasks keeps one array, not 300,000.
struct PlanCodesPerTask: Sendable {
    private var codes: [ScannedPlanCode] = []
    /// Where each task's codes start and end in `codes`.
    private var bounds: [Bounds] = []
    /// Where the codes of each plan text scanned so far stand in `codes`: a
    /// programme repeats its plan cells ("SO1, SP1" on task after task), and
    /// a text's codes (offsets within the cell included) do not depend on
    /// where it stands, so each distinct text is scanned and kept once.
    private var scanned: [String: Bounds] = [:]

    private struct Bounds: Sendable {
        var start: UInt32
        var end: UInt32
    }

    /// Scans the next task's plan cell against `legend` and keeps its codes.
    mutating func add(_ plan: WrittenText?, legend: LegendIndex) {
        guard let plan else { return bounds.append(Bounds(start: 0, end: 0)) }
        if let known = scanned[plan.text] { return bounds.append(known) }
        let start = UInt32(clamping: codes.count)
        PlanCodeScanner.scan(plan, legend: legend, appendingTo: &codes)
        let cell = Bounds(start: start, end: UInt32(clamping: codes.count))
        scanned[plan.text] = cell
        bounds.append(cell)
    }

    /// The codes of the task at `ordinal` (its position among all tasks).
    subscript(ordinal: Int) -> ArraySlice<ScannedPlanCode> {
        codes[Int(bounds[ordinal].start)..<Int(bounds[ordinal].end)]
    }
}
