import WPCChecks
import WPCModel

/// How findings are shown on a terminal: `--quiet` keeps errors only,
/// `--max-diagnostics` caps how many are printed (the rest are counted).
/// The check report written to files, JSON and SARIF are always complete.
public struct DiagnosticDisplay: Sendable {
    /// ANSI colours.
    public var colour: Bool
    /// At most this many diagnostics are printed; nil for all.
    public var limit: Int?
    /// Print errors only (`--quiet`), with no summary line.
    public var errorsOnly: Bool
    /// End with the count by severity ("14 warnings and 3 notes generated.").
    public var summary = true

    /// The default number printed before the rest are only counted.
    public static let defaultLimit = 1_000

    /// A display.
    public init(colour: Bool = false, limit: Int? = DiagnosticDisplay.defaultLimit, errorsOnly: Bool = false) {
        self.colour = colour
        self.limit = limit
        self.errorsOnly = errorsOnly
    }
}

extension CheckReport {
    /// The findings on sources that were read, for a terminal: each with its
    /// source line and caret, at most `display.limit` of them, then how many
    /// more there are, then the count by severity.
    public func displayed(_ display: DiagnosticDisplay) -> String {
        let readable = unreadable.isEmpty ? diagnostics : diagnostics.filter { unreadable[$0.location?.file ?? ""] == nil }
        let shown = display.errorsOnly ? readable.filter { $0.severity == .error } : readable
        let limit = min(shown.count, max(0, display.limit ?? shown.count))
        var output = format(shown.prefix(limit), colour: display.colour)
        if limit < shown.count {
            let rest = shown.count - limit
            output += "… \(CheckReport.grouped(rest)) more \(rest == 1 ? "diagnostic" : "diagnostics") not shown (--max-diagnostics N shows more)\n"
        }
        if display.summary, !display.errorsOnly, !readable.isEmpty { output += HumanPrinter.summary(readable) + "\n" }
        return output
    }

    /// Why each unreadable source could not be read, for standard error: the
    /// reader's errors with their source lines (at most `limit` of them, then
    /// how many more: a schema error per attribute of a hostile file runs to
    /// thousands), or one plain line.
    public func unreadableDisplayed(colour: Bool, limit: Int? = DiagnosticDisplay.defaultLimit) -> String {
        var output = ""
        var left = max(0, limit ?? Int.max), hidden = 0
        for path in unreadable.keys.sorted() {
            guard let error = unreadable[path] else { continue }
            switch error {
            case .file: output += error.lines.map { $0 + "\n" }.joined()
            case .reader:
                let found = diagnostics.filter { $0.location?.file == path }
                output += format(found.prefix(left), colour: colour)
                hidden += max(0, found.count - left)
                left = max(0, left - found.count)
            }
        }
        if hidden > 0 {
            output += "… \(CheckReport.grouped(hidden)) more \(hidden == 1 ? "error" : "errors") not shown (--max-diagnostics N shows more)\n"
        }
        return output
    }

    private func format(_ diagnostics: ArraySlice<Diagnostic>, colour: Bool) -> String {
        let printer = HumanPrinter(colour: colour)
        let shown = texts(showing: diagnostics)
        var output = shown.notice
        for diagnostic in diagnostics {
            output += printer.format(diagnostic, source: diagnostic.location.flatMap { shown.texts[$0.textKey] })
        }
        return output
    }

    /// `7982` as "7,982", the same on every machine.
    static func grouped(_ number: Int) -> String { NumberText.grouped(number) }

    /// "1 error, 14 warnings, 3 notes", or "no findings".
    public var countsBySeverity: String {
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = diagnostics.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
            return count == 0 ? nil : "\(CheckReport.grouped(count)) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        return counts.isEmpty ? "no findings" : counts.joined(separator: ", ")
    }
}
