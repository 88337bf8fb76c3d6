import ArgumentParser
import Foundation
import WPCApp
import WPCViews

/// `wpc extract SOURCE --body NAME [--code] [--type] [--due] …` and `--per-body DIR`.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Slice a programme by responsible body, plan code, task type and due date.",
        discussion: """
            Filters combine (AND). An extract keeps the original topic numbers, the legend and \
            the footnotes, and its title says what was extracted. --per-body DIR writes one \
            extract per body that has a task, and DIR/index.html linking them. Body names are \
            looked up in the registry (--bodies, else bodies.tsv beside SOURCE): any name, \
            abbreviation or alias, in any case.
            """
    )

    @Argument(help: "Annex text (.txt) or XML file.")
    var source: String

    @Option(help: "A responsible body: name, abbreviation or alias (e.g. IMSC, \"SAFE WG\").")
    var body: String?

    @Option(help: "A plan code, e.g. SP7.")
    var code: String?

    @Option(help: "A task type, code or long form (A, Advanced).")
    var type: String?

    @Option(help: "A due year or month: 2020 or 2020-06 (a milestone then).")
    var due: String?

    @Flag(help: "With --due: keep Ongoing and Periodically tasks too.")
    var includeOngoing = false

    @Option(help: "html, annex, md, docx, json, xml or txt (default: annex for --per-body, md otherwise).")
    var format: RenderOutput?

    @Option(name: .shortAndLong, help: "Write to FILE instead of standard output.")
    var output: String?

    @Option(help: "Write one extract per body into DIR, with an index.")
    var perBody: String?

    @Option(help: "The responsible-body registry (TSV).")
    var bodies: String?

    @Option(help: "Folder of templates overriding the bundled ones.")
    var templates: String?

    func validate() throws {
        if body == nil, code == nil, type == nil, due == nil, perBody == nil {
            throw ValidationError("give at least one filter (--body, --code, --type, --due) or --per-body DIR")
        }
        if let due, ProgrammeFilter.Due(due) == nil { throw ValidationError("--due takes a year (2020) or a month (2020-06)") }
        if perBody != nil, output != nil { throw ValidationError("--per-body writes a folder; -o is for a single extract") }
        if includeOngoing, due == nil { throw ValidationError("--include-ongoing goes with --due") }
    }

    func run() throws {
        do {
            let (programme, registry) = try ExtractJob.load(source: source, bodiesPath: bodies)
            var filter = ProgrammeFilter(code: code, type: type, due: due.flatMap(ProgrammeFilter.Due.init), includeOngoing: includeOngoing)
            if let body { filter.bodyID = try ExtractJob.bodyID(named: body, in: registry) }
            let job = ExtractJob(programme: programme, registry: registry, filter: filter, templates: templates)
            if let perBody {
                let written = try job.writePerBody(to: perBody, format: format ?? .annex)
                for file in written { print("\(file.path)\t\(file.body?.id ?? "(no body)")\t\(file.taskCount) task\(file.taskCount == 1 ? "" : "s")") }
                print("\(perBody)/index.html")
                return
            }
            let data: Data
            do { data = try RenderJob.render(job.extract(), as: format ?? .md, templates: templates, registry: registry) } catch {
                throw ExtractJobError.render(error)
            }
            try Terminal.emit(data, to: output)
        } catch let error as ExtractJobError {
            Terminal.error(error.description)
            throw ExitCode(error.exitStatus)
        }
    }
}
