import Foundation
import WPCModel

/// Reads a source file's bytes, refusing what no reader can take: a path that
/// does not exist or cannot be read, a folder, and a file larger than the limit
/// (read in full, a 10 GB file would exhaust memory before any check).
enum SourceFile {
    /// The bytes of the file at `path`.
    /// - Throws: `SourceError` in plain words: no such file, permission denied,
    ///   a folder, or too large.
    static func read(path: String, sizeLimit: Int) throws(SourceError) -> Data {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw SourceError("cannot read file: \(reason(errno))", file: path)
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw SourceError("is a folder, not a file: name the programme file inside it", file: path)
        }
        if status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) > sizeLimit {
            throw SourceError("the file is \(megabytes(Int(status.st_size))), more than the limit of \(megabytes(sizeLimit)) (raise it with --max-input)", file: path)
        }
        if status.st_mode & S_IFMT == S_IFREG {
            // A regular file is read in one go: its size is known.
            do {
                return try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw SourceError("cannot read file: \((error as NSError).localizedFailureReason ?? error.localizedDescription)", file: path)
            }
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SourceError("cannot read file: \(reason(errno))", file: path)
        }
        defer { try? handle.close() }
        do {
            // Devices and pipes have no size: read at most one byte past the limit.
            let data = try handle.read(upToCount: sizeLimit + 1) ?? Data()
            if data.count > sizeLimit {
                throw SourceError("the input is more than the limit of \(megabytes(sizeLimit)) (raise it with --max-input)", file: path)
            }
            return data
        } catch let error as SourceError {
            throw error
        } catch {
            throw SourceError("cannot read file: \((error as NSError).localizedFailureReason ?? error.localizedDescription)", file: path)
        }
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES: "permission denied"
        default: String(cString: strerror(code))
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? "\(bytes / (1024 * 1024)) MB" : "\(bytes) bytes"
    }
}
