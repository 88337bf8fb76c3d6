import WPCViews

/// One name per moved task, shared by its source and destination ranges.
struct MoveNames {
    private var names: [Alignment.TaskIndex: String] = [:]

    /// The name of the move of the old draft's task `source`: "wpc-move-1", "wpc-move-2"… in order of first use.
    mutating func name(for source: Alignment.TaskIndex) -> String {
        if let name = names[source] { return name }
        let name = "wpc-move-\(names.count + 1)"
        names[source] = name
        return name
    }
}
