/// Namespaces and the XML declaration every part starts with.
enum XMLPart {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
}

/// The small, mostly fixed parts of the package: content types,
/// relationships, settings, document properties, running header and footer.
enum PackageParts {
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let wordTypes = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    /// The relationship ids `document.xml` uses.
    enum RelationshipID {
        static let styles = "rIdStyles"
        static let settings = "rIdSettings"
        static let header = "rIdHeader"
        static let firstHeader = "rIdFirstHeader"
        static let footer = "rIdFooter"
    }

    /// `[Content_Types].xml`.
    static let contentTypes = XMLPart.declaration
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"\(wordTypes).document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"\(wordTypes).styles+xml\"/>"
        + "<Override PartName=\"/word/settings.xml\" ContentType=\"\(wordTypes).settings+xml\"/>"
        + "<Override PartName=\"/word/header1.xml\" ContentType=\"\(wordTypes).header+xml\"/>"
        + "<Override PartName=\"/word/header2.xml\" ContentType=\"\(wordTypes).header+xml\"/>"
        + "<Override PartName=\"/word/footer1.xml\" ContentType=\"\(wordTypes).footer+xml\"/>"
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        + "</Types>"

    /// `_rels/.rels`: the package's main document and its properties.
    static let packageRelationships = XMLPart.declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(officeRelationships)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    /// `word/_rels/document.xml.rels`.
    static let documentRelationships = XMLPart.declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"\(RelationshipID.styles)\" Type=\"\(officeRelationships)/styles\" Target=\"styles.xml\"/>"
        + "<Relationship Id=\"\(RelationshipID.settings)\" Type=\"\(officeRelationships)/settings\" Target=\"settings.xml\"/>"
        + "<Relationship Id=\"\(RelationshipID.header)\" Type=\"\(officeRelationships)/header\" Target=\"header1.xml\"/>"
        + "<Relationship Id=\"\(RelationshipID.firstHeader)\" Type=\"\(officeRelationships)/header\" Target=\"header2.xml\"/>"
        + "<Relationship Id=\"\(RelationshipID.footer)\" Type=\"\(officeRelationships)/footer\" Target=\"footer1.xml\"/>"
        + "</Relationships>"

    /// `word/settings.xml`: Word 2013+ layout rules, so Word does not open the
    /// file in compatibility mode.
    static let settings = XMLPart.declaration
        + "<w:settings xmlns:w=\"\(XMLPart.wordNamespace)\">"
        + "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "</w:settings>"

    /// `docProps/core.xml`: title, subject (the document reference), an
    /// optional description, and the programme's own date as created and
    /// modified, never the clock's.
    static func coreProperties(title: String, subject: String?, creator: String?, timestamp: String, description: String? = nil) -> String {
        XMLPart.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.escaped(title))</dc:title>"
            + (subject.map { "<dc:subject>\(XMLText.escaped($0))</dc:subject>" } ?? "")
            + (creator.map { "<dc:creator>\(XMLText.escaped($0))</dc:creator>" } ?? "")
            + (description.map { "<dc:description>\(XMLText.escaped($0))</dc:description>" } ?? "")
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(timestamp)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(timestamp)</dcterms:modified>"
            + "</cp:coreProperties>"
    }

    /// `docProps/app.xml`: names the program that wrote the file.
    static let appProperties = XMLPart.declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>wpc</Application></Properties>"

    /// A running header part (`w:hdr`) holding `paragraphs`.
    static func header(_ paragraphs: [Paragraph]) -> String {
        XMLPart.declaration + "<w:hdr xmlns:w=\"\(XMLPart.wordNamespace)\">"
            + (paragraphs.isEmpty ? [Paragraph(style: DocxStyles.header, [])] : paragraphs).map(\.xml).joined()
            + "</w:hdr>"
    }

    /// `word/footer1.xml`: `numbering` ("Page {page} of {pages}") with Word's
    /// PAGE and NUMPAGES fields in place of its placeholders.
    static func footer(numbering: String) -> String {
        var runs = ""
        var rest = Substring(numbering)
        func text(_ piece: Substring) {
            guard !piece.isEmpty else { return }
            runs += "<w:r><w:t xml:space=\"preserve\">\(XMLText.escaped(String(piece)))</w:t></w:r>"
        }
        while let open = rest.firstIndex(of: "{") {
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: "}") else { break }
            let field = switch rest[after..<close] {
            case "page": "PAGE"
            case "pages": "NUMPAGES"
            default: ""
            }
            guard !field.isEmpty else {
                text(rest[...open])
                rest = rest[after...]
                continue
            }
            text(rest[..<open])
            runs += "<w:fldSimple w:instr=\" \(field) \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
            rest = rest[rest.index(after: close)...]
        }
        text(rest)
        return XMLPart.declaration
            + "<w:ftr xmlns:w=\"\(XMLPart.wordNamespace)\">"
            + "<w:p><w:pPr><w:pStyle w:val=\"\(DocxStyles.footer)\"/></w:pPr>"
            + runs
            + "</w:p></w:ftr>"
    }
}
