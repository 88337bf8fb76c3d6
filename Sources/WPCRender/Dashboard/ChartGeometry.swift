/// The sizes the charts are drawn with, in CSS pixels. The page's style
/// (`dashboard/style.mustache`) gives the text classes the same font sizes:
/// labels are cut to fit with these numbers, so change them here, not there.
enum ChartGeometry {
    /// Every chart's width: an A4-landscape page less its margins.
    static let width = 1040.0
    /// The column of lane and row labels.
    static let labelWidth = 300.0
    /// The label column when lanes stand for bands of topics ("Topics 201–400").
    static let bandLabelWidth = 160.0
    /// A row of the matrix and of the bar charts.
    static let rowHeight = 18.0
    /// A chart is cut into blocks no taller than this, each with its own
    /// header, so that a block prints whole on a page.
    static let blockHeight = 500.0

    /// Font sizes of the text classes: `t` labels, `h` headings (bold), `n` numbers in cells, `s` small print.
    static let labelSize = 11.0
    static let headingSize = 11.0
    static let numberSize = 10.0
    static let smallSize = 9.0

    /// `count` rows of `rowHeight` cut into blocks no taller than
    /// `blockHeight` with `reserved` pixels of header each, the rows shared
    /// out evenly so that no block is left with a row or two.
    static func rowsPerBlock(_ count: Int, rowHeight: Double, reserved: Double) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let fit = max(1, Int((blockHeight - reserved) / rowHeight))
        let blocks = (count + fit - 1) / fit
        let size = (count + blocks - 1) / blocks
        return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    }

    /// The baseline that centres a line of `size` px text in a box from `top`, `height` high.
    static func baseline(top: Double, height: Double, size: Double) -> Double {
        top + height / 2 + size * 0.35
    }
}

extension SVGWriter {
    /// A box with a label inside it, cut to the box's width less `padding`
    /// on each side. The text is marked `fit`: the layout test checks it stays inside this box.
    mutating func boxedLabel(_ text: String, x: Double, y: Double, width: Double, height: Double, fill: Colour?, opacity: Double = 1,
                             textClass: TextClass, anchor: Anchor = .start, padding: Double = 3, textFill: Colour = .black) {
        if let fill {
            rect(x: x, y: y, width: width, height: height, fill: fill, opacity: opacity, className: "box")
        } else {
            rect(x: x, y: y, width: width, height: height, fill: .white, opacity: 0, className: "box")
        }
        let shown = TextFit.fit(text, width: width - 2 * padding, size: textClass.size, bold: textClass.isBold)
        guard !shown.isEmpty else { return }
        let textX: Double
        switch anchor {
        case .start: textX = x + padding
        case .middle: textX = x + width / 2
        case .end: textX = x + width - padding
        }
        label(shown, x: textX, y: ChartGeometry.baseline(top: y, height: height, size: textClass.size), anchor: anchor,
              className: textClass.fitName, fill: textFill)
    }
}

/// The text classes of the page's style, with the sizes labels are measured at.
enum TextClass {
    case label, heading, number, small

    var size: Double {
        switch self {
        case .label: ChartGeometry.labelSize
        case .heading: ChartGeometry.headingSize
        case .number: ChartGeometry.numberSize
        case .small: ChartGeometry.smallSize
        }
    }

    var isBold: Bool { self == .heading }

    /// The class attribute of a text that must fit the box before it.
    var fitName: StaticString {
        switch self {
        case .label: "t fit"
        case .heading: "h fit"
        case .number: "n fit"
        case .small: "s fit"
        }
    }

    /// The class attribute of a free-standing text.
    var name: StaticString {
        switch self {
        case .label: "t"
        case .heading: "h"
        case .number: "n"
        case .small: "s"
        }
    }
}
