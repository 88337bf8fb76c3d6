import WPCModel

/// The dashboard's colours: the Okabe–Ito palette, which stays
/// distinguishable under the common kinds of colour blindness, and greys.
/// Colour never carries a value alone: every mark also writes its number or
/// label.
enum Colour: Sendable, Hashable {
    case black, orange, skyBlue, bluishGreen, yellow, blue, vermillion, reddishPurple
    case grey, lightGrey, paleGrey, white

    /// The colour as written in SVG.
    var hex: StaticString {
        switch self {
        case .black: "#000000"
        case .orange: "#E69F00"
        case .skyBlue: "#56B4E9"
        case .bluishGreen: "#009E73"
        case .yellow: "#F0E442"
        case .blue: "#0072B2"
        case .vermillion: "#D55E00"
        case .reddishPurple: "#CC79A7"
        case .grey: "#767676"
        case .lightGrey: "#C8C8C8"
        case .paleGrey: "#F2F2F2"
        case .white: "#FFFFFF"
        }
    }

    /// The text colour that reads on this fill at full strength.
    var textOn: Colour {
        switch self {
        case .black, .blue, .vermillion, .grey, .bluishGreen: .white
        default: .black
        }
    }

    /// The colours given to the document's task types, in its order; further types repeat them.
    static let types: [Colour] = [.skyBlue, .orange, .bluishGreen, .reddishPurple, .yellow]

    /// The colour of a finding's severity.
    static func of(_ severity: Severity) -> Colour {
        switch severity {
        case .error: .vermillion
        case .warning: .orange
        case .note: .skyBlue
        }
    }
}
