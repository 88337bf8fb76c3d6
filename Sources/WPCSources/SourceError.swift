import WPCModel

/// Why a source could not be read at all: the file is missing, empty, binary,
/// not well-formed, breaks the schema, or is not a work programme. Always
/// names the file and, where known, the line and column.
public struct SourceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the trouble is; the column may be 0 when only the line is known.
    public var location: SourceLocation
    public var message: String
    /// Schema violations and other findings behind the error, when there are several.
    public var diagnostics: [Diagnostic]

    public init(_ message: String, at location: SourceLocation, diagnostics: [Diagnostic] = []) {
        self.message = message
        self.location = location
        self.diagnostics = diagnostics
    }

    /// An error about the file as a whole (line 1).
    public init(_ message: String, file: String) {
        self.init(message, at: SourceLocation(file: file, line: 1, column: 0))
    }

    /// One line: `file:line:col: error: message`.
    public var description: String { "\(location): error: \(message)" }
}
