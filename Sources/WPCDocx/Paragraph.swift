/// A run of text with one look: WordprocessingML's `w:r`.
struct Run: Sendable, Hashable {
    var text: String
    var bold = false
    var italic = false
    /// Raised and smaller, for footnote marks.
    var superscript = false

    /// The run as `w:r`. Tabs become `w:tab` and line breaks `w:br` (Word
    /// exports a manual line break in a cell as U+000B), because a `w:t`
    /// keeps neither.
    var xml: String {
        var properties = ""
        if bold { properties += "<w:b/><w:bCs/>" }
        if italic { properties += "<w:i/><w:iCs/>" }
        if superscript { properties += "<w:vertAlign w:val=\"superscript\"/>" }
        var xml = "<w:r>"
        if !properties.isEmpty { xml += "<w:rPr>\(properties)</w:rPr>" }
        var pending = ""
        func flush() {
            if !pending.isEmpty { xml += "<w:t xml:space=\"preserve\">\(XMLText.escaped(pending))</w:t>" }
            pending = ""
        }
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\t":
                flush(); xml += "<w:tab/>"
            case "\n" where previousWasCR:
                continue
            case "\n", "\r", "\u{0B}", "\u{2028}":
                flush(); xml += "<w:br/>"
            default:
                pending.unicodeScalars.append(scalar)
            }
        }
        flush()
        return xml + "</w:r>"
    }

    /// `text` split at its `**…**` emphasis into plain and bold runs; an
    /// unpaired `**` is kept as written.
    static func emphasised(_ text: String) -> [Run] {
        let parts = text.components(separatedBy: "**")
        guard parts.count >= 3 else { return text.isEmpty ? [] : [Run(text: text)] }
        var runs: [Run] = []
        for (index, part) in parts.enumerated() {
            if index == parts.count - 1, parts.count % 2 == 0 {
                runs.append(Run(text: "**" + part))
            } else if !part.isEmpty {
                runs.append(Run(text: part, bold: index % 2 == 1))
            }
        }
        return runs
    }

    /// A footnote mark as Word draws one: raised, with Unicode superscript
    /// digits ("¹") turned into plain ones so they are not raised twice.
    static func mark(_ mark: String) -> Run {
        let digits: [Character: Character] = [
            "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
        ]
        return Run(text: String(mark.map { digits[$0] ?? $0 }), superscript: true)
    }
}

/// A paragraph: `w:p` with a style, an optional alignment and its runs.
struct Paragraph: Sendable, Hashable {
    /// A paragraph style id declared in `styles.xml`.
    var style: String
    /// `left`, `center`, `right` or `both`; nil keeps the style's.
    var alignment: String? = nil
    var runs: [Run]

    init(style: String, alignment: String? = nil, _ runs: [Run]) {
        self.style = style
        self.alignment = alignment
        self.runs = runs
    }

    init(style: String, alignment: String? = nil, text: String) {
        self.init(style: style, alignment: alignment, text.isEmpty ? [] : [Run(text: text)])
    }

    var xml: String {
        var properties = "<w:pStyle w:val=\"\(style)\"/>"
        if let alignment { properties += "<w:jc w:val=\"\(alignment)\"/>" }
        return "<w:p><w:pPr>\(properties)</w:pPr>" + runs.map(\.xml).joined() + "</w:p>"
    }
}
