#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a line index keeps of a text whose bytes were let go, so that the
/// lines a printer shows can be read again from the file and known to be the
/// lines that were read: a fingerprint of every line, and where the text
/// starts in the file (past a byte-order mark).
public struct ReleasedText: Sendable {
    /// A 32-bit fingerprint of each line's content, line 1 first.
    public let lineHashes: [UInt32]
    /// The offset in the file of the text's first byte.
    public let fileOffset: Int
}

/// Lets a large text's bytes go while a reader works through it, front to
/// back, so that the source and the programme read from it are not both held
/// whole. As the reader passes a line, every line before it is fingerprinted
/// and the whole memory pages they fill are handed back to the system
/// (`madvise`); `finish` does the same for the rest and gives the index
/// without its text.
///
/// Whoever lets bytes go must hold the only copy of the text and read no
/// byte before the line it last passed: the pages handed back read as zeros.
public struct TextRelease {
    private let lines: LineIndex
    private let fileOffset: Int
    private var hashes: [UInt32] = []
    /// Bytes before this offset are handed back already.
    private var releasedBytes = 0

    /// A release of `lines`' bytes, which stand at `fileOffset` in their file.
    public init(of lines: LineIndex, fileOffset: Int) {
        self.lines = lines
        self.fileOffset = fileOffset
        hashes.reserveCapacity(lines.count)
    }

    /// Fingerprints every line before line `number` not yet fingerprinted,
    /// then hands back the pages of bytes that lie wholly before its start.
    public mutating func release(linesBefore number: Int) {
        let lines = lines
        let number = min(number, lines.count + 1)
        guard number > hashes.count + 1 else { return }
        lines.withBytes { bytes in
            for line in (hashes.count + 1)..<number {
                if let range = lines.range(ofLine: line) { hashes.append(LineIndex.lineHash(bytes, range)) }
            }
            let end = number > lines.count ? bytes.count : lines.start(ofLine: number) ?? bytes.count
            handBack(bytes, upTo: end)
        }
    }

    /// Lets go of every byte left and gives the index without its text.
    public consuming func finish() -> LineIndex {
        release(linesBefore: lines.count + 1)
        return lines.withoutText(ReleasedText(lineHashes: hashes, fileOffset: fileOffset))
    }

    /// Hands back the whole pages between the last release and byte `end`.
    private mutating func handBack(_ bytes: UnsafeBufferPointer<UInt8>, upTo end: Int) {
        guard let base = bytes.baseAddress, end > releasedBytes else { return }
        #if canImport(Glibc)
        let page = max(1, sysconf(Int32(_SC_PAGESIZE)))
        let first = (Int(bitPattern: base) + releasedBytes + page - 1) / page * page
        let last = (Int(bitPattern: base) + end) / page * page
        if last > first, let start = UnsafeMutableRawPointer(bitPattern: first) {
            _ = madvise(start, last - first, MADV_DONTNEED)
        }
        #endif
        releasedBytes = end
    }
}

extension LineIndex {
    /// A 32-bit fingerprint of `bytes[range]`, eight bytes at a time: enough
    /// to tell a line changed on disk from the line that was read.
    public static func lineHash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
        guard let base = bytes.baseAddress else { return 0 }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(range.count)
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            hash = (hash ^ UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 31
            index += 8
        }
        while index < range.upperBound {
            hash = (hash ^ UInt64(base[index])) &* 0x0000_0100_0000_01B3
            index += 1
        }
        hash ^= hash >> 29
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// The lines `numbers` of a text whose bytes were let go, read again
    /// through `read` (given a byte range of the text, it returns those bytes
    /// of the file, or nil), as an index of the same lines in which every
    /// other line is empty; nil when a read fails or a line is not the line
    /// that was read (the file changed). Nearby lines are read together, a
    /// megabyte at most at a time, so that showing every line of a large
    /// file never holds it whole again.
    public func restoring(lines numbers: some Sequence<Int>, read: (Range<Int>) -> [UInt8]?) -> LineIndex? {
        guard let released else { return self }
        let wanted = Set(numbers.filter { $0 >= 1 && $0 <= count }).sorted()
        // The text made: every line up to `written` ended, line `written` begun.
        var text: [UInt8] = []
        text.reserveCapacity(count)
        var written = 1
        var next = 0
        while next < wanted.count {
            // Lines less than 64 KB apart are read together, up to a megabyte at a time.
            guard let first = range(ofLine: wanted[next]) else { return nil }
            var last = next
            while last + 1 < wanted.count, let end = range(ofLine: wanted[last])?.upperBound,
                  let following = range(ofLine: wanted[last + 1]),
                  following.lowerBound - end < 1 << 16, following.upperBound - first.lowerBound <= 1 << 20 {
                last += 1
            }
            guard let final = range(ofLine: wanted[last]),
                  let bytes = read(first.lowerBound..<final.upperBound), bytes.count == final.upperBound - first.lowerBound
            else { return nil }
            let matches = bytes.withUnsafeBufferPointer { buffer in
                wanted[next...last].allSatisfy { number in
                    guard let line = range(ofLine: number) else { return false }
                    let local = (line.lowerBound - first.lowerBound)..<(line.upperBound - first.lowerBound)
                    guard LineIndex.lineHash(buffer, local) == released.lineHashes[number - 1] else { return false }
                    text.append(contentsOf: repeatElement(0x0A, count: number - written))
                    written = number
                    text.append(contentsOf: buffer[local])
                    return true
                }
            }
            guard matches else { return nil }
            next = last + 1
        }
        text.append(contentsOf: repeatElement(0x0A, count: count - written))
        return LineIndex(bytes: text)
    }
}
