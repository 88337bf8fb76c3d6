import ArgumentParser
import WPCApp

/// `wpc`, the work programme compiler.
@main
struct WPC: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wpc",
        abstract: "Compile committee work programmes: import, check, render, extract and diff.",
        version: WPCVersion.current,
        subcommands: [BuildCommand.self, ImportCommand.self, ExtractCommand.self, CheckCommand.self, RenderCommand.self, DiffCommand.self, TemplatesCommand.self]
    )
}
