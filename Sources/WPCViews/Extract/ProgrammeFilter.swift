import WPCModel

/// Which tasks an extract keeps. Every condition that is set must hold (AND).
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

    /// The id of a responsible body in the registry.
    public var bodyID: String?
    /// A plan code, e.g. "SP7".
    public var code: String?
    /// A task-type code or long form, e.g. "A" or "Advanced".
    public var type: String?
    /// A due year or month.
    public var due: Due?
    /// With `due`: also keep tasks whose timeline is Ongoing or Periodically.
    public var includeOngoing: Bool

    public init(bodyID: String? = nil, code: String? = nil, type: String? = nil, due: Due? = nil, includeOngoing: Bool = false) {
        self.bodyID = bodyID
        self.code = code
        self.type = type
        self.due = due
        self.includeOngoing = includeOngoing
    }

    /// Whether no condition is set.
    public var isEmpty: Bool { bodyID == nil && code == nil && type == nil && due == nil }
}
