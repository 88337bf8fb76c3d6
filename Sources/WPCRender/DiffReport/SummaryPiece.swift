/// A piece of a summary sentence: words, or words that link to an element of
/// the report (`anchor`, an element id).
public struct SummaryPiece: Sendable, Hashable {
    public var text: String
    public var anchor: String?

    public init(_ text: String, anchor: String? = nil) {
        self.text = text
        self.anchor = anchor
    }

    /// The pieces' words run together, links as plain words.
    static func text(of pieces: [SummaryPiece]) -> String { pieces.map(\.text).joined() }
}
