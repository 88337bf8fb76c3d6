import ArgumentParser
import Foundation
import WPCApp

/// `wpc render SOURCE --format html|annex|md|docx|json|xml|txt [-o FILE] [--templates DIR]`.
struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render one output of a work programme.",
        discussion: """
            html: the annex paginated into A4-landscape pages; annex: the Policy-Commission \
            annex table; docx: the same annex as a Word document; md: GFM Markdown; json, xml: the programme itself; txt: clean annex text. Writes to standard \
            output unless -o names a file. --templates DIR overrides bundled templates file by \
            file (see `wpc templates dump`). Exit status: 0 done, 1 template or write error, \
            2 unreadable source.
            """
    )

    @Argument(help: "Annex text (.txt) or XML file.")
    var source: String?

    @Option(help: "html, annex, md, docx, json, xml or txt.")
    var format: RenderOutput = .html

    @Option(name: .shortAndLong, help: "Write to FILE instead of standard output.")
    var output: String?

    @Option(help: "Folder of templates overriding the bundled ones (DIR/html/page.mustache, …).")
    var templates: String?

    @Option(help: "The responsible-body registry (TSV) the JSON resolves bodies with; default: bodies.tsv beside SOURCE.")
    var bodies: String?

    @Option(help: .hidden)
    var synthetic: Int?

    func validate() throws {
        if source == nil && synthetic == nil { throw ValidationError("name the SOURCE to render") }
    }

    func run() async throws {
        let job = RenderJob(source: synthetic.map { .synthetic(topics: $0) } ?? .file(source ?? ""), format: format, templates: templates, bodies: bodies)
        let data: Data
        do {
            data = try job.render()
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(error.exitStatus)
        }
        try Terminal.emit(data, to: output)
    }
}

extension RenderOutput: ExpressibleByArgument {}
