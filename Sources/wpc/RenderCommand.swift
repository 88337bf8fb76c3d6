import ArgumentParser
import Foundation
import WPCApp

/// `wpc render SOURCE --format html|annex|md|docx|json|xml|txt|dashboard [-o FILE] [--templates DIR]`.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render one output of a work programme.",
        discussion: """
            html: the annex paginated into A4-landscape pages; annex: the Policy-Commission \
            annex table; docx: the same annex as a Word document; pdf, annex-pdf: html and annex \
            printed to PDF (needs chromium); md: GFM Markdown; json, xml: the programme itself; \
            txt: clean annex text; dashboard: one page of charts (plan codes per topic, \
            deliverables by quarter, tasks per body, what the checks find). Writes to standard \
            output unless -o names a file (docx and the PDFs only to a file or a pipe). \
            --templates DIR overrides bundled templates file by file and labels one by one (see \
            `wpc templates dump`); --lang chooses the labels' language. Exit status: 0 done; 1 a \
            failed write or print; 2 a source, template or labels file that cannot be used; 64 a \
            usage error.
            """
    )

    @Argument(help: "Word (.docx), annex text (.txt) or XML file.", completion: .file(extensions: ["docx", "txt", "xml"]))
    var source: String?

    @Option(help: "html, annex, md, docx, pdf, annex-pdf, json, xml, txt or dashboard.")
    var format: RenderOutput = .html

    @Option(name: .shortAndLong, help: "Write to FILE instead of standard output; its folder must exist.", completion: .file())
    var output: String?

    @Option(help: "Folder of templates overriding the bundled ones (DIR/html/page.mustache, …).", completion: .directory)
    var templates: String?

    @Option(help: "The responsible-body registry (TSV) the JSON and the dashboard resolve bodies with; default: bodies.tsv beside SOURCE.", completion: .file(extensions: ["tsv"]))
    var bodies: String?

    @Option(help: .hidden)
    var synthetic: Int?

    @OptionGroup var lang: LanguageOption

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if source == nil && synthetic == nil { throw ValidationError("name the SOURCE to render") }
    }

    func run() throws {
        try Terminal.refuseBinary(format, on: output)
        var job = RenderJob(source: synthetic.map { .synthetic(topics: $0) } ?? .file(source ?? ""), format: format, templates: templates, bodies: bodies,
                            language: lang.language)
        job.reading = reading.options
        let progress = ProgressDisplay(command: "render", enabled: Terminal.stderrIsTerminal && !display.quiet)
        progress.handler(ProgressStep("rendering \(format.rawValue)", done: 0, total: 0))
        let data: Data
        do { data = try job.render() } catch {
            progress.stop()
            throw Terminal.fail(error.failure)
        }
        progress.handler(ProgressStep("writing \(output ?? "to standard output")", done: 0, total: 0))
        defer {
            if progress.stop() { Console.error("rendered \(format.rawValue) in \(ProgressDisplay.seconds(progress.elapsed))") }
        }
        try Terminal.emit(data, to: output)
    }
}
