import WPCModel

/// Which tasks an extract keeps. Different conditions must all hold (AND);
/// several values of one condition are alternatives (OR): bodies PTC and
/// IMSC keep the tasks of either.
public struct ProgrammeFilter: Sendable, Hashable {
    /// A date a task must have a milestone in: a year, or a month of a year.
    public struct Due: Sendable, Hashable, CustomStringConvertible {
        public var year: Int
        /// 1–12, or nil for the whole year.
        public var month: Int?

        public init(year: Int, month: Int? = nil) {
            self.year = year
            self.month = month
        }

        /// Reads "2020" or "2020-06".
        public init?(_ text: String) {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
            if parts.count == 2 {
                guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
                self.init(year: year, month: month)
            } else {
                self.init(year: year)
            }
        }

        public var description: String { month.map { "\(year)-\($0 < 10 ? "0" : "")\($0)" } ?? "\(year)" }
    }

    /// Ids of responsible bodies in the registry; a task naming any of them passes.
    public var bodyIDs: [String]
    /// Plan codes, e.g. "SP7"; a task with any of them passes.
    public var codes: [String]
    /// Task-type codes or long forms, e.g. "A" or "Advanced"; a task of any of them passes.
    public var types: [String]
    /// A due year or month.
    public var due: Due?
    /// With `due`: also keep tasks whose timeline is Ongoing or Periodically.
    public var includeOngoing: Bool

    /// A filter with one value (or none) per condition.
    public init(bodyID: String? = nil, code: String? = nil, type: String? = nil, due: Due? = nil, includeOngoing: Bool = false) {
        self.init(bodyIDs: bodyID.map { [$0] } ?? [], codes: code.map { [$0] } ?? [], types: type.map { [$0] } ?? [], due: due, includeOngoing: includeOngoing)
    }

    /// A filter with any number of values per condition.
    public init(bodyIDs: [String], codes: [String] = [], types: [String] = [], due: Due? = nil, includeOngoing: Bool = false) {
        self.bodyIDs = bodyIDs
        self.codes = codes
        self.types = types
        self.due = due
        self.includeOngoing = includeOngoing
    }

    /// Whether no condition is set.
    public var isEmpty: Bool { bodyIDs.isEmpty && codes.isEmpty && types.isEmpty && due == nil }
}
