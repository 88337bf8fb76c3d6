import Foundation
import WPCModel

/// An output the templates render.
public enum RenderFormat: String, Sendable, Hashable, CaseIterable {
    /// The paginated A4-landscape HTML.
    case html
    /// The Policy-Commission annex table (HTML).
    case annex
    /// GFM Markdown.
    case markdown = "md"

    /// The template family that renders it.
    public var family: TemplateFamily {
        switch self {
        case .html: .html
        case .annex: .annex
        case .markdown: .markdown
        }
    }

    /// The usual file extension.
    public var fileExtension: String { self == .markdown ? "md" : "html" }
}

/// Renders programmes through the bundled templates or a user's overrides.
/// Templates are loaded and checked once, when the renderer is made.
public struct ProgrammeRenderer: Sendable {
    public let geometry: PageGeometry
    private let sets: [TemplateFamily: TemplateSet]

    /// Loads the templates of `formats` (all by default), with `overrides`
    /// replacing bundled files of the same family and name.
    /// - Throws: `TemplateError` naming the faulty template file.
    public init(overrides: URL? = nil, formats: [RenderFormat] = RenderFormat.allCases, geometry: PageGeometry = PageGeometry()) throws(TemplateError) {
        var sets: [TemplateFamily: TemplateSet] = [:]
        for format in formats { sets[format.family] = try TemplateSet(family: format.family, overrides: overrides) }
        self.sets = sets
        self.geometry = geometry
    }

    /// `programme` rendered as `format`.
    /// - Throws: `TemplateError` when the format's templates were not loaded.
    public func render(_ programme: Programme, as format: RenderFormat) throws(TemplateError) -> String {
        guard let set = sets[format.family] else {
            throw TemplateError("templates for '\(format.rawValue)' were not loaded", at: SourceLocation(file: format.family.rawValue, line: 0, column: 0))
        }
        switch format {
        case .html: return try set.render(PaginatedView(programme: programme, geometry: geometry))
        case .annex: return try set.render(AnnexView(programme: programme, geometry: geometry))
        case .markdown: return try set.render(MarkdownView(programme: programme))
        }
    }

    /// Renders an index page of generated files with the `index` templates.
    public static func renderIndex(_ view: IndexView, overrides: URL? = nil) throws(TemplateError) -> String {
        try TemplateSet(family: .index, overrides: overrides).render(view)
    }
}
