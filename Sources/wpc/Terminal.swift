import ArgumentParser
import Foundation
import WPCApp
import WPCModel

/// The terminal the commands print to: which streams are terminals, when to
/// colour, and how a command ends (its failure's lines on standard error,
/// then its exit status from the one table).
enum Terminal {
    /// Whether standard output is a terminal.
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    /// Whether standard error is a terminal.
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Whether to colour what goes to `descriptor` (standard output or error).
    static func colour(_ choice: ColourChoice, for descriptor: Int32) -> Bool {
        choice.enabled(isTerminal: isatty(descriptor) == 1, environment: ProcessInfo.processInfo.environment)
    }

    /// Prints `failure`'s lines on standard error and gives the exit to throw.
    static func fail(_ failure: CommandFailure) -> ExitCode {
        for line in failure.lines { Console.error(line) }
        return ExitCode(failure.status.rawValue)
    }

    /// Ends the process with `status` now, without freeing what `kept` holds
    /// (two drafts and their comparison are millions of small objects: the
    /// system takes their memory back with the process's at once, which is
    /// far quicker than freeing them one by one). Everything printed is
    /// flushed first.
    static func exit(_ status: Int32, keeping kept: some Any) -> Never {
        withExtendedLifetime(kept) {
            fflush(nil)
            Foundation.exit(status)
        }
    }

    /// Ends a command with `status`.
    static func end(_ status: ExitStatus) throws {
        if status != .done { throw ExitCode(status.rawValue) }
    }

    /// Refuses a binary format bound for a terminal (it would fill the screen
    /// with bytes), before any work is done.
    static func refuseBinary(_ format: RenderOutput, on output: String?) throws {
        if output == nil, format.isBinary, stdoutIsTerminal {
            throw fail(CommandFailure("\(format.rawValue) is binary and standard output is a terminal; write it to a file with -o FILE", status: .usage))
        }
    }

    /// Writes `data` to `path`, or to standard output.
    static func emit(_ data: Data, to path: String?) throws {
        do { try Console.emit(data, to: path) } catch { throw fail(error) }
    }

    /// Writes `pieces` to standard output, in order.
    static func write(pieces: [[UInt8]]) throws {
        do { try Console.write(pieces: pieces) } catch { throw fail(error) }
    }

    /// Writes `text` to standard output.
    static func print(_ text: String) throws {
        do { try Console.write(text) } catch { throw fail(error) }
    }
}

/// One diagnostic as one line, `file:line:col: severity: message [rule]`.
enum DiagnosticLine {
    static func format(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location.map { "\($0): " } ?? ""
        return "\(location)\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]"
    }
}
