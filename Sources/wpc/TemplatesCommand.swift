import ArgumentParser
import Foundation
import WPCApp

/// `wpc templates dump DIR`: copies the bundled templates for a user to edit.
struct TemplatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Work with the bundled templates.",
        subcommands: [Dump.self]
    )

    /// `wpc templates dump DIR [--force]`.
    struct Dump: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "dump",
            abstract: "Write the bundled templates into DIR (one folder per family) to start an override from."
        )

        @Argument(help: "The folder to write into; created if missing.")
        var directory: String

        @Flag(help: "Overwrite files that already exist.")
        var force = false

        func run() async throws {
            do {
                let written = try RenderJob.dumpTemplates(to: directory, overwrite: force)
                FileHandle.standardOutput.write(Data(written.map { $0 + "\n" }.joined().utf8))
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}
