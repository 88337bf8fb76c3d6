/// The advance widths of one font face, read from its TrueType `hmtx` table
/// (see scripts/generate-font-metrics.py), so that text can be measured the
/// way a browser lays it out with the same font file.
///
/// Widths of the scalars below U+0600 (Latin, Greek, Cyrillic and their
/// punctuation) sit in a flat table indexed by scalar value; the few the
/// fonts have beyond it are looked up in a small dictionary. A class, so
/// that measuring a cell passes one reference rather than copying tables.
public final class FontMetrics: Sendable {
    /// The face's name, e.g. "Liberation Sans Regular".
    public let name: String
    /// Font units per em (2048 for Liberation Sans).
    public let unitsPerEm: Int
    /// The `hhea` ascent and descent, in font units (descent is negative).
    public let ascent: Int
    public let descent: Int
    /// Advances, fallbacks included, of the scalars below `tableLimit`.
    private let table: [UInt16]
    /// The face's own advances at and above `tableLimit`.
    private let others: [UInt32: UInt16]
    /// Whether each scalar below `tableLimit` has a glyph of its own.
    private let covered: [Bool]
    private static let tableLimit: UInt32 = 0x600

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
        var table = [UInt16](repeating: 0, count: Int(Self.tableLimit))
        var covered = [Bool](repeating: false, count: Int(Self.tableLimit))
        for value in 0..<Self.tableLimit {
            guard let scalar = Unicode.Scalar(value) else { continue }
            covered[Int(value)] = widths[value] != nil
            table[Int(value)] = UInt16(Self.advance(of: scalar, in: widths, unitsPerEm: unitsPerEm))
        }
        self.table = table
        self.covered = covered
        self.others = widths.filter { $0.key >= Self.tableLimit }
    }

    /// Whether the face has a glyph for `scalar`.
    public func covers(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < Self.tableLimit ? covered[Int(scalar.value)] : others[scalar.value] != nil
    }

    /// The advance of `scalar` in font units. A character the face lacks is
    /// drawn by a fallback font whose width we do not know: count it as a full
    /// em, wider than any Latin glyph, so the estimate errs towards more lines.
    @inline(__always)
    public func advance(of scalar: Unicode.Scalar) -> Int {
        advance(ofValue: scalar.value)
    }

    /// Calls `body` with the advances of the scalars below U+0600, indexed by
    /// scalar value (for a loop that measures many bytes).
    @inline(__always)
    func withTable<Result>(_ body: (UnsafeBufferPointer<UInt16>) -> Result) -> Result {
        table.withUnsafeBufferPointer(body)
    }

    /// The advance of the scalar with value `value`.
    @inline(__always)
    func advance(ofValue value: UInt32) -> Int {
        if value < Self.tableLimit { return table.withUnsafeBufferPointer { Int($0[Int(value)]) } }
        if let width = others[value] { return Int(width) }
        guard let scalar = Unicode.Scalar(value) else { return unitsPerEm }
        return Self.advance(of: scalar, in: [:], unitsPerEm: unitsPerEm)
    }

    private static func advance(of scalar: Unicode.Scalar, in widths: [UInt32: UInt16], unitsPerEm: Int) -> Int {
        if let width = widths[scalar.value] { return Int(width) }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.isDefaultIgnorableCodePoint { return 0 }
        if scalar == "\n" || scalar == "\r" || scalar == "\t" { return Int(widths[0x20] ?? 0) }
        return unitsPerEm
    }

    /// The width of `text` in CSS pixels at `size` px, with kerning and
    /// ligatures off (the pages declare `font-kerning: none`).
    public func width(of text: some StringProtocol, size: Double) -> Double {
        Double(units(of: text)) * size / Double(unitsPerEm)
    }

    /// The advances of `text` summed, in font units.
    public func units(of text: some StringProtocol) -> Int {
        var units = 0
        for scalar in text.unicodeScalars { units += advance(ofValue: scalar.value) }
        return units
    }
}
