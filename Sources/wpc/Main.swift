import ArgumentParser
import CAllocator
import Foundation
import WPCApp

/// The entry point: parses the command line, runs the command, and ends the
/// process with a status from the one table (`ExitStatus`). Usage errors are
/// printed with one lower-case `error:` and exit 64; an unknown command gets
/// the nearest command's name.
///
/// Before anything is read, blocks of 4 MB or more are set to have pages of
/// their own, given back to the system when freed: a large source's text,
/// and the arrays of a large programme's findings, are then not left
/// resident once let go (glibc would otherwise serve later blocks of up to
/// 32 MB from its heap and keep them). This keeps `wpc check` of a 90 MB
/// export under four times its size.
@main
enum Main {
    static func main() async {
        wpc_giveBackBlocksFrom(4 << 20)
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let hint = UnknownCommand.message(for: arguments) {
            Console.error(hint)
            exit(ExitStatus.usage.rawValue)
        }
        do {
            var command = try WPC.parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(report(error))
        }
        exit(ExitStatus.done.rawValue)
    }

    /// Prints what ArgumentParser has to say about `error` (help and the
    /// version on standard output, usage errors on standard error) and
    /// returns the exit status.
    private static func report(_ error: Error) -> Int32 {
        let status = WPC.exitCode(for: error).rawValue
        let message = WPC.fullMessage(for: error)
        guard !message.isEmpty else { return status }
        if status == ExitStatus.done.rawValue {
            do { try Console.write(message + "\n") } catch {
                for line in error.lines { Console.error(line) }
                return error.status.rawValue
            }
            return status
        }
        let worded = message.hasPrefix("Error: ") ? "error: " + message.dropFirst("Error: ".count) : Substring(message)
        Console.error(String(worded))
        return status
    }
}
