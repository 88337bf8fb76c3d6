/// A cell's text broken into lines at its column's width: the text (as
/// written, or rejoined as its lines print) and how many lines it takes.
/// Measuring builds no strings; splitting a cell across pages cuts its text
/// where two lines meet in its bytes.
public struct CellLines: Sendable, Hashable {
    private var text: String
    /// Whether `text` rejoins to itself (no runs of spaces or tabs, none at a line's ends).
    private var isNormal: Bool
    /// How many lines the cell takes.
    public private(set) var count: Int

    /// A cell with no text.
    public static let empty = CellLines(text: "", isNormal: true, count: 0)

    private init(text: String, isNormal: Bool, count: Int) {
        self.text = text
        self.isNormal = isNormal
        self.count = count
    }

    /// `text` (nothing when nil or empty) measured by `breaker`.
    public init(_ text: String?, breaker: LineBreaker) {
        guard let text, !text.isEmpty else {
            self = .empty
            return
        }
        let measure = breaker.measure(text)
        self.init(text: text, isNormal: measure.isNormal, count: measure.lineCount)
    }

    /// The text as the cell prints it: the lines rejoined (runs of spaces
    /// made one, as a browser draws them).
    public var joinedText: String { isNormal ? text : LineBreaker.normalized(text) }

    /// The lines of a whole cell (or of the rest of a split one), broken by `breaker`.
    public func lines(breaker: LineBreaker) -> [BrokenLine] { breaker.lines(text) }

    /// The first `lineCount` lines, and the rest: the text as written, cut
    /// where the lines meet. Greedy breaking starts afresh at every line, so
    /// the rest, broken again, gives the same lines. (The text is cut as
    /// written, not as rejoined: with tabs made spaces, a word that starts
    /// with a combining mark would join the space before it and break
    /// elsewhere.)
    public func split(at lineCount: Int, breaker: LineBreaker) -> (CellLines, CellLines) {
        if lineCount >= count { return (self, .empty) }
        if lineCount <= 0 { return (.empty, self) }
        let spans = breaker.lineSpans(text)
        let bytes = Array(text.utf8)
        let head = String(decoding: bytes[..<spans[lineCount - 1].upperBound], as: UTF8.self)
        let tail = String(decoding: bytes[spans[lineCount].lowerBound...], as: UTF8.self)
        return (CellLines(text: head, isNormal: isNormal, count: lineCount), CellLines(text: tail, isNormal: isNormal, count: count - lineCount))
    }
}
