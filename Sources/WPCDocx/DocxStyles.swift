/// The paragraph styles of the package (`word/styles.xml`). Named styles,
/// rather than formatting on every paragraph, let a secretariat restyle the
/// annex in Word in one place.
enum DocxStyles {
    static let reference = "AnnexReference"
    static let title = "AnnexTitle"
    static let date = "AnnexDate"
    static let tableText = "AnnexTableText"
    static let tableHeading = "AnnexTableHeading"
    static let footnote = "AnnexFootnote"
    static let remark = "AnnexRemark"
    static let header = "Header"
    static let footer = "Footer"

    /// Arial, as Word users expect; LibreOffice on Linux draws it with the
    /// metric-compatible Liberation Sans.
    static let font = "Arial"

    /// The whole `styles.xml`. Children follow the schema's order (in `w:pPr`,
    /// `w:spacing` before `w:jc`): Word refuses a file LibreOffice would open.
    /// `language` is the documents' language tag ("en-GB"), for Word's proofing tools.
    static func xml(language: String) -> String {
        let fonts = "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\" w:cs=\"\(font)\"/>"
        return XMLPart.declaration
            + "<w:styles xmlns:w=\"\(XMLPart.wordNamespace)\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>\(fonts)<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>"
            + "<w:lang w:val=\"\(XMLText.escaped(language))\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
            + "</w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + paragraphStyle(reference, "Annex reference", paragraph: "<w:spacing w:after=\"120\"/><w:jc w:val=\"right\"/>",
                             run: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
            + paragraphStyle(title, "Annex title", paragraph: "<w:keepNext/><w:spacing w:after=\"40\"/><w:jc w:val=\"center\"/>",
                             run: "<w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
            + paragraphStyle(date, "Annex date", paragraph: "<w:keepNext/><w:spacing w:after=\"200\"/><w:jc w:val=\"center\"/>",
                             run: "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
            + paragraphStyle(tableText, "Annex table text", paragraph: "<w:spacing w:before=\"20\" w:after=\"20\"/>", run: "")
            + paragraphStyle(tableHeading, "Annex table heading",
                             paragraph: "<w:keepNext/><w:spacing w:before=\"20\" w:after=\"20\"/><w:jc w:val=\"center\"/>",
                             run: "<w:b/><w:bCs/>")
            + paragraphStyle(footnote, "Annex footnote", paragraph: "<w:spacing w:before=\"60\"/><w:jc w:val=\"both\"/>",
                             run: "<w:sz w:val=\"14\"/><w:szCs w:val=\"14\"/>")
            + paragraphStyle(remark, "Annex remark", paragraph: "<w:spacing w:before=\"120\"/>", run: "")
            + paragraphStyle(header, "header", paragraph: "", run: "<w:i/><w:iCs/>", custom: false)
            + paragraphStyle(footer, "footer", paragraph: "<w:jc w:val=\"center\"/>",
                             run: "<w:sz w:val=\"14\"/><w:szCs w:val=\"14\"/>", custom: false)
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:left w:w=\"57\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/>"
            + "</w:tblCellMar></w:tblPr></w:style>"
            + "</w:styles>"
    }

    /// A paragraph style based on Normal; `custom` is false for Word's own (header, footer).
    private static func paragraphStyle(_ id: String, _ name: String, paragraph: String, run: String, custom: Bool = true) -> String {
        "<w:style w:type=\"paragraph\"\(custom ? " w:customStyle=\"1\"" : "") w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:qFormat/>"
            + (paragraph.isEmpty ? "" : "<w:pPr>\(paragraph)</w:pPr>")
            + (run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>")
            + "</w:style>"
    }
}
