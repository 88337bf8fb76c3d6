import WPCModel

/// One validation rule: a stable id such as `plan.unknown-code`, the severity
/// it reports at, a one-line summary for rule listings (SARIF's rule
/// descriptors, the README), and the check itself.
///
/// A rule reads the programme in its context and returns what it found; it
/// never changes the model and never prints.
public protocol CheckRule: Sendable {
    /// The stable id, `area.name`, used in every diagnostic the rule makes.
    var id: String { get }
    /// The severity the rule's diagnostics carry.
    var severity: Severity { get }
    /// What the rule looks for, in one sentence.
    var summary: String { get }
    /// The rule's findings on `context`, in any order (the runner sorts them).
    func check(_ context: CheckContext) -> [Diagnostic]
}

extension CheckRule {
    /// A diagnostic of this rule at the character `offset` of `text`, spanning `length` characters.
    func diagnostic(
        _ message: String, in text: WrittenText?, offset: Int = 0, length: Int? = nil,
        help: String? = nil, fallback: SourceLocation? = nil
    ) -> Diagnostic {
        let location = text?.origin.location(atOffset: offset) ?? fallback
        let span = length ?? max(1, (text?.text.count ?? 1) - offset)
        return Diagnostic(severity, id, message, at: location, length: span, help: help)
    }

    /// A diagnostic of this rule at `location`.
    func diagnostic(_ message: String, at location: SourceLocation?, length: Int = 1, help: String? = nil) -> Diagnostic {
        Diagnostic(severity, id, message, at: location, length: length, help: help)
    }
}
