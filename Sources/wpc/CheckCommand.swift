import ArgumentParser
import Foundation
import WPCApp

/// `wpc check SOURCE…`: reports slips in work programmes, like a compiler.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check work programmes and report slips with their locations.",
        discussion: """
            Reads Word documents, annex text or XML and reports unknown or malformed plan codes, footnote \
            problems, task types, responsible bodies, topic numbering, timelines and table \
            structure on standard output; a source that cannot be read is reported on standard \
            error. Exit status: 0 clean; 1 errors (or warnings with --strict), or a failed write; \
            2 a source that cannot be read; 64 a usage error.
            """
    )

    /// The output formats, as the user types them.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case human, json, sarif
    }

    @Argument(help: "Word (.docx), annex text (.txt) or XML files to check.", completion: .file(extensions: ["docx", "txt", "xml"]))
    var sources: [String] = []

    @Option(help: "Output format: human, json or sarif.")
    var format: Format = .human

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(help: "The responsible-body registry (TSV). Default: bodies.tsv beside the first source, if present.", completion: .file(extensions: ["tsv"]))
    var bodies: String?

    @Flag(help: "List every rule with its id and severity, and exit.")
    var listRules = false

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var display: DisplayOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if sources.isEmpty && !listRules { throw ValidationError("name at least one source to check") }
    }

    func run() throws {
        if listRules { return try Terminal.print(CheckJob.ruleListing()) }
        var job: CheckJob
        do { job = try CheckJob.prepare(paths: sources, bodiesPath: bodies, strict: strict, reading: reading.options) } catch {
            throw Terminal.fail(error.failure)
        }
        let progress = ProgressDisplay(command: "check", enabled: Terminal.stderrIsTerminal && !display.quiet)
        job.progress = progress.handler
        let report = job.run()
        let shown = progress.stop()
        let unreadable = report.unreadableDisplayed(colour: Terminal.colour(display.colour, for: STDERR_FILENO),
                                                   limit: diagnostics.maxDiagnostics)
        if !unreadable.isEmpty { Console.error(String(unreadable.dropLast())) }
        switch format {
        case .human:
            try Terminal.print(report.displayed(diagnostics.display(display, colour: Terminal.colour(display.colour, for: STDOUT_FILENO))))
        case .json: try Terminal.write(pieces: report.renderedPieces(as: .json))
        case .sarif: try Terminal.write(pieces: report.renderedPieces(as: .sarif))
        }
        if shown {
            Console.error("checked \(sources.count) \(sources.count == 1 ? "file" : "files") in \(ProgressDisplay.seconds(progress.elapsed)): \(report.countsBySeverity)")
        }
        try Terminal.end(ExitStatus(report.outcome))
    }
}
