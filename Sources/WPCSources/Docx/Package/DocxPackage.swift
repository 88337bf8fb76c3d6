import Foundation
import WPCModel

/// A Word document as a package: the ZIP archive, opened and checked, with
/// its main document found the way Office finds it — through
/// `[Content_Types].xml` and the package relationships — and the parts the
/// main document relates to (footnotes, styles, numbering, wpc's stored
/// record) found through its own relationships, not by fixed names.
struct DocxPackage {
    /// The content type that makes a package a Word document (also templates and macro-enabled documents).
    static let mainContentTypes: Set<String> = [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ]

    /// A relationship of the main document: its type's last word ("footnotes") and the part it names.
    struct Relationship {
        var kind: String
        var target: String
    }

    let path: String
    private let archive: ZIPArchive
    private let reader: ZIPEntryReader
    /// The main document's part name, e.g. `word/document.xml`.
    let mainDocument: String
    /// The main document's relationships to other parts of the package.
    let relationships: [Relationship]

    /// Opens the package in `data`, read from `path`.
    /// - Throws: `SourceError` when the archive is damaged, unsafe, or not a Word document.
    init(_ data: Data, path: String, options: ReadOptions) throws(SourceError) {
        self.path = path
        do { archive = try ZIPArchive(data) } catch { throw SourceError(error.message, at: PackageXML.location(path)) }
        reader = ZIPEntryReader(sizeLimit: options.partSizeLimit, ratioLimit: options.compressionRatioLimit)
        guard archive.entry(named: "[Content_Types].xml") != nil else {
            throw SourceError("a ZIP archive, but not a Word document: it has no [Content_Types].xml", at: PackageXML.location(path))
        }
        let types = try DocxPackage.elements(of: "[Content_Types].xml", archive: archive, reader: reader, path: path)
        let declared = types.filter { $0.name == "Override" && DocxPackage.mainContentTypes.contains($0.attributes["ContentType"] ?? "") }
            .compactMap { $0.attributes["PartName"].map(DocxPackage.partName) }
        let related = try DocxPackage.officeDocument(archive: archive, reader: reader, path: path)
        // The package relationship names the main document; its content type must say it is Word's.
        guard let main = related.flatMap({ declared.contains($0) ? $0 : nil }) ?? declared.first else {
            throw SourceError("a ZIP archive, but not a Word document: its [Content_Types].xml names no Word main document", at: PackageXML.location(path))
        }
        guard archive.entry(named: main) != nil else {
            throw SourceError("the Word document's main part \(main) is missing from the archive", at: PackageXML.location(path))
        }
        mainDocument = main
        relationships = try DocxPackage.relationships(of: main, archive: archive, reader: reader, path: path)
    }

    /// The part the main document relates to with a relationship of `kind` ("footnotes"), if any.
    func related(_ kind: String) -> String? {
        relationships.first { $0.kind == kind && archive.entry(named: $0.target) != nil }?.target
    }

    /// Every part the main document relates to with a relationship of `kind`.
    func allRelated(_ kind: String) -> [String] {
        relationships.filter { $0.kind == kind && archive.entry(named: $0.target) != nil }.map(\.target)
    }

    /// Part `name`, unpacked and checked to be UTF-8 XML text.
    /// - Throws: `SourceError` when it cannot be unpacked within the limits or is not UTF-8 text.
    func part(_ name: String) throws(SourceError) -> PackageXML.Part {
        try PackageXML.text(DocxPackage.bytes(of: name, archive: archive, reader: reader, path: path), name: name, path: path)
    }

    // MARK: Finding the parts

    /// The part `_rels/.rels` names as the office document, if it names one.
    private static func officeDocument(archive: ZIPArchive, reader: ZIPEntryReader, path: String) throws(SourceError) -> String? {
        guard archive.entry(named: "_rels/.rels") != nil else { return nil }
        let elements = try elements(of: "_rels/.rels", archive: archive, reader: reader, path: path)
        return elements.first { $0.name == "Relationship" && kind(of: $0.attributes["Type"]) == "officeDocument" && $0.attributes["TargetMode"] != "External" }
            .flatMap { $0.attributes["Target"] }
            .flatMap { resolve($0, from: "") }
    }

    /// The relationships of part `name`, from `<folder>/_rels/<file>.rels`.
    private static func relationships(of name: String, archive: ZIPArchive, reader: ZIPEntryReader, path: String) throws(SourceError) -> [Relationship] {
        let folder = name.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let file = name.split(separator: "/").last.map(String.init) ?? name
        let relationshipsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard archive.entry(named: relationshipsPart) != nil else { return [] }
        return try elements(of: relationshipsPart, archive: archive, reader: reader, path: path).compactMap { element in
            guard element.name == "Relationship", element.attributes["TargetMode"] != "External",
                  let target = element.attributes["Target"], let resolved = resolve(target, from: folder) else { return nil }
            return Relationship(kind: kind(of: element.attributes["Type"]), target: resolved)
        }
    }

    /// The last word of a relationship type URI ("…/relationships/footnotes" → "footnotes").
    private static func kind(of type: String?) -> String {
        type.flatMap { $0.split(separator: "/").last.map(String.init) } ?? ""
    }

    /// A relationship target made a part name: relative to `folder` unless it
    /// starts with `/`; `..` climbs, but never above the package; nil when it would.
    static func resolve(_ target: String, from folder: String) -> String? {
        let decoded = target.removingPercentEncoding ?? target
        var segments = decoded.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for segment in decoded.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(String(segment))
            }
        }
        return segments.isEmpty ? nil : segments.joined(separator: "/")
    }

    /// A `PartName` of `[Content_Types].xml` as an entry name ("/word/document.xml" → "word/document.xml").
    private static func partName(_ name: String) -> String {
        resolve(name, from: "") ?? name
    }

    private static func elements(of name: String, archive: ZIPArchive, reader: ZIPEntryReader, path: String) throws(SourceError) -> [(name: String, attributes: [String: String])] {
        let part = try PackageXML.text(bytes(of: name, archive: archive, reader: reader, path: path), name: name, path: path)
        let collector = PackageElementCollector()
        try PackageXML.parse(part, path: path, into: collector)
        return collector.elements
    }

    private static func bytes(of name: String, archive: ZIPArchive, reader: ZIPEntryReader, path: String) throws(SourceError) -> [UInt8] {
        guard let entry = archive.entry(named: name) else {
            throw SourceError("the part \(name) is missing from the archive", at: PackageXML.location(path))
        }
        do { return try reader.read(entry, in: archive) } catch { throw SourceError(error.message, at: PackageXML.location(path)) }
    }
}
