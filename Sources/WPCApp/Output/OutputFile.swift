import Foundation

/// Writes one output, whole or not at all. A regular file (or a name not yet
/// taken) is written to a temporary file beside it and renamed into place, so
/// a failure never leaves half a file; a device or FIFO (`/dev/null`,
/// `/dev/stdout`, a named pipe) is written through, never replaced; a
/// symbolic link is followed and the file it names is replaced, the link
/// kept. The folder must exist: a missing folder is an error, not created.
public enum OutputFile {
    /// Why an output could not be written, in the system's words.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        /// The path as the user named it.
        public var path: String
        /// Why, in plain words ("No space left on device", "the folder out does not exist").
        public var reason: String

        /// An error about `path`, for `reason`.
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        /// `PATH: error: cannot write: REASON`.
        public var description: String { CommandFailure.line("cannot write: \(reason)", about: path) }

        /// The failure a command reports.
        public var failure: CommandFailure { CommandFailure(lines: [description], status: .failedWrite) }
    }

    /// Writes `text` as UTF-8 to `path`.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path` (see the type's rules).
    public static func write(_ data: Data, to path: String) throws(WriteError) {
        // Whatever the links end at, a device or FIFO is written through by the
        // name given: /dev/stdout ends at "pipe:[…]", which is no path.
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFCHR, S_IFBLK, S_IFIFO: return try writeThrough(data, to: path, shownAs: path)
            case S_IFSOCK: throw WriteError(path: path, reason: "it is a socket, not a file")
            default: break
            }
        }
        let target: String
        switch FileKind.followingLinks(path) {
        case .success(let resolved): target = resolved
        case .failure(let error): throw WriteError(path: path, reason: error.reason)
        }
        switch FileKind(of: target) {
        case .device:
            try writeThrough(data, to: target, shownAs: path)
        case .directory:
            throw WriteError(path: path, reason: "it is a folder")
        case .other, .symbolicLink:
            throw WriteError(path: path, reason: "it is not a file")
        case .unreachable(let reason):
            throw WriteError(path: path, reason: reason)
        case .missing:
            try replace(target, with: data, permissions: nil, shownAs: path)
        case .regular(let permissions):
            try replace(target, with: data, permissions: permissions, shownAs: path)
        }
    }

    /// Writes to a temporary file in `target`'s folder and renames it over `target`.
    private static func replace(_ target: String, with data: Data, permissions: mode_t?, shownAs path: String) throws(WriteError) {
        let folder = FileKind.folder(of: target)
        switch FileKind(of: folder) {
        case .directory: break
        case .symbolicLink:
            var info = stat()
            guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                throw WriteError(path: path, reason: "\(FileKind.folder(of: path)) is not a folder")
            }
        case .missing: throw WriteError(path: path, reason: "the folder \(FileKind.folder(of: path)) does not exist")
        case .unreachable(let reason): throw WriteError(path: path, reason: reason)
        default: throw WriteError(path: path, reason: "\(FileKind.folder(of: path)) is not a folder")
        }
        let name = FileKind.name(of: target)
        let temporary = (folder as NSString).appendingPathComponent(".\(name).wpc-\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: FileKind.reason(errno)) }
        if let permissions { _ = fchmod(descriptor, permissions) }
        var failure = writeAll(data, to: descriptor)
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, target) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: FileKind.reason(failure))
        }
    }

    /// Opens a device or FIFO and writes into it.
    private static func writeThrough(_ data: Data, to target: String, shownAs path: String) throws(WriteError) {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: FileKind.reason(errno)) }
        var failure = writeAll(data, to: descriptor)
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure { throw WriteError(path: path, reason: FileKind.reason(failure)) }
    }

    /// Writes every byte of `data` to `descriptor`; returns the error number on failure.
    static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += count
            }
            return nil
        }
    }
}
