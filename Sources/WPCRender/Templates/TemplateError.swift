import WPCModel

/// Why templates could not be loaded or rendered: a syntax error, a
/// variable no view-model provides, a missing partial or an unreadable file.
/// Always names the template file and, where known, the line and column.
public struct TemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `file:line:col: error: message`.
    public var description: String { "\(location): error: \(message)" }
}
