import ArgumentParser
import WPCApp

/// `wpc completions bash|zsh|fish`: the shell completion script.
struct CompletionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completions",
        abstract: "Print the shell completion script for bash, zsh or fish.",
        discussion: """
            Commands, options, formats and file names complete; --body completes the body ids of \
            the registry beside the source (or --bodies FILE). Install with, for example: \
            wpc completions bash > ~/.local/share/bash-completion/completions/wpc; \
            wpc completions zsh > ~/.zfunc/_wpc; \
            wpc completions fish > ~/.config/fish/completions/wpc.fish.
            """
    )

    /// The shells ArgumentParser writes scripts for.
    enum Shell: String, ExpressibleByArgument, CaseIterable {
        case bash, zsh, fish
    }

    @Argument(help: "bash, zsh or fish.")
    var shell: Shell

    func run() throws {
        let kind: CompletionShell = switch shell {
        case .bash: .bash
        case .zsh: .zsh
        case .fish: .fish
        }
        try Terminal.print(WPC.completionScript(for: kind))
    }
}
