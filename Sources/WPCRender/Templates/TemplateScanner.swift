import Foundation

/// A tag of a Mustache template, as far as validation needs it.
struct TemplateTag: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case variable, section, partial, other }
    var kind: Kind
    /// The name as written, transforms included (`uppercased(title)`).
    var name: String
    var line: Int
    var column: Int
}

/// Finds the tags of a template written with the default `{{ }}`
/// delimiters; a template that changes its delimiters is not scanned.
enum TemplateScanner {
    static func tags(in text: String) -> [TemplateTag]? {
        var tags: [TemplateTag] = []
        var line = 1, column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{") {
                let start = (line, column)
                let bodyStart = text.index(index, offsetBy: 2)
                guard let close = text[bodyStart...].range(of: "}}") else { break }
                var body = Substring(text[bodyStart..<close.lowerBound])
                var end = close.upperBound
                if body.hasPrefix("{"), end < text.endIndex, text[end] == "}" {
                    body = body.dropFirst()
                    end = text.index(after: end)
                }
                if let tag = tag(body, line: start.0, column: start.1) {
                    if tag.kind == .other, tag.name == "=" { return nil }
                    tags.append(tag)
                }
                for character in text[index..<end] { advance(character, &line, &column) }
                index = end
                continue
            }
            advance(text[index], &line, &column)
            index = text.index(after: index)
        }
        return tags
    }

    private static func advance(_ character: Character, _ line: inout Int, _ column: inout Int) {
        if character == "\n" { line += 1; column = 1 } else { column += 1 }
    }

    private static func tag(_ body: Substring, line: Int, column: Int) -> TemplateTag? {
        let trimmed = body.trimmingCharacters(in: .whitespaces)
        guard let sigil = trimmed.first else { return nil }
        let rest = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)
        switch sigil {
        case "!", "/", "%", "$": return nil
        case "=": return TemplateTag(kind: .other, name: "=", line: line, column: column)
        case "#", "^": return TemplateTag(kind: .section, name: rest, line: line, column: column)
        case ">", "<": return TemplateTag(kind: .partial, name: rest, line: line, column: column)
        case "&": return TemplateTag(kind: .variable, name: rest, line: line, column: column)
        default: return TemplateTag(kind: .variable, name: trimmed, line: line, column: column)
        }
    }

    /// The view-model keys a tag name refers to: `a.b` → a, b; `f(x)` → x; `.` → none.
    static func keys(of name: String) -> [String] {
        var inner = name
        while let open = inner.firstIndex(of: "("), inner.hasSuffix(")") {
            inner = String(inner[inner.index(after: open)..<inner.index(before: inner.endIndex)])
        }
        return inner.split(separator: ".").map(String.init).filter { !$0.isEmpty }
    }
}
