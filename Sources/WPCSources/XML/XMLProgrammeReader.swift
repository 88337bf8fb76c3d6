import CLibXML2
import WPCModel

/// Reads wpc's XML vocabulary (`urn:wpc:work-programme:1`) into a `Programme`.
///
/// Any `<!DOCTYPE` is refused before parsing, so no declaration is ever read;
/// then libxml2 parses the document twice at once, with network access and
/// entity expansion off: one parse validates it against the bundled
/// `work-programme.xsd`, the other builds the model (see `XMLSideBySideRead`;
/// no tree is made). Text is kept exactly as parsed. Every `WrittenText` carries the line and column where
/// its element's content starts.
public struct XMLProgrammeReader: Sendable {
    /// A reader; it holds no state.
    public init() {}

    /// Reads `source` as a work-programme XML document.
    /// - Throws: `SourceError` naming the file and line when the text is empty,
    ///   not well-formed, declares a DOCTYPE, or breaks the schema (then every
    ///   violation is in the error's `diagnostics`, the first one as its message).
    public func read(_ source: SourceText) throws(SourceError) -> ReadResult {
        ReadResult(programme: try programme(source), diagnostics: [], source: source)
    }

    /// The programme `source` holds, its points numbered from line `firstLine`
    /// (a document stored in a part of a package numbers its lines after the parts before it).
    func programme(_ source: SourceText, firstLine: Int = 1) throws(SourceError) -> Programme {
        let outcome = source.withBytes { bytes -> Result<Programme, SourceError> in
            do throws(SourceError) { return .success(try read(bytes, source: source, firstLine: firstLine)) } catch { return .failure(error) }
        }
        return try outcome.get()
    }

    private func read(_ bytes: UnsafeBufferPointer<UInt8>, source: SourceText, firstLine: Int) throws(SourceError) -> Programme {
        if UTF8Text.trimmed(bytes, 0..<bytes.count).isEmpty {
            throw SourceError("the file is empty", file: source.path)
        }
        guard bytes.count < Int(Int32.max) else {
            throw SourceError("the file is too large for the XML reader (2 GB at most)", file: source.path)
        }
        if let nul = UTF8Text.find(0, in: bytes, 0..<bytes.count) {
            throw SourceError("binary data (NUL byte) in XML", at: SourceLocation(file: source.path, line: source.lines.line(containing: nul), column: 0))
        }
        if let doctype = XMLPrologue.doctypeOffset(bytes) {
            let line = source.lines.line(containing: doctype)
            throw SourceError(
                "DOCTYPE declarations are not allowed in wpc XML (no DTDs, no entities)",
                at: SourceLocation(file: source.path, line: line, column: 0),
                diagnostics: [Diagnostic(.error, "xml.doctype", "DOCTYPE declaration", at: SourceLocation(file: source.path, line: line, column: 0),
                                         help: "remove the <!DOCTYPE …> declaration; wpc XML uses no DTD and no entities")])
        }
        let schema: XMLCompiledSchema
        do {
            schema = try XMLCompiledSchema()
        } catch {
            throw SourceError("cannot validate: \(error.message)", file: source.path)
        }
        let builder = XMLProgrammeBuilder(bytes: bytes, lines: source.lines, firstLine: firstLine)
        let issues = XMLIssueCollector()
        guard let outcome = XMLSideBySideRead.parse(bytes, schema: schema, builder: builder, issues: issues) else {
            throw SourceError("libxml2 could not allocate a parser", file: source.path)
        }
        let errors = issues.issues.filter(\.isError)
        if let limit = errors.first(where: \.isLimit) {
            let location = location(limit, in: source)
            throw SourceError(limit.message, at: location, diagnostics: [Diagnostic(.error, "xml.limit", limit.message, at: location,
                                                                                    help: "wpc's XML nests six levels deep and puts at most two attributes on an element")])
        }
        if !outcome.wellFormed {
            guard let first = errors.first(where: { !$0.isSchemaIssue }) ?? errors.first else {
                throw SourceError("the XML document could not be parsed", file: source.path)
            }
            let syntax = errors.filter { !$0.isSchemaIssue }
            throw SourceError(
                "XML is not well-formed: \(first.message)",
                at: location(first, in: source),
                diagnostics: (syntax.isEmpty ? [first] : syntax).map { Diagnostic(.error, $0.stoppedReading ? "xml.limit" : "xml.syntax", $0.message,
                                                                                   at: location($0, in: source)) })
        }
        if !outcome.valid || !errors.isEmpty {
            let first = errors.first ?? XMLIssue(message: "the document is not valid", line: 1, column: 0, isError: true)
            throw SourceError(
                "the document breaks the work-programme schema: \(first.message)",
                at: location(first, in: source),
                diagnostics: errors.map { Diagnostic(.error, $0.stoppedReading ? "xml.limit" : "xml.schema", $0.message, at: location($0, in: source)) })
        }
        if let problem = builder.problem {
            let point = SourcePoint(line: Int(problem.point.line) - firstLine + 1, byteColumn: Int(problem.point.byteColumn))
            throw SourceError(problem.message, at: source.locator.location(point))
        }
        guard builder.hasTitle else {
            throw SourceError("the XML document has no root element", file: source.path)
        }
        return builder.programme
    }

    private func location(_ issue: XMLIssue, in source: SourceText) -> SourceLocation {
        guard let offset = issue.offset else { return SourceLocation(file: source.path, line: max(1, issue.line), column: issue.column) }
        let location = source.locator.location(ofByte: min(offset, source.lines.bytes.count))
        // Validation errors name an element, not a place on its line.
        return issue.isSchemaIssue ? SourceLocation(file: location.file, line: location.line, column: 0) : location
    }
}

/// The part of an XML document before its root element.
enum XMLPrologue {
    /// The offset of a `<!DOCTYPE` declaration before the root element, if any.
    static func doctypeOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            if matches("<!DOCTYPE", bytes, at: index) { return index }
            if matches("<!--", bytes, at: index) {
                index = end(of: "-->", bytes, from: index + 4)
            } else if matches("<?", bytes, at: index) {
                index = end(of: "?>", bytes, from: index + 2)
            } else {
                return nil
            }
        }
        return nil
    }

    private static func matches(_ text: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let length = text.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        return (0..<length).allSatisfy { bytes[index + $0] == text.utf8Start[$0] }
    }

    private static func end(of text: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if matches(text, bytes, at: index) { return index + text.utf8CodeUnitCount }
            index += 1
        }
        return bytes.count
    }
}
