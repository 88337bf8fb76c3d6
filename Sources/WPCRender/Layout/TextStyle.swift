/// A font face at a size with a line height, in CSS pixels: what a template's
/// CSS declares for a kind of text, and what the paginator measures with.
public struct TextStyle: Sendable, Hashable {
    public var face: FontFace
    public var size: Double
    public var lineHeight: Double

    public init(face: FontFace, size: Double, lineHeight: Double) {
        self.face = face
        self.size = size
        self.lineHeight = lineHeight
    }

    /// The width of `text` in this style, in CSS pixels.
    public func width(of text: some StringProtocol) -> Double { face.metrics.width(of: text, size: size) }
}
