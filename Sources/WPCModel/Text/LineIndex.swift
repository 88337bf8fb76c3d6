import Foundation
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
    /// than 4 GiB of them (wpc's inputs are limited to 2 GiB). A large text
    /// is indexed in segments, on every core: each segment starts just past
    /// a line feed, so that no line end is cut in two.
    public init(bytes: [UInt8]) {
        precondition(bytes.count <= Int(UInt32.max), "a text of 4 GiB or more cannot be indexed")
        self.bytes = bytes
        let found = bytes.withUnsafeBufferPointer { buffer -> [Segment] in
            let text = LentBytes(buffer: buffer)
            let segments = LineIndex.segments(of: buffer)
            return ParallelMap.map(segments.count) { Segment(text.buffer, segments[$0]) }
        }
        var starts: [UInt32] = [0]
        starts.reserveCapacity(1 + found.reduce(0) { $0 + $1.starts.count })
        for segment in found { starts.append(contentsOf: segment.starts) }
        var checkpoints: [Int] = []
        if found.contains(where: { !$0.isASCII }) {
            checkpoints.reserveCapacity(1 + found.reduce(0) { $0 + $1.chunkScalars.count })
            var scalars = 0
            for segment in found {
                for count in segment.chunkScalars {
                    checkpoints.append(scalars)
                    scalars += count
                }
            }
            checkpoints.append(scalars)
        }
        self.starts = starts
        self.checkpoints = checkpoints
    }

    /// Texts at least this long are indexed in segments, side by side.
    static let segmentedFrom = 1 << 20

    /// Where the segments of `bytes` start and end: about one per core, each
    /// but the first starting just past a line feed (one segment when the
    /// text is short or has no line feed to split at).
    static func segments(of bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let count = bytes.count
        guard count >= segmentedFrom, let base = bytes.baseAddress else { return [0..<count] }
        let wanted = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        var bounds = [0]
        for part in 1..<wanted {
            // Past the first line feed at or after the even split point.
            let from = max(bounds[bounds.count - 1], count / wanted * part)
            guard from < count, let found = memchr(base + from, 0x0A, count - from) else { break }
            let bound = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            if bound < count, bound > bounds[bounds.count - 1] { bounds.append(bound) }
        }
        bounds.append(count)
        return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
    }

    /// The bytes, lent to the segments' runs for the length of the index's making.
    private struct LentBytes: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<UInt8>
    }

    /// What one segment of the text holds: where the lines that start after
    /// its line ends start, and the scalar count of each checkpoint chunk
    /// that starts in it.
    private struct Segment: Sendable {
        var starts: [UInt32] = []
        var chunkScalars: [Int] = []
        var isASCII = true

        init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            guard let base = bytes.baseAddress else { return }
            let count = bytes.count
            starts.reserveCapacity(range.count / 48 + 1)
            if memchr(base + range.lowerBound, 0x0D, range.count) == nil {
                // No carriage return (the usual case): let memchr find each line feed.
                var from = range.lowerBound
                while from < range.upperBound, let found = memchr(base + from, 0x0A, range.upperBound - from) {
                    let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    starts.append(UInt32(truncatingIfNeeded: index + 1))
                    from = index + 1
                }
            } else {
                var index = range.lowerBound
                while index < range.upperBound {
                    let byte = bytes[index]
                    if byte == 0x0A || byte == 0x0D {
                        index += byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
                        starts.append(UInt32(truncatingIfNeeded: index))
                        continue
                    }
                    index += 1
                }
            }
            // The checkpoint chunks that start in this segment (the last may run past its end).
            let stride = LineIndex.checkpointStride
            var chunk = (range.lowerBound + stride - 1) / stride * stride
            chunkScalars.reserveCapacity(range.count / stride + 1)
            while chunk < range.upperBound {
                let end = min(count, chunk + stride)
                let scalars = UTF8Text.scalarCount(bytes, chunk..<end)
                if scalars != end - chunk { isASCII = false }
                chunkScalars.append(scalars)
                chunk = end
            }
        }
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
