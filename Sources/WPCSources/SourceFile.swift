import Foundation
import WPCModel

/// Reads a source file's bytes, refusing what no reader can take: a path that
/// does not exist or cannot be read, a folder, and a file larger than the limit
/// (read in full, a 10 GB file would exhaust memory before any check).
enum SourceFile {
    /// The bytes of the file at `path`.
    /// - Throws: `SourceError` in plain words: no such file, permission denied,
    ///   a folder, or too large.
    static func read(path: String, sizeLimit: Int) throws(SourceError) -> [UInt8] {
        try contents(path: path, sizeLimit: sizeLimit).bytes
    }

    /// The bytes of the file at `path`, and whether it is a regular file (one
    /// that can be read again, unlike a pipe), from the one look at it.
    /// - Throws: as `read(path:sizeLimit:)`.
    static func contents(path: String, sizeLimit: Int) throws(SourceError) -> (bytes: [UInt8], isRegular: Bool) {
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
            // A regular file is read in one go, straight into the one buffer
            // the text is kept in: its size is known.
            return (try readRegular(path: path, size: Int(status.st_size)), true)
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
            return ([UInt8](data), false)
        } catch let error as SourceError {
            throw error
        } catch {
            throw SourceError("cannot read file: \((error as NSError).localizedFailureReason ?? error.localizedDescription)", file: path)
        }
    }

    /// The `count` bytes at `offset` in the file at `path`, or nil when
    /// they cannot all be read (the file is gone or shorter).
    static func read(path: String, offset: Int, count: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let (bytes, failure) = fill(count, from: descriptor, at: offset)
        return failure == 0 && bytes.count == count ? bytes : nil
    }

    /// Up to `count` bytes of `descriptor` from byte `offset`, read with
    /// `pread` into an array of that capacity: fewer when the file ends
    /// sooner (it shrank), with the `errno` of a failed read (else 0).
    private static func fill(_ count: Int, from descriptor: Int32, at offset: Int) -> (bytes: [UInt8], failure: Int32) {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            while initialized < count {
                let got = pread(descriptor, base + initialized, count - initialized, off_t(offset + initialized))
                if got < 0, errno == EINTR { continue }
                if got < 0 { failure = errno }
                if got <= 0 { break }
                initialized += got
            }
        }
        return (bytes, failure)
    }

    /// The `size` bytes of the regular file at `path`, read into an array of
    /// exactly that size (a file that shrank while being read gives what it had).
    private static func readRegular(path: String, size: Int) throws(SourceError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw SourceError("cannot read file: \(reason(errno))", file: path) }
        defer { close(descriptor) }
        let (bytes, failure) = fill(size, from: descriptor, at: 0)
        if failure != 0 { throw SourceError("cannot read file: \(reason(failure))", file: path) }
        return bytes
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES: "permission denied"
        default: String(cString: strerror(code))
        }
    }

    /// A size for a message, in the largest unit it reaches: whole sizes as
    /// they are ("256 MB", "64 KB", "1000 bytes"), others to a tenth, rounded
    /// up ("300.1 MB", "40.5 KB"), so a file just over a limit never reads as
    /// equal to it.
    private static func megabytes(_ bytes: Int) -> String {
        for (unit, name) in [(1024 * 1024, "MB"), (1024, "KB")] where bytes >= unit {
            if bytes % unit == 0 { return "\(bytes / unit) \(name)" }
            let tenths = (bytes * 10 + unit - 1) / unit
            return "\(tenths / 10).\(tenths % 10) \(name)"
        }
        return "\(bytes) bytes"
    }
}
