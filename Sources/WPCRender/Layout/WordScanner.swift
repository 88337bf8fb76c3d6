import Foundation

/// Walks UTF-8 text paragraph by paragraph and word by word, with the
/// grapheme rules the line breaker needs: a paragraph ends at a `\n` that is
/// not part of `\r\n`; words are separated by spaces, tabs and `\r`s that
/// stand as Characters of their own.
struct WordScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    /// Separators skipped before the word just returned (or before the
    /// paragraph's end, after its last word); 1 means one plain space.
    private(set) var separatorsBefore = 0
    /// Words found so far.
    private(set) var wordCount = 0
    private var started = false

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Whether the last paragraph returned ended the text.
    var atEnd: Bool { position >= bytes.count }

    /// Starts the next paragraph and returns where it ends, or nil after the last.
    mutating func nextParagraph() -> Int? {
        if started {
            guard position < bytes.count else { return nil }
            position += 1 // the "\n"
        }
        started = true
        guard let base = bytes.baseAddress else { return position }
        var end = position
        while end < bytes.count {
            guard let found = memchr(base + end, 0x0A, bytes.count - end) else { return bytes.count }
            end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if !(end > 0 && bytes[end - 1] == 0x0D) { break }
            end += 1
        }
        return end
    }

    /// The next word of the paragraph ending at `end` and its advances
    /// summed in `metrics` (0 without metrics); nil (position at `end`) when none is left.
    mutating func nextWord(before end: Int, metrics: FontMetrics?, table: UnsafeBufferPointer<UInt16>? = nil) -> (Range<Int>, units: Int)? {
        separatorsBefore = 0
        while position < end, let length = separatorLength(at: position) {
            separatorsBefore += length == 1 && bytes[position] == 0x20 ? 1 : 2
            position += length
        }
        guard position < end else { return nil }
        let start = position
        var units = 0
        while position < end {
            let byte = bytes[position]
            // Letters, digits and most punctuation: one byte, never a separator.
            if byte > 0x20, byte < 0x80 {
                if let table { units += Int(table[Int(byte)]) } else if let metrics { units += metrics.advance(ofValue: UInt32(byte)) }
                position += 1
                continue
            }
            if separatorLength(at: position) != nil { break }
            let (value, length) = scalar(at: position)
            if let metrics { units += metrics.advance(ofValue: value) }
            position += length
        }
        wordCount += 1
        return (start..<position, units)
    }

    /// 1 when the byte at `index` is a separator standing as a Character of its own.
    @inline(__always)
    private func separatorLength(at index: Int) -> Int? {
        switch bytes[index] {
        case 0x09: return 1
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? nil : 1
        case 0x20:
            if index + 1 < bytes.count, bytes[index + 1] >= 0x80, GraphemeRules.extendsPrevious(scalar(at: index + 1).value) { return nil }
            if index > 0, bytes[index - 1] >= 0x80, GraphemeRules.isPrepend(scalar(endingBefore: index)) { return nil }
            return 1
        default: return nil
        }
    }

    /// The scalar starting at `index` and its length in bytes (the text is valid UTF-8).
    @inline(__always)
    func scalar(at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 { return ((UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
            | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    /// The scalar that ends just before `index`.
    private func scalar(endingBefore index: Int) -> UInt32 {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start).value
    }
}

/// The parts of Unicode's grapheme-cluster rules that decide whether a
/// space is a Character of its own.
enum GraphemeRules {
    /// Extend, SpacingMark or ZWJ: joins the Character before it (GB9, GB9a).
    static func extendsPrevious(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        if value == 0x200D || (0x1F3FB...0x1F3FF).contains(value) || scalar.properties.isGraphemeExtend { return true }
        if value == 0x0E33 || value == 0x0EB3 { return true }
        return scalar.properties.generalCategory == .spacingMark && !spacingMarkExceptions.contains(value)
    }

    /// Marks of category Mc that are not SpacingMark for grapheme breaking.
    private static let spacingMarkExceptions: Set<UInt32> = [
        0x102B, 0x102C, 0x1038, 0x1062, 0x1063, 0x1064, 0x1067, 0x1068, 0x1069, 0x106A, 0x106B, 0x106C, 0x106D,
        0x1083, 0x1087, 0x1088, 0x1089, 0x108A, 0x108B, 0x108C, 0x108F, 0x109A, 0x109B, 0x109C, 0x1A61, 0x1A63,
        0x1A64, 0xAA7B, 0xAA7D, 0x11720, 0x11721,
    ]

    /// Prepend: joins the Character after it (GB9b).
    static func isPrepend(_ value: UInt32) -> Bool {
        switch value {
        case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x0D4E, 0x110BD, 0x110CD, 0x111C2...0x111C3,
             0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02:
            true
        default:
            false
        }
    }
}
