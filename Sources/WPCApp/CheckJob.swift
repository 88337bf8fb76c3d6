import Foundation
import WPCChecks
import WPCModel
import WPCSources

/// `wpc check` as a library call: reads each source (annex text or XML),
/// runs every check rule, and returns the findings with the exit status.
/// The reader's own notes (repaired cells, shifted columns) are reported too,
/// sorted by location together with the rules' findings.
public struct CheckJob: Sendable {
    /// The files to check, as the user named them.
    public var paths: [String]
    /// The responsible-body registry; without it the body rules are skipped.
    public var registry: BodyRegistry?
    /// Whether warnings fail the check too.
    public var strict: Bool
    /// Told which source is being checked, for a progress display.
    public var progress: ProgressHandler?
    /// How sources are read (`--as-original`).
    public var reading = ReadOptions()

    /// A check of `paths` against `registry`.
    public init(paths: [String], registry: BodyRegistry? = nil, strict: Bool = false) {
        self.paths = paths
        self.registry = registry
        self.strict = strict
    }

    /// Reads and checks every source; never throws: an unreadable source is a
    /// `source.unreadable` error in the report (or the reader's own errors)
    /// and exit status 2.
    public func run() -> CheckReport {
        var diagnostics: [Diagnostic] = []
        var sources: [String: LineIndex] = [:]
        var unreadable: [String: InputError] = [:]
        let runner = CheckRunner()
        // The text is let go as it is read: a printer reads the lines it shows again (`CheckReport.texts`).
        var reading = reading
        reading.keepsText = false
        for (index, path) in paths.enumerated() {
            progress?(ProgressStep("checking \(path)", done: index, total: paths.count))
            do {
                let result = try InputFile.read(path, options: reading)
                sources.merge(result.texts) { _, new in new }
                let found = CheckJob.findings(in: result, registry: registry, runner: runner)
                // The first source's findings are taken as they are, not copied.
                if diagnostics.isEmpty { diagnostics = found } else { diagnostics += found }
                // Freeing a large programme is done beside what follows (sorting, printing).
                ReleaseBehind.release(result)
            } catch {
                unreadable[path] = error
                if case .reader = error, let text = try? SourceText.load(path: path, sizeLimit: reading.sizeLimit) { sources[path] = text.lines }
                diagnostics += error.diagnostics
            }
        }
        // One source's findings come sorted; several are sorted together, in place.
        if paths.count > 1 || !unreadable.isEmpty { diagnostics.sortByLocation() }
        return CheckReport(diagnostics: diagnostics, sources: sources,
                           outcome: CheckOutcome(diagnostics, strict: strict, unreadable: !unreadable.isEmpty), unreadable: unreadable)
    }

    /// What the reader noted while reading and what the rules find in the
    /// programme read, sorted by location.
    public static func findings(in result: ReadResult, registry: BodyRegistry?, runner: CheckRunner = CheckRunner()) -> [Diagnostic] {
        runner.check(result.programme, registry: registry, locator: result.locator, including: result.diagnostics)
    }

    /// A source that could not be read, as diagnostics: a `source.unreadable`
    /// error, unless the reader's own findings already point at the same place
    /// (they say it better than its summary), and those findings.
    public static func findings(for error: SourceError) -> [Diagnostic] {
        let summary = Diagnostic(.error, unreadableRule, error.message, at: error.location, length: 1)
        let repeatsSummary = error.diagnostics.contains { $0.location == error.location }
        return (repeatsSummary ? [] : [summary]) + error.diagnostics
    }

    /// A check of `paths` with the registry at `bodiesPath`, or, when none is
    /// named, `bodies.tsv` beside the first source if there is one, every file
    /// read with `reading` (its size limit included).
    /// - Throws: `InputError` when the registry cannot be read.
    public static func prepare(paths: [String], bodiesPath: String?, strict: Bool,
                               reading: ReadOptions = ReadOptions()) throws(InputError) -> CheckJob {
        var job = CheckJob(paths: paths, registry: try RegistryLocation.registry(named: bodiesPath, besideFirstOf: paths, maxInput: reading.sizeLimit),
                           strict: strict)
        job.reading = reading
        return job
    }

    /// One line per rule: id, severity and summary, sorted by id.
    public static func ruleListing() -> String {
        let rules = CheckRunner.catalog
        let width = rules.map(\.id.count).max() ?? 0
        return rules.map { rule in
            rule.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0) + "  " + rule.summary + "\n"
        }.joined()
    }

    /// The rule id given to a source that cannot be read at all.
    public static let unreadableRule = "source.unreadable"
}

