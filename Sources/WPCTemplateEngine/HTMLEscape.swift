/// HTML escaping over UTF-8 bytes, with swift-mustache's table:
/// `<` `&lt;`, `>` `&gt;`, `&` `&amp;`, `"` `&quot;`, `'` `&#39;`.
///
/// swift-mustache compares whole Characters, so it leaves a `<` followed by
/// a combining mark (one Character, "<\u{338}") unescaped, which a browser
/// still reads as `<`. This escapes every such byte.
public enum HTMLEscape {
    /// Appends `text` escaped to `output`.
    public static func append(_ text: String, to output: inout [UInt8]) {
        var buffer = OutputBuffer(capacity: text.utf8.count + 16)
        append(text, to: &buffer)
        output.append(contentsOf: UnsafeBufferPointer(start: buffer.base, count: buffer.count))
        buffer.deallocate()
    }

    /// `text` escaped.
    public static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    @inline(__always)
    static func append(_ text: String, to output: inout OutputBuffer) {
        // A native string's bytes are read where they are; others are made contiguous first.
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ append($0, to: &output) }) { return done }
        var copy = text
        copy.withUTF8 { append($0, to: &output) }
    }

    /// Eight bytes at a time: a word holds none of the five bytes unless one
    /// of three tests finds a zero byte in it (`"`; `&` or `'` by `| 1`;
    /// `<` or `>` by `| 2`).
    @inline(__always)
    private static func mayHoldEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        return hasZero(word ^ (ones &* 0x22)) || hasZero((word | ones) ^ (ones &* 0x27)) || hasZero((word | (ones &* 2)) ^ (ones &* 0x3E))
    }

    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout OutputBuffer) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var start = 0, index = 0
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if !mayHoldEscape(word) {
                    index += 8
                    continue
                }
            }
            let end = min(index + 8, count)
            while index < end {
                let replacement: StaticString
                switch base[index] {
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x26: replacement = "&amp;"
                case 0x22: replacement = "&quot;"
                case 0x27: replacement = "&#39;"
                default:
                    index += 1
                    continue
                }
                output.append(UnsafeBufferPointer(start: base + start, count: index - start))
                output.append(UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                index += 1
                start = index
            }
        }
        output.append(UnsafeBufferPointer(start: base + start, count: count - start))
    }
}
