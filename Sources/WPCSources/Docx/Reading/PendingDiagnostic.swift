import WPCModel

/// A finding made while reading, located once the package map is complete.
struct PendingDiagnostic: Sendable {
    var severity: Severity
    var rule: String
    var message: String
    var point: SourcePoint?
    var length: Int
    var help: String?

    init(_ severity: Severity, _ rule: String, _ message: String, at point: SourcePoint?, length: Int = 1, help: String? = nil) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.point = point
        self.length = length
        self.help = help
    }

    /// The diagnostic, located through `locator` (the package as a whole when the point is unknown).
    func diagnostic(_ locator: SourceLocator) -> Diagnostic {
        let location = point.flatMap { $0.line > 0 ? locator.location($0) : nil }
            ?? SourceLocation(file: locator.file, line: 0, column: 0, package: .whole)
        return Diagnostic(severity, rule, message, at: location, length: length, help: help)
    }
}
