import Foundation

/// What a path names on disk, as the output writers need to know it: a
/// regular file is replaced through a temporary file and a rename, a device
/// or FIFO is written through, a symbolic link is followed.
enum FileKind: Equatable {
    case missing
    case regular(permissions: mode_t)
    case directory
    case symbolicLink
    /// A character or block device or a FIFO: written through, never replaced.
    case device
    /// A socket or anything else a file cannot be written to.
    case other
    /// The path cannot be looked at (`reason` is the system's).
    case unreachable(reason: String)

    /// The kind of `path` itself (a symbolic link is not followed).
    init(of path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            // ENOTDIR: a folder on the way is a file, so nothing is there; the writer says which.
            self = errno == ENOENT || errno == ENOTDIR ? .missing : .unreachable(reason: FileKind.reason(errno))
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .regular(permissions: info.st_mode & 0o7777)
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        case S_IFCHR, S_IFBLK, S_IFIFO: self = .device
        default: self = .other
        }
    }

    /// The system's words for `code` ("No space left on device").
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// The folder `path` is in: "." for a bare name, "/" for a name at the
    /// root; trailing slashes are ignored. (Foundation's
    /// `deletingLastPathComponent` stops the process on one-letter names on
    /// Linux, so this is done by hand.)
    static func folder(of path: String) -> String {
        var bytes = Array(path.utf8)
        while bytes.count > 1, bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        var end = slash
        while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        return end == 0 ? "/" : String(decoding: bytes[..<end], as: UTF8.self)
    }

    /// The last name in `path`, trailing slashes ignored ("x.md", ".", "/").
    static func name(of path: String) -> String {
        var bytes = Array(path.utf8)
        while bytes.count > 1, bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
        guard bytes.count > 1, let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes[(slash + 1)...], as: UTF8.self)
    }

    /// The path a write to `path` lands on: symbolic links followed, link by
    /// link, to the name they end at (which need not exist yet).
    static func followingLinks(_ path: String) -> Result<String, FileKind.LinkError> {
        var current = path
        for _ in 0..<40 {
            guard FileKind(of: current) == .symbolicLink else { return .success(current) }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { return .failure(LinkError(reason: reason(errno))) }
            let destination = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination : (folder(of: current) as NSString).appendingPathComponent(destination)
        }
        return .failure(LinkError(reason: reason(ELOOP)))
    }

    /// A symbolic link that cannot be followed.
    struct LinkError: Error {
        var reason: String
    }
}
