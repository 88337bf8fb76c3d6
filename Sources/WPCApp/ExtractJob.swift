import Foundation
import WPCModel
import WPCRender
import WPCSources
import WPCViews

/// Why an extract failed.
public enum ExtractJobError: Error, Sendable, CustomStringConvertible {
    /// The source or the registry could not be read.
    case input(InputError)
    /// A body name that is not in the registry, with the nearest known bodies.
    case unknownBody(String, nearest: [ResponsibleBody])
    /// `--body` or `--per-body` without a registry given or found beside the source.
    case noRegistry(String)
    case render(RenderJobError)
    /// An output or the output folder could not be written.
    case output(CommandFailure)

    /// The failure's lines, as printed.
    public var description: String { failure.description }

    /// The failure a command reports.
    public var failure: CommandFailure {
        switch self {
        case .input(let error): error.failure
        case .unknownBody(let name, let nearest):
            CommandFailure("no responsible body is called '\(name)'; nearest known: " + ExtractJob.names(nearest), status: .findings)
        case .noRegistry(let source):
            CommandFailure("no body registry to look bodies up in: pass --bodies FILE or put bodies.tsv beside \(source)", status: .unreadableInput)
        case .render(let error): error.failure
        case .output(let failure): failure
        }
    }
}

/// `wpc extract` as a library call: one filtered extract, or one extract per
/// responsible body with an index page.
public struct ExtractJob: Sendable {
    /// The programme to slice.
    public var programme: Programme
    /// The body registry; needed for body filters and per-body extracts only.
    public var registry: BodyRegistry?
    /// Which tasks to keep.
    public var filter: ProgrammeFilter
    /// A folder of templates (and labels) overriding the bundled ones.
    public var templates: String?
    /// The words of titles and of the index page, in the extracts' language.
    public var labels: Labels

    /// A job over `programme`, titling extracts in `labels`' words.
    public init(programme: Programme, registry: BodyRegistry?, filter: ProgrammeFilter = ProgrammeFilter(), templates: String? = nil,
                labels: Labels) {
        self.programme = programme
        self.registry = registry
        self.filter = filter
        self.templates = templates
        self.labels = labels
    }

    /// Reads `source` and the registry (`bodiesPath`, else bodies.tsv beside
    /// the source); the registry must exist when `needsRegistry`.
    public static func load(source: String, bodiesPath: String?, needsRegistry: Bool = true,
                            reading: ReadOptions = ReadOptions()) throws(ExtractJobError) -> (Programme, BodyRegistry?) {
        let programme: Programme
        let registry: BodyRegistry?
        do throws(InputError) {
            programme = try InputFile.read(source, options: reading).programme
            registry = try RegistryLocation.registry(named: bodiesPath, besideFirstOf: [source], maxInput: reading.sizeLimit)
        } catch {
            throw .input(error)
        }
        if registry == nil, needsRegistry { throw .noRegistry(source) }
        return (programme, registry)
    }

    /// The id of the body `name` names (id, name or alias, any case).
    public static func bodyID(named name: String, in registry: BodyRegistry) throws(ExtractJobError) -> String {
        if let body = registry.body(named: name) { return body.id }
        throw .unknownBody(name, nearest: registry.nearest(to: name))
    }

    /// The filter for the names the user typed: each body name is looked up
    /// in the registry (a name it does not know stays as typed and matches no task).
    public static func filter(bodies: [String], codes: [String], types: [String], due: ProgrammeFilter.Due?,
                              includeOngoing: Bool, registry: BodyRegistry?) -> ProgrammeFilter {
        let ids = bodies.map { name in registry?.body(named: name)?.id ?? name }
        return ProgrammeFilter(bodyIDs: ids, codes: codes, types: types, due: due, includeOngoing: includeOngoing)
    }

    private var extractor: Extractor { Extractor(registry: registry ?? BodyRegistry(), labels: labels) }

    /// The extract the filter describes.
    public func extract() -> Programme { extractor.extract(programme, filter) }

    /// How many tasks `programme` holds.
    public static func taskCount(_ programme: Programme) -> Int {
        programme.topics.reduce(0) { $0 + $1.tasks.count }
    }

    /// A warning line for every filter value that matches no task of the
    /// programme, with the nearest names that do; and one when each value
    /// matches something but no task passes them all together.
    /// - Parameter bodyNames: the body names as the user typed them, in the order of `filter.bodyIDs`.
    public func unmatched(bodyNames: [String]) -> [String] {
        let filters = FilterMatches(programme: programme, registry: registry, extractor: extractor)
        var warnings = filters.unmatched(filter, bodyNames: bodyNames)
        if warnings.isEmpty, !filter.isEmpty, ExtractJob.taskCount(extract()) == 0 {
            warnings.append(CommandFailure.line("no task matches all the filters together", severity: "warning"))
        }
        return warnings
    }

    /// One written file of a per-body run.
    public struct Written: Sendable, Hashable {
        /// The body, or nil for the tasks that name no body.
        public var body: ResponsibleBody?
        /// The file, under the folder as the user named it.
        public var path: String
        /// How many tasks the extract holds.
        public var taskCount: Int
    }

    /// One extract of a per-body run, before it is written.
    public struct PerBodyExtract: Sendable {
        /// The body, or nil for the tasks that name no body.
        public var body: ResponsibleBody?
        /// The extract itself.
        public var programme: Programme
        /// How many tasks it holds.
        public var taskCount: Int
    }

