import ArgumentParser
import Foundation
import WPCApp

/// `wpc check SOURCE…`: reports slips in work programmes, like a compiler.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check work programmes and report slips with their locations.",
        discussion: """
            Reads annex text or XML and reports unknown or malformed plan codes, footnote \
            problems, task types, responsible bodies, topic numbering, timelines and table \
            structure. Exit status: 0 clean, 1 errors (or warnings with --strict), 2 when a \
            source cannot be read.
            """
    )

    /// The output formats, as the user types them.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case human, json, sarif
    }

    /// When to colour human output.
    enum Colour: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Argument(help: "Annex text (.txt) or XML files to check.")
    var sources: [String] = []

    @Option(help: "Output format: human, json or sarif.")
    var format: Format = .human

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(help: "The responsible-body registry (TSV). Default: bodies.tsv beside the first source, if present.")
    var bodies: String?

    @Option(name: .customLong("color"), help: "Colour human output: auto, always or never.")
    var colour: Colour = .auto

    @Flag(help: "List every rule with its id and severity, and exit.")
    var listRules = false

    func validate() throws {
        if sources.isEmpty && !listRules { throw ValidationError("name at least one source to check") }
    }

    func run() async throws {
        if listRules {
            FileHandle.standardOutput.write(Data(CheckJob.ruleListing().utf8))
            return
        }
        let job: CheckJob
        do {
            job = try CheckJob.prepare(paths: sources, bodiesPath: bodies, strict: strict)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        let report = job.run()
        let output = report.rendered(as: CheckFormat(rawValue: format.rawValue) ?? .human, colour: useColour)
        FileHandle.standardOutput.write(Data(output.utf8))
        if report.outcome.rawValue != 0 { throw ExitCode(report.outcome.rawValue) }
    }

    private var useColour: Bool {
        switch colour {
        case .always: true
        case .never: false
        case .auto: isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
    }
}
