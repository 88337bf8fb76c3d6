import WPCModel
import WPCSources

/// Why a source or a body registry cannot be used (exit status 2): the file
/// is missing, is a folder, cannot be opened, or the reader refused it.
public enum InputError: Error, Sendable, CustomStringConvertible {
    /// The file itself is the trouble; `message` says why in plain words.
    case file(path: String, message: String)
    /// The reader refused the file's content, with a location.
    case reader(SourceError)

    /// The file the error is about.
    public var path: String {
        switch self {
        case .file(let path, _): path
        case .reader(let error): error.location.file
        }
    }

    /// One line per finding, `file:line:col: error: message`, each said once.
    public var lines: [String] {
        switch self {
        case .file(let path, let message):
            [CommandFailure.line(message, about: path)]
        case .reader:
            diagnostics.map { diagnostic in
                CommandFailure.line(diagnostic.message, about: diagnostic.location?.description, severity: diagnostic.severity.rawValue)
            }
        }
    }

    /// The error as diagnostics, for `wpc check`'s JSON and SARIF.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .file(let path, let message):
            [Diagnostic(.error, CheckJob.unreadableRule, message, at: SourceLocation(file: path, line: 1, column: 0))]
        case .reader(let error):
            CheckJob.findings(for: error)
        }
    }

    /// The lines, as printed.
    public var description: String { lines.joined(separator: "\n") }

    /// The failure a command reports.
    public var failure: CommandFailure { CommandFailure(lines: lines, status: .unreadableInput) }
}
