import WPCModel

/// How `wpc check` ends, as a process exit status.
public enum CheckOutcome: Int32, Sendable, CaseIterable {
    /// No errors (and no warnings under `--strict`).
    case clean = 0
    /// Errors, or warnings under `--strict`.
    case failed = 1
    /// An input could not be read at all.
    case unreadable = 2

    /// The outcome of a check that found `diagnostics`; `unreadable` when an input could not be read.
    public init(_ diagnostics: [Diagnostic], strict: Bool, unreadable: Bool = false) {
        if unreadable {
            self = .unreadable
        } else if diagnostics.hasErrors || (strict && diagnostics.contains { $0.severity == .warning }) {
            self = .failed
        } else {
            self = .clean
        }
    }
}
