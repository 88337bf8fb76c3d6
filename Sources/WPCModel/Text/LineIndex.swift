#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of one text, found once from its UTF-8 bytes: where each line
/// starts and where its content ends. `\n`, `\r\n` and a lone `\r` each end a
/// line (Word on Windows writes `\r\n`; old Mac exports a lone `\r`), so a text
/// has one more line than it has line ends.
///
/// It is the one place wpc splits text into lines: readers take their lines
/// from it, printers show a diagnostic's line through it, and it turns a byte
/// column into the character column people read, in time independent of how
/// long the line is (a checkpoint of scalar counts every 256 bytes).
public struct LineIndex: Sendable {
    /// The text the index describes, as UTF-8 bytes.
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; a line's content ends where
    /// the next line's terminator begins. Held in 32 bits (half the memory of
    /// a large file's index): wpc reads no file of 4 GiB or more.
    private let starts: [UInt32]
    /// Scalars before byte `k × checkpointStride`, for each k; empty for ASCII text.
    private let checkpoints: [Int]

    private static let checkpointStride = 256

    /// Indexes `text`.
    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Indexes UTF-8 `bytes`, which the index keeps (no copy is made); fewer
    /// than 4 GiB of them (wpc's inputs are limited to 2 GiB).
    public init(bytes: [UInt8]) {
        precondition(bytes.count <= Int(UInt32.max), "a text of 4 GiB or more cannot be indexed")
        self.bytes = bytes
        var starts: [UInt32] = [0]
        var checkpoints: [Int] = []
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            let count = bytes.count
            starts.reserveCapacity(count / 48 + 1)
            if memchr(base, 0x0D, count) == nil {
                // No carriage return (the usual case): let memchr find each line feed.
                var from = 0
                while from < count, let found = memchr(base + from, 0x0A, count - from) {
                    let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    starts.append(UInt32(truncatingIfNeeded: index + 1))
                    from = index + 1
                }
            } else {
                var index = 0
                while index < count {
                    let byte = bytes[index]
                    if byte == 0x0A || byte == 0x0D {
                        index += byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
                        starts.append(UInt32(truncatingIfNeeded: index))
                        continue
                    }
                    index += 1
                }
            }
            guard !UTF8Text.isASCII(bytes) else { return }
            let stride = LineIndex.checkpointStride
            checkpoints.reserveCapacity(count / stride + 2)
            var scalars = 0
            var chunk = 0
            while chunk < count {
                checkpoints.append(scalars)
                let end = min(count, chunk + stride)
                scalars += UTF8Text.scalarCount(bytes, chunk..<end)
                chunk = end
            }
            checkpoints.append(scalars)
        }
        self.starts = starts
        self.checkpoints = checkpoints
    }

    /// Calls `body` with the text's bytes.
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer(body)
    }

    /// The number of lines.
    public var count: Int { starts.count }

    /// The byte range of line `number`'s content (1-based), or nil past the end.
    public func range(ofLine number: Int) -> Range<Int>? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = Int(starts[number - 1])
        guard number < starts.count else { return start..<bytes.count }
        // The next line starts just past this one's terminator: "\n", "\r" or "\r\n".
        let next = Int(starts[number])
        let crlf = next - 2 >= start && bytes[next - 1] == 0x0A && bytes[next - 2] == 0x0D
        return start..<(next - (crlf ? 2 : 1))
    }

    /// Line `number` (1-based) without its terminator, or nil past the end.
    public func line(_ number: Int) -> String? {
        guard let range = range(ofLine: number) else { return nil }
        return String(decoding: bytes[range], as: UTF8.self)
    }

    /// Every line, without its terminator.
    public var allLines: [String] { (1...count).compactMap { line($0) } }

    /// The lines of `text` (split at `\n`, `\r\n` and a lone `\r`) joined with
    /// `separator`; `text` itself when it has no line end.
    public static func joinLines(of text: String, with separator: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        return LineIndex(text).allLines.joined(separator: separator)
    }

    /// The 1-based line holding byte `offset` (a line's terminator belongs to it).
    public func line(containing offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(starts[middle]) <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The byte offset where line `number` starts.
    public func start(ofLine number: Int) -> Int? {
        number >= 1 && number <= starts.count ? Int(starts[number - 1]) : nil
    }

    /// The 1-based character (scalar) column of the 1-based byte column
    /// `byteColumn` on line `line`; 0 stays 0 (column unknown).
    public func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard byteColumn > 0, let range = range(ofLine: line) else { return byteColumn }
        guard !checkpoints.isEmpty else { return byteColumn }
        let offset = min(range.lowerBound + byteColumn - 1, range.upperBound)
        return scalars(before: offset) - scalars(before: range.lowerBound) + 1
    }

    /// The 1-based byte column of the 1-based character column `characterColumn` on line `line`.
    public func byteColumn(line: Int, characterColumn: Int) -> Int {
        guard characterColumn > 0, let range = range(ofLine: line) else { return characterColumn }
        guard !checkpoints.isEmpty else { return characterColumn }
        let wanted = scalars(before: range.lowerBound) + characterColumn - 1
        // The last checkpoint at or before the wanted scalar, then a short walk.
        var low = range.lowerBound / LineIndex.checkpointStride, high = min(checkpoints.count - 1, range.upperBound / LineIndex.checkpointStride)
        while low < high {
            let middle = (low + high + 1) / 2
            if checkpoints[middle] <= wanted { low = middle } else { high = middle - 1 }
        }
        return bytes.withUnsafeBufferPointer { bytes in
            var offset = max(range.lowerBound, low * LineIndex.checkpointStride)
            var seen = scalars(before: offset)
            while offset < range.upperBound {
                if bytes[offset] & 0xC0 != 0x80 {
                    if seen == wanted { break }
                    seen += 1
                }
                offset += 1
            }
            return offset - range.lowerBound + 1
        }
    }

    /// The number of characters (scalars) on line `number`, its terminator excluded.
    public func characterCount(ofLine number: Int) -> Int {
        guard let range = range(ofLine: number) else { return 0 }
        guard !checkpoints.isEmpty else { return range.count }
        return scalars(before: range.upperBound) - scalars(before: range.lowerBound)
    }

    /// The number of scalars that start before byte `offset`.
    private func scalars(before offset: Int) -> Int {
        let checkpoint = offset / LineIndex.checkpointStride
        let base = checkpoints[min(checkpoint, checkpoints.count - 1)]
        let from = min(checkpoint, checkpoints.count - 1) * LineIndex.checkpointStride
        return bytes.withUnsafeBufferPointer { bytes in base + UTF8Text.scalarCount(bytes, from..<min(offset, bytes.count)) }
    }
}
