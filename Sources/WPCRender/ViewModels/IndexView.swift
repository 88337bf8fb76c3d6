import WPCModel
import WPCTemplateEngine

/// What `index/index.mustache` receives: a list of generated files (per-body
/// extracts) with a link to each.
public struct IndexView: Sendable {
    public var title: String
    public var date: String?
    public var entries: [IndexEntryView]
    /// The page's own words.
    public var labels: Labels
    /// A link to the programme's dashboard, when one was written beside the extracts (by `wpc build`).
    public var dashboard: IndexLinkView?

    public init(title: String, date: String?, entries: [IndexEntryView], labels: Labels, dashboard: IndexLinkView? = nil) {
        self.title = title
        self.date = date
        self.entries = entries
        self.labels = labels
        self.dashboard = dashboard
    }

    /// The root: `title`, `date`, `lang`, `labels`, `entries[]`, `dashboard` {`href`, `text`}.
    public static let shape = TemplateShape("index view", [
        .init("title", .text), .init("date", .optionalText), .init("lang", .text), .init("labels", .record(LabelsView.shape)),
        .init("entries", .records(entryShape)), .init("dashboard", .optionalRecord(linkShape)),
    ])
    /// A link: `href`, `text`.
    static let linkShape = TemplateShape("index link", [.init("href", .text), .init("text", .text)])
    /// One entry: `name`, `title`, `href`, `taskCount`.
    static let entryShape = TemplateShape("index entry", [
        .init("name", .text), .init("title", .text), .init("href", .text), .init("taskCount", .number),
    ])

    /// The view as the template reads it.
    public var record: TemplateRecord {
        TemplateRecord(Self.shape, [
            .text(title), .optional(date), .text(labels[.languageTag]), LabelsView.record(labels),
            .list(entries.map { .record(TemplateRecord(Self.entryShape, [.text($0.name), .text($0.title), .text($0.href), .number($0.taskCount)])) }),
            .optional(dashboard.map { TemplateRecord(Self.linkShape, [.text($0.href), .text($0.text)]) }),
        ])
    }
}

/// One linked file of the index.
public struct IndexEntryView: Sendable {
    /// Short name, e.g. a body's id ("IMSC").
    public var name: String
    /// Longer description, e.g. the body's full name.
    public var title: String
    /// The link target, relative to the index file.
    public var href: String
    public var taskCount: Int

    public init(name: String, title: String, href: String, taskCount: Int) {
        self.name = name
        self.title = title
        self.href = href
        self.taskCount = taskCount
    }
}

/// A link of the index page to a page beside it.
public struct IndexLinkView: Sendable {
    /// The link target, relative to the index file.
    public var href: String
    /// The link's text.
    public var text: String

    /// A link to `href` reading `text`.
    public init(href: String, text: String) {
        self.href = href
        self.text = text
    }
}
