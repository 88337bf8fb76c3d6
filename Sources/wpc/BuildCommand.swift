import ArgumentParser
import Foundation
import WPCApp
import WPCModel

/// `wpc build [SOURCE] [-o DIR]`: the main job.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check a programme and write every output (HTML, annex, Markdown, JSON, XML, text, extracts, PNGs).",
        discussion: """
            With no SOURCE, reads the first XML file in ./Input (the bundled programme). Runs \
            `wpc check` first: when it finds errors nothing is written, unless --force. The outputs \
            are written into a staging folder beside DIR and replace DIR together, only when every \
            one is written: a failed or interrupted build leaves DIR as it was. \(ExitStatus.helpText)
            """
    )

    @OptionGroup var build: BuildOptions
    @OptionGroup var display: DisplayOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let job = try build.job()
        let progress = ProgressDisplay(command: "build", enabled: Terminal.stderrIsTerminal && !display.quiet)
        var running = job
        running.progress = progress.handler
        let report = running.run()
        progress.stop()
        let printer = BuildReportPrinter(display: display, diagnostics: diagnostics, outputDirectory: job.outputDirectory)
        printer.printFindings(report)
        printer.printSummary(report, seconds: progress.elapsed)
        if !display.quiet, report.status == .done { try Terminal.print(report.written.map { $0 + "\n" }.joined()) }
        try Terminal.end(report.status)
    }
}

/// The options `build` and `watch` share.
struct BuildOptions: ParsableArguments {
    @Argument(help: "Annex text (.txt) or XML file; default: the programme in ./Input.", completion: .file(extensions: ["txt", "xml"]))
    var source: String?

    @Option(name: .shortAndLong, help: "The folder to write into; created if missing, replaced whole.", completion: .directory)
    var output = "Output"

    @Option(help: "The responsible-body registry (TSV); default: bodies.tsv beside SOURCE.", completion: .file(extensions: ["tsv"]))
    var bodies: String?

    @Option(help: "Folder of templates overriding the bundled ones.", completion: .directory)
    var templates: String?

    @Flag(help: "Write the outputs even when the checks find errors.")
    var force = false

    @Flag(help: "Skip the PNG screenshots (they need Chromium).")
    var noScreenshots = false

    /// The build these options describe.
    func job() throws -> BuildJob {
        guard let source = source ?? BuildJob.defaultSource() else {
            throw Terminal.fail(CommandFailure("no SOURCE given and no programme in ./Input", status: .usage))
        }
        return BuildJob(source: source, outputDirectory: output, bodiesPath: bodies, templates: templates, force: force, screenshots: !noScreenshots)
    }
}

/// How `build` and `watch` print a build: findings and warnings on standard
/// error (within `--max-diagnostics`, errors only with `--quiet`), then why it
/// failed, then one summary line.
struct BuildReportPrinter {
    var display: DisplayOptions
    var diagnostics: DiagnosticOptions
    var outputDirectory: String

    /// The findings, warnings and failure of `report`.
    func printFindings(_ report: BuildJob.Report, onlyNew new: [Diagnostic]? = nil) {
        let colour = Terminal.colour(display.colour, for: STDERR_FILENO)
        var check = report.check
        if let new { check.diagnostics = new }
        let problems = check.diagnostics.contains { $0.severity != .note }
        if problems || report.status != .done {
            var shown = diagnostics.display(display, colour: colour)
            shown.summary = new == nil
            let text = check.displayed(shown)
            if !text.isEmpty { Console.error(String(text.dropLast())) }
        }
        let unreadable = report.check.unreadableDisplayed(colour: colour)
        if !unreadable.isEmpty { Console.error(String(unreadable.dropLast())) }
        if !display.quiet { for warning in report.warnings { Console.error(warning) } }
        for line in report.failure?.lines ?? [] { Console.error(line) }
    }

    /// One line: what was built, the findings by severity, the time.
    func printSummary(_ report: BuildJob.Report, seconds: Double) {
        guard !display.quiet else { return }
        Console.error(summary(report, seconds: seconds))
    }

    /// "built Output in 2.3 s: 41 files; 14 warnings, 3 notes".
    func summary(_ report: BuildJob.Report, seconds: Double) -> String {
        let time = ProgressDisplay.seconds(seconds)
        let findings = report.check.countsBySeverity
        if report.status == .done, !report.cancelled {
            return "built \(outputDirectory) in \(time): \(report.written.count) files; \(findings)"
        }
        let kept = FileManager.default.fileExists(atPath: outputDirectory) ? "\(outputDirectory) is unchanged" : "nothing written"
        return "\(report.cancelled ? "build stopped" : "build failed") in \(time): \(findings); \(kept)"
    }
}
