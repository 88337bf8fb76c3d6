/// wpc's record of the programme inside the Word package: its canonical XML
/// as a custom XML part (`customXml/item1.xml`, where Office add-ins keep
/// their data, so Word keeps it when it saves the document), with the item's
/// properties, related from the main document. wpc's Word reader takes from
/// it what the visible document cannot show, while the document still agrees
/// with it (see the README, "Word (.docx) input").
enum RecordParts {
    static let item = "customXml/item1.xml"
    static let properties = "customXml/itemProps1.xml"
    static let itemRelationships = "customXml/_rels/item1.xml.rels"
    /// The data store's id for the item: fixed, so the package stays byte-for-byte deterministic.
    static let itemID = "{6B1E0F54-3C1A-4D8E-9A51-57A3C0DE1D0C}"

    /// The parts to add for `record` (wpc's XML of the programme).
    static func parts(_ record: String) -> [(path: String, xml: String)] {
        [
            (item, record),
            (itemRelationships, XMLPart.declaration
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps\" Target=\"itemProps1.xml\"/>"
                + "</Relationships>"),
            (properties, XMLPart.declaration
                + "<ds:datastoreItem ds:itemID=\"\(itemID)\" xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\">"
                + "<ds:schemaRefs><ds:schemaRef ds:uri=\"urn:wpc:work-programme:1\"/></ds:schemaRefs></ds:datastoreItem>"),
        ]
    }

    /// `[Content_Types].xml` with the item properties' type declared.
    static func contentTypes(_ types: String) -> String {
        types.replacingOccurrences(of: "</Types>", with:
            "<Override PartName=\"/\(properties)\" ContentType=\"application/vnd.openxmlformats-officedocument.customXmlProperties+xml\"/></Types>")
    }

    /// The main document's relationships with the record related.
    static func documentRelationships(_ relationships: String) -> String {
        relationships.replacingOccurrences(of: "</Relationships>", with:
            "<Relationship Id=\"rIdRecord\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml\" Target=\"../\(item)\"/></Relationships>")
    }
}
