/// A cell's text broken into lines at its column's width. A whole cell
/// keeps its text and only its line count (measuring builds no strings);
/// the pieces of a cell split across pages keep their lines.
public struct CellLines: Sendable, Hashable {
    private enum Content: Sendable, Hashable {
        /// The whole text, and whether it rejoins to itself.
        case whole(String, isNormal: Bool)
        /// Lines of a piece.
        case lines([BrokenLine])
    }

    private var content: Content
    /// How many lines the cell takes.
    public private(set) var count: Int

    /// A cell with no text.
    public static let empty = CellLines(content: .lines([]), count: 0)

    private init(content: Content, count: Int) {
        self.content = content
        self.count = count
    }

    /// `text` (nothing when nil or empty) measured by `breaker`.
    public init(_ text: String?, breaker: LineBreaker) {
        guard let text, !text.isEmpty else {
            self = .empty
            return
        }
        let measure = breaker.measure(text)
        self.init(content: .whole(text, isNormal: measure.isNormal), count: measure.lineCount)
    }

    /// A cell of these lines.
    public init(lines: [BrokenLine]) {
        self.init(content: .lines(lines), count: lines.count)
    }

    /// The text as the cell prints it: the lines rejoined (runs of spaces
    /// made one, as a browser draws them).
    public var joinedText: String {
        switch content {
        case .whole(let text, let isNormal): isNormal ? text : LineBreaker.normalized(text)
        case .lines(let lines): lines.joinedText
        }
    }

    /// The lines, broken by `breaker` if they were not kept.
    public func lines(breaker: LineBreaker) -> [BrokenLine] {
        switch content {
        case .whole(let text, _): breaker.lines(text)
        case .lines(let lines): lines
        }
    }

    /// The first `lineCount` lines, and the rest.
    public func split(at lineCount: Int, breaker: LineBreaker) -> (CellLines, CellLines) {
        if lineCount >= count { return (self, .empty) }
        if lineCount <= 0 { return (.empty, self) }
        let lines = lines(breaker: breaker)
        return (CellLines(lines: Array(lines.prefix(lineCount))), CellLines(lines: Array(lines.dropFirst(lineCount))))
    }
}
