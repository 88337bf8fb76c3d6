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
        written(diagnostics).document
    }

    /// The same document, ended with a newline, in the pieces it was written in
    /// (a megabyte or so each), with no text of the whole in between: a
    /// large programme's findings run to tens of megabytes.
    public func pieces(_ diagnostics: [Diagnostic]) -> [[UInt8]] {
        var json = written(diagnostics)
        return json.takePieces()
    }

    private func written(_ diagnostics: [Diagnostic]) -> JSONWriter {
        var json = JSONWriter(style: .spacious, capacity: diagnostics.count * 256 + 8)
        json.openArray()
        for diagnostic in diagnostics {
            json.element()
            json.openObject()
            // Keys in sorted order; a Word document's part, place and cell come in their places.
            let package = diagnostic.location?.package
            if let cell = package?.cell {
                json.key("cell")
                json.openObject()
                json.member("column", cell.column)
                json.member("row", cell.row)
                json.member("table", cell.table)
                if let task = cell.task { json.member("task", task) }
                if let topic = cell.topic { json.member("topic", topic) }
                json.closeObject()
            }
            if let location = diagnostic.location {
                json.member("column", location.column)
                json.member("file", location.file)
            }
            if let help = diagnostic.help { json.member("help", help) }
            json.member("length", diagnostic.length)
            if let location = diagnostic.location { json.member("line", location.line) }
            json.member("message", diagnostic.message)
            if let part = package?.part { json.member("part", part) }
            if let place = package?.place { json.member("place", place) }
            json.member("rule", diagnostic.rule)
            json.member("severity", diagnostic.severity.rawValue)
            json.closeObject()
        }
        json.closeArray()
        return json
    }
}
