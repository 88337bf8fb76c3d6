import WPCModel

/// Prints diagnostics for people, the way clang and rustc do:
///
///     file:line:col: severity: message [rule-id]
///     the source line
///            ^~~~
///     help: how to fix it
///
/// The caret line copies the tabs of the source line so the caret stands under
/// the offending text in any terminal. Very long lines (a footnote is one line
/// in the annex text) are shown as a window around the caret. Colour is off
/// unless asked for (the command turns it on for terminals).
public struct HumanPrinter: Sendable {
    /// Whether to use ANSI colours.
    public var colour: Bool
    /// Lines longer than this are cut to a window around the caret.
    public var maxLineWidth: Int

    /// A printer; `colour` adds ANSI escapes.
    public init(colour: Bool = false, maxLineWidth: Int = 160) {
        self.colour = colour
        self.maxLineWidth = maxLineWidth
    }

    /// Every diagnostic, then a count ("1 error, 2 warnings and 1 note generated.").
    /// - Parameter sources: the text of each file, keyed by the path the locations name.
    public func print(_ diagnostics: [Diagnostic], sources: [String: String]) -> String {
        var lines: [String: SourceLines] = [:]
        var output = ""
        for diagnostic in diagnostics {
            let file = diagnostic.location?.file
            var source: SourceLines?
            if let file, let text = sources[file] {
                source = lines[file] ?? SourceLines(text)
                lines[file] = source
            }
            output += format(diagnostic, source: source)
        }
        if !diagnostics.isEmpty { output += HumanPrinter.summary(diagnostics) + "\n" }
        return output
    }

    /// One diagnostic with its source line, caret and help, each line ending in "\n".
    public func format(_ diagnostic: Diagnostic, source: SourceLines?) -> String {
        let place = diagnostic.location.map { "\($0):" } ?? "wpc:"
        var output = paint(place, .bold) + " " + paint("\(diagnostic.severity.rawValue):", style(of: diagnostic.severity))
        output += " " + paint(diagnostic.message, .bold) + " [\(diagnostic.rule)]\n"
        if let location = diagnostic.location, let line = source?.line(location.line) {
            output += excerpt(Array(line), location: location, length: diagnostic.length)
        }
        if let help = diagnostic.help { output += paint("help:", .help) + " " + help + "\n" }
        return output
    }

    /// "2 errors, 1 warning and 3 notes generated."
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = diagnostics.filter { $0.severity == severity }.count
            return count == 0 ? nil : "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        let list = counts.count > 1 ? counts.dropLast().joined(separator: ", ") + " and " + (counts.last ?? "") : counts.joined()
        return "\(list) generated."
    }

    private func excerpt(_ line: [Character], location: SourceLocation, length: Int) -> String {
        guard location.column > 0 else { return String(line) + "\n" }
        let caret = min(location.column - 1, line.count)
        let span = max(1, min(length, line.count - caret))
        var start = 0, end = line.count
        if line.count > maxLineWidth {
            start = max(0, caret - maxLineWidth / 3)
            // The window never grows for a long span: the caret is cut at its edge instead.
            end = min(line.count, start + maxLineWidth)
        }
        let lead = start > 0 ? "..." : ""
        let tail = end < line.count ? "..." : ""
        let shown = lead + String(line[start..<end]) + tail
        let padding = String(repeating: " ", count: lead.count)
            + String(line[start..<caret].map { $0 == "\t" ? "\t" : " " })
        let marker = "^" + String(repeating: "~", count: max(0, min(span, end - caret) - 1))
        return shown + "\n" + padding + paint(marker, .caret) + "\n"
    }

    private enum Style {
        case bold, error, warning, note, caret, help

        var code: String {
            switch self {
            case .bold: "\u{1B}[1m"
            case .error: "\u{1B}[1;31m"
            case .warning: "\u{1B}[1;35m"
            case .note: "\u{1B}[1;36m"
            case .caret: "\u{1B}[1;32m"
            case .help: "\u{1B}[1;36m"
            }
        }
    }

    private func style(of severity: Severity) -> Style {
        switch severity {
        case .error: .error
        case .warning: .warning
        case .note: .note
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        colour ? style.code + text + "\u{1B}[0m" : text
    }
}
