import Foundation
import WPCDocx
import WPCModel
import WPCRender
import WPCSources
import WPCSynthetic

/// The outputs `wpc render` writes.
public enum RenderOutput: String, Sendable, Hashable, CaseIterable {
    case html, annex, md, json, xml
    /// Clean annex text: what `wpc import` reads back to the same programme.
    case txt
    /// The annex as a Word document.
    case docx
    /// The programme dashboard: one HTML page of charts drawn as inline SVG.
    case dashboard
}

extension RenderOutput {
    /// The template format that renders this output, if templates render it.
    var renderFormat: RenderFormat? {
        switch self {
        case .html: .html
        case .annex: .annex
        case .md: .markdown
        case .dashboard: .dashboard
        case .json, .xml, .txt, .docx: nil
        }
    }
}

/// Why a render failed: the source could not be read, a template is broken,
/// or the programme could not be encoded.
public enum RenderJobError: Error, Sendable, CustomStringConvertible {
    case input(InputError)
    case template(TemplateError)
    case encoding(String)

    /// The failure's lines, as printed.
    public var description: String { failure.description }

    /// The failure a command reports: a source or template that cannot be
    /// used is unreadable input (2); an encoding failure is a failed write (1).
    public var failure: CommandFailure {
        switch self {
        case .input(let error): error.failure
        case .template(let error): CommandFailure(lines: [error.description], status: .unreadableInput)
        case .encoding(let message): CommandFailure(message, status: .failedWrite)
        }
    }
}

/// `wpc render` as a library call: read one source, render one output.
public struct RenderJob: Sendable {
    /// Where the programme comes from.
    public enum Source: Sendable, Hashable {
        /// A file: annex text or XML.
        case file(String)
        /// A generated programme of this many topics (for benchmarks).
        case synthetic(topics: Int)
    }

    public var source: Source
    public var format: RenderOutput
    /// A folder whose `html/`, `annex/`, `markdown/` files replace the bundled templates.
    public var templates: String?
    /// The body registry (`--bodies`); default: bodies.tsv beside the source.
    public var bodies: String?
    /// How the source is read (`--as-original`).
    public var reading = ReadOptions()

    public init(source: Source, format: RenderOutput, templates: String? = nil, bodies: String? = nil) {
        self.source = source
        self.format = format
        self.templates = templates
        self.bodies = bodies
    }

    /// The registry the JSON export resolves bodies with, if one is named or lies beside the source.
    public func registry() throws(RenderJobError) -> BodyRegistry? {
        guard case .file(let path) = source else { return nil }
        do { return try RegistryLocation.registry(named: bodies, besideFirstOf: [path]) } catch { throw .input(error) }
    }

    /// The programme the source holds.
    public func programme() throws(RenderJobError) -> Programme {
        switch source {
        case .synthetic(let topics):
            return SyntheticProgramme(topics: topics).make()
        case .file(let path):
            do { return try InputFile.read(path, options: reading).programme } catch { throw .input(error) }
        }
    }

    /// The rendered output's bytes. The dashboard counts what the checks
    /// find in the source (the reader's notes included), as `wpc check` would.
    public func render() throws(RenderJobError) -> Data {
        guard format == .dashboard, case .file(let path) = source else {
            return try RenderJob.render(programme(), as: format, templates: templates, registry: format == .json ? registry() : nil)
        }
        let result: ReadResult
        do { result = try InputFile.read(path) } catch { throw .input(error) }
        let registry = try registry()
        let renderer = try RenderJob.renderer(templates: templates, for: [format])
        // The checks and the dashboard's own counting read the programme side by side.
        let parts = ParallelMap.map(2) { part -> DashboardPart in
            part == 0 ? .findings(CheckJob.findings(in: result, registry: registry)) : .counts(DashboardCounts(result.programme, registry: registry))
        }
        guard case .findings(let findings) = parts[0], case .counts(let counts) = parts[1] else { throw .encoding("the dashboard was not counted") }
        do { return try renderer.renderDashboard(result.programme, counts: counts.counting(findings: findings)) } catch { throw .template(error) }
    }

