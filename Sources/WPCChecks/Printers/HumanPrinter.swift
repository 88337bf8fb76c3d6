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
/// in the annex text) are shown as a window around the caret. Each diagnostic
/// costs the same however long its line is: the line is found through the
/// source's line index and only the window is read. Colour is off unless
/// asked for (the command turns it on for terminals).
///
/// In a Word document the location names the place in words (`draft.docx:
/// table 3, row 7 (topic 12, task 2), column Timeline:`); a line
/// `  --> word/document.xml:2:4817` then gives the part, line and column the
/// excerpt is taken from.
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
    /// - Parameter sources: the line index of each text, keyed as the locations'
    ///   `textKey` names them (the file's path, or a package's file and part).
    public func print(_ diagnostics: [Diagnostic], sources: [String: LineIndex]) -> String {
        var output = ""
        for diagnostic in diagnostics {
            output += format(diagnostic, source: diagnostic.location.flatMap { sources[$0.textKey] })
        }
        if !diagnostics.isEmpty { output += HumanPrinter.summary(diagnostics) + "\n" }
        return output
    }

    /// One diagnostic with its source line, caret and help, each line ending in "\n".
    public func format(_ diagnostic: Diagnostic, source: LineIndex?) -> String {
        let place = diagnostic.location.map { "\($0):" } ?? "wpc:"
        var output = paint(place, .bold) + " " + paint("\(diagnostic.severity.rawValue):", style(of: diagnostic.severity))
        output += " " + paint(diagnostic.message, .bold) + " [\(diagnostic.rule)]\n"
        if let location = diagnostic.location, let package = location.package, package.place != nil,
           let partLine = package.partLine(line: location.line, column: location.column) {
            output += "  --> \(partLine)\n"
        }
        if let location = diagnostic.location, let source, source.hasText, source.range(ofLine: location.line) != nil {
            output += excerpt(source, location: location, length: diagnostic.length)
        }
        if let help = diagnostic.help { output += paint("help:", .help) + " " + help + "\n" }
        return output
    }

    /// "2 errors, 1 warning and 3 notes generated."
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        var counts: [Severity: Int] = [:]
        for diagnostic in diagnostics { counts[diagnostic.severity, default: 0] += 1 }
        let parts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = counts[severity, default: 0]
            return count == 0 ? nil : "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        let list = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "") : parts.joined()
        return "\(list) generated."
    }

    /// The line (or a window of it) and the caret line under the span.
    private func excerpt(_ source: LineIndex, location: SourceLocation, length: Int) -> String {
        let number = location.line
        guard let range = source.range(ofLine: number) else { return "" }
        return source.withBytes { bytes -> String in
            let characters = source.characterCount(ofLine: number)
            guard location.column > 0 else {
                // No column (a schema error names an element, not a place): the line's start, cut like any long line.
                guard characters > maxLineWidth else { return UTF8Text.string(bytes, range) + "\n" }
                let end = range.lowerBound + source.byteColumn(line: number, characterColumn: maxLineWidth + 1) - 1
                return UTF8Text.string(bytes, range.lowerBound..<end) + "...\n"
            }
            let caret = min(location.column - 1, characters)
            let span = max(1, min(length, characters - caret))
            var start = 0, end = characters
            if characters > maxLineWidth {
                start = max(0, caret - maxLineWidth / 3)
                // The window never grows for a long span: the caret is cut at its edge instead.
                end = min(characters, start + maxLineWidth)
            }
            func byte(atCharacter index: Int) -> Int {
                range.lowerBound + source.byteColumn(line: number, characterColumn: index + 1) - 1
            }
            let startByte = start == 0 ? range.lowerBound : byte(atCharacter: start)
            let endByte = end == characters ? range.upperBound : byte(atCharacter: end)
            let caretByte = caret == characters ? range.upperBound : byte(atCharacter: caret)
            let lead = start > 0 ? "..." : ""
            let tail = end < characters ? "..." : ""
            let shown = lead + UTF8Text.string(bytes, startByte..<endByte) + tail
            var padding = lead.isEmpty ? "" : "   "
            for index in startByte..<caretByte where !UTF8Text.isContinuation(bytes[index]) {
                padding += bytes[index] == 0x09 ? "\t" : " "
            }
            let marker = "^" + String(repeating: "~", count: max(0, min(span, end - caret) - 1))
            return shown + "\n" + padding + paint(marker, .caret) + "\n"
        }
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
