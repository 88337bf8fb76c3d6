import WPCSynthetic
import WPCTemplateEngine

/// Random small templates and records for the comparison with
/// swift-mustache: names valid in their context, tags inline and standalone,
/// padded and not, every kind of section, partials (indented or not),
/// comments, pragmas, CRLF and LF lines, text with characters to escape.
struct RandomTemplates {
    static let leaf = TemplateShape("leaf", [
        .init("label", .text), .init("memo", .optionalText), .init("on", .flag), .init("n", .number),
    ])
    static let middle = TemplateShape("middle", [
        .init("title", .text), .init("leaves", .records(leaf)), .init("words", .texts), .init("head", .optionalRecord(leaf)),
        .init("memo", .optionalText),
    ])
    static let root = TemplateShape("root", [
        .init("title", .text), .init("memo", .optionalText), .init("on", .flag), .init("n", .number),
        .init("middles", .records(middle)), .init("words", .texts), .init("main", .record(leaf)), .init("spare", .optionalRecord(middle)),
    ])

    /// Partials use root names only, so that they compile wherever they are included.
    static let partials = [
        "p1": "<{{title}}>\n",
        "p2": "{{#words}}\n  * {{.}}\n{{/words}}\n",
        "p3": "{{% CONTENT_TYPE: TEXT}}\n{{memo}}&{{main.label}}\n  {{> p1}}\n",
        "p4": "{{#on}}on{{/on}}{{^on}}off{{/on}} {{n}}",
    ]

    var random: SeededRandom

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    // MARK: Records

    private static let textPieces = ["a", "b", " ", "  ", "<", ">", "&", "\"", "'", "é", "–", "\n", "x y", "\t", "1"]

    mutating func text() -> String {
        (0..<random.next(below: 6)).map { _ in Self.textPieces[random.next(below: Self.textPieces.count)] }.joined()
    }

    mutating func optionalText() -> TemplateValue { random.next(below: 3) == 0 ? .absent : .text(text()) }

    mutating func leafRecord() -> TemplateRecord {
        TemplateRecord(Self.leaf, [.text(text()), optionalText(), .flag(random.next(below: 2) == 0), .number(random.next(below: 5) - 1)])
    }

    mutating func middleRecord() -> TemplateRecord {
        TemplateRecord(Self.middle, [
            .text(text()), .records((0..<random.next(below: 4)).map { _ in leafRecord() }), .texts((0..<random.next(below: 3)).map { _ in text() }),
            random.next(below: 2) == 0 ? .absent : .record(leafRecord()), optionalText(),
        ])
    }

    mutating func rootRecord() -> TemplateRecord {
        TemplateRecord(Self.root, [
            .text(text()), optionalText(), .flag(random.next(below: 2) == 0), .number(random.next(below: 4)),
            .records((0..<random.next(below: 4)).map { _ in middleRecord() }), .texts((0..<random.next(below: 4)).map { _ in text() }),
            .record(leafRecord()), random.next(below: 2) == 0 ? .absent : .record(middleRecord()),
        ])
    }

    // MARK: Templates

    /// A context while generating: the shapes (or nil for a text or number) on the stack.
    private typealias Stack = [TemplateShape?]

    mutating func template() -> String {
        var text = ""
        body(into: &text, stack: [Self.root], depth: 0)
        return text
    }

    private static let literals = ["a", "b c", " ", "<p>", "&amp;", "é", "x{y", "\"q\"", "-", "}", "z}"]
    private static let breaks = ["\n", "\r\n", "\n\n"]

    private mutating func body(into text: inout String, stack: Stack, depth: Int) {
        for _ in 0..<(1 + random.next(below: depth == 0 ? 8 : 4)) {
            switch random.next(below: 12) {
            case 0, 1: text += Self.literals[random.next(below: Self.literals.count)]
            case 2: text += Self.breaks[random.next(below: Self.breaks.count)]
            case 3: text += ["  ", "\t", " "][random.next(below: 3)]
            case 4, 5: if let name = printable(stack) { text += variable(name) }
            case 6, 7, 8: if depth < 3 { section(into: &text, stack: stack, depth: depth) }
            case 9: text += line(comment())
            case 10: text += line("{{> p\(1 + random.next(below: 4))}}")
            default: if random.next(below: 4) == 0 { text += line("{{% CONTENT_TYPE: \(random.next(below: 2) == 0 ? "TEXT" : "HTML")}}") }
            }
        }
    }

    /// A tag, alone on its line (indented or not) or inline.
    private mutating func line(_ tag: String) -> String {
        switch random.next(below: 3) {
        case 0: return "\n" + ["", "  ", "\t"][random.next(below: 3)] + tag + ["\n", "\r\n", "  \n"][random.next(below: 3)]
        default: return tag
        }
    }

    private mutating func comment() -> String { ["{{! note }}", "{{!}}", "{{! two\nlines }}"][random.next(below: 3)] }

    private mutating func pad(_ name: String) -> String { random.next(below: 3) == 0 ? " \(name) " : name }

    private mutating func variable(_ name: String) -> String {
        switch random.next(below: 5) {
        case 0: return "{{{\(pad(name))}}}"
        case 1: return "{{&\(pad(name))}}"
        default: return "{{\(pad(name))}}"
        }
    }

    /// Names visible in the stack, with their kinds (`nil` kind for `.` on a text or number).
    private func visible(_ stack: Stack) -> [(name: String, kind: TemplateShape.Kind?)] {
        var names: [(String, TemplateShape.Kind?)] = []
        var seen: Set<String> = []
        for shape in stack.reversed() {
            guard let shape else { continue }
            for field in shape.fields where seen.insert(field.name).inserted {
                names.append((field.name, field.kind))
                if case .record(let inner) = field.kind {
                    for nested in inner.fields { names.append((field.name + "." + nested.name, nested.kind)) }
                }
                if case .optionalRecord(let inner) = field.kind {
                    for nested in inner.fields { names.append((field.name + "." + nested.name, nested.kind)) }
                }
            }
        }
        if stack.last.map({ $0 == nil }) == true { names.append((".", nil)) }
        return names
    }

    private mutating func printable(_ stack: Stack) -> String? {
        let names = visible(stack).filter { entry in
            guard let kind = entry.kind else { return true }
            switch kind {
            case .text, .optionalText, .flag, .number: return true
            default: return false
            }
        }
        return names.isEmpty ? nil : names[random.next(below: names.count)].name
    }

    private mutating func section(into text: inout String, stack: Stack, depth: Int) {
        let names = visible(stack)
        let (name, kind) = names[random.next(below: names.count)]
        let inverted = random.next(below: 3) == 0
        var inner = stack
        if let kind {
            switch kind {
            case .flag: break
            case .text, .optionalText, .number: if !inverted { inner.append(nil) }
            case .record(let shape), .optionalRecord(let shape): if !inverted { inner.append(shape) }
            case .records(let shape): inner.append(inverted ? TemplateShape("empty", []) : shape)
            case .texts: inner.append(inverted ? TemplateShape("empty", []) : nil)
            }
        } else if !inverted {
            inner.append(nil)
        }
        let open = "{{\(inverted ? "^" : "#")\(pad(name))}}", close = "{{/\(name)}}"
        var content = ""
        body(into: &content, stack: inner, depth: depth + 1)
        if random.next(below: 2) == 0 {
            let indent = ["", "  "][random.next(below: 2)]
            text += "\n" + indent + open + "\n" + content + "\n" + indent + close + "\n"
        } else {
            text += open + content + close
        }
    }
}