    /// The extracts a per-body run writes: one per body of the registry (or of
    /// the filter's bodies, when it names some) with at least one task, and,
    /// when the filter names no body, one of the tasks that name no body.
    /// Made in one pass over the tasks (see `Extractor.extractsPerBody`).
    public func perBodyExtracts() -> [PerBodyExtract] {
        let extracts = extractor.extractsPerBody(programme, filter)
        var result = extracts.bodies.map { body, extract in
            PerBodyExtract(body: body, programme: extract, taskCount: ExtractJob.taskCount(extract))
        }
        let orphanCount = ExtractJob.taskCount(extracts.withoutBody)
        if orphanCount > 0 { result.append(PerBodyExtract(body: nil, programme: extracts.withoutBody, taskCount: orphanCount)) }
        return result
    }

    /// Writes one extract per body (see `perBodyExtracts`) into `directory`
    /// as `format`, and `index.html` linking them, all together or not at all:
    /// into a staging folder swapped in for `directory` when every file is
    /// written (see `StagedFolder`). Returns what it wrote. Templates are
    /// loaded once for every file (pass the run's `renderer` to reuse one
    /// loaded already).
    public func writePerBody(to directory: String, format: RenderOutput, renderer given: ProgrammeRenderer? = nil,
                             progress: ProgressHandler? = nil) throws(ExtractJobError) -> [Written] {
        let renderer: ProgrammeRenderer
        if let given {
            renderer = given
        } else {
            do { renderer = try RenderJob.renderer(templates: templates, for: [format], index: true, language: labels.language) } catch {
                throw .render(error)
            }
        }
        let folder: StagedFolder
        do { folder = try StagedFolder.begin(directory) } catch { throw .output(error) }
        let written: [Written]
        do {
            written = try writePerBody(perBodyExtracts(), into: folder.staging, shownAs: directory, format: format, renderer: renderer) { index, count, name in
                progress?(ProgressStep("writing \(name)", done: index, total: count))
            }
        } catch {
            folder.discard()
            // The step above never throws: every error here is the job's own.
            throw error as? ExtractJobError ?? .output(CommandFailure("\(error)", status: .failedWrite))
        }
        do { try folder.commit() } catch { throw .output(error) }
        return written
    }

    /// Writes `extracts` and their index into the existing folder `path`; the
    /// returned paths are under `shownAs`. `step` is told each file before it
    /// is written, and stops the run by throwing.
    /// - Throws: `ExtractJobError`, or what `step` throws.
    /// `dashboard`, when given, is the address of the programme's dashboard, linked from the index.
    func writePerBody(_ extracts: [PerBodyExtract], into path: String, shownAs: String, format: RenderOutput,
                      renderer: ProgrammeRenderer, dashboard: String? = nil, step: (Int, Int, String) throws -> Void) throws -> [Written] {
        // Body ids come from a file the user edits: the stems are made safe for any id.
        let stems = ExtractFileName.uniqueStems(for: extracts.map { $0.body.map { "body-" + $0.id } ?? "no-body" })
        let folder = URL(fileURLWithPath: path).standardizedFileURL
        var written: [Written] = []
        var entries: [IndexEntryView] = []
        for (index, (extract, stem)) in zip(extracts, stems).enumerated() {
            let name = "\(stem).\(format.fileExtension)"
            let url = folder.appendingPathComponent(name)
            // The stem is made of [a-z0-9-] only; this guards the promise anyway.
            guard url.deletingLastPathComponent().path == folder.path else { continue }
            try step(index, extracts.count + 1, name)
            let data: Data
            do { data = try RenderJob.render(extract.programme, as: format, templates: templates, registry: registry, renderer: renderer) } catch { throw ExtractJobError.render(error) }
            do { try OutputFile.write(data, to: url.path) } catch {
                throw ExtractJobError.output(OutputFile.WriteError(path: (shownAs as NSString).appendingPathComponent(name), reason: error.reason).failure)
            }
            written.append(Written(body: extract.body, path: (shownAs as NSString).appendingPathComponent(name), taskCount: extract.taskCount))
            entries.append(IndexEntryView(name: extract.body?.id ?? "—", title: extract.body?.name ?? renderer.labels[.indexNoBody],
                                          href: name, taskCount: extract.taskCount))
        }
        try step(extracts.count, extracts.count + 1, "index.html")
        let index = IndexView(title: renderer.labels.text(.indexTitle, ["title": programme.title.text]), date: programme.date?.text,
                              entries: entries, labels: renderer.labels,
                              dashboard: dashboard.map { IndexLinkView(href: $0, text: renderer.labels[DashboardLabel.indexLink.key]) })
        let html: String
        do {
            html = try renderer.renderIndex(index)
        } catch {
            throw ExtractJobError.render(.template(error))
        }
        do { try OutputFile.write(html, to: folder.appendingPathComponent("index.html").path) } catch {
            throw ExtractJobError.output(OutputFile.WriteError(path: (shownAs as NSString).appendingPathComponent("index.html"), reason: error.reason).failure)
        }
        return written
    }

    /// "DMPT (Data Model Project Team), IMSC (…)".
    static func names(_ bodies: [ResponsibleBody]) -> String {
        bodies.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
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
        case .pdf: "pdf"
        case .annexPDF: "annex.pdf"
        case .dashboard: "dashboard.html"
        }
    }
}
