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
    /// A diagnostic of this rule at byte `offset` of `text`, spanning `length`
    /// bytes (to the end of the text by default); the span is reported in characters.
    func diagnostic(
        _ message: String, in text: WrittenText?, offset: Int = 0, length: Int? = nil,
        help: String? = nil, fallback: SourceLocation? = nil, context: CheckContext
    ) -> Diagnostic {
        let location = context.location(of: text, atOffset: offset) ?? fallback
        let content = text?.text ?? ""
        let byteLength = length ?? max(1, content.utf8.count - offset)
        let span = SourceLocator.characterLength(of: content, from: offset, length: byteLength)
        return Diagnostic(severity, id, message, at: location, length: max(1, span), help: help)
    }

    /// A diagnostic of this rule at `location`, spanning `length` characters.
    func diagnostic(_ message: String, at location: SourceLocation?, length: Int = 1, help: String? = nil) -> Diagnostic {
        Diagnostic(severity, id, message, at: location, length: length, help: help)
    }
}

/// The length, in characters, of the part of `text` that stands on its first
/// source line (a cell cut by a page break continues on another line).
func firstLineLength(_ text: WrittenText) -> Int {
    let bytes = text.text.utf8.count
    let end = text.origin.fragmentEnd(after: 0) ?? bytes
    let firstLine = min(end, bytes) - (end < bytes ? 1 : 0)
    return max(1, SourceLocator.characterLength(of: text.text, from: 0, length: firstLine))
}
