import WPCModel

/// Prints diagnostics as a JSON array, one object per diagnostic, keys sorted:
///
///     [{"column": 5, "file": "x.txt", "help": "write 'A'", "length": 8, "line": 12,
///       "message": "…", "rule": "type.long-form", "severity": "warning"}]
///
/// `file`, `line` and `column` are absent when a diagnostic has no location,
/// `help` when it has no fix; `column` is 0 when only the line is known.
public struct JSONPrinter: Sendable {
    /// A printer.
    public init() {}

    /// The diagnostics as pretty-printed JSON with a final newline.
    public func print(_ diagnostics: [Diagnostic]) -> String {
        var json = JSONWriter(style: .spacious, capacity: diagnostics.count * 256 + 8)
        json.openArray()
        for diagnostic in diagnostics {
            json.element()
            json.openObject()
            if let location = diagnostic.location {
                json.member("column", location.column)
                json.member("file", location.file)
            }
            if let help = diagnostic.help { json.member("help", help) }
            json.member("length", diagnostic.length)
            if let location = diagnostic.location { json.member("line", location.line) }
            json.member("message", diagnostic.message)
            json.member("rule", diagnostic.rule)
            json.member("severity", diagnostic.severity.rawValue)
            json.closeObject()
        }
        json.closeArray()
        return json.document
    }
}
