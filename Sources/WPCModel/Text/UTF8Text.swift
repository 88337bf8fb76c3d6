#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers for UTF-8 text: what counts as white space, where a
/// scalar starts, how many scalars a range holds. Readers, rules and writers
/// scan bytes with these instead of iterating `Character`s, which costs a
/// grapheme-breaking step and a Unicode property lookup per character.
public enum UTF8Text {
    /// The length in bytes of the white-space scalar starting at `index`, or 0.
    ///
    /// White space is Unicode's White_Space property, the set
    /// `Character.isWhitespace` uses: tab to carriage return, space, U+0085,
    /// no-break space, U+1680, U+2000–U+200A, the line and paragraph
    /// separators, U+202F, U+205F and U+3000.
    @inlinable
    public static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        return nonASCIIWhitespaceLength(bytes, at: index)
    }

    @usableFromInline
    static func nonASCIIWhitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        let count = bytes.count
        switch byte {
        case 0xC2:
            guard index + 1 < count else { return 0 }
            let next = bytes[index + 1]
            return next == 0x85 || next == 0xA0 ? 2 : 0
        case 0xE1:
            guard index + 2 < count else { return 0 }
            return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard index + 2 < count else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80 { return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            guard index + 2 < count else { return 0 }
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    /// The length in bytes of the white-space scalar that ends just before `end`, or 0.
    @inlinable
    public static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int {
        guard end > 0 else { return 0 }
        let last = bytes[end - 1]
        if last < 0x80 { return last == 0x20 || (last >= 0x09 && last <= 0x0D) ? 1 : 0 }
        var start = end - 1
        while start > 0, end - start < 4, isContinuation(bytes[start]) { start -= 1 }
        let length = whitespaceLength(bytes, at: start)
        return start + length == end ? length : 0
    }

    /// Whether `byte` continues a multi-byte scalar (10xxxxxx).
    @inlinable
    public static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The number of scalars in `bytes[range]` (bytes that start a scalar),
    /// counted eight bytes at a time.
    @inlinable
    public static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
        var continuations = 0
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // A continuation byte has its top bit set and the next one clear.
            continuations += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            index += 8
        }
        while index < range.upperBound {
            if base[index] & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return range.count - continuations
    }

    /// The offset of the first byte in `range` that is not ASCII, or
    /// `range.upperBound`; ASCII runs are skipped eight bytes at a time.
    @inlinable
    public static func firstNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress else { return range.upperBound }
        var index = range.lowerBound
        while index + 8 <= range.upperBound,
              UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            index += 8
        }
        while index < range.upperBound, base[index] < 0x80 { index += 1 }
        return index
    }

    /// The offset of the first `byte` in `range`, or nil (memchr).
    @inlinable
    public static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard let base = bytes.baseAddress, !range.isEmpty,
              let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether every byte is ASCII, tested eight bytes at a time.
    @inlinable
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        var high: UInt64 = 0
        while index + 8 <= bytes.count {
            high |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            high |= UInt64(base[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// `range` with white space removed from both ends.
    @inlinable
    public static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper {
            let length = whitespaceLength(bytes, at: lower)
            if length == 0 { break }
            lower += length
        }
        while upper > lower {
            let length = whitespaceLength(bytes, endingAt: upper)
            if length == 0 { break }
            upper -= length
        }
        return lower..<upper
    }

    /// A string made from `bytes[range]`, which must be whole scalars.
    @inlinable
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Calls `body` with the UTF-8 bytes of `text`, without copying a native string.
    @inlinable
    public static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// Whether the text holds nothing but white space (an empty text does).
    public static func isBlank(_ text: String) -> Bool {
        withBytes(of: text) { bytes in trimmed(bytes, 0..<bytes.count).isEmpty }
    }

    /// The text with white space removed from both ends.
    public static func trimming(_ text: String) -> String {
        withBytes(of: text) { bytes in
            let range = trimmed(bytes, 0..<bytes.count)
            return range.count == bytes.count ? text : string(bytes, range)
        }
    }

    /// The number of scalars in the first `byteCount` bytes of `text`.
    public static func scalarCount(of text: String, bytes byteCount: Int) -> Int {
        withBytes(of: text) { bytes in scalarCount(bytes, 0..<min(max(0, byteCount), bytes.count)) }
    }
}
