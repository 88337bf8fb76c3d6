import Foundation
import WPCModel

/// Prints diagnostics as a JSON array, one object per diagnostic, keys sorted:
///
///     [{"column": 5, "file": "x.txt", "help": "write 'A'", "length": 8, "line": 12,
///       "message": "…", "rule": "type.long-form", "severity": "warning"}]
///
/// `file`, `line` and `column` are absent when a diagnostic has no location,
/// `help` when it has no fix; `column` is 0 when only the line is known. In a
/// Word document `line` and `column` are in `part` (`word/document.xml`),
/// `place` says where in words ("table 3, row 7 (topic 12, task 2), column
/// Timeline") and `cell` gives the same as numbers (`table`, `row`, `column`,
/// `topic`, `task`); the three are absent for other sources.
public struct JSONPrinter: Sendable {
    /// A printer.
    public init() {}

    /// The diagnostics as pretty-printed JSON with a final newline.
    public func print(_ diagnostics: [Diagnostic]) -> String {
        let records = diagnostics.map { diagnostic in
            Record(file: diagnostic.location?.file, line: diagnostic.location?.line, column: diagnostic.location?.column,
                   length: diagnostic.length, severity: diagnostic.severity.rawValue, rule: diagnostic.rule,
                   message: diagnostic.message, help: diagnostic.help,
                   part: diagnostic.location?.package?.part, place: diagnostic.location?.package?.place,
                   cell: diagnostic.location?.package?.cell)
        }
        return JSONPrinter.encode(records)
    }

    /// `value` as pretty, key-sorted JSON with a final newline.
    static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else { return "[]\n" }
        return text + "\n"
    }

    private struct Record: Encodable {
        var file: String?
        var line: Int?
        var column: Int?
        var length: Int
        var severity: String
        var rule: String
        var message: String
        var help: String?
        var part: String?
        var place: String?
        var cell: TableCellPlace?
    }
}
