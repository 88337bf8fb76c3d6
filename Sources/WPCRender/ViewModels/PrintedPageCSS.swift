import WPCModel
import WPCTemplateEngine

/// What CSS paged media needs to print an annex's margin boxes — the
/// running title and date, "Page N of M" — as CSS `content` values, made
/// safe for a `<style>` element (the template prints them as they are).
enum PrintedPageCSS {
    /// `print.title`, `print.date` (quoted CSS strings; `none` when there is
    /// no date), `print.numbering` ("Page " counter(page) " of " counter(pages)).
    static let shape = TemplateShape("print", [.init("title", .text), .init("date", .text), .init("numbering", .text)])

    /// The record for `programme` in `labels`' words.
    static func record(_ programme: Programme, labels: Labels) -> TemplateValue {
        .record(TemplateRecord(shape, [
            .text(quoted(programme.title.text)), .text(programme.date.map { quoted($0.text) } ?? "none"),
            .text(counters(labels[.pageNumbering])),
        ]))
    }

    /// `label` ("Page {page} of {pages}") as a CSS content value whose
    /// placeholders are the page counters.
    static func counters(_ label: String) -> String {
        var parts: [String] = []
        var text = ""
        var rest = Substring(label)
        while let open = rest.firstIndex(of: "{") {
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: "}") else { break }
            let name = rest[after..<close]
            guard name == "page" || name == "pages" else {
                text += rest[...open]
                rest = rest[after...]
                continue
            }
            text += rest[..<open]
            if !text.isEmpty { parts.append(quoted(text)) }
            text = ""
            parts.append("counter(\(name))")
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        if !text.isEmpty { parts.append(quoted(text)) }
        return parts.isEmpty ? "none" : parts.joined(separator: " ")
    }

    /// `text` as a double-quoted CSS string: quotes and backslashes escaped,
    /// line breaks and other controls as hexadecimal escapes, and `<` escaped
    /// so that no text can close the `<style>` element.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "<": result += "\\3C "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
