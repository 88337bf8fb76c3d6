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
        var descriptors = rules
        for diagnostic in diagnostics where !descriptors.contains(where: { $0.id == diagnostic.rule }) {
            descriptors.append(RuleDescriptor(id: diagnostic.rule, severity: diagnostic.severity, summary: "Reported while reading the source."))
        }
        descriptors.sort { $0.id < $1.id }
        let index = Dictionary(descriptors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let driver = Driver(name: "wpc", version: toolVersion, rules: descriptors.map { rule in
                                Rule(id: rule.id, shortDescription: Text(text: rule.summary),
                                     defaultConfiguration: Configuration(level: rule.severity.rawValue))
                            })
        var artifacts = Artifacts()
        let results = diagnostics.map { diagnostic in
            Result(ruleId: diagnostic.rule, ruleIndex: index[diagnostic.rule] ?? 0, level: diagnostic.severity.rawValue,
                   message: Text(text: diagnostic.help.map { "\(diagnostic.message)\nhelp: \($0)" } ?? diagnostic.message),
                   locations: diagnostic.location.map { [SARIFPrinter.location($0, length: diagnostic.length, artifacts: &artifacts)] })
        }
        let log = Log(version: "2.1.0", schema: "https://json.schemastore.org/sarif-2.1.0.json",
                      runs: [Run(tool: Tool(driver: driver), results: results, columnKind: "unicodeCodePoints",
                                 artifacts: artifacts.list.isEmpty ? nil : artifacts.list)])
        return JSONPrinter.encode(log)
    }

    /// A path as a URI reference: relative paths stay relative, absolute ones become `file://` URIs.
    public static func uri(for path: String) -> String {
        let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    private static func location(_ location: SourceLocation, length: Int, artifacts: inout Artifacts) -> Location {
        let column = location.column > 0 ? location.column : nil
        let region = Region(startLine: max(1, location.line), startColumn: column, endColumn: column.map { $0 + max(1, length) })
        guard let package = location.package else {
            return Location(physicalLocation: PhysicalLocation(artifactLocation: ArtifactLocation(uri: uri(for: location.file)), region: region))
        }
        let document = artifacts.index(of: uri(for: location.file), parent: nil)
        let logical = package.place.map { [LogicalLocation(name: package.cell.map { "column \($0.column)" } ?? $0, fullyQualifiedName: $0)] }
        guard let part = package.part, location.line > 0 else {
            return Location(physicalLocation: PhysicalLocation(artifactLocation: ArtifactLocation(uri: uri(for: location.file), index: document)),
                            logicalLocations: logical)
        }
        let nested = "/" + (part.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? part)
        let artifact = ArtifactLocation(uri: nested, index: artifacts.index(of: nested, parent: document))
        return Location(physicalLocation: PhysicalLocation(artifactLocation: artifact, region: region), logicalLocations: logical)
    }

    /// The run's artifacts: a package, then each of its parts that a result names.
    private struct Artifacts {
        var list: [Artifact] = []

        mutating func index(of uri: String, parent: Int?) -> Int {
            if let found = list.firstIndex(where: { $0.location.uri == uri && $0.parentIndex == parent }) { return found }
            list.append(Artifact(location: ArtifactLocation(uri: uri), parentIndex: parent))
            return list.count - 1
        }
    }

    private struct Log: Encodable {
        var version: String
        var schema: String
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case version, runs
            case schema = "$schema"
        }
    }

    private struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var columnKind: String
        var artifacts: [Artifact]?
    }

    private struct Artifact: Encodable {
        var location: ArtifactLocation
        var parentIndex: Int?
    }

    private struct LogicalLocation: Encodable {
        var name: String
        var fullyQualifiedName: String
    }

    private struct Tool: Encodable { var driver: Driver }

    private struct Driver: Encodable {
        var name: String
        var version: String
        var rules: [Rule]
    }

    private struct Rule: Encodable {
        var id: String
        var shortDescription: Text
        var defaultConfiguration: Configuration
    }

    private struct Configuration: Encodable { var level: String }

    private struct Text: Encodable { var text: String }

    private struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]?
    }

    private struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        var logicalLocations: [LogicalLocation]?
    }

    private struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    private struct ArtifactLocation: Encodable {
        var uri: String
        var index: Int?
    }

    private struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
        var endColumn: Int?
    }
}
