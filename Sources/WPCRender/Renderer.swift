import Foundation
import WPCModel
import WPCTemplateEngine

/// An output the templates render.
public enum RenderFormat: String, Sendable, Hashable, CaseIterable {
    /// The paginated A4-landscape HTML.
    case html
    /// The Policy-Commission annex table (HTML).
    case annex
    /// GFM Markdown.
    case markdown = "md"
    /// The programme dashboard: coverage, timeline, workload and health as inline SVG.
    case dashboard

    /// The template family that renders it.
    public var family: TemplateFamily {
        switch self {
        case .html: .html
        case .annex: .annex
        case .markdown: .markdown
        case .dashboard: .dashboard
        }
    }

    /// The usual file extension.
    public var fileExtension: String { self == .markdown ? "md" : "html" }
}

/// Renders programmes through the bundled templates or a user's overrides.
/// Templates and labels are loaded, checked and compiled once, when the
/// renderer is made; keep one renderer for every output of a run.
public struct ProgrammeRenderer: Sendable {
    /// The usual page; each programme's columns are fitted to its words.
    public let geometry: PageGeometry
    /// The fixed words of every output, in the run's language.
    public let labels: Labels
    private let sets: [TemplateFamily: TemplateSet]

    /// Loads the templates of `formats` (all by default) and, with
    /// `index`, of the per-body extracts' index, and the labels of
    /// `language`; `overrides` replaces bundled templates of the same family
    /// and name, and bundled labels one by one (`overrides/labels/fr.labels`).
    /// - Throws: `TemplateError` naming the faulty template or labels file.
    public init(overrides: URL? = nil, formats: [RenderFormat] = RenderFormat.allCases, index: Bool = false,
                geometry: PageGeometry = PageGeometry(), language: Language = .en) throws(TemplateError) {
        var wanted: [TemplateFamily] = []
        for family in formats.map(\.family) + (index ? [.index] : []) where !wanted.contains(family) { wanted.append(family) }
        let families = wanted
        // The labels and each family's templates are read and compiled side
        // by side; the first error, in that order, is the one reported.
        let loaded = ParallelMap.beside({
            ParallelMap.map(families.count) { index in
                Result { () throws(TemplateError) in try TemplateSet(family: families[index], overrides: overrides) }
            }
        }, here: {
            Result { () throws(TemplateError) in try Labels.load(language, overrides: overrides) }
        })
        let labels = try loaded.here.get()
        var sets: [TemplateFamily: TemplateSet] = [:]
        for (family, set) in zip(families, loaded.elsewhere) { sets[family] = try set.get() }
        self.labels = labels
        self.sets = sets
        self.geometry = geometry
    }

    /// Whether the templates of `format` were loaded.
    public func renders(_ format: RenderFormat) -> Bool { sets[format.family] != nil }

    /// `programme` rendered as `format`, as UTF-8.
    /// - Throws: `TemplateError` when the format's templates were not loaded.
    public func renderData(_ programme: Programme, as format: RenderFormat) throws(TemplateError) -> Data {
        try templates(format.family).renderData(record(programme, as: format))
    }

    /// `programme` rendered as `format`.
    /// - Throws: `TemplateError` when the format's templates were not loaded.
    public func render(_ programme: Programme, as format: RenderFormat) throws(TemplateError) -> String {
        try templates(format.family).renderText(record(programme, as: format))
    }

    /// The view-model of `programme` for `format`.
    private func record(_ programme: Programme, as format: RenderFormat) -> TemplateRecord {
        switch format {
        case .html: PaginatedView.record(programme, geometry: geometry, labels: labels)
        case .annex: AnnexView.record(programme, geometry: geometry, labels: labels)
        case .markdown: MarkdownView.record(programme, labels: labels)
        case .dashboard: DashboardView.record(programme, registry: nil, findings: nil, labels: labels)
        }
    }

    /// The dashboard of `programme`, as UTF-8: bodies resolved with
    /// `registry` (none: the workload says so), the checks' `findings` counted
    /// (nil: the health panel says they were not run), words in the renderer's language.
    /// - Throws: `TemplateError` when the dashboard's templates were not loaded.
    public func renderDashboard(_ programme: Programme, registry: BodyRegistry?, findings: [Diagnostic]?) throws(TemplateError) -> Data {
        try templates(.dashboard).renderData(DashboardView.record(programme, registry: registry, findings: findings, labels: labels))
    }

    /// The dashboard of `programme` from its `counts` (see `DashboardCounts`), as UTF-8.
    /// - Throws: `TemplateError` when the dashboard's templates were not loaded.
    public func renderDashboard(_ programme: Programme, counts: DashboardCounts) throws(TemplateError) -> Data {
        try templates(.dashboard).renderData(DashboardView.record(programme, counts: counts, labels: labels))
    }

    /// An index page of generated files, through the `index` templates (load them with `index: true`).
    /// - Throws: `TemplateError` when the index templates were not loaded.
    public func renderIndex(_ view: IndexView) throws(TemplateError) -> String {
        try templates(.index).renderText(view.record)
    }


    private func templates(_ family: TemplateFamily) throws(TemplateError) -> TemplateSet {
        guard let set = sets[family] else {
            throw TemplateError("templates for '\(family.rawValue)' were not loaded", at: SourceLocation(file: family.rawValue, line: 0, column: 0))
        }
        return set
    }
}
