import WPCModel

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
        var xml = XMLBytes()
        write(to: &xml)
        return String(decoding: xml.bytes, as: UTF8.self)
    }

    /// Appends the run as `w:r`.
    func write(to xml: inout XMLBytes) { write(to: &xml, deleted: false) }

    /// Appends the run as `w:r`; a `deleted` run (inside a tracked deletion)
    /// holds its text in `w:delText`, as WordprocessingML requires.
    func write(to xml: inout XMLBytes, deleted: Bool) {
        xml.raw("<w:r>")
        if bold || italic || superscript {
            xml.raw("<w:rPr>")
            if bold { xml.raw("<w:b/><w:bCs/>") }
            if italic { xml.raw("<w:i/><w:iCs/>") }
            if superscript { xml.raw("<w:vertAlign w:val=\"superscript\"/>") }
            xml.raw("</w:rPr>")
        }
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                var length = 0
                var markup: StaticString = ""
                switch bytes[index] {
                case 0x09: (length, markup) = (1, "<w:tab/>")
                case 0x0D: (length, markup) = (index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1, "<w:br/>")
                case 0x0A, 0x0B: (length, markup) = (1, "<w:br/>")
                // U+2028 LINE SEPARATOR: E2 80 A8.
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8: (length, markup) = (3, "<w:br/>")
                default: break
                }
                if length == 0 {
                    index += 1
                    continue
                }
                Run.writeText(UnsafeBufferPointer(rebasing: bytes[start..<index]), deleted: deleted, to: &xml)
                xml.raw(markup)
                index += length
                start = index
            }
            Run.writeText(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), deleted: deleted, to: &xml)
        }
        xml.raw("</w:r>")
    }

    /// A `w:t` (or `w:delText`) holding `text`, or nothing for no text.
    private static func writeText(_ text: UnsafeBufferPointer<UInt8>, deleted: Bool, to xml: inout XMLBytes) {
        guard !text.isEmpty else { return }
        xml.raw(deleted ? "<w:delText xml:space=\"preserve\">" : "<w:t xml:space=\"preserve\">")
        xml.text(text)
        xml.raw(deleted ? "</w:delText>" : "</w:t>")
    }

    /// `text` split at its `**…**` emphasis into plain and bold runs; an
    /// unpaired `**` is kept as written.
    static func emphasised(_ text: String) -> [Run] {
        EmphasisText.segments(text).map { Run(text: $0.text, bold: $0.strong) }
    }

    /// A footnote mark as Word draws one: raised, with Unicode superscript
    /// digits ("¹") turned into plain ones so they are not raised twice.
    static func mark(_ mark: String) -> Run {
        Run(text: SuperscriptDigits.plain(mark), superscript: true)
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
        var xml = XMLBytes()
        write(to: &xml)
        return String(decoding: xml.bytes, as: UTF8.self)
    }

    /// Appends the paragraph as `w:p`.
    func write(to xml: inout XMLBytes) {
        writeStart(to: &xml)
        for run in runs { run.write(to: &xml) }
        xml.raw("</w:p>")
    }

    /// Appends `<w:p>` and its properties, without the runs: `trackedProperties`
    /// (a `w:rPr` for the paragraph mark, such as a tracked insertion, and a
    /// `w:pPrChange`) comes last in `w:pPr`, where the schema puts them.
    func writeStart(to xml: inout XMLBytes, trackedProperties: String = "") {
        xml.raw("<w:p><w:pPr><w:pStyle w:val=\"")
        xml.raw(style)
        xml.raw("\"/>")
        if let alignment {
            xml.raw("<w:jc w:val=\"")
            xml.raw(alignment)
            xml.raw("\"/>")
        }
        xml.raw(trackedProperties)
        xml.raw("</w:pPr>")
    }
}
