import ArgumentParser
import Foundation
import WPCApp
import WPCModel
import WPCViews

/// `wpc extract SOURCE --body NAME [--code] [--type] [--due] …` and `--per-body DIR`.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Slice a programme by responsible body, plan code, task type and due date.",
        discussion: """
            A repeated filter is a choice (--body PTC --body IMSC: the tasks of either); different \
            filters combine (--body IMSC --code SP7: tasks of the IMSC with SP7). A filter value \
            that matches no task is a warning naming the nearest values that do; when nothing \
            matches, nothing is written and the exit status is 1 (like grep). An extract keeps the \
            original topic numbers, the legend and the footnotes, and its title says what was \
            extracted. --per-body DIR writes one extract per body that has a task, and \
            DIR/index.html linking them, replacing DIR whole. Body names are looked up in the \
            registry (--bodies, else bodies.tsv beside SOURCE): any name, abbreviation or alias, \
            in any case. \(ExitStatus.helpText)
            """
    )

    @Argument(help: "Word (.docx), annex text (.txt) or XML file.", completion: .file(extensions: ["docx", "txt", "xml"]))
    var source: String

    @Option(help: "A responsible body: name, abbreviation or alias (e.g. IMSC, \"SAFE WG\"); repeat for several.",
            completion: .custom { words, _, _ in BodyNames.forCompletion(words) })
    var body: [String] = []

    @Option(help: "A plan code, e.g. SP7; repeat for several.")
    var code: [String] = []

    @Option(help: "A task type, code or long form (A, Advanced); repeat for several.")
    var type: [String] = []

    @Option(help: "A due year or month: 2020 or 2020-06 (a milestone then).")
    var due: String?

    @Flag(help: "With --due: keep Ongoing and Periodically tasks too.")
    var includeOngoing = false

    @Option(help: "html, annex, md, docx, pdf, annex-pdf, json, xml, txt or dashboard (default: annex for --per-body, md otherwise).")
    var format: RenderOutput?

    @Option(name: .shortAndLong, help: "Write to FILE instead of standard output; its folder must exist.", completion: .file())
    var output: String?

    @Option(help: "Write one extract per body into DIR (created if missing, replaced whole), with an index.", completion: .directory)
    var perBody: String?

    @Option(help: "The responsible-body registry (TSV).", completion: .file(extensions: ["tsv"]))
    var bodies: String?

    @Option(help: "Folder of templates overriding the bundled ones.", completion: .directory)
    var templates: String?

    @OptionGroup var lang: LanguageOption

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if body.isEmpty, code.isEmpty, type.isEmpty, due == nil, perBody == nil {
            throw ValidationError("give at least one filter (--body, --code, --type, --due) or --per-body DIR")
        }
        if let due, ProgrammeFilter.Due(due) == nil { throw ValidationError("--due takes a year (2020) or a month (2020-06)") }
        if perBody != nil, output != nil { throw ValidationError("--per-body writes a folder; -o is for a single extract") }
        if includeOngoing, due == nil { throw ValidationError("--include-ongoing goes with --due") }
    }

    func run() throws {
        let format = format ?? (perBody == nil ? .md : .annex)
        if perBody == nil { try Terminal.refuseBinary(format, on: output) }
        let progress = ProgressDisplay(command: "extract", enabled: Terminal.stderrIsTerminal && !display.quiet)
        defer { progress.stop() }
        progress.handler(ProgressStep("reading \(source)", done: 0, total: 0))
        do {
            let (programme, registry) = try ExtractJob.load(source: source, bodiesPath: bodies, needsRegistry: !body.isEmpty || perBody != nil,
                                                            reading: reading.options)
            let filter = ExtractJob.filter(bodies: body, codes: code, types: type, due: due.flatMap(ProgrammeFilter.Due.init),
                                           includeOngoing: includeOngoing, registry: registry)
            let labels: Labels
            do { labels = try RenderJob.labels(templates: templates, language: lang.language ?? .default(for: programme)) } catch {
                throw ExtractJobError.render(error)
            }
            let job = ExtractJob(programme: programme, registry: registry, filter: filter, templates: templates, labels: labels)
            let warnings = job.unmatched(bodyNames: body)
            if let perBody {
                guard !job.perBodyExtracts().isEmpty else { return try nothingMatched(warnings, progress: progress) }
                let written = try job.writePerBody(to: perBody, format: format, progress: progress.handler)
                finish(warnings, progress: progress, summary: "wrote \(written.count + 1) files to \(perBody)")
                if !display.quiet {
                    let lines = written.map { "\($0.path)\t\($0.body?.id ?? "(no body)")\t\($0.taskCount) task\($0.taskCount == 1 ? "" : "s")\n" }
                    try Terminal.print(lines.joined() + (perBody as NSString).appendingPathComponent("index.html") + "\n")
                }
                return
            }
            let extract = job.extract()
            guard ExtractJob.taskCount(extract) > 0 else { return try nothingMatched(warnings, progress: progress) }
            progress.handler(ProgressStep("rendering \(format.rawValue)", done: 0, total: 0))
            let data: Data
            do { data = try RenderJob.render(extract, as: format, templates: templates, registry: registry, language: labels.language) } catch {
                throw ExtractJobError.render(error)
            }
            finish(warnings, progress: progress, summary: "extracted \(ExtractJob.taskCount(extract)) tasks")
            try Terminal.emit(data, to: output)
        } catch let error as ExtractJobError {
            throw Terminal.fail(error.failure)
        }
    }

    /// Says why nothing was written and ends with status 1.
    private func nothingMatched(_ warnings: [String], progress: ProgressDisplay) throws {
        progress.stop()
        if !display.quiet {
            for warning in warnings { Console.error(warning) }
            Console.error(CommandFailure.line("no task matches; nothing written", severity: "warning"))
        }
        throw ExitCode(ExitStatus.findings.rawValue)
    }

    /// The warnings, and a summary line when the progress line was shown.
    private func finish(_ warnings: [String], progress: ProgressDisplay, summary: String) {
        let shown = progress.stop()
        guard !display.quiet else { return }
        for warning in warnings { Console.error(warning) }
        if shown { Console.error("\(summary) in \(ProgressDisplay.seconds(progress.elapsed))") }
    }
}