    /// One half of a dashboard's work.
    private enum DashboardPart: Sendable {
        case findings([Diagnostic])
        case counts(DashboardCounts)
    }

    /// `programme` rendered as `format` (UTF-8 text, or the Word package for
    /// docx), with templates from `templates` overriding the bundled ones; the
    /// JSON lists resolved body ids, and the dashboard counts tasks per body,
    /// when `registry` is given; the dashboard's health panel counts
    /// `findings` (nil: the checks were not run). Pass the `renderer` of the
    /// run (see `renderer(templates:for:index:)`) to render several outputs
    /// with templates loaded once; without one, this call loads them.
    public static func render(_ programme: Programme, as format: RenderOutput, templates: String? = nil, registry: BodyRegistry? = nil,
                              findings: [Diagnostic]? = nil, renderer: ProgrammeRenderer? = nil) throws(RenderJobError) -> Data {
        switch format {
        case .dashboard:
            let loaded: ProgrammeRenderer
            if let renderer { loaded = renderer } else { loaded = try RenderJob.renderer(templates: templates, for: [format]) }
            do { return try loaded.renderDashboard(programme, registry: registry, findings: findings) } catch { throw .template(error) }
        case .docx:
            // The package stores wpc's XML of the programme, so wpc reads back what Word cannot show.
            let record: String
            do { record = try XMLProgrammeWriter().write(programme) } catch { throw .encoding("cannot write XML: \(error.message)") }
            do { return try DocxWriter(record: record).write(programme) } catch { throw .encoding("cannot write DOCX part \(error.part): \(error.reason)") }
        case .html, .annex, .md:
            return try templated(programme, as: format, templates: templates, renderer: renderer)
        case .json:
            return Data(ProgrammeJSON.bytes(of: programme, registry: registry))
        case .xml, .txt:
            return Data(try text(programme, as: format, templates: templates, registry: registry).utf8)
        }
    }

    /// `programme` rendered as one of the text formats.
    public static func text(_ programme: Programme, as format: RenderOutput, templates: String? = nil, registry: BodyRegistry? = nil,
                            renderer: ProgrammeRenderer? = nil) throws(RenderJobError) -> String {
        switch format {
        case .html, .annex, .md, .dashboard:
            return String(decoding: try render(programme, as: format, templates: templates, registry: registry, renderer: renderer), as: UTF8.self)
        case .json:
            do { return try ProgrammeJSON.encode(programme, registry: registry) } catch { throw RenderJobError.encoding("cannot encode JSON: \(error)") }
        case .xml:
            do { return try XMLProgrammeWriter().write(programme) } catch { throw RenderJobError.encoding("cannot write XML: \(error.message)") }
        case .txt:
            return AnnexTextWriter().write(programme)
        case .docx:
            throw RenderJobError.encoding("docx is not a text format")
        }
    }

    /// The templates of `formats` (and of the extracts' index, with `index`)
    /// loaded and compiled once, for every render of a run.
    public static func renderer(templates: String?, for formats: [RenderOutput], index: Bool = false) throws(RenderJobError) -> ProgrammeRenderer {
        do {
            return try ProgrammeRenderer(overrides: templates.map { URL(fileURLWithPath: $0) }, formats: formats.compactMap(\.renderFormat), index: index)
        } catch {
            throw .template(error)
        }
    }

    private static func templated(_ programme: Programme, as format: RenderOutput, templates: String?, renderer: ProgrammeRenderer?) throws(RenderJobError) -> Data {
        guard let renderFormat = format.renderFormat else { throw .encoding("\(format.rawValue) is not rendered through templates") }
        let loaded: ProgrammeRenderer
        if let renderer { loaded = renderer } else { loaded = try RenderJob.renderer(templates: templates, for: [format]) }
        do { return try loaded.renderData(programme, as: renderFormat) } catch { throw .template(error) }
    }

    /// Copies the bundled templates into `directory` for `wpc templates dump`; returns the files written.
    public static func dumpTemplates(to directory: String, overwrite: Bool = false) throws(RenderJobError) -> [String] {
        do {
            return try TemplateDump.dump(to: URL(fileURLWithPath: directory), overwrite: overwrite)
        } catch {
            throw .template(error)
        }
    }
}
