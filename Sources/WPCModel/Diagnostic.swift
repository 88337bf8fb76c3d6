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
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            let a = lhs.element.location, b = rhs.element.location
            let keyA = (a?.file ?? "", a?.package?.order ?? -1, a?.line ?? 0, a?.column ?? 0)
            let keyB = (b?.file ?? "", b?.package?.order ?? -1, b?.line ?? 0, b?.column ?? 0)
            if keyA != keyB { return keyA < keyB }
            if lhs.element.rule != rhs.element.rule { return lhs.element.rule < rhs.element.rule }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
