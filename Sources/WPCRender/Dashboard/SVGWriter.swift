/// SVG written as UTF-8 bytes: markup appended as it is, text escaped over
/// bytes (`&`, `<`, `>`, both quotes), numbers in a fixed form (at most one
/// decimal, never an exponent) so the same figures give the same bytes.
struct SVGWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    /// Markup, as it is.
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A whole number.
    mutating func number(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    /// A length or coordinate, rounded to a tenth: "12", "12.5".
    mutating func number(_ value: Double) {
        var tenths = Int((value * 10).rounded())
        if tenths < 0 {
            bytes.append(UInt8(ascii: "-"))
            tenths = -tenths
        }
        number(tenths / 10)
        if tenths % 10 != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(tenths % 10))
        }
    }

    /// ` name="value"` for a number.
    mutating func attribute(_ name: StaticString, _ value: Double) {
        raw(" ")
        raw(name)
        raw("=\"")
        number(value)
        raw("\"")
    }

    /// ` name="value"` for a text, escaped.
    mutating func attribute(_ name: StaticString, _ value: String) {
        raw(" ")
        raw(name)
        raw("=\"")
        text(value)
        raw("\"")
    }

    /// Programme or label text, escaped.
    mutating func text(_ text: String) {
        var copy = text
        copy.withUTF8 { self.text($0) }
    }

    /// UTF-8 text, escaped; control characters other than tab and line breaks become spaces.
    mutating func text(_ text: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var index = 0
        let count = text.count
        while index < count {
            let replacement: StaticString
            switch text[index] {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&quot;"
            case 0x27: replacement = "&#39;"
            case 0x00..<0x09, 0x0B, 0x0C, 0x0E..<0x20, 0x7F: replacement = " "
            default:
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
            replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
            index += 1
            start = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<count]))
    }

    /// `<title>text</title>`: the tooltip, and what screen readers and the tests read.
    mutating func title(_ text: String) {
        raw("<title>")
        self.text(text)
        raw("</title>")
    }

    /// A rectangle with a fill (a palette colour) and, optionally, a class.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: Colour, opacity: Double = 1,
                       className: StaticString? = nil, title: String? = nil) {
        raw("<rect")
        if let className { raw(" class=\""); raw(className); raw("\"") }
        attribute("x", x)
        attribute("y", y)
        attribute("width", max(0, width))
        attribute("height", max(0, height))
        raw(" fill=\"")
        raw(fill.hex)
        raw("\"")
        if opacity < 1 { attribute("fill-opacity", opacity) }
        if let title {
            raw(">")
            self.title(title)
            raw("</rect>")
        } else {
            raw("/>")
        }
    }

    /// A line.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: Colour, width: Double = 1, dashed: Bool = false) {
        raw("<line")
        attribute("x1", x1)
        attribute("y1", y1)
        attribute("x2", x2)
        attribute("y2", y2)
        raw(" stroke=\"")
        raw(stroke.hex)
        raw("\"")
        attribute("stroke-width", width)
        if dashed { raw(" stroke-dasharray=\"3 2\"") }
        raw("/>")
    }

    /// How a text is anchored on its x.
    enum Anchor {
        case start, middle, end
    }

    /// A line of text whose baseline is at `y`; `className` sets its size
    /// and weight in the page's style (`fit` marks a label that must stay
    /// inside the box drawn just before it).
    mutating func label(_ text: String, x: Double, y: Double, anchor: Anchor = .start, className: StaticString = "t",
                        fill: Colour = .black, rotated: Bool = false) {
        raw("<text class=\"")
        raw(className)
        raw("\"")
        attribute("x", x)
        attribute("y", y)
        switch anchor {
        case .start: break
        case .middle: raw(" text-anchor=\"middle\"")
        case .end: raw(" text-anchor=\"end\"")
        }
        if fill != .black {
            raw(" fill=\"")
            raw(fill.hex)
            raw("\"")
        }
        if rotated {
            raw(" transform=\"rotate(-90 ")
            number(x)
            raw(" ")
            number(y)
            raw(")\"")
        }
        raw(">")
        self.text(text)
        raw("</text>")
    }

    /// Opens a group whose tooltip is `title`.
    mutating func openGroup(title: String, className: StaticString? = nil) {
        raw("<g")
        if let className { raw(" class=\""); raw(className); raw("\"") }
        raw(">")
        self.title(title)
    }

    mutating func closeGroup() { raw("</g>") }

    /// Opens an `<svg>` of `width` × `height` pixels that scales down to its container, labelled `label` for screen readers.
    mutating func openSVG(width: Double, height: Double, label: String, className: StaticString) {
        raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"")
        raw(className)
        raw("\" role=\"img\"")
        attribute("width", width)
        attribute("height", height)
        raw(" viewBox=\"0 0 ")
        number(width)
        raw(" ")
        number(height)
        raw("\"")
        attribute("aria-label", label)
        raw(">")
    }

    mutating func closeSVG() { raw("</svg>\n") }

    /// The bytes written, as text.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
