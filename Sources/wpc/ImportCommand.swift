import ArgumentParser
import Foundation
import WPCApp

/// `wpc import ANNEX.txt [-o OUT.xml]`: the annex export as canonical XML.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read an annex export (tab-separated text, page breaks and all) and write canonical XML.",
        discussion: "The reader's repairs (cells joined over page breaks, rows with a tab too many or too few) are printed as notes with --verbose."
    )

    @Argument(help: "The annex export (or any source wpc reads).")
    var source: String

    @Option(name: .shortAndLong, help: "Write the XML here instead of standard output.")
    var output: String?

    @Flag(name: .shortAndLong, help: "Print the reader's notes on standard error.")
    var verbose = false

    func run() throws {
        let result: ImportJob.Output
        do {
            result = try ImportJob(path: source).run()
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(2)
        }
        if verbose {
            for diagnostic in result.diagnostics { Terminal.error(DiagnosticLine.format(diagnostic)) }
        }
        try Terminal.emit(result.xml, to: output)
    }
}
