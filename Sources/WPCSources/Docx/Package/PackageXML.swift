import CLibXML2
import Foundation
import WPCModel

/// The XML parts of a package, parsed under the same safe settings as wpc's
/// own XML: no network, no DTD (a part with `<!DOCTYPE` is refused before
/// parsing), no entity expansion, and only UTF-8 text.
enum PackageXML {
    /// A part's text (UTF-8 bytes, held once) and its lines.
    struct Part {
        var name: String
        var lines: LineIndex
    }

    /// `bytes` of part `name` of the package at `path`, as UTF-8 text.
    /// - Throws: `SourceError` when the part is not UTF-8 or declares a DOCTYPE.
    static func text(_ bytes: [UInt8], name: String, path: String) throws(SourceError) -> Part {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw SourceError("the part \(name) is UTF-16 text; wpc reads Word parts written in UTF-8, as Word, LibreOffice and wpc write them",
                              at: location(path, name))
        }
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let bad = text.withUnsafeBufferPointer({ UTF8Text.firstInvalidUTF8($0) }) {
            throw SourceError("the part \(name) is not valid UTF-8 text (invalid byte at offset \(bad))", at: location(path, name))
        }
        let lines = LineIndex(bytes: text)
        let doctype = lines.withBytes { XMLPrologue.doctypeOffset($0) }
        if let doctype {
            throw SourceError("the part \(name) declares a DOCTYPE; refused (no DTDs, no entities)",
                              at: SourceLocation(file: path, line: lines.line(containing: doctype), column: 0, package: PackagePlace(part: name)))
        }
        return Part(name: name, lines: lines)
    }

    /// Parses `part`, sending its events to `sink`.
    /// - Throws: `SourceError` at the line and column of the first error when the part is not well-formed.
    static func parse<Sink: XMLEventSink>(_ part: Part, path: String, into sink: Sink) throws(SourceError) {
        _ = try parse(part, path: path) { _ in sink }
    }

    /// Parses `part` into the sink `make` makes over the part's bytes (a sink
    /// that walks the bytes beside the parser), and returns it. The bytes are
    /// valid during the parse only.
    static func parse<Sink: XMLEventSink>(_ part: Part, path: String, sink make: (UnsafeBufferPointer<UInt8>) -> Sink) throws(SourceError) -> Sink {
        let issues = XMLIssueCollector()
        let (sink, outcome) = part.lines.withBytes { bytes in
            let sink = make(bytes)
            return (sink, XMLStreamParser.parse(bytes, schema: nil, sink: sink, issues: issues))
        }
        guard let outcome else { throw SourceError("libxml2 could not parse the part \(part.name)", at: location(path, part.name)) }
        guard outcome.wellFormed else {
            let first = issues.firstError
            throw SourceError("the part \(part.name) is not well-formed XML: \(first?.message ?? "it could not be parsed")",
                              at: SourceLocation(file: path, line: max(1, first?.line ?? 1), column: first?.column ?? 0,
                                                 package: PackagePlace(part: part.name)))
        }
        return sink
    }

    /// The package as a whole, or one of its parts, as a location.
    static func location(_ path: String, _ part: String? = nil) -> SourceLocation {
        SourceLocation(file: path, line: 0, column: 0, package: part.map { PackagePlace(part: $0) } ?? .whole)
    }
}

/// Collects every element of a small part (content types, relationships) with its attributes.
final class PackageElementCollector: XMLEventSink {
    private(set) var elements: [(name: String, attributes: [String: String])] = []

    func start(_ name: UnsafePointer<UInt8>, namespace: UnsafePointer<UInt8>?,
               attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int, tagEnd: Int) {
        var values: [String: String] = [:]
        if let attributes {
            for index in 0..<count {
                guard let local = attributes[5 * index], let start = attributes[5 * index + 3], let end = attributes[5 * index + 4] else { continue }
                let value = String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
                values[String(cString: local)] = value.replacingOccurrences(of: "&#38;", with: "&")
            }
        }
        elements.append((String(cString: name), values))
    }

    func characters(_ bytes: UnsafePointer<UInt8>, count: Int) {}
    func end() {}
}
