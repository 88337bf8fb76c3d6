import WPCChecks

/// How every wpc command ends: the one table of exit statuses. Commands never
/// pick a number themselves; they name one of these.
public enum ExitStatus: Int32, Sendable, CaseIterable {
    /// Done: the outputs are written, the check is clean, the drafts are the same.
    case done = 0
    /// Findings (errors, or warnings with `--strict`; drafts that differ; an
    /// extract that matches nothing; a build refused because of errors), or an
    /// output that could not be written.
    case findings = 1
    /// An input cannot be read or used: a source, the body registry, a template.
    case unreadableInput = 2
    /// The command line is wrong: an unknown command or option, a bad value.
    case usage = 64

    /// An output that could not be written ends like findings do.
    public static let failedWrite: ExitStatus = .findings

    /// The status a check outcome gives.
    public init(_ outcome: CheckOutcome) {
        switch outcome {
        case .clean: self = .done
        case .failed: self = .findings
        case .unreadable: self = .unreadableInput
        }
    }

    /// The table as `--help` and the README print it.
    public static let helpText = """
        Exit status: 0 done; 1 findings (errors, differences, no match) or an output \
        that could not be written; 2 an input that cannot be read; 64 a usage error.
        """
}
