/// Why a command stopped, as the user reads it: one or more lines for
/// standard error and the exit status. Every error a command prints is worded
/// here or by the typed error it wraps, with exactly one `error:` per line.
public struct CommandFailure: Error, Sendable, CustomStringConvertible {
    /// The lines to print on standard error, without their line ends.
    public var lines: [String]
    /// How the command ends.
    public var status: ExitStatus

    /// A failure of one or more ready-made lines.
    public init(lines: [String], status: ExitStatus) {
        self.lines = lines
        self.status = status
    }

    /// A failure about `place` (a file, a folder, an option), or about nothing in particular.
    public init(_ message: String, about place: String? = nil, status: ExitStatus) {
        self.init(lines: [CommandFailure.line(message, about: place)], status: status)
    }

    /// The lines, as printed.
    public var description: String { lines.joined(separator: "\n") }

    /// `place: error: message`, or `error: message` when no place is known.
    public static func line(_ message: String, about place: String? = nil, severity: String = "error") -> String {
        place.map { "\($0): \(severity): \(message)" } ?? "\(severity): \(message)"
    }
}
