/// A family of Mustache templates, each read and parsed once: the entry
/// template and its partials. Compile it against the view-model's shape
/// to render.
public struct TemplateLibrary: Sendable {
    /// One template's text and where it came from.
    public struct Source: Sendable {
        /// The name partials use (`row` for `{{> row}}`).
        public var name: String
        /// The file, for messages.
        public var file: String
        public var text: String

        /// The template `name`, read from `file`.
        public init(name: String, file: String, text: String) {
            self.name = name
            self.file = file
            self.text = text
        }
    }

    let templates: [String: ParsedTemplate]

    /// Parses every source.
    /// - Throws: `TemplateLoadError` at the first syntax error or unsupported feature.
    public init(_ sources: [Source]) throws(TemplateLoadError) {
        var templates: [String: ParsedTemplate] = [:]
        for source in sources.sorted(by: { $0.name < $1.name }) {
            var parser = TemplateParser(text: source.text, file: source.file)
            templates[source.name] = ParsedTemplate(name: source.name, file: source.file, nodes: try parser.parse())
        }
        self.templates = templates
    }

    /// The template names.
    public var names: [String] { templates.keys.sorted() }

    /// `entry` and the partials it includes, compiled for a root record of
    /// `root`. Every name must be a field of a record in context (or `.`);
    /// every partial must exist and not include itself. Templates `entry`
    /// never includes are checked too: their partials must exist and their
    /// names must be fields of some shape under `root`.
    /// - Throws: `TemplateLoadError` naming the file, line and column at fault.
    public func compile(entry: String, root: TemplateShape) throws(TemplateLoadError) -> CompiledTemplate {
        var compiler = TemplateCompiler(templates: templates)
        let block = try compiler.compile(entry: entry, root: root)
        let known = Set(root.reachableShapes.flatMap { $0.fields.map(\.name) })
        for name in names where !compiler.reached.contains(name) {
            if let template = templates[name] { try checkUnreached(template.nodes, file: template.file, known: known) }
        }
        return CompiledTemplate(rootShape: root, entry: block)
    }

    private func checkUnreached(_ nodes: [TemplateNode], file: String, known: Set<String>) throws(TemplateLoadError) {
        for node in nodes {
            switch node {
            case .variable(let name, _, let at), .section(let name, _, _, let at):
                for part in name.parts where !known.contains(part) {
                    throw TemplateLoadError("'\(part)' is not a variable of this template's view-model" + Suggestion.didYouMean(part, among: Array(known)),
                                            file: file, line: at.line, column: at.column)
                }
                if case .section(_, _, let body, _) = node { try checkUnreached(body, file: file, known: known) }
            case .partial(let name, _, let at):
                guard templates[name] != nil else {
                    throw TemplateLoadError("partial '\(name)' does not exist (known: \(names.joined(separator: ", ")))", file: file, line: at.line, column: at.column)
                }
            case .text, .contentType:
                continue
            }
        }
    }
}
