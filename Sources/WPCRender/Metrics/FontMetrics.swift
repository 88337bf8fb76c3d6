/// The advance widths of one font face, read from its TrueType `hmtx` table
/// (see scripts/generate-font-metrics.py), so that text can be measured the
/// way a browser lays it out with the same font file.
public struct FontMetrics: Sendable {
    /// The face's name, e.g. "Liberation Sans Regular".
    public let name: String
    /// Font units per em (2048 for Liberation Sans).
    public let unitsPerEm: Int
    /// The `hhea` ascent and descent, in font units (descent is negative).
    public let ascent: Int
    public let descent: Int
    private let widths: [UInt32: UInt16]

    /// A face from the generated run encoding: "firstCodePointHex:w,w,w" runs separated by white space.
    public init(name: String, unitsPerEm: Int, ascent: Int, descent: Int, runs: String) {
        self.name = name
        self.unitsPerEm = unitsPerEm
        self.ascent = ascent
        self.descent = descent
        var widths: [UInt32: UInt16] = [:]
        for run in runs.split(whereSeparator: \.isWhitespace) {
            let parts = run.split(separator: ":")
            guard parts.count == 2, var codePoint = UInt32(parts[0], radix: 16) else { continue }
            for width in parts[1].split(separator: ",") {
                if let value = UInt16(width) { widths[codePoint] = value }
                codePoint += 1
            }
        }
        self.widths = widths
    }

    /// Whether the face has a glyph for `scalar`.
    public func covers(_ scalar: Unicode.Scalar) -> Bool { widths[scalar.value] != nil }

    /// The advance of `scalar` in font units. A character the face lacks is
    /// drawn by a fallback font whose width we do not know: count it as a full
    /// em, wider than any Latin glyph, so the estimate errs towards more lines.
    public func advance(of scalar: Unicode.Scalar) -> Int {
        if let width = widths[scalar.value] { return Int(width) }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.isDefaultIgnorableCodePoint { return 0 }
        if scalar == "\n" || scalar == "\r" || scalar == "\t" { return Int(widths[0x20] ?? 0) }
        return unitsPerEm
    }

    /// The width of `text` in CSS pixels at `size` px, with kerning and
    /// ligatures off (the pages declare `font-kerning: none`).
    public func width(of text: some StringProtocol, size: Double) -> Double {
        var units = 0
        for scalar in text.unicodeScalars { units += advance(of: scalar) }
        return Double(units) * size / Double(unitsPerEm)
    }
}
