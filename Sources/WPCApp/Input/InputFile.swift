import Foundation
import WPCSources

/// Reads sources for every command. Before a reader sees a path, it is
/// looked at, so that a missing file, a folder or a file that cannot be
/// opened is said in plain words instead of as a system error code.
public enum InputFile {
    /// Why `path` cannot be read at all, or nil when it can be opened.
    /// - Parameter what: what the file should be ("programme", "body registry"), for the message.
    public static func problem(with path: String, what: String = "programme") -> InputError? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let message = errno == ENOENT ? "no such file" : "cannot be read: \(FileKind.reason(errno))"
            return .file(path: path, message: message)
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            return .file(path: path, message: "is a folder, not a file; name the \(what) file in it")
        }
        if access(path, R_OK) != 0 {
            return .file(path: path, message: "cannot be read: \(FileKind.reason(errno))")
        }
        return nil
    }

    /// Reads the source at `path` (a Word document, annex text or XML, judged
    /// by content) with `options` (the view of a Word document's tracked changes).
    public static func read(_ path: String, options: ReadOptions = ReadOptions()) throws(InputError) -> ReadResult {
        if let problem = problem(with: path) { throw problem }
        do { return try SourceReader.read(path: path, options: options) } catch { throw .reader(error) }
    }
}
