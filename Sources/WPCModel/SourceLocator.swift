/// Turns the points readers record (line and byte column) into the locations
/// diagnostics print: the file as the user named it, the line, and the column
/// in characters. It holds the source's line index, so the conversion costs
/// the same however long the line is; without one (programmes built in code),
/// byte columns are taken as they are.
public struct SourceLocator: Sendable {
    /// The path of the source as the user named it.
    public let file: String
    /// The source's lines, when its text is known.
    public let lines: LineIndex?

    /// A locator for `file`, with its text's line index when there is one.
    public init(file: String, lines: LineIndex? = nil) {
        self.file = file
        self.lines = lines
    }

    /// The location of `point`, its column in characters.
    public func location(_ point: SourcePoint) -> SourceLocation {
        let line = Int(point.line), column = Int(point.byteColumn)
        return SourceLocation(file: file, line: line, column: lines?.characterColumn(line: line, byteColumn: column) ?? column)
    }

    /// Where byte `offset` of `text` stands in the source, if its origin is known.
    public func location(of text: WrittenText, atOffset offset: Int = 0) -> SourceLocation? {
        text.origin.point(atOffset: offset).map(location)
    }

    /// The location of the byte at `offset` in the source's text (an error
    /// found by byte position, such as a NUL byte).
    public func location(ofByte offset: Int) -> SourceLocation {
        guard let lines else { return SourceLocation(file: file, line: 1, column: offset + 1) }
        let line = lines.line(containing: offset)
        let start = lines.start(ofLine: line) ?? 0
        return location(SourcePoint(line: line, byteColumn: offset - start + 1))
    }

    /// The number of characters (scalars) in bytes `offset..<offset + length` of `text`.
    public static func characterLength(of text: String, from offset: Int, length: Int) -> Int {
        UTF8Text.withBytes(of: text) { bytes in
            let lower = min(max(0, offset), bytes.count)
            return UTF8Text.scalarCount(bytes, lower..<min(bytes.count, lower + max(0, length)))
        }
    }
}
