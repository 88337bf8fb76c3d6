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
    /// The paginated HTML printed to PDF (with headless Chromium).
    case pdf
    /// The annex HTML printed to PDF.
    case annexPDF = "annex-pdf"
}

extension RenderOutput {
    /// The template format that renders this output (or the page a PDF prints), if templates render it.
    var renderFormat: RenderFormat? {
        switch self {
        case .html, .pdf: .html
        case .annex, .annexPDF: .annex
        case .md: .markdown
        case .dashboard: .dashboard
        case .json, .xml, .txt, .docx: nil
        }
    }

    /// Whether the output is bytes a terminal should not show (a Word package, a PDF).
    public var isBinary: Bool { self == .docx || isPDF }

    /// Whether the output is a page printed to PDF.
    public var isPDF: Bool { self == .pdf || self == .annexPDF }
}

/// Why a render failed: the source could not be read, a template is broken,
/// the programme could not be encoded, or a page could not be printed.
public enum RenderJobError: Error, Sendable, CustomStringConvertible {
    case input(InputError)
    case template(TemplateError)
    case encoding(String)
    /// Chromium could not print a PDF (missing, or failed).
    case print(BrowserError)

    /// The failure's lines, as printed.
    public var description: String { failure.description }

    /// The failure a command reports: a source or template that cannot be
    /// used is unreadable input (2); an encoding or printing failure is a failed write (1).
    public var failure: CommandFailure {
        switch self {
        case .input(let error): error.failure
        case .template(let error): CommandFailure(lines: [error.description], status: .unreadableInput)
        case .encoding(let message): CommandFailure(message, status: .failedWrite)
        case .print(let error): CommandFailure("cannot print the PDF: \(error)", status: .failedWrite)
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
    /// A folder whose `html/`, `annex/`, `markdown/`, `labels/` files replace the bundled ones.
    public var templates: String?
    /// The body registry (`--bodies`); default: bodies.tsv beside the source.
    public var bodies: String?
    /// The language of the fixed labels; default: the source's (`Language.default(for:)`).
    public var language: Language?
    /// How the source is read (`--as-original`).
    public var reading = ReadOptions()

    public init(source: Source, format: RenderOutput, templates: String? = nil, bodies: String? = nil, language: Language? = nil) {
        self.source = source
        self.format = format
        self.templates = templates
        self.bodies = bodies
        self.language = language
    }

    /// The registry the JSON export resolves bodies with, if one is named or lies beside the source.
    public func registry() throws(RenderJobError) -> BodyRegistry? {
        guard case .file(let path) = source else { return nil }
        do { return try RegistryLocation.registry(named: bodies, besideFirstOf: [path], maxInput: reading.sizeLimit) } catch { throw .input(error) }
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
            let programme = try programme()
            guard format == .json else {
                defer { ReleaseBehind.release(programme) }
                return try RenderJob.render(programme, as: format, templates: templates, registry: nil, language: language)
            }
            // The JSON is all written before it is joined: the programme is
            // freed beside the joining, and each piece as soon as it is copied.
            var pieces = ProgrammeJSON.pieces(of: programme, registry: try registry())
            ReleaseBehind.release(programme)
            return Data(joining: &pieces)
        }
        let result: ReadResult
        do { result = try InputFile.read(path, options: reading) } catch { throw .input(error) }
        let registry = try registry()
        let renderer = try RenderJob.renderer(templates: templates, for: [format], language: language ?? .default(for: result.programme))
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

    /// `programme` rendered as `format` (UTF-8 text, the Word package for
    /// docx, a PDF for pdf and annex-pdf), with templates and labels from
    /// `templates` overriding the bundled ones, in `language` (default: the
    /// programme's); the JSON lists resolved body ids, and the dashboard
    /// counts tasks per body, when `registry` is given; the dashboard's health
    /// panel counts `findings` (nil: the checks were not run). Pass the
    /// `renderer` of the run (see `renderer(templates:for:index:language:)`)
    /// to render several outputs with templates loaded once (its language
    /// then wins); without one, this call loads them.
    public static func render(_ programme: Programme, as format: RenderOutput, templates: String? = nil, registry: BodyRegistry? = nil,
                              findings: [Diagnostic]? = nil, renderer given: ProgrammeRenderer? = nil,
                              language: Language? = nil) throws(RenderJobError) -> Data {
        switch format {
        case .json:
            var pieces = ProgrammeJSON.pieces(of: programme, registry: registry)
            return Data(joining: &pieces)
        case .xml, .txt:
            return Data(try text(programme, as: format, templates: templates, registry: registry).utf8)
        case .html, .annex, .md, .docx, .pdf, .annexPDF, .dashboard:
            break
        }
        let renderer: ProgrammeRenderer
        if let given { renderer = given } else {
            renderer = try RenderJob.renderer(templates: templates, for: [format], language: language ?? .default(for: programme))
        }
        switch format {
        case .dashboard:
            do { return try renderer.renderDashboard(programme, registry: registry, findings: findings) } catch { throw .template(error) }
        case .docx:
            // The package stores wpc's XML of the programme, so wpc reads back what Word cannot show.
            let record: String
            do { record = try XMLProgrammeWriter().write(programme) } catch { throw .encoding("cannot write XML: \(error.message)") }
            let writer = DocxWriter(labels: renderer.labels, words: ColumnWords.widths(of: programme, labels: renderer.labels), record: record)
            do { return try writer.write(programme) } catch { throw .encoding("cannot write DOCX part \(error.part): \(error.reason)") }
        case .pdf, .annexPDF:
            let page = try templated(programme, as: format, renderer: renderer)
            switch PDFPrinter.print(html: page, date: DocumentDate(programme: programme)) {
            case .success(let pdf): return pdf
            case .failure(let error): throw .print(error)
            }
        default:
            return try templated(programme, as: format, renderer: renderer)
        }
    }

    /// `programme` rendered as one of the text formats.
    public static func text(_ programme: Programme, as format: RenderOutput, templates: String? = nil, registry: BodyRegistry? = nil,
                            renderer: ProgrammeRenderer? = nil, language: Language? = nil) throws(RenderJobError) -> String {
        switch format {
        case .html, .annex, .md, .dashboard:
            return String(decoding: try render(programme, as: format, templates: templates, registry: registry, renderer: renderer,
                                               language: language), as: UTF8.self)
        case .json:
            do { return try ProgrammeJSON.encode(programme, registry: registry) } catch { throw RenderJobError.encoding("cannot encode JSON: \(error)") }
        case .xml:
            do { return try XMLProgrammeWriter().write(programme) } catch { throw RenderJobError.encoding("cannot write XML: \(error.message)") }
        case .txt:
            return AnnexTextWriter().write(programme)
        case .docx, .pdf, .annexPDF:
            throw RenderJobError.encoding("\(format.rawValue) is not a text format")
        }
    }

    /// The templates of `formats` (and of the extracts' index, with `index`)
    /// and the labels of `language`, loaded and compiled once, for every render of a run.
    public static func renderer(templates: String?, for formats: [RenderOutput], index: Bool = false,
                                language: Language = .en) throws(RenderJobError) -> ProgrammeRenderer {
        do {
            return try ProgrammeRenderer(overrides: templates.map { URL(fileURLWithPath: $0) }, formats: formats.compactMap(\.renderFormat),
                                         index: index, language: language)
        } catch {
            throw .template(error)
        }
    }

    /// The labels of `language`, with those of `templates/labels/` over the bundled ones.
    public static func labels(templates: String?, language: Language) throws(RenderJobError) -> Labels {
        do { return try Labels.load(language, overrides: templates.map { URL(fileURLWithPath: $0) }) } catch { throw .template(error) }
    }

    private static func templated(_ programme: Programme, as format: RenderOutput, renderer: ProgrammeRenderer) throws(RenderJobError) -> Data {
        guard let renderFormat = format.renderFormat else { throw .encoding("\(format.rawValue) is not rendered through templates") }
        do { return try renderer.renderData(programme, as: renderFormat) } catch { throw .template(error) }
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
