/// Turns the points readers record (line and byte column) into the locations
/// diagnostics print: the file as the user named it, the line, and the column
/// in characters. It holds the source's line index, so the conversion costs
/// the same however long the line is; without one (programmes built in code),
/// byte columns are taken as they are. For a package of parts (a Word
/// document) it holds the reader's `PackageMap` instead, and each location
/// names the part and the place in the document.
public struct SourceLocator: Sendable {
    /// The path of the source as the user named it.
    public let file: String
    /// The source's lines, when its text is known.
    public let lines: LineIndex?
    /// For a package: its parts and the places of the document.
    public let package: PackageMap?

    /// A locator for `file`, with its text's line index when there is one.
    public init(file: String, lines: LineIndex? = nil) {
        self.file = file
        self.lines = lines
        self.package = nil
    }

    /// A locator for the package `file`, through the map its reader made.
    public init(file: String, package: PackageMap) {
        self.file = file
        self.lines = nil
        self.package = package
    }

    /// The texts diagnostics point into, keyed as `SourceLocation.textKey`
    /// names them: the file's lines, or each part's.
    public var texts: [String: LineIndex] {
        if let package {
            var texts: [String: LineIndex] = [:]
            for part in package.parts { texts[SourceLocation.textKey(file: file, part: part.name)] = part.lines }
            return texts
        }
        return lines.map { [file: $0] } ?? [:]
    }

    /// The location of `point`, its column in characters.
    public func location(_ point: SourcePoint) -> SourceLocation {
        if let package { return package.location(point, file: file) }
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
