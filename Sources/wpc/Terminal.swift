import ArgumentParser
import Foundation
import WPCApp
import WPCModel

/// Standard output and error for the commands.
enum Terminal {
    /// Prints a line on standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes `text` to `path` whole (temporary file, then rename), or to standard output.
    static func emit(_ text: String, to path: String?) throws {
        try emit(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path` whole (temporary file, then rename), or to standard output.
    static func emit(_ data: Data, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try OutputFile.write(data, to: path)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }

    /// Whether standard error is a terminal (for colour).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// One diagnostic as one line, `file:line:col: severity: message [rule]`.
enum DiagnosticLine {
    static func format(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location.map { "\($0): " } ?? ""
        return "\(location)\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]"
    }
}
