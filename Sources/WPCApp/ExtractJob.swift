import Foundation
import WPCModel
import WPCRender
import WPCSources
import WPCViews

/// Why an extract failed.
public enum ExtractJobError: Error, Sendable, CustomStringConvertible {
    /// The source or the registry could not be read.
    case source(SourceError)
    /// A body name that is not in the registry, with the nearest known bodies.
    case unknownBody(String, nearest: [ResponsibleBody])
    /// No registry was given or found beside the source.
    case noRegistry(String)
    case render(RenderJobError)
    case write(OutputFile.WriteError)

    public var description: String {
        switch self {
        case .source(let error): error.description
        case .unknownBody(let name, let nearest):
            "error: no responsible body is called '\(name)'; nearest known: "
                + nearest.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
        case .noRegistry(let source):
            "error: no body registry: pass --bodies FILE or put bodies.tsv beside \(source)"
        case .render(let error): error.description
        case .write(let error): error.description
        }
    }

    /// 2 for unusable input, 1 otherwise.
    public var exitStatus: Int32 {
        switch self {
        case .source, .noRegistry: 2
        case .unknownBody: 1
        case .render(let error): error.exitStatus
        case .write: 1
        }
    }
}

/// `wpc extract` as a library call: one filtered extract, or one extract per
/// responsible body with an index page.
public struct ExtractJob: Sendable {
    public var programme: Programme
    public var registry: BodyRegistry
    public var filter: ProgrammeFilter
    public var templates: String?

    public init(programme: Programme, registry: BodyRegistry, filter: ProgrammeFilter = ProgrammeFilter(), templates: String? = nil) {
        self.programme = programme
        self.registry = registry
        self.filter = filter
        self.templates = templates
    }

    /// Reads `source` and the registry (`bodiesPath`, else bodies.tsv beside the source).
    public static func load(source: String, bodiesPath: String?) throws(ExtractJobError) -> (Programme, BodyRegistry) {
        let programme: Programme
        let registry: BodyRegistry?
        do throws(SourceError) {
            programme = try SourceReader.read(path: source).programme
            registry = try RegistryLocation.registry(named: bodiesPath, besideFirstOf: [source])
        } catch {
            throw .source(error)
        }
        guard let registry else { throw .noRegistry(source) }
        return (programme, registry)
    }

    /// The id of the body `name` names (id, name or alias, any case).
    public static func bodyID(named name: String, in registry: BodyRegistry) throws(ExtractJobError) -> String {
        if let body = registry.body(named: name) { return body.id }
        throw .unknownBody(name, nearest: registry.nearest(to: name))
    }

    /// The extract the filter describes.
    public func extract() -> Programme { Extractor(registry: registry).extract(programme, filter) }

    /// One written file of a per-body run.
    public struct Written: Sendable, Hashable {
        /// The body, or nil for the tasks that name no body.
        public var body: ResponsibleBody?
        public var path: String
        public var taskCount: Int
    }

    /// Writes one extract per body with at least one task into `directory`,
    /// as `format`, plus one of the tasks that name no body (if any), and
    /// `index.html` linking them. Returns what it wrote. Templates are loaded
    /// once for every file (pass the run's `renderer` to reuse one loaded already).
    public func writePerBody(to directory: String, format: RenderOutput, renderer given: ProgrammeRenderer? = nil) throws(ExtractJobError) -> [Written] {
        let renderer: ProgrammeRenderer
        if let given {
            renderer = given
        } else {
            do { renderer = try RenderJob.renderer(templates: templates, for: [format], index: true) } catch { throw .render(error) }
        }
        let extracts = Extractor(registry: registry).extractsPerBody(programme, filter)
        var perBody: [(ResponsibleBody?, Programme, Int)] = extracts.bodies.map { body, extract in
            (body, extract, extract.topics.reduce(0) { $0 + $1.tasks.count })
        }
        let orphanCount = extracts.withoutBody.topics.reduce(0) { $0 + $1.tasks.count }
        if orphanCount > 0 { perBody.append((nil, extracts.withoutBody, orphanCount)) }
        // Body ids come from a file the user edits: the stems are made safe for any id.
        let stems = ExtractFileName.uniqueStems(for: perBody.map { $0.0.map { "body-" + $0.id } ?? "no-body" })
        let folder = URL(fileURLWithPath: directory).standardizedFileURL
        var written: [Written] = []
        var entries: [IndexEntryView] = []
        for ((body, extract, count), stem) in zip(perBody, stems) {
            let name = "\(stem).\(format.fileExtension)"
            let url = folder.appendingPathComponent(name)
            // The stem is made of [a-z0-9-] only; this guards the promise anyway.
            guard url.deletingLastPathComponent().path == folder.path else { continue }
            let data: Data
            do { data = try RenderJob.render(extract, as: format, templates: templates, registry: registry, renderer: renderer) } catch { throw .render(error) }
            do { try OutputFile.write(data, to: url.path) } catch { throw .write(error) }
            written.append(Written(body: body, path: (directory as NSString).appendingPathComponent(name), taskCount: count))
            entries.append(IndexEntryView(name: body?.id ?? "—", title: body?.name ?? "Tasks with no responsible body", href: name, taskCount: count))
        }
        let index = IndexView(title: "\(programme.title.text) — extracts by responsible body", date: programme.date?.text, entries: entries)
        let html: String
        do {
            html = try renderer.renderIndex(index)
        } catch {
            throw .render(.template(error))
        }
        do { try OutputFile.write(html, to: folder.appendingPathComponent("index.html").path) } catch { throw .write(error) }
        return written
    }
}

extension RenderOutput {
    /// The file extension outputs of this format get.
    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .annex: "annex.html"
        case .md: "md"
        case .json: "json"
        case .xml: "xml"
        case .txt: "txt"
        case .docx: "docx"
        }
    }
}
