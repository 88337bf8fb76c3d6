/// How serious a diagnostic is.
public enum Severity: String, Codable, Sendable, Hashable, Comparable, CaseIterable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A finding about a source: where, how serious, what, and how to fix it.
/// Readers report repairs and schema violations with it; checks report rule
/// violations. Printers turn it into terminal text, JSON or SARIF.
public struct Diagnostic: Codable, Sendable, Hashable {
    public var severity: Severity
    /// A stable rule id such as `plan.unknown-code`.
    public var rule: String
    public var message: String
    /// Where the offending text starts, if known.
    public var location: SourceLocation?
    /// How many characters the offending text spans (at least 1 for a caret).
    public var length: Int
    /// How to fix it, when known.
    public var help: String?

    public init(_ severity: Severity, _ rule: String, _ message: String, at location: SourceLocation?, length: Int = 1, help: String? = nil) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.location = location
        self.length = max(1, length)
        self.help = help
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, line, column, then rule, so output is deterministic;
    /// in a package (a Word document), by part in reading order first.
    /// Equal places keep their order.
    public func sortedByLocation() -> [Diagnostic] {
        var sorted = self
        sorted.sortByLocation()
        return sorted
    }

    /// Sorts in place as `sortedByLocation()` orders. The places are sorted,
    /// not the diagnostics: each key is made once, and each diagnostic is
    /// then moved once to where it belongs, with no second array of them.
    public mutating func sortByLocation() {
        let keys = map(PlaceKey.init)
        var order = indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
        // `order[i]` is the diagnostic that belongs at `i`; follow each cycle
        // of that permutation once, marking a place done by pointing it at itself.
        for start in order.indices where order[start] != start {
            let held = self[start]
            var place = start
            while order[place] != start {
                let from = order[place]
                self[place] = self[from]
                order[place] = place
                place = from
            }
            self[place] = held
            order[place] = place
        }
    }
}

/// Where a diagnostic stands, as `sortedByLocation` orders it.
private struct PlaceKey: Comparable {
    var file: String
    var part: Int
    var line: Int
    var column: Int
    var rule: String

    init(_ diagnostic: Diagnostic) {
        let location = diagnostic.location
        file = location?.file ?? ""
        part = location?.package?.order ?? -1
        line = location?.line ?? 0
        column = location?.column ?? 0
        rule = diagnostic.rule
    }

    static func < (lhs: PlaceKey, rhs: PlaceKey) -> Bool {
        (lhs.file, lhs.part, lhs.line, lhs.column, lhs.rule) < (rhs.file, rhs.part, rhs.line, rhs.column, rhs.rule)
    }
}
