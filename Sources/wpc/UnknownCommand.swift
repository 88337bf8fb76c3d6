import WPCApp

/// `wpc buld`: a first word that names no command.
enum UnknownCommand {
    /// The message for an unknown command, or nil when the first word is an
    /// option or a command.
    static func message(for arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = WPC.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !names.contains(first) else { return nil }
        let nearest = NearestNames.to(first, among: names, limit: 1, maximum: max(2, first.count / 2))
        let hint = nearest.first.map { "; did you mean '\($0)'?" } ?? ""
        return "error: no command is called '\(first)'\(hint) (the commands: \(names.filter { $0 != "help" }.joined(separator: ", ")))"
    }
}
