import ArgumentParser
import WPCApp

/// The options `build` and `watch` share.
struct BuildOptions: ParsableArguments {
    @Argument(help: "Word (.docx), annex text (.txt) or XML file; default: the programme in ./Input.", completion: .file(extensions: ["docx", "txt", "xml"]))
    var source: String?

    @Option(name: .shortAndLong, help: "The folder to write into; created if missing, replaced whole.", completion: .directory)
    var output = "Output"

    @Option(help: "The responsible-body registry (TSV); default: bodies.tsv beside SOURCE.", completion: .file(extensions: ["tsv"]))
    var bodies: String?

    @Option(help: "Folder of templates overriding the bundled ones.", completion: .directory)
    var templates: String?

    @Flag(help: "Write the outputs even when the checks find errors.")
    var force = false

    @Flag(help: "Make nothing with Chromium: no PNG pictures and no PDFs (the fast build).")
    var noScreenshots = false

    @Flag(name: .customLong("no-pdf"), help: "Skip the PDFs, still taking the PNG pictures.")
    var noPDF = false

    @OptionGroup var lang: LanguageOption

    @OptionGroup var reading: ReadingOptions

    /// The build these options describe.
    func job() throws -> BuildJob {
        guard let source = source ?? BuildJob.defaultSource() else {
            throw Terminal.fail(CommandFailure("no SOURCE given and no programme in ./Input", status: .usage))
        }
        var job = BuildJob(source: source, outputDirectory: output, bodiesPath: bodies, templates: templates, force: force,
                           screenshots: !noScreenshots, pdfs: !noPDF && !noScreenshots, language: lang.language)
        job.reading = reading.options
        return job
    }
}
