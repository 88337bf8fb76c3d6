import Foundation
import WPCApp
import WPCModel

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
        let unreadable = report.check.unreadableDisplayed(colour: colour, limit: diagnostics.maxDiagnostics)
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
        if report.committed, !report.cancelled {
            return "built \(outputDirectory) in \(time): \(report.written.count) files; \(findings)"
        }
        let kept = FileManager.default.fileExists(atPath: outputDirectory) ? "\(outputDirectory) is unchanged" : "nothing written"
        return "\(report.cancelled ? "build stopped" : "build failed") in \(time): \(findings); \(kept)"
    }
}
