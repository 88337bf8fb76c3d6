import Foundation

/// Standard output and standard error, for every command. A write to standard
/// output that fails (a full disk, a closed pipe) is an error the command
/// reports and ends on (exit 1), never a crash.
public enum Console {
    /// Writes `data` to standard output.
    /// - Throws: the failure to report: `wpc: cannot write to standard output: <reason>`.
    public static func write(_ data: Data) throws(CommandFailure) {
        if let code = OutputFile.writeAll(data, to: STDOUT_FILENO) {
            throw CommandFailure(lines: ["wpc: cannot write to standard output: \(FileKind.reason(code))"], status: .failedWrite)
        }
    }

    /// Writes `pieces` to standard output in order, letting go of each once
    /// it is written (a large report is never held twice).
    public static func write(pieces: consuming [[UInt8]]) throws(CommandFailure) {
        for index in pieces.indices {
            let piece = pieces[index]
            pieces[index] = []
            try write(Data(piece))
        }
    }

    /// Writes `text` as UTF-8 to standard output.
    public static func write(_ text: String) throws(CommandFailure) {
        try write(Data(text.utf8))
    }

    /// Writes `line` and a line end to standard error; a failure there has nowhere to be reported.
    public static func error(_ line: String) {
        _ = OutputFile.writeAll(Data((line + "\n").utf8), to: STDERR_FILENO)
    }

    /// Writes `data` to `path` (see `OutputFile`), or to standard output when `path` is nil.
    public static func emit(_ data: Data, to path: String?) throws(CommandFailure) {
        guard let path else { return try write(data) }
        do { try OutputFile.write(data, to: path) } catch { throw error.failure }
    }
}
