import Mustache
import WPCTemplateEngine

/// Renders through this engine and through swift-mustache (the oracle).
enum Engines {
    /// `template` (named "main") with `partials`, compiled for `record`'s shape and rendered.
    static func render(_ template: String, _ record: TemplateRecord, partials: [String: String] = [:]) throws -> String {
        let sources = [TemplateLibrary.Source(name: "main", file: "main.mustache", text: template)]
            + partials.sorted { $0.key < $1.key }.map { TemplateLibrary.Source(name: $0.key, file: $0.key + ".mustache", text: $0.value) }
        let compiled = try TemplateLibrary(sources).compile(entry: "main", root: record.shape)
        return compiled.renderText(record)
    }

    /// The same through swift-mustache 2.1.1, the record given as dictionaries and arrays.
    static func oracle(_ template: String, _ record: TemplateRecord, partials: [String: String] = [:]) throws -> String {
        var templates = ["main": try MustacheTemplate(string: template)]
        for (name, text) in partials { templates[name] = try MustacheTemplate(string: text) }
        return MustacheLibrary(templates: templates).render(plain(.record(record)) ?? [:], withTemplate: "main") ?? "<no template>"
    }

    /// A value as swift-mustache reads it: dictionaries, arrays, strings,
    /// booleans and integers; an absent field is a missing key.
    static func plain(_ value: TemplateValue) -> Any? {
        switch value {
        case .text(let text): return text
        case .flag(let flag): return flag
        case .number(let number): return number
        case .list(let items): return items.map { plain($0) ?? "" }
        case .generated(let sequence): return sequence.values.map { plain($0) ?? "" }
        case .record(let record):
            var dictionary: [String: Any] = [:]
            for (field, value) in zip(record.shape.fields, record.values) {
                if let plain = plain(value) { dictionary[field.name] = plain }
            }
            return dictionary
        case .absent: return nil
        }
    }
}

/// Shapes for the feature tests: a document with items.
enum Sample {
    static let item = TemplateShape("item", [
        .init("name", .text), .init("note", .optionalText), .init("done", .flag), .init("count", .number),
    ])
    static let owner = TemplateShape("owner", [.init("name", .text), .init("mail", .optionalText)])
    static let document = TemplateShape("document", [
        .init("title", .text), .init("subtitle", .optionalText), .init("draft", .flag), .init("pages", .number),
        .init("items", .records(item)), .init("tags", .texts), .init("owner", .record(owner)),
        .init("reviewer", .optionalRecord(owner)), .init("name", .text),
    ])

    static func item(_ name: String, note: String? = nil, done: Bool = false, count: Int = 0) -> TemplateValue {
        .record(TemplateRecord(Sample.item, [.text(name), .optional(note), .flag(done), .number(count)]))
    }

    static func document(title: String = "Plan", subtitle: String? = nil, draft: Bool = false, pages: Int = 3,
                         items: [TemplateValue] = [], tags: [String] = [], owner: String = "Ann", mail: String? = nil,
                         reviewer: String? = nil, name: String = "doc") -> TemplateRecord {
        TemplateRecord(Sample.document, [
            .text(title), .optional(subtitle), .flag(draft), .number(pages), .list(items), .texts(tags),
            .record(TemplateRecord(Sample.owner, [.text(owner), .optional(mail)])),
            .optional(reviewer.map { TemplateRecord(Sample.owner, [.text($0), .absent]) }), .text(name),
        ])
    }
}
