/// Labels cut to the width they are drawn in, measured with the advance
/// widths of Liberation Sans (the face the page declares), so a label never
/// runs out of its box; the whole text stays in the mark's tooltip.
enum TextFit {
    /// The width of `text` at `size` px.
    static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        (bold ? FontFace.bold : FontFace.regular).metrics.width(of: text, size: size)
    }

    /// `text`, or as much of it as fits in `width` px followed by "…"; empty when not even "…" fits.
    static func fit(_ text: String, width: Double, size: Double, bold: Bool = false) -> String {
        let metrics = (bold ? FontFace.bold : FontFace.regular).metrics
        let limit = width * Double(metrics.unitsPerEm) / size
        var units = 0
        for scalar in text.unicodeScalars { units += metrics.advance(of: scalar) }
        if Double(units) <= limit { return text }
        let ellipsis = metrics.advance(of: "…")
        guard Double(ellipsis) <= limit else { return "" }
        var kept = String.UnicodeScalarView()
        units = ellipsis
        for scalar in text.unicodeScalars {
            let advance = metrics.advance(of: scalar)
            guard Double(units + advance) <= limit else { break }
            kept.append(scalar)
            units += advance
        }
        // No label ends in a space before its ellipsis.
        while let last = kept.last, last == " " { kept.removeLast() }
        return String(kept) + "…"
    }
}
