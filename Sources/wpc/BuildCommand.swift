import ArgumentParser
import Foundation
import WPCApp
import WPCModel

/// `wpc build [SOURCE] [-o DIR]`: the main job.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check a programme and write every output (HTML, annex, Word, PDFs, Markdown, JSON, XML, text, extracts, PNGs).",
        discussion: """
            With no SOURCE, reads the first XML file in ./Input (the bundled programme). Runs \
            `wpc check` first: when it finds errors nothing is written, unless --force. The outputs \
            are written into a staging folder beside DIR and replace DIR together, only when every \
            one is written: a failed or interrupted build leaves DIR as it was. The PDFs and PNGs \
            need chromium: without it, every other output is written and the build exits 1 \
            naming the package to install (--no-screenshots skips both, --no-pdf the PDFs only). \(ExitStatus.helpText)
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
        if !display.quiet, report.committed { try Terminal.print(report.written.map { $0 + "\n" }.joined()) }
        try Terminal.end(report.status)
    }
}
