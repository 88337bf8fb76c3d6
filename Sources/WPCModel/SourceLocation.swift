/// A point in a source file as people read it: the file's path as given by
/// the user, and a 1-based line and column. Columns count characters
/// (Unicode scalars, as SARIF's `unicodeCodePoints`), not bytes.
///
/// A file that is a package of parts (a Word document) has no lines of its
/// own: its locations say, in `package`, which part the line and column are
/// in and where that is in the document in words (the table, row and column).
public struct SourceLocation: Codable, Sendable, Hashable, CustomStringConvertible {
    /// The path of the file as the user named it.
    public var file: String
    /// 1-based line number (in the package's part, when there is one).
    public var line: Int
    /// 1-based column, in characters; 0 when only the line is known.
    public var column: Int
    /// For a package (a .docx): the part and the place in the document; nil for a text file.
    public var package: PackagePlace? {
        get { packageBox?.place }
        set { packageBox = newValue.map(PackageBox.init) }
    }
    /// The package place, held by reference: most locations are in text
    /// files and have none, and a location (in every diagnostic) stays a
    /// quarter of the size it would be with the place inline.
    private var packageBox: PackageBox?

    public init(file: String, line: Int, column: Int, package: PackagePlace? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.packageBox = package.map(PackageBox.init)
    }

    private final class PackageBox: Sendable {
        let place: PackagePlace
        init(_ place: PackagePlace) { self.place = place }
    }

    private enum CodingKeys: String, CodingKey {
        case file, line, column, package
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try container.decode(String.self, forKey: .file),
                  line: try container.decode(Int.self, forKey: .line),
                  column: try container.decode(Int.self, forKey: .column),
                  package: try container.decodeIfPresent(PackagePlace.self, forKey: .package))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encodeIfPresent(package, forKey: .package)
    }

    public static func == (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.file == rhs.file && lhs.line == rhs.line && lhs.column == rhs.column && lhs.package == rhs.package
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(column)
        hasher.combine(package)
    }

    /// `file:line:col`, or `file:line` when the column is unknown; for a
    /// package, `file: place` (`draft.docx: table 3, row 7 (topic 12, task 2),
    /// column Timeline`), else `file: part:line:col`, else the file alone.
    public var description: String {
        guard let package else { return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)" }
        if let place = package.place { return "\(file): \(place)" }
        if let part = package.part { return "\(file): \(package.partLine(line: line, column: column) ?? part)" }
        return file
    }

    /// The key under which the text this location points into is kept for
    /// printing: the file, or for a package the file and the part.
    public var textKey: String {
        guard let part = package?.part else { return file }
        return SourceLocation.textKey(file: file, part: part)
    }

    /// The key of part `part` of package `file` (see `textKey`).
    public static func textKey(file: String, part: String) -> String { file + "\u{0}" + part }

    /// The same location moved `count` characters to the right on its line.
    public func advanced(by count: Int) -> SourceLocation {
        guard column > 0 else { return self }
        return SourceLocation(file: file, line: line, column: column + count, package: package)
    }
}

/// Where a location stands inside a package of parts (a Word document): the
/// part whose line and column the location gives, and where that is in the
/// document in words, as a person finds it in Word.
public struct PackagePlace: Codable, Sendable, Hashable {
    /// The part, e.g. `word/document.xml`; nil for the package as a whole.
    public var part: String?
    /// Where in the document, in words: "table 3, row 7 (topic 12, task 2), column Timeline".
    public var place: String?
    /// The table cell, when the location is in one.
    public var cell: TableCellPlace?
    /// The part's rank in reading order (the main document first), for sorting.
    public var order: Int

    public init(part: String?, place: String? = nil, cell: TableCellPlace? = nil, order: Int = 0) {
        self.part = part
        self.place = place
        self.cell = cell
        self.order = order
    }

    /// The package as a whole.
    public static let whole = PackagePlace(part: nil)

    /// `part:line:col` (`part:line` without a column), or nil without a part or a line.
    public func partLine(line: Int, column: Int) -> String? {
        guard let part, line > 0 else { return nil }
        return column > 0 ? "\(part):\(line):\(column)" : "\(part):\(line)"
    }
}

/// A cell of a table in a document, counted as Word shows them.
public struct TableCellPlace: Codable, Sendable, Hashable {
    /// 1-based, counting every table of the document body.
    public var table: Int
    /// 1-based, counting every row of the table, header rows included.
    public var row: Int
    /// The column's heading ("Timeline").
    public var column: String
    /// The number of the topic the row belongs to, as written without its final dot ("12").
    public var topic: String?
    /// The task's position in its topic, 1-based.
    public var task: Int?

    public init(table: Int, row: Int, column: String, topic: String? = nil, task: Int? = nil) {
        self.table = table
        self.row = row
        self.column = column
        self.topic = topic
        self.task = task
    }

    /// "table 3, row 7 (topic 12, task 2), column Timeline".
    public var description: String {
        var within: [String] = []
        if let topic { within.append("topic \(topic)") }
        if let task { within.append("task \(task)") }
        let row = within.isEmpty ? "row \(row)" : "row \(row) (\(within.joined(separator: ", ")))"
        return "table \(table), \(row), column \(column)"
    }
}
