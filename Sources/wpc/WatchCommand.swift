import ArgumentParser
import Dispatch
import Foundation
import WPCApp
import WPCModel

/// `wpc watch [SOURCE] [-o DIR] [build options]`: builds, then rebuilds on every change.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Build, then rebuild whenever the source, the body registry or a template override changes.",
        discussion: """
            Builds once like `wpc build`, then waits for the source, the registry (--bodies, or \
            bodies.tsv beside the source) and the files of --templates DIR to change, and rebuilds \
            once they have been quiet for --debounce seconds (inotify on Linux, else polling \
            twice a second). Each rebuild prints one summary line and the diagnostics that \
            appeared or went away. A build that fails leaves the previous outputs in place. \
            Ctrl-C stops it (exit status 0).
            """
    )

    @OptionGroup var build: BuildOptions
    @OptionGroup var display: DisplayOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    @Option(help: ArgumentHelp("Seconds without a further change before rebuilding.", valueName: "seconds"))
    var debounce = 0.2

    func validate() throws {
        if !(0...10).contains(debounce) { throw ValidationError("--debounce takes 0 to 10 seconds, not \(debounce)") }
    }

    func run() throws {
        let job = try build.job()
        let registry = RegistryLocation.watchedPath(named: job.bodiesPath, besideFirstOf: [job.source]) ?? "bodies.tsv"
        let watcher = FileWatcher(files: [job.source, registry], folders: job.templates.map { [$0] } ?? [])
        let cancellation = Cancellation()
        let signals = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                cancellation.cancel()
                watcher.stop()
            }
            source.resume()
            return source
        }
        defer { signals.forEach { $0.cancel() } }
        let printer = BuildReportPrinter(display: display, diagnostics: diagnostics, outputDirectory: job.outputDirectory)
        if !display.quiet {
            Console.error("watching \(job.source), \(registry)\(job.templates.map { " and \($0)" } ?? "") (\(watcher.method)); Ctrl-C stops")
        }
        var previous: [Diagnostic]?
        while !cancellation.isCancelled {
            var running = job
            running.cancellation = cancellation
            let progress = ProgressDisplay(command: "watch", enabled: Terminal.stderrIsTerminal && !display.quiet)
            running.progress = progress.handler
            let report = running.run()
            progress.stop()
            if report.cancelled { break }
            if let previous {
                let changes = DiagnosticChanges(from: previous, to: report.check.diagnostics)
                printer.printFindings(report, onlyNew: changes.appeared)
                if !display.quiet { for gone in changes.resolved { Console.error("fixed: " + DiagnosticLine.format(gone)) } }
            } else {
                printer.printFindings(report)
            }
            if !display.quiet { Console.error(WatchCommand.clock() + " " + printer.summary(report, seconds: progress.elapsed)) }
            previous = report.check.diagnostics
            guard watcher.waitForChange(debounce: debounce) else { break }
        }
        if !display.quiet { Console.error("stopped watching") }
    }

    /// The time of day, "14:03:27", for the summary lines.
    private static func clock() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: Date())
    }
}
