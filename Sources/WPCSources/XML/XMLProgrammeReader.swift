import CLibXML2
import WPCModel

/// Reads wpc's XML vocabulary (`urn:wpc:work-programme:1`) into a `Programme`.
///
/// The document is parsed by libxml2 with network access off and entity
/// expansion off, and any `<!DOCTYPE` is refused before its declarations are
/// read; then it is validated against the bundled `work-programme.xsd`; then
/// its tree is walked into the model. Text is kept exactly as parsed. Every
/// `WrittenText` carries the line of its element and, when the start tag is on
/// that line, the column where its content starts.
public struct XMLProgrammeReader: Sendable {
    /// A reader; it holds no state.
    public init() {}

    /// Reads `source` as a work-programme XML document.
    /// - Throws: `SourceError` naming the file and line when the text is empty,
    ///   not well-formed, declares a DOCTYPE, or breaks the schema (then every
    ///   violation is in the error's `diagnostics`, the first one as its message).
    public func read(_ source: SourceText) throws(SourceError) -> ReadResult {
        let bytes = Array(source.text.utf8)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw SourceError("the file is empty", file: source.path)
        }
        guard bytes.count < Int(Int32.max) else {
            throw SourceError("the file is too large for the XML reader (2 GB at most)", file: source.path)
        }
        if let nul = bytes.firstIndex(of: 0) {
            let line = bytes[..<nul].filter { $0 == 0x0A }.count + 1
            throw SourceError("binary data (NUL byte) in XML", at: SourceLocation(file: source.path, line: line, column: 0))
        }
        let document = try parse(bytes, source: source)
        try validate(document, source: source)
        guard let root = document.root else {
            throw SourceError("the XML document has no root element", file: source.path)
        }
        var walker = XMLTreeWalker(source: source)
        let programme = try withExtendedLifetime(document) { () throws(SourceError) -> Programme in
            try walker.programme(root)
        }
        return ReadResult(programme: programme, diagnostics: [], source: source)
    }

    private func parse(_ bytes: [UInt8], source: SourceText) throws(SourceError) -> XMLParsedDocument {
        guard let parser = XMLSafeParser() else {
            throw SourceError("libxml2 could not allocate a parser", file: source.path)
        }
        if let document = parser.parse(bytes) { return document }
        let collector = parser.collector
        if let line = collector.doctypeLine {
            throw SourceError(
                "DOCTYPE declarations are not allowed in wpc XML (no DTDs, no entities)",
                at: SourceLocation(file: source.path, line: line, column: 0),
                diagnostics: [Diagnostic(.error, "xml.doctype", "DOCTYPE declaration", at: SourceLocation(file: source.path, line: line, column: 0),
                                         help: "remove the <!DOCTYPE …> declaration; wpc XML uses no DTD and no entities")]
            )
        }
        let errors = collector.issues.filter(\.isError)
        guard let first = errors.first else {
            throw SourceError("the XML document could not be parsed", file: source.path)
        }
        throw SourceError(
            "XML is not well-formed: \(first.message)",
            at: location(first, in: source),
            diagnostics: errors.map { Diagnostic(.error, "xml.syntax", $0.message, at: location($0, in: source)) }
        )
    }

    private func validate(_ document: XMLParsedDocument, source: SourceText) throws(SourceError) {
        let validator: XMLSchemaValidator
        do {
            validator = try XMLSchemaValidator()
        } catch {
            throw SourceError("cannot validate: \(error.message)", file: source.path)
        }
        if validator.validate(document) { return }
        let errors = validator.collector.issues.filter(\.isError)
        let first = errors.first ?? XMLIssue(message: "the document is not valid", line: 1, column: 0, isError: true)
        throw SourceError(
            "the document breaks the work-programme schema: \(first.message)",
            at: location(first, in: source),
            diagnostics: errors.map { Diagnostic(.error, "xml.schema", $0.message, at: location($0, in: source)) }
        )
    }

    private func location(_ issue: XMLIssue, in source: SourceText) -> SourceLocation {
        SourceLocation(file: source.path, line: max(1, issue.line), column: issue.column)
    }
}
