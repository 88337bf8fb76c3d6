import Foundation

/// inotify on the folders that hold the watched files (and on every folder
/// of a watched template folder), filtered down to the watched names.
/// Linux only; nil elsewhere or when inotify cannot be set up.
final class InotifyEvents {
    let descriptor: Int32
    /// For each watch, the names in its folder that matter, or nil for every name.
    private var watches: [Int32: Set<String>?] = [:]

    init?(files: [String], folders: [String]) {
        #if os(Linux)
        let descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)
        var names: [String: Set<String>] = [:]
        for file in files {
            names[FileKind.folder(of: file), default: []].insert(FileKind.name(of: file))
        }
        for (folder, wanted) in names {
            let watch = inotify_add_watch(descriptor, folder, mask)
            guard watch >= 0 else { close(descriptor); return nil }
            watches[watch] = .some(wanted)
        }
        for folder in folders {
            var all = [folder]
            let enumerator = FileManager.default.enumerator(atPath: folder)
            while let name = enumerator?.nextObject() as? String {
                let path = (folder as NSString).appendingPathComponent(name)
                if FileKind(of: path) == .directory { all.append(path) }
            }
            for path in all {
                let watch = inotify_add_watch(descriptor, path, mask)
                guard watch >= 0 else { close(descriptor); return nil }
                watches[watch] = .none
            }
        }
        #else
        return nil
        #endif
    }

    deinit { close(descriptor) }

    /// Reads the events waiting; returns whether one names a watched file.
    func drain() -> Bool {
        var relevant = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { return relevant }
            var offset = 0
            // struct inotify_event: int wd; uint32 mask, cookie, len; char name[len].
            while offset + 16 <= count {
                let watch = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Int32.self) }
                let length = Int(buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self) })
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                if let wanted = watches[watch] {
                    if let wanted { relevant = relevant || wanted.contains(name) } else { relevant = true }
                }
                offset += 16 + length
            }
        }
    }
}
