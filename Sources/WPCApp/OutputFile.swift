import Foundation

/// Writes outputs whole or not at all: to a temporary file beside the target,
/// renamed into place, so a failure never leaves a half-written file.
public enum OutputFile {
    /// Why an output could not be written.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String

        public var description: String { "\(path): error: cannot write: \(reason)" }
    }

    /// Writes `text` to `path`, creating its folder if needed.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path`, creating its folder if needed.
    public static func write(_ data: Data, to path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw WriteError(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }
}
