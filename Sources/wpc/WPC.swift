import ArgumentParser
import WPCApp

/// `wpc`, the work programme compiler.
struct WPC: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wpc",
        abstract: "Compile committee work programmes: import, check, render, extract and diff.",
        discussion: """
            Progress is shown on standard error when it is a terminal and a command runs longer than \
            half a second; --quiet prints errors only. Colour follows --color, else the terminal and \
            NO_COLOR. \(ExitStatus.helpText)
            """,
        version: WPCVersion.current,
        subcommands: [BuildCommand.self, WatchCommand.self, ImportCommand.self, ExtractCommand.self, CheckCommand.self,
                      RenderCommand.self, DiffCommand.self, TemplatesCommand.self, CompletionsCommand.self]
    )
}
