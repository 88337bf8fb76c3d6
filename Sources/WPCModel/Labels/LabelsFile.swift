/// Why a labels file cannot be used, with the file, line and column.
public struct LabelsError: Error, Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    /// A problem at `location`.
    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `file:line:col: error: message`.
    public var description: String { "\(location): error: \(message)" }
}

/// Reads a labels file: one label a line, `key = text`, in UTF-8.
///
/// ```
/// # Column headings
/// column.number = No
/// page.numbering = Page {page} of {pages}
/// ```
///
/// Blank lines and lines starting with `#` are skipped. The text is what
/// follows `=`, without the spaces around it; a text between double quotes
/// (`diff.list-separator = ", "`) is what is inside them, spaces at its
/// ends included. A key must be one of
/// `LabelKey.all`, given once; a `{word}` in a text must be one of its
/// key's placeholders. Anything else is an error naming the line and column.
public enum LabelsFile {
    /// The texts `text` gives, by key name.
    /// - Throws: `LabelsError` at the first line that breaks the rules.
    public static func parse(_ text: String, file: String) throws(LabelsError) -> [String: String] {
        var texts: [String: String] = [:]
        var firstLine: [String: Int] = [:]
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        // Lines as wpc splits every text (`LineIndex`), read a scalar at a time.
        let index = LineIndex(text)
        for lineNumber in stride(from: 1, through: index.count, by: 1) {
            let line = (index.line(lineNumber) ?? "").unicodeScalars
            func at(_ position: String.UnicodeScalarView.Index) -> SourceLocation {
                SourceLocation(file: file, line: lineNumber, column: line.distance(from: line.startIndex, to: position) + 1)
            }
            guard let start = line.firstIndex(where: { $0 != " " && $0 != "\t" }), line[start] != "#" else { continue }
            guard let equals = line[start...].firstIndex(of: "=") else {
                throw LabelsError("expected 'key = text'", at: at(start))
            }
            let key = String(String.UnicodeScalarView(line[start..<equals])).trimmingSpaces
            guard !key.isEmpty else { throw LabelsError("a label needs a key before '='", at: at(start)) }
            guard let labelKey = LabelKey.named(key) else {
                let nearest = NearestKey.to(key, among: LabelKey.all.map(\.name))
                throw LabelsError("no label is called '\(key)'" + (nearest.map { "; did you mean '\($0)'?" } ?? ""), at: at(start))
            }
            if let first = firstLine[key] {
                throw LabelsError("label '\(key)' is given twice (first on line \(first))", at: at(start))
            }
            let afterEquals = line.index(after: equals)
            var value = String(String.UnicodeScalarView(line[afterEquals...])).trimmingSpaces
            var valueStart = line[afterEquals...].firstIndex { $0 != " " && $0 != "\t" } ?? line.endIndex
            if value.unicodeScalars.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.unicodeScalars.dropFirst().dropLast())
                valueStart = line.index(after: valueStart)
            }
            if let (offset, name) = unknownPlaceholder(in: value, allowed: labelKey.placeholders) {
                let allowed = labelKey.placeholders.isEmpty
                    ? "it takes none" : "it takes " + labelKey.placeholders.map { "{\($0)}" }.joined(separator: ", ")
                throw LabelsError("label '\(key)' has no placeholder {\(name)}; \(allowed)",
                                  at: at(line.index(valueStart, offsetBy: offset)))
            }
            texts[key] = value
            firstLine[key] = lineNumber
        }
        return texts
    }

    /// The first `{word}` in `text` that is not one of `allowed`: its offset in scalars and its word.
    private static func unknownPlaceholder(in text: String, allowed: [String]) -> (Int, String)? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "{" else { continue }
            var end = index + 1
            while end < scalars.count, scalars[end].properties.isAlphabetic || scalars[end] == "-" || ("0"..."9").contains(scalars[end]) { end += 1 }
            guard end < scalars.count, scalars[end] == "}", end > index + 1 else { continue }
            let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            if !allowed.contains(name) { return (index, name) }
        }
        return nil
    }
}

/// The known key nearest to a misspelt one, for "did you mean".
private enum NearestKey {
    static func to(_ typed: String, among keys: [String]) -> String? {
        let scored = keys.map { ($0, EditDistance.between(typed, $0)) }.filter { $0.1 <= max(2, typed.count / 3) }
        return scored.min { $0.1 < $1.1 }?.0
    }
}

extension String {
    /// The text without spaces and tabs at either end.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }
}
