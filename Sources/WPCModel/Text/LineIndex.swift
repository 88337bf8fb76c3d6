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
///
/// Lines, their ranges and character columns need only the index, not the
/// bytes: a reader that is done with a large text can let its bytes go
/// (`withoutText`) and still have every diagnostic located exactly; the
/// lines a printer shows are then read again from the file (see
/// `LineIndex+Release.swift`).
public struct LineIndex: Sendable {
    /// The text the index describes, as UTF-8 bytes; empty once let go (`hasText` is then false).
    public let bytes: [UInt8]
    /// The length of the text in bytes, kept when the bytes are let go.
    public let byteCount: Int
    /// Byte offset at which each line starts; a line's content ends where
    /// the next line's terminator begins. Held in 32 bits (half the memory of
    /// a large file's index): wpc reads no file of 4 GiB or more.
    private let starts: [UInt32]
    /// Bit `n - 1` is set when line `n` ends in "\r\n"; empty when none does.
    private let crlfEnds: [UInt64]
    /// Scalars before byte `k × checkpointStride`, for each k; empty for ASCII text.
    private let checkpoints: [Int]
    /// For each checkpoint chunk, where its continuation-byte mask starts in
    /// `continuationMasks` (four words, bit i for byte i of the chunk), or -1
    /// for a chunk of ASCII bytes; empty for ASCII text.
    private let maskSlots: [Int32]
    private let continuationMasks: [UInt64]
    /// What is kept to read lines again once the bytes are let go; nil while they are held.
    public let released: ReleasedText?

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
        self.byteCount = bytes.count
        self.released = nil
        let found = bytes.withUnsafeBufferPointer { buffer -> [Segment] in
            let text = LentBytes(buffer: buffer)
            let segments = LineIndex.segments(of: buffer)
            return ParallelMap.map(segments.count) { Segment(text.buffer, segments[$0]) }
        }
        let lineCount = 1 + found.reduce(0) { $0 + $1.starts.count }
        var starts: [UInt32] = [0]
        starts.reserveCapacity(lineCount)
        var crlfEnds: [UInt64] = []
        for segment in found {
            if !segment.crlfEnds.isEmpty {
                if crlfEnds.isEmpty { crlfEnds = Array(repeating: 0, count: lineCount / 64 + 1) }
                // The segment's k-th line end ends the line its k-th start follows.
                for local in segment.crlfEnds {
                    let line = starts.count + local - 1
                    crlfEnds[line / 64] |= 1 << UInt64(line % 64)
                }
            }
            starts.append(contentsOf: segment.starts)
        }
        var checkpoints: [Int] = []
        var maskSlots: [Int32] = []
        var continuationMasks: [UInt64] = []
        if found.contains(where: { !$0.isASCII }) {
            let chunks = found.reduce(0) { $0 + $1.chunkScalars.count }
            checkpoints.reserveCapacity(1 + chunks)
            maskSlots.reserveCapacity(chunks)
            var scalars = 0
            for segment in found {
                var masked = 0
                for (number, count) in segment.chunkScalars.enumerated() {
                    checkpoints.append(scalars)
                    scalars += count
                    if masked < segment.maskedChunks.count, segment.maskedChunks[masked] == number {
                        maskSlots.append(Int32(continuationMasks.count))
                        continuationMasks.append(contentsOf: segment.masks[(masked * 4)..<(masked * 4 + 4)])
                        masked += 1
                    } else {
                        maskSlots.append(-1)
                    }
                }
            }
            checkpoints.append(scalars)
        }
        self.starts = starts
        self.crlfEnds = crlfEnds
        self.checkpoints = checkpoints
        self.maskSlots = maskSlots
        self.continuationMasks = continuationMasks
    }

    /// The same index without the text's bytes, keeping what `released`
    /// says: every line, range and column answers as before; `line(_:)` and
    /// `withBytes` then have nothing to give.
    public func withoutText(_ released: ReleasedText) -> LineIndex {
        LineIndex(starts: starts, byteCount: byteCount, crlfEnds: crlfEnds, checkpoints: checkpoints,
                  maskSlots: maskSlots, continuationMasks: continuationMasks, released: released)
    }

    private init(starts: [UInt32], byteCount: Int, crlfEnds: [UInt64], checkpoints: [Int],
                 maskSlots: [Int32], continuationMasks: [UInt64], released: ReleasedText) {
        self.bytes = []
        self.byteCount = byteCount
        self.starts = starts
        self.crlfEnds = crlfEnds
        self.checkpoints = checkpoints
        self.maskSlots = maskSlots
        self.continuationMasks = continuationMasks
        self.released = released
    }

    /// Whether the index holds its text's bytes (false once they are let go).
    public var hasText: Bool { released == nil }

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
        /// Which of this segment's line ends (counted from 0) are "\r\n".
        var crlfEnds: [Int] = []
        var chunkScalars: [Int] = []
        /// The chunks (counted from 0 in this segment) holding a byte that is not ASCII, in order.
        var maskedChunks: [Int] = []
        /// Four words per masked chunk: bit i is set when byte i of the chunk continues a scalar.
        var masks: [UInt64] = []
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
                        let crlf = byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A
                        if crlf { crlfEnds.append(starts.count) }
                        index += crlf ? 2 : 1
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
                if scalars != end - chunk {
                    isASCII = false
                    maskedChunks.append(chunkScalars.count)
                    let slot = masks.count
                    masks.append(contentsOf: repeatElement(0, count: 4))
                    for offset in chunk..<end where UTF8Text.isContinuation(bytes[offset]) {
                        masks[slot + (offset - chunk) / 64] |= 1 << UInt64((offset - chunk) % 64)
                    }
                }
                chunkScalars.append(scalars)
                chunk = end
            }
        }
    }

    /// Calls `body` with the text's bytes (none once they are let go).
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer(body)
    }

    /// The number of lines.
    public var count: Int { starts.count }

    /// The byte range of line `number`'s content (1-based), or nil past the end.
    public func range(ofLine number: Int) -> Range<Int>? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = Int(starts[number - 1])
        guard number < starts.count else { return start..<byteCount }
        // The next line starts just past this one's terminator: "\n", "\r" or "\r\n".
        return start..<(Int(starts[number]) - (endsInCRLF(number) ? 2 : 1))
    }

    /// Whether line `number` ends in "\r\n".
    private func endsInCRLF(_ number: Int) -> Bool {
        let bit = number - 1
        return bit / 64 < crlfEnds.count && crlfEnds[bit / 64] & (1 << UInt64(bit % 64)) != 0
    }

    /// Line `number` (1-based) without its terminator, or nil past the end
    /// or once the bytes are let go.
    public func line(_ number: Int) -> String? {
        guard hasText, let range = range(ofLine: number) else { return nil }
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

    /// The 1-based byte column of the 1-based character column `characterColumn`
    /// on line `line` (it walks the bytes: with the bytes let go, characters are taken as bytes).
    public func byteColumn(line: Int, characterColumn: Int) -> Int {
        guard characterColumn > 0, hasText, let range = range(ofLine: line) else { return characterColumn }
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

    /// The number of scalars that start before byte `offset`: the chunk's
    /// checkpoint, then the chunk's bytes before `offset` less the
    /// continuation bytes its mask counts (no byte of the text is read).
    private func scalars(before offset: Int) -> Int {
        let chunk = min(offset / LineIndex.checkpointStride, checkpoints.count - 1)
        let within = min(offset, byteCount) - chunk * LineIndex.checkpointStride
        guard within > 0, chunk < maskSlots.count, maskSlots[chunk] >= 0 else { return checkpoints[chunk] + max(0, within) }
        let slot = Int(maskSlots[chunk])
        var continuations = 0
        for word in 0..<4 where word * 64 < within {
            let bits = min(64, within - word * 64)
            let mask = bits == 64 ? UInt64.max : (1 << UInt64(bits)) - 1
            continuations += (continuationMasks[slot + word] & mask).nonzeroBitCount
        }
        return checkpoints[chunk] + within - continuations
    }
}
