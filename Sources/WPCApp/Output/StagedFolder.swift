import Foundation

/// A folder of outputs that appears all together or not at all: `wpc build`
/// and `extract --per-body` write into a staging folder beside the target
/// (`.NAME.wpc-staging-PID`) and swap it in only when every output is written.
///
/// The swap is one `renameat2(RENAME_EXCHANGE)` on Linux: the target's name
/// points at the old folder, then at the new one, never at nothing or at a
/// mix; the old folder, now under the staging name, is removed. Where the
/// exchange is not available (another system, a file system without it) the
/// old folder is first renamed aside (`.NAME.wpc-previous-PID`) and the new
/// one renamed into place. A run killed at any moment leaves the target whole
/// (old or new) and at most a leftover beside it; the next run removes
/// leftovers of processes that are gone, and puts a folder renamed aside back
/// when the target is missing.
///
/// A folder is replaced only if it is empty, was written by wpc (it holds
/// `.wpc-output`, which every staged folder gets), or holds nothing the new
/// outputs do not replace: a folder of other files is never thrown away.
public struct StagedFolder: Sendable {
    /// The folder as the user named it.
    public let target: String
    /// The folder's real path (symbolic links followed), which the swap replaces.
    let resolved: String
    /// Where the outputs are written until the swap.
    public let staging: String
    /// Names in the existing target that the new outputs must cover, when it is not marked as wpc's.
    private let mustCover: Set<String>?

    /// The file that marks a folder as written by wpc.
    public static let marker = ".wpc-output"

