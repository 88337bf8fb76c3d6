/// The faces of Liberation Sans the pages use. The templates declare
/// `font-family: "Liberation Sans"`, metric-compatible with Arial.
public enum FontFace: String, Sendable, Hashable, CaseIterable {
    case regular, bold, italic

    /// The metrics of this face.
    public var metrics: FontMetrics {
        switch self {
        case .regular: FontMetrics.liberationSansRegular
        case .bold: FontMetrics.liberationSansBold
        case .italic: FontMetrics.liberationSansItalic
        }
    }
}
