/// A family of templates: one folder of `Templates/`, rendered from one entry template.
public enum TemplateFamily: String, Sendable, Hashable, CaseIterable {
    /// The paginated HTML annex.
    case html
    /// The Policy-Commission annex table.
    case annex
    /// GFM Markdown.
    case markdown
    /// The index page of per-body extracts.
    case index
    /// The HTML report of `wpc diff`.
    case diff
    /// The programme dashboard.
    case dashboard

    /// The template rendering starts from; the others are its partials.
    public var entry: String {
        switch self {
        case .html: "page"
        case .annex: "annex"
        case .markdown: "document"
        case .index: "index"
        case .diff: "report"
        case .dashboard: "dashboard"
        }
    }
}
