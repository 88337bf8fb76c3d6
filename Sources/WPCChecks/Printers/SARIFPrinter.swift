import Foundation
import WPCModel

/// Prints diagnostics as a SARIF 2.1.0 log (one run) for CI and code-review
/// tools: `tool.driver` lists every rule (id, summary, default level), and each
/// result carries its `ruleId`, `level`, `message` (with the help appended)
/// and a physical location (file URI, start line and column, end column).
/// Columns count Unicode code points, as the run's `columnKind` says.
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
        var json = JSONWriter(style: .spacious, capacity: diagnostics.count * 400 + descriptors.count * 200 + 256)
        json.openObject()
        json.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        json.key("runs")
        json.openArray()
        json.element()
        json.openObject()
        json.member("columnKind", "unicodeCodePoints")
        json.key("results")
        json.openArray()
        for diagnostic in diagnostics {
            json.element()
            json.openObject()
            json.member("level", diagnostic.severity.rawValue)
            if let location = diagnostic.location {
                json.key("locations")
                json.openArray()
                json.element()
                SARIFPrinter.write(location, length: diagnostic.length, to: &json)
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
        return json.document
    }

    /// A path as a URI reference: relative paths stay relative, absolute ones become `file://` URIs.
    public static func uri(for path: String) -> String {
        let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// A result's location: the file as a URI, the start line and column, the end column.
    private static func write(_ location: SourceLocation, length: Int, to json: inout JSONWriter) {
        json.openObject()
        json.key("physicalLocation")
        json.openObject()
        json.key("artifactLocation")
        json.openObject()
        json.member("uri", uri(for: location.file))
        json.closeObject()
        json.key("region")
        json.openObject()
        if location.column > 0 {
            json.member("endColumn", location.column + max(1, length))
            json.member("startColumn", location.column)
        }
        json.member("startLine", max(1, location.line))
        json.closeObject()
        json.closeObject()
        json.closeObject()
    }
}
