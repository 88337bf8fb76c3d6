import WPCModel

/// What changed in the findings between two builds of `wpc watch`: the
/// diagnostics that appeared and those that went away. A diagnostic is the
/// same when its file, rule, severity, message and help are, wherever its
/// line moved: an edit above it does not make it new.
public struct DiagnosticChanges: Sendable {
    /// In the new build, not in the old one, in the new build's order.
    public var appeared: [Diagnostic]
    /// In the old build, not in the new one, in the old build's order.
    public var resolved: [Diagnostic]

    /// The changes from `old` to `new` (counted, so a second copy of a finding is new too).
    public init(from old: [Diagnostic], to new: [Diagnostic]) {
        appeared = DiagnosticChanges.subtract(old, from: new)
        resolved = DiagnosticChanges.subtract(new, from: old)
    }

    /// Whether nothing changed.
    public var isEmpty: Bool { appeared.isEmpty && resolved.isEmpty }

    private struct Key: Hashable {
        var file: String?
        var rule: String
        var severity: Severity
        var message: String
        var help: String?

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.location?.file
            rule = diagnostic.rule
            severity = diagnostic.severity
            message = diagnostic.message
            help = diagnostic.help
        }
    }

    private static func subtract(_ removed: [Diagnostic], from list: [Diagnostic]) -> [Diagnostic] {
        var counts: [Key: Int] = [:]
        for diagnostic in removed { counts[Key(diagnostic), default: 0] += 1 }
        return list.filter { diagnostic in
            let key = Key(diagnostic)
            guard let count = counts[key], count > 0 else { return true }
            counts[key] = count - 1
            return false
        }
    }
}
