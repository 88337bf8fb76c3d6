/// Why a template could not be loaded: a syntax error, a name the view-model
/// does not have, a missing partial, or Mustache this engine does not
/// support. Names the file, line and column (1-based; 0 when unknown).
public struct TemplateLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    /// An error `message` at `file`, `line`, `column`.
    public init(_ message: String, file: String, line: Int, column: Int) {
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col: error: message`.
    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}
