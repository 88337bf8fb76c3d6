/// The names of wpc's XML vocabulary, shared by the reader and the writer so
/// the two cannot drift apart. The schema is `Schema/work-programme.xsd`.
enum XMLVocabulary {
    /// The namespace every element of a work-programme document is in.
    static let namespace = "urn:wpc:work-programme:1"
    /// The root element.
    static let root = "work-programme"
    /// The schema's file name inside the bundled `Schema` folder.
    static let schemaResource = "work-programme"
}
