/// A place in a template file, 1-based.
struct TemplatePosition: Sendable, Hashable {
    var line: Int
    var column: Int
}

/// A name as a tag writes it: `.` (the current context), `title`,
/// `style.sheetWidth`, or `.title` (the current context only, no climbing).
struct TemplateName: Sendable, Hashable, CustomStringConvertible {
    /// As written.
    var written: String
    /// The dotted parts; empty for `.`.
    var parts: [String]
    /// Written with a leading dot: looked up in the current context only.
    var anchored: Bool

    var isCurrent: Bool { parts.isEmpty }
    var description: String { written }
}

/// A parsed template: text and tags in reading order, sections nested.
indirect enum TemplateNode: Sendable {
    /// Literal text.
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (as it is).
    case variable(TemplateName, escaped: Bool, at: TemplatePosition)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(TemplateName, inverted: Bool, body: [TemplateNode], at: TemplatePosition)
    /// `{{> name}}`; `indentation` is the white space before a partial that
    /// stands alone on its line (every line it renders after the first gets it).
    case partial(String, indentation: String?, at: TemplatePosition)
    /// `{{% CONTENT_TYPE: HTML|TEXT}}`: whether later variables are HTML-escaped.
    case contentType(escapesHTML: Bool)
}

/// One template file, read and parsed.
struct ParsedTemplate: Sendable {
    var name: String
    var file: String
    var nodes: [TemplateNode]
}
