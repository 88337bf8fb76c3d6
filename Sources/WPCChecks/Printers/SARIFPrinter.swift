import Foundation
import WPCModel

/// Prints diagnostics as a SARIF 2.1.0 log (one run) for CI and code-review
/// tools: `tool.driver` lists every rule (id, summary, default level), and each
/// result carries its `ruleId`, `level`, `message` (with the help appended)
/// and a physical location (file URI, start line and column, end column).
/// Columns count Unicode code points, as the run's `columnKind` says.
///
/// A finding in a Word document is in a part of the package: the run lists
/// the document and its parts as artifacts (each part nested in the document
/// through `parentIndex`, its URI the part's path inside the package), the
/// physical location names the part with its line and columns, and a logical
/// location names the place in words (`table 3, row 7 (topic 12, task 2),
/// column Timeline`). A finding about the document as a whole has no region.
public struct SARIFPrinter: Sendable {
    /// The driver's version, e.g. wpc's.
    public var toolVersion: String
    /// The rules the driver declares; ids met in results but missing here are added.
    public var rules: [RuleDescriptor]

    /// A printer declaring `rules` (by default every check rule).
    public init(toolVersion: String, rules: [RuleDescriptor] = CheckRunner.catalog) {
        self.toolVersion = toolVersion
        self.rules = rules
    }

    /// The SARIF log as pretty, key-sorted JSON with a final newline.
    public func print(_ diagnostics: [Diagnostic]) -> String {
        written(diagnostics).document
    }

    /// The same log, ended with a newline, in the pieces it was written in
    /// (a megabyte or so each), with no text of the whole in between: a
    /// large programme's findings run to tens of megabytes.
    public func pieces(_ diagnostics: [Diagnostic]) -> [[UInt8]] {
        var json = written(diagnostics)
        return json.takePieces()
    }

    private func written(_ diagnostics: [Diagnostic]) -> JSONWriter {
        var descriptors = rules
        for diagnostic in diagnostics where !descriptors.contains(where: { $0.id == diagnostic.rule }) {
            descriptors.append(RuleDescriptor(id: diagnostic.rule, severity: diagnostic.severity, summary: "Reported while reading the source."))
        }
        descriptors.sort { $0.id < $1.id }
        let index = Dictionary(descriptors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        // A Word document's parts are artifacts of the run, listed before the results that name them.
        var artifacts = Artifacts()
        let places = diagnostics.map { $0.location.flatMap { artifacts.place($0) } }
        var json = JSONWriter(style: .spacious, capacity: diagnostics.count * 400 + descriptors.count * 200 + 256)
        json.openObject()
        json.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        json.key("runs")
        json.openArray()
        json.element()
        json.openObject()
        if !artifacts.list.isEmpty { artifacts.write(to: &json) }
        json.member("columnKind", "unicodeCodePoints")
        json.key("results")
        json.openArray()
        for (diagnostic, place) in zip(diagnostics, places) {
            json.element()
            json.openObject()
            json.member("level", diagnostic.severity.rawValue)
            if let location = diagnostic.location {
                json.key("locations")
                json.openArray()
                json.element()
                SARIFPrinter.write(location, length: diagnostic.length, place: place, to: &json)
                json.closeArray()
            }
            json.key("message")
            json.openObject()
            json.member("text", diagnostic.help.map { "\(diagnostic.message)\nhelp: \($0)" } ?? diagnostic.message)
            json.closeObject()
            json.member("ruleId", diagnostic.rule)
            json.member("ruleIndex", index[diagnostic.rule] ?? 0)
            json.closeObject()
        }
        json.closeArray()
        json.key("tool")
        json.openObject()
        json.key("driver")
        json.openObject()
        json.member("name", "wpc")
        json.key("rules")
        json.openArray()
        for rule in descriptors {
            json.element()
            json.openObject()
            json.key("defaultConfiguration")
            json.openObject()
            json.member("level", rule.severity.rawValue)
            json.closeObject()
            json.member("id", rule.id)
            json.key("shortDescription")
            json.openObject()
            json.member("text", rule.summary)
            json.closeObject()
            json.closeObject()
        }
        json.closeArray()
        json.member("version", toolVersion)
        json.closeObject()
        json.closeObject()
        json.closeObject()
        json.closeArray()
        json.member("version", "2.1.0")
        json.closeObject()
        return json
    }

    /// A path as a URI reference: relative paths stay relative, absolute ones become `file://` URIs.
    public static func uri(for path: String) -> String {
        let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// A result's location: the file as a URI (for a Word document, the part
    /// nested in it, with the place in words as a logical location), the start
    /// line and column, the end column.
    private static func write(_ location: SourceLocation, length: Int, place: Artifacts.Place?, to json: inout JSONWriter) {
        json.openObject()
        if let name = location.package?.place {
            json.key("logicalLocations")
            json.openArray()
            json.element()
            json.openObject()
            json.member("fullyQualifiedName", name)
            json.member("name", location.package?.cell.map { "column \($0.column)" } ?? name)
            json.closeObject()
            json.closeArray()
        }
        json.key("physicalLocation")
        json.openObject()
        json.key("artifactLocation")
        json.openObject()
        if let place { json.member("index", place.index) }
        json.member("uri", place?.uri ?? uri(for: location.file))
        json.closeObject()
        // A finding about a Word document as a whole has no text line.
        if location.package == nil || (location.package?.part != nil && location.line > 0) {
            json.key("region")
            json.openObject()
            if location.column > 0 {
                json.member("endColumn", location.column + max(1, length))
                json.member("startColumn", location.column)
            }
            json.member("startLine", max(1, location.line))
            json.closeObject()
        }
        json.closeObject()
        json.closeObject()
    }

    /// The run's artifacts: each Word document a result names, then each of its parts, nested in it.
    private struct Artifacts {
        /// Where a result points: the artifact's index and URI.
        struct Place {
            var index: Int
            var uri: String
        }

        private(set) var list: [(uri: String, parent: Int?)] = []

        /// The artifact of `location`: its part inside the document, or the document; nil for a text file.
        mutating func place(_ location: SourceLocation) -> Place? {
            guard let package = location.package else { return nil }
            let document = SARIFPrinter.uri(for: location.file)
            let documentIndex = index(of: document, parent: nil)
            guard let part = package.part, location.line > 0 else { return Place(index: documentIndex, uri: document) }
            let nested = "/" + (part.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? part)
            return Place(index: index(of: nested, parent: documentIndex), uri: nested)
        }

        private mutating func index(of uri: String, parent: Int?) -> Int {
            if let found = list.firstIndex(where: { $0.uri == uri && $0.parent == parent }) { return found }
            list.append((uri, parent))
            return list.count - 1
        }

        func write(to json: inout JSONWriter) {
            json.key("artifacts")
            json.openArray()
            for artifact in list {
                json.element()
                json.openObject()
                json.key("location")
                json.openObject()
                json.member("uri", artifact.uri)
                json.closeObject()
                if let parent = artifact.parent { json.member("parentIndex", parent) }
                json.closeObject()
            }
            json.closeArray()
        }
    }
}
