/// Why a programme could not be written as XML: a text holds a character XML
/// 1.0 cannot carry (a control character, say), or libxml2 failed.
public struct XMLWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, naming the element.
    public var message: String

    /// An error with its message.
    public init(_ message: String) { self.message = message }

    /// One line: `error: cannot write XML: …`.
    public var description: String { "error: cannot write XML: \(message)" }
}
