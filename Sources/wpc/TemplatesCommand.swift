import ArgumentParser
import Foundation
import WPCApp

/// `wpc templates dump DIR`: copies the bundled templates for a user to edit.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Work with the bundled templates.",
        subcommands: [Dump.self]
    )

    /// `wpc templates dump DIR [--force]`.
    struct Dump: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "dump",
            abstract: "Write the bundled templates into DIR (one folder per family) to start an override from."
        )

        @Argument(help: "The folder to write into; created if missing.", completion: .directory)
        var directory: String

        @Flag(help: "Overwrite files that already exist.")
        var force = false

        func run() throws {
            let written: [String]
            do { written = try RenderJob.dumpTemplates(to: directory, overwrite: force) } catch {
                throw Terminal.fail(CommandFailure(lines: [error.description], status: .failedWrite))
            }
            try Terminal.print(written.map { $0 + "\n" }.joined())
        }
    }
}
