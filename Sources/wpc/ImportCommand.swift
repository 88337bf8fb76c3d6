import ArgumentParser
import Foundation
import WPCApp

/// `wpc import ANNEX.txt [-o OUT.xml]`: the annex export as canonical XML.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read an annex export (tab-separated text, page breaks and all) and write canonical XML.",
        discussion: """
            The reader's repairs (cells joined over page breaks, rows with a tab too many or too \
            few) are printed as notes with --verbose. \(ExitStatus.helpText)
            """
    )

    @Argument(help: "The annex export (or any source wpc reads).", completion: .file(extensions: ["docx", "txt", "xml"]))
    var source: String

    @Option(name: .shortAndLong, help: "Write the XML here instead of standard output; its folder must exist.", completion: .file(extensions: ["xml"]))
    var output: String?

    @Flag(name: .shortAndLong, help: "Print the reader's notes on standard error.")
    var verbose = false

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var display: DisplayOptions

    func run() throws {
        let progress = ProgressDisplay(command: "import", enabled: Terminal.stderrIsTerminal && !display.quiet)
        progress.handler(ProgressStep("reading \(source)", done: 0, total: 0))
        let result: ImportJob.Output
        do { result = try ImportJob(path: source, reading: reading.options).run() } catch {
            progress.stop()
            throw Terminal.fail(error)
        }
        if progress.stop() { Console.error("read \(source) in \(ProgressDisplay.seconds(progress.elapsed))") }
        if verbose, !display.quiet {
            for diagnostic in result.diagnostics { Console.error(DiagnosticLine.format(diagnostic)) }
        }
        try Terminal.emit(Data(result.xml.utf8), to: output)
    }
}
