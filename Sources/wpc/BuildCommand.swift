import ArgumentParser
import Foundation
import WPCApp

/// `wpc build [SOURCE] [-o DIR]`: the main job.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check a programme and write every output (HTML, annex, Markdown, JSON, XML, text, extracts, PNGs).",
        discussion: """
            With no SOURCE, reads the first XML file in ./Input (the bundled programme). Runs \
            `wpc check` first: when it finds errors nothing is written, unless --force. Exit \
            status: 0 built, 1 errors in the source or a failed write, 2 unreadable source.
            """
    )

    @Argument(help: "Annex text (.txt) or XML file; default: the programme in ./Input.")
    var source: String?

    @Option(name: .shortAndLong, help: "The folder to write into.")
    var output = "Output"

    @Option(help: "The responsible-body registry (TSV); default: bodies.tsv beside SOURCE.")
    var bodies: String?

    @Option(help: "Folder of templates overriding the bundled ones.")
    var templates: String?

    @Flag(help: "Write the outputs even when the checks find errors.")
    var force = false

    @Flag(help: "Skip the PNG screenshots (they need Chromium).")
    var noScreenshots = false

    func run() throws {
        guard let source = source ?? BuildJob.defaultSource() else {
            Terminal.error("error: no SOURCE given and no programme in ./Input")
            throw ExitCode(2)
        }
        let job = BuildJob(source: source, outputDirectory: output, bodiesPath: bodies, templates: templates, force: force, screenshots: !noScreenshots)
        let report = job.run()
        let problems = report.check.diagnostics.filter { $0.severity != .note }
        if !problems.isEmpty || report.status != 0 {
            Terminal.error(report.check.rendered(as: .human, colour: Terminal.stderrIsTerminal).trimmingCharacters(in: .newlines))
        }
        for warning in report.warnings { Terminal.error("warning: \(warning)") }
        if report.status == 1, report.written.isEmpty {
            Terminal.error("error: the checks found errors; nothing written (use --force to write anyway)")
        }
        for file in report.written { print(file) }
        if report.status != 0 { throw ExitCode(report.status) }
    }
}
