import Foundation

/// Waits for files to change: the source, the registry, the files of a
/// template folder. On Linux it listens to inotify events on the folders
/// that hold them (so a file an editor replaces by renaming is still seen);
/// elsewhere, or when inotify cannot be had, it compares each file's size,
/// time and inode twice a second. A burst of changes (an editor's save, a
/// `git checkout`) counts as one: it returns once nothing more has changed
/// for `debounce` seconds.
public final class FileWatcher: @unchecked Sendable {
    private let files: [String]
    private let folders: [String]
    private let stopPipe: [Int32]
    private let events: InotifyEvents?

    /// How a watcher learns of changes.
    public enum Method: String, Sendable {
        /// inotify where the system has it, else polling.
        case automatic
        /// Comparing sizes, times and inodes twice a second.
        case polling
    }

    /// A watcher of `files` (which need not exist yet) and of everything in `folders`.
    public init(files: [String], folders: [String], method: Method = .automatic) {
        self.files = files
        self.folders = folders
        var descriptors: [Int32] = [-1, -1]
        if pipe(&descriptors) == 0 {
            for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        }
        stopPipe = descriptors
        events = method == .polling ? nil : InotifyEvents(files: files, folders: folders)
    }

    deinit {
        for descriptor in stopPipe where descriptor >= 0 { close(descriptor) }
    }

    /// How the watcher learns of changes: "inotify" or "polling".
    public var method: String { events == nil ? "polling" : "inotify" }

    /// Ends `waitForChange`, from any thread (a signal handler's queue).
    public func stop() {
        guard stopPipe[1] >= 0 else { return }
        var byte: UInt8 = 1
        _ = write(stopPipe[1], &byte, 1)
    }

    /// Blocks until a watched file changes and then `debounce` seconds pass
    /// with no further change (true), or until `stop` is called (false).
    public func waitForChange(debounce: Double = 0.2) -> Bool {
        if let events {
            guard waitReadable(events.descriptor, timeout: nil) else { return false }
            while true {
                if events.drain() { break }
                guard waitReadable(events.descriptor, timeout: nil) else { return false }
            }
            while waitReadable(events.descriptor, timeout: debounce) { _ = events.drain() }
            return !stopped
        }
        var before = signature()
        while true {
            if waitReadable(-1, timeout: 0.5) || stopped { return false }
            let now = signature()
            if now != before {
                repeat {
                    before = signature()
                    if waitReadable(-1, timeout: debounce) || stopped { return false }
                } while signature() != before
                return true
            }
            before = now
        }
    }

    private var stopped: Bool {
        var descriptor = pollfd(fd: stopPipe[0], events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0
    }

    /// Waits until `descriptor` can be read (true), the timeout passes
    /// (false), or `stop` is called (false). A negative descriptor only waits.
    private func waitReadable(_ descriptor: Int32, timeout: Double?) -> Bool {
        var descriptors = [pollfd(fd: stopPipe[0], events: Int16(POLLIN), revents: 0),
                           pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
        let milliseconds = timeout.map { Int32($0 * 1000) } ?? -1
        while true {
            let count = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return false }
            if descriptors[0].revents != 0 { return false }
            return descriptors[1].revents != 0
        }
    }

    /// Size, modification time and inode of every watched file, for polling.
    private func signature() -> [String] {
        var paths = files
        for folder in folders {
            let enumerator = FileManager.default.enumerator(atPath: folder)
            while let name = enumerator?.nextObject() as? String { paths.append((folder as NSString).appendingPathComponent(name)) }
        }
        return paths.sorted().map { path in
            var info = stat()
            guard stat(path, &info) == 0 else { return "\(path) -" }
            return "\(path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
        }
    }
}
