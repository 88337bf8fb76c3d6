/// HTML escaping over UTF-8 bytes, with swift-mustache's table:
/// `<` `&lt;`, `>` `&gt;`, `&` `&amp;`, `"` `&quot;`, `'` `&#39;`.
///
/// swift-mustache compares whole Characters, so it leaves a `<` followed by
/// a combining mark (one Character, "<\u{338}") unescaped, which a browser
/// still reads as `<`. This escapes every such byte.
public enum HTMLEscape {
    /// Bytes 0x22, 0x26, 0x27, 0x3C, 0x3E: the ones to replace, as a bit mask.
    private static let mask: UInt64 = (1 << 0x22) | (1 << 0x26) | (1 << 0x27) | (1 << 0x3C) | (1 << 0x3E)

    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 64 && (mask >> UInt64(byte)) & 1 == 1
    }

    /// Appends `text` escaped to `output`.
    public static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count where needsEscape(bytes[index]) {
                if index > start { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                switch bytes[index] {
                case 0x3C: output.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])                 // &lt;
                case 0x3E: output.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])                 // &gt;
                case 0x26: output.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])           // &amp;
                case 0x22: output.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])     // &quot;
                default: output.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])            // &#39;
                }
                start = index + 1
            }
            if start < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])) }
        }
    }

    /// `text` escaped.
    public static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
