/// The map a reader of a package (a Word document) leaves behind so that the
/// points it recorded become locations people can find.
///
/// Readers record points as a line and a byte column. A package holds several
/// parts (the document, its footnotes, …), so the reader numbers their lines
/// one after the other: the first part's lines come first, the next part's
/// lines follow. The map knows where each part starts in that numbering, its
/// own line index, and the regions of the document in reading order (each
/// table cell, each paragraph), so a point maps to its part, its line and
/// column there, and its place in words, by two binary searches.
public struct PackageMap: Sendable {
    /// One part of the package and where its lines start in the readers' numbering.
    public struct Part: Sendable {
        /// The part's name in the package, e.g. `word/document.xml`.
        public var name: String
        /// The readers' line number of the part's first line.
        public var firstLine: Int
        /// The part's own lines.
        public var lines: LineIndex

        public init(name: String, firstLine: Int, lines: LineIndex) {
            self.name = name
            self.firstLine = firstLine
            self.lines = lines
        }
    }

    /// What a region of the document is.
    public enum Place: Sendable {
        /// A table cell; `column` and `topic` index `columnNames` and `topicLabels`.
        case cell(table: Int32, row: Int32, column: Int32, topic: Int32, task: Int32)
        /// Anything else, described in words (an index into `descriptions`).
        case described(Int32)
        /// Nothing nameable (between regions).
        case unnamed
    }

    private struct Region: Sendable {
        var start: SourcePoint
        var place: Place
    }

    /// The parts, in the order their lines are numbered.
    public private(set) var parts: [Part] = []
    private var regions: [Region] = []
    private var columnNames: [String] = []
    private var topicLabels: [String] = []
    private var descriptions: [String] = []
    private var columnIndex: [String: Int32] = [:]

    public init() {}

    /// The readers' line number at which the next part added will start.
    public var nextFirstLine: Int { parts.last.map { $0.firstLine + $0.lines.count } ?? 1 }

    /// Adds a part whose lines follow those of the parts already added; returns its first line.
    /// Its points have no place until a region of its own starts.
    @discardableResult
    public mutating func addPart(_ name: String, lines: LineIndex) -> Int {
        let first = nextFirstLine
        parts.append(Part(name: name, firstLine: first, lines: lines))
        regions.append(Region(start: SourcePoint(line: first, byteColumn: 0), place: .unnamed))
        return first
    }

    /// The id under which regions name column `label` (see `addCell(at:table:row:columnID:topic:task:)`).
    public mutating func columnID(_ label: String) -> Int32 {
        if let known = columnIndex[label] { return known }
        let id = Int32(columnNames.count)
        columnNames.append(label)
        columnIndex[label] = id
        return id
    }

    /// A region that starts at `start`: a table cell. `topic` is the topic's
    /// number as written, `task` the task's position (0 when the column is the topic's own).
    public mutating func addCell(at start: SourcePoint, table: Int, row: Int, column: String, topic: String?, task: Int) {
        addCell(at: start, table: table, row: row, columnID: columnID(column), topic: topic, task: task)
    }

    /// A table cell whose column's id `columnID` gave (the cheaper form, for tables of many rows).
    public mutating func addCell(at start: SourcePoint, table: Int, row: Int, columnID: Int32, topic: String?, task: Int) {
        var topicID: Int32 = -1
        if let topic {
            if topicLabels.last != topic { topicLabels.append(topic) }
            topicID = Int32(topicLabels.count - 1)
        }
        regions.append(Region(start: start, place: .cell(table: Int32(table), row: Int32(row), column: columnID,
                                                          topic: topicID, task: Int32(task))))
    }

    /// A region that starts at `start`, described in words ("paragraph 4", "footnote ²").
    public mutating func addPlace(at start: SourcePoint, _ description: String) {
        descriptions.append(description)
        regions.append(Region(start: start, place: .described(Int32(descriptions.count - 1))))
    }

    /// Marks where the last region ends: points from `start` on have no place until the next region.
    public mutating func endPlace(at start: SourcePoint) {
        regions.append(Region(start: start, place: .unnamed))
    }

    /// Puts the regions in document order; call once, after adding them all.
    public mutating func sortRegions() {
        regions = regions.enumerated().sorted { lhs, rhs in
            let a = lhs.element.start, b = rhs.element.start
            if a.line != b.line { return a.line < b.line }
            if a.byteColumn != b.byteColumn { return a.byteColumn < b.byteColumn }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// The location of `point` in package `file`: the part, its line and
    /// character column there, and the place in words.
    public func location(_ point: SourcePoint, file: String) -> SourceLocation {
        let line = Int(point.line)
        guard let partIndex = parts.indices.last(where: { parts[$0].firstLine <= line }),
              line < parts[partIndex].firstLine + parts[partIndex].lines.count else {
            return SourceLocation(file: file, line: 0, column: 0, package: .whole)
        }
        let part = parts[partIndex]
        let local = line - part.firstLine + 1
        let column = part.lines.characterColumn(line: local, byteColumn: Int(point.byteColumn))
        var package = PackagePlace(part: part.name, order: partIndex)
        switch region(containing: point) {
        case .cell(let table, let row, let columnID, let topicID, let task)?:
            let cell = TableCellPlace(table: Int(table), row: Int(row), column: columnNames[Int(columnID)],
                                      topic: topicID >= 0 ? topicLabels[Int(topicID)] : nil, task: task > 0 ? Int(task) : nil)
            package.cell = cell
            package.place = cell.description
        case .described(let index)?:
            package.place = descriptions[Int(index)]
        case .unnamed?, nil:
            break
        }
        return SourceLocation(file: file, line: local, column: column, package: package)
    }

    /// The place of the last region that starts at or before `point`.
    private func region(containing point: SourcePoint) -> Place? {
        var low = 0, high = regions.count - 1
        var found: Place?
        while low <= high {
            let middle = (low + high) / 2
            let start = regions[middle].start
            if start.line < point.line || (start.line == point.line && start.byteColumn <= point.byteColumn) {
                found = regions[middle].place
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return found
    }
}
