import Foundation

/// The directory of a ZIP archive held in memory: its entries' names, sizes,
/// compression and where their data starts, read from the central directory
/// and checked against the file before any entry is unpacked.
///
/// Strict on purpose, because a .docx comes from anywhere: an archive whose
/// records point outside the file is damaged; a name with a `..` segment, a
/// leading slash or backslash, a drive letter or a NUL byte is refused (the
/// whole archive, not just that entry), and so are two entries with one name.
/// ZIP64 records are followed. Entries are unpacked by `ZIPEntryReader`.
struct ZIPArchive {
    /// One entry as the central directory describes it.
    struct Entry: Sendable {
        var name: String
        var flags: UInt16
        var method: UInt16
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int

        var isEncrypted: Bool { flags & 0x0001 != 0 }
    }

    /// The archive's bytes.
    let data: Data
    /// The entries in central-directory order.
    let entries: [Entry]
    private let byName: [String: Int]

    /// Reads the directory of the archive in `data`.
    /// - Throws: `ZIPProblem` when the archive is truncated, damaged, spans
    ///   disks, or names an entry unsafely or twice.
    init(_ data: Data) throws(ZIPProblem) {
        self.data = data
        let outcome = data.withUnsafeBytes { raw -> Result<[Entry], ZIPProblem> in
            do throws(ZIPProblem) {
                return .success(try ZIPArchive.directory(raw.bindMemory(to: UInt8.self)))
            } catch {
                return .failure(error)
            }
        }
        let entries = try outcome.get()
        var byName: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            guard byName.updateValue(index, forKey: entry.name) == nil else { throw .duplicateName(entry.name) }
        }
        self.entries = entries
        self.byName = byName
    }

    /// The entry named `name` exactly (no leading slash).
    func entry(named name: String) -> Entry? { byName[name].map { entries[$0] } }

    /// Where the entry's packed data starts in the archive, checked against the file.
    func dataRange(of entry: Entry) throws(ZIPProblem) -> Range<Int> {
        let outcome = data.withUnsafeBytes { raw -> Result<Range<Int>, ZIPProblem> in
            let bytes = raw.bindMemory(to: UInt8.self)
            let header = entry.localHeaderOffset
            guard header + 30 <= bytes.count, ZIPArchive.uint32(bytes, header) == 0x0403_4B50 else {
                return .failure(.damaged("the local header of \(entry.name) is missing"))
            }
            let start = header + 30 + Int(ZIPArchive.uint16(bytes, header + 26)) + Int(ZIPArchive.uint16(bytes, header + 28))
            guard start <= bytes.count, entry.compressedSize <= bytes.count - start else { return .failure(.truncated) }
            return .success(start..<(start + entry.compressedSize))
        }
        return try outcome.get()
    }

    // MARK: Reading the directory

    private static func directory(_ bytes: UnsafeBufferPointer<UInt8>) throws(ZIPProblem) -> [Entry] {
        guard let end = endRecord(bytes) else { throw .truncated }
        var count = Int(uint16(bytes, end + 10))
        var size = Int(uint32(bytes, end + 12))
        var offset = Int(uint32(bytes, end + 16))
        if uint16(bytes, end + 4) != 0 || uint16(bytes, end + 6) != 0 { throw .multiDisk }
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            // ZIP64: the locator stands just before the end record and points at the real one.
            let locator = end - 20
            guard locator >= 0, uint32(bytes, locator) == 0x0706_4B50 else { throw .damaged("a ZIP64 end record is announced but missing") }
            let record = try checkedInt(uint64(bytes, locator + 8))
            guard record >= 0, record + 56 <= bytes.count, uint32(bytes, record) == 0x0606_4B50 else {
                throw .damaged("the ZIP64 end record is not where its locator says")
            }
            count = try checkedInt(uint64(bytes, record + 32))
            size = try checkedInt(uint64(bytes, record + 40))
            offset = try checkedInt(uint64(bytes, record + 48))
        }
        guard offset <= bytes.count, size <= bytes.count - offset else { throw .truncated }
        // Each record takes at least 46 bytes: a count that cannot fit is a lie.
        guard count <= size / 46 else { throw .damaged("the central directory announces \(count) entries but has room for fewer") }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var position = offset
        for _ in 0..<count {
            guard position + 46 <= offset + size, uint32(bytes, position) == 0x0201_4B50 else {
                throw .damaged("the central directory ends before its last entry")
            }
            let nameLength = Int(uint16(bytes, position + 28))
            let extraLength = Int(uint16(bytes, position + 30))
            let commentLength = Int(uint16(bytes, position + 32))
            let next = position + 46 + nameLength + extraLength + commentLength
            guard next <= offset + size else { throw .damaged("the central directory ends inside an entry's name") }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(position + 46)..<(position + 46 + nameLength)]), as: UTF8.self)
            if let unsafe = unsafeName(name) { throw .unsafeName(unsafe) }
            var entry = Entry(name: name, flags: uint16(bytes, position + 8), method: uint16(bytes, position + 10),
                              crc32: uint32(bytes, position + 16),
                              compressedSize: Int(uint32(bytes, position + 20)), uncompressedSize: Int(uint32(bytes, position + 24)),
                              localHeaderOffset: Int(uint32(bytes, position + 42)))
            try readZIP64Sizes(bytes, extra: (position + 46 + nameLength)..<(position + 46 + nameLength + extraLength), into: &entry)
            entries.append(entry)
            position = next
        }
        return entries
    }

    /// The offset of the end-of-central-directory record: the last one in the
    /// final 64 KiB whose comment runs exactly to the end of the file.
    private static func endRecord(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= 22 else { return nil }
        var position = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while position >= lowest {
            if bytes[position] == 0x50, uint32(bytes, position) == 0x0605_4B50,
               position + 22 + Int(uint16(bytes, position + 20)) == bytes.count {
                return position
            }
            position -= 1
        }
        return nil
    }

    /// Replaces sizes and offset marked 0xFFFFFFFF with those of the ZIP64 extra field.
    private static func readZIP64Sizes(_ bytes: UnsafeBufferPointer<UInt8>, extra: Range<Int>, into entry: inout Entry) throws(ZIPProblem) {
        let wantsUncompressed = entry.uncompressedSize == 0xFFFF_FFFF
        let wantsCompressed = entry.compressedSize == 0xFFFF_FFFF
        let wantsOffset = entry.localHeaderOffset == 0xFFFF_FFFF
        guard wantsUncompressed || wantsCompressed || wantsOffset else { return }
        var position = extra.lowerBound
        while position + 4 <= extra.upperBound {
            let id = uint16(bytes, position), length = Int(uint16(bytes, position + 2))
            let body = position + 4
            guard body + length <= extra.upperBound else { break }
            if id == 0x0001 {
                var field = body
                func next() throws(ZIPProblem) -> Int {
                    guard field + 8 <= body + length else { throw .damaged("the ZIP64 sizes of \(entry.name) are cut short") }
                    defer { field += 8 }
                    return try checkedInt(uint64(bytes, field))
                }
                if wantsUncompressed { entry.uncompressedSize = try next() }
                if wantsCompressed { entry.compressedSize = try next() }
                if wantsOffset { entry.localHeaderOffset = try next() }
                return
            }
            position = body + length
        }
        throw .damaged("the ZIP64 sizes of \(entry.name) are missing")
    }

    /// The name itself when it is unsafe: absolute, with a drive letter, a
    /// backslash, a NUL byte or a `..` segment; nil when it is a plain path.
    static func unsafeName(_ name: String) -> String? {
        let bytes = Array(name.utf8)
        if bytes.first == UInt8(ascii: "/") || bytes.contains(UInt8(ascii: "\\")) || bytes.contains(0) { return name }
        if bytes.count >= 2, bytes[1] == UInt8(ascii: ":") { return name }
        var segmentStart = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
            if index - segmentStart == 2, bytes[segmentStart] == UInt8(ascii: "."), bytes[segmentStart + 1] == UInt8(ascii: ".") { return name }
            segmentStart = index + 1
        }
        return nil
    }

    private static func checkedInt(_ value: UInt64) throws(ZIPProblem) -> Int {
        guard value <= UInt64(Int.max / 2) else { throw .damaged("a size or offset is out of range") }
        return Int(value)
    }

    static func uint16(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt16 {
        guard at >= 0, at + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    static func uint32(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32 {
        guard at >= 0, at + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }

    private static func uint64(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt64 {
        UInt64(uint32(bytes, at)) | UInt64(uint32(bytes, at + 4)) << 32
    }
}