    /// Cleans leftovers of interrupted runs, checks that `target` is a folder
    /// (or missing), and creates an empty staging folder beside it, with its
    /// parent folders if needed.
    public static func begin(_ target: String) throws(CommandFailure) -> StagedFolder {
        let resolved = try resolve(target, creatingParents: true)
        cleanLeftovers(of: resolved)
        var mustCover: Set<String>?
        if FileKind(of: resolved) == .directory {
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: resolved) } catch {
                throw CommandFailure("cannot read the folder: \(reasonOf(error))", about: target, status: .failedWrite)
            }
            if !names.isEmpty, !names.contains(marker) { mustCover = Set(names) }
        }
        let staging = leftoverName(of: resolved, kind: "staging", pid: getpid())
        try? FileManager.default.removeItem(atPath: staging)
        guard mkdir(staging, 0o777) == 0 else {
            throw CommandFailure("cannot create a folder beside it: \(FileKind.reason(errno))", about: target, status: .failedWrite)
        }
        let folder = StagedFolder(target: target, resolved: resolved, staging: staging, mustCover: mustCover)
        do {
            try OutputFile.write("Written by wpc. The next run replaces this folder whole.\n", to: folder.path(marker))
        } catch {
            folder.discard()
            throw error.failure
        }
        return folder
    }

    /// `name` inside the staging folder.
    public func path(_ name: String) -> String { (staging as NSString).appendingPathComponent(name) }

    /// Swaps the staging folder in for the target.
    public func commit() throws(CommandFailure) {
        if let mustCover {
            let written = Set((try? FileManager.default.contentsOfDirectory(atPath: staging)) ?? [])
            let foreign = mustCover.subtracting(written).sorted()
            if !foreign.isEmpty {
                discard()
                let shown = foreign.prefix(3).joined(separator: ", ") + (foreign.count > 3 ? ", …" : "")
                throw CommandFailure(
                    "the folder holds files this run does not write (\(shown)) and no \(StagedFolder.marker), "
                        + "and wpc replaces its output folder whole; name another folder, or empty this one", about: target, status: .failedWrite)
            }
        }
        switch FileKind(of: resolved) {
        case .missing:
            guard rename(staging, resolved) == 0 else { throw swapFailure(errno) }
        case .directory:
            try swapIn()
        default:
            discard()
            throw CommandFailure("it is not a folder", about: target, status: .failedWrite)
        }
    }

    /// Removes the staging folder (a failed or interrupted run).
    public func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }

    private func swapIn() throws(CommandFailure) {
        switch FolderExchange.exchange(staging, resolved) {
        case .exchanged:
            // The staging name now holds the previous outputs.
            discard()
        case .unsupported:
            let aside = StagedFolder.leftoverName(of: resolved, kind: "previous", pid: getpid())
            guard rename(resolved, aside) == 0 else { throw swapFailure(errno) }
            guard rename(staging, resolved) == 0 else {
                let code = errno
                _ = rename(aside, resolved)
                throw swapFailure(code)
            }
            try? FileManager.default.removeItem(atPath: aside)
        case .failed(let code):
            throw swapFailure(code)
        }
    }

    private func swapFailure(_ code: Int32) -> CommandFailure {
        discard()
        return CommandFailure("cannot replace the folder: \(FileKind.reason(code))", about: target, status: .failedWrite)
    }

    /// `.NAME.wpc-KIND-PID` beside `resolved`.
    static func leftoverName(of resolved: String, kind: String, pid: Int32) -> String {
        let name = FileKind.name(of: resolved)
        return (FileKind.folder(of: resolved) as NSString).appendingPathComponent(".\(name).wpc-\(kind)-\(pid)")
    }

    /// Cleans what interrupted runs left beside `target` (see
    /// `cleanLeftovers`); a run calls it first, whether or not it goes on to write.
    public static func recover(_ target: String) {
        guard let resolved = try? resolve(target, creatingParents: false) else { return }
        cleanLeftovers(of: resolved)
    }

    /// Removes staging folders of runs that are gone, and puts back a previous
    /// folder renamed aside when the target itself is missing.
    static func cleanLeftovers(of resolved: String) {
        let parent = FileKind.folder(of: resolved), name = FileKind.name(of: resolved)
        for entry in names(in: parent, startingWith: ".\(name).wpc-") {
            for kind in ["staging", "previous"] {
                let prefix = ".\(name).wpc-\(kind)-"
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)) else { continue }
                if pid != getpid(), kill(pid, 0) == 0 || errno == EPERM { continue }
                let path = (parent as NSString).appendingPathComponent(entry)
                if kind == "previous", FileKind(of: resolved) == .missing, rename(path, resolved) == 0 { continue }
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }

    /// The names in `folder` that start with `prefix`, sorted. The folder is
    /// read with `readdir` and each name compared by its bytes, so that one
    /// holding thousands of other entries (a downloads folder, `/tmp`) costs
    /// no string for each.
    static func names(in folder: String, startingWith prefix: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var found: [String] = []
        while let entry = readdir(directory) {
            let name = UnsafeRawPointer(entry).advanced(by: MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 0)
                .assumingMemoryBound(to: CChar.self)
            if strncmp(name, prefix, prefix.utf8.count) == 0 { found.append(String(cString: name)) }
        }
        return found.sorted()
    }

    /// The target's real path: symbolic links followed, `.` and `..` gone, its
    /// parent folders created if asked.
    private static func resolve(_ target: String, creatingParents: Bool) throws(CommandFailure) -> String {
        let followed: String
        switch FileKind.followingLinks(target) {
        case .success(let path): followed = path
        case .failure(let error): throw CommandFailure("cannot follow the link: \(error.reason)", about: target, status: .failedWrite)
        }
        switch FileKind(of: followed) {
        case .missing, .directory: break
        case .unreachable(let reason): throw CommandFailure(reason, about: target, status: .failedWrite)
        default: throw CommandFailure("it is a file, not a folder", about: target, status: .failedWrite)
        }
        let parent = FileKind.folder(of: followed)
        if creatingParents {
            do { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
                throw CommandFailure("cannot create the folder \(parent): \(reasonOf(error))", about: target, status: .failedWrite)
            }
        }
        let base = FileKind.name(of: followed)
        let isSelfOrParent = base == "." || base == ".." || base.isEmpty
        guard let real = realPath(isSelfOrParent ? followed : parent) else {
            throw CommandFailure("cannot find the folder: \(FileKind.reason(errno))", about: target, status: .failedWrite)
        }
        let resolved = isSelfOrParent ? real : (real as NSString).appendingPathComponent(base)
        guard resolved != "/" else { throw CommandFailure("the root folder cannot be an output folder", about: target, status: .usage) }
        return resolved
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    private static func reasonOf(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain { return FileKind.reason(Int32(underlying.code)) }
        return (error as NSError).domain == NSPOSIXErrorDomain ? FileKind.reason(Int32((error as NSError).code)) : "\(error.localizedDescription)"
    }
}
