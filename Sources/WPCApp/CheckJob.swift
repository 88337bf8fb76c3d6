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

    /// A check of `paths` against `registry`.
    public init(paths: [String], registry: BodyRegistry? = nil, strict: Bool = false) {
        self.paths = paths
        self.registry = registry
        self.strict = strict
    }

    /// Reads and checks every source; never throws: an unreadable source is a
    /// `source.unreadable` error in the report and exit status 2.
    public func run() -> CheckReport {
        var diagnostics: [Diagnostic] = []
        var sources: [String: LineIndex] = [:]
        var unreadable = false
        let runner = CheckRunner()
        for path in paths {
            do {
                let result = try SourceReader.read(path: path)
                sources[path] = result.source.lines
                diagnostics += CheckJob.findings(in: result, registry: registry, runner: runner)
            } catch {
                unreadable = true
                if let text = try? SourceText.load(path: path) { sources[path] = text.lines }
                diagnostics += CheckJob.findings(for: error)
            }
        }
        let sorted = diagnostics.sortedByLocation()
        return CheckReport(diagnostics: sorted, sources: sources, outcome: CheckOutcome(sorted, strict: strict, unreadable: unreadable))
    }

    /// What the reader noted while reading and what the rules find in the programme read.
    public static func findings(in result: ReadResult, registry: BodyRegistry?, runner: CheckRunner = CheckRunner()) -> [Diagnostic] {
        result.diagnostics + runner.check(result.programme, registry: registry, locator: result.locator)
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
    /// named, `bodies.tsv` beside the first source if there is one.
    /// - Throws: `SourceError` when the registry cannot be read.
    public static func prepare(paths: [String], bodiesPath: String?, strict: Bool) throws(SourceError) -> CheckJob {
        CheckJob(paths: paths, registry: try RegistryLocation.registry(named: bodiesPath, besideFirstOf: paths), strict: strict)
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

/// What `wpc check` found: sorted diagnostics, the text of each source for
/// printing, and how the command should exit.
public struct CheckReport: Sendable {
    /// Every finding, readers' and rules', sorted by location.
    public var diagnostics: [Diagnostic]
    /// Each readable source's lines, keyed by the path the locations name.
    public var sources: [String: LineIndex]
    /// How the command should exit.
    public var outcome: CheckOutcome

    /// A report from its parts.
    public init(diagnostics: [Diagnostic], sources: [String: LineIndex], outcome: CheckOutcome) {
        self.diagnostics = diagnostics
        self.sources = sources
        self.outcome = outcome
    }

    /// The report in `format`; `colour` applies to human output only.
    public func rendered(as format: CheckFormat, colour: Bool = false) -> String {
        switch format {
        case .human: HumanPrinter(colour: colour).print(diagnostics, sources: sources)
        case .json: JSONPrinter().print(diagnostics)
        case .sarif: SARIFPrinter(toolVersion: WPCVersion.current).print(diagnostics)
        }
    }
}

/// The output formats of `wpc check`.
public enum CheckFormat: String, Sendable, CaseIterable {
    /// clang-style text with the source line and a caret.
    case human
    /// A JSON array of diagnostics.
    case json
    /// A SARIF 2.1.0 log.
    case sarif
}
