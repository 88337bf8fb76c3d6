extension Column {
    /// The nine columns in table order, made once: `allCases`, which Swift
    /// synthesises, builds a new array on every use.
    public static let ordered: [Column] = allCases

    /// The number of columns of the annex table.
    public static let count = ordered.count

    /// The column's position in the table, 0 for No.
    public var index: Int {
        switch self {
        case .number: 0
        case .topic: 1
        case .task: 2
        case .plan: 3
        case .type: 4
        case .bodies: 5
        case .indicator: 6
        case .timeline: 7
        case .progress: 8
        }
    }
}
