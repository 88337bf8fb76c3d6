/// A point in a source file as people read it: the file's path as given by
/// the user, and a 1-based line and column. Columns count characters
/// (Unicode scalars, as SARIF's `unicodeCodePoints`), not bytes.
public struct SourceLocation: Codable, Sendable, Hashable, CustomStringConvertible {
    /// The path of the file as the user named it.
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in characters; 0 when only the line is known.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, or `file:line` when the column is unknown.
    public var description: String {
        column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }

    /// The same location moved `count` characters to the right on its line.
    public func advanced(by count: Int) -> SourceLocation {
        guard column > 0 else { return self }
        return SourceLocation(file: file, line: line, column: column + count)
    }
}
