import WPCModel

/// The words two texts are compared on when aligning drafts: distinct,
/// lower-cased runs of letters and digits, without common function words
/// (kept when a text has nothing else).
enum SimilarityTokens {
    static let functionWords: Set<String> = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
    ]

    /// The distinct words of `text`, sorted.
    static func of(_ text: String) -> [String] {
        let words = UTF8Text.withBytes(of: text) { bytes in UTF8Text.isASCII(bytes) ? asciiWords(bytes) : nil } ?? unicodeWords(text)
        let content = words.filter { !functionWords.contains($0) }
        return Array(Set(content.isEmpty ? words : content)).sorted()
    }

    /// The lower-cased runs of letters and digits of ASCII text, read byte by byte.
    private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var words: [String] = []
        var index = 0
        while index < bytes.count {
            let start = index
            while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
            if index > start {
                let range = start..<index
                words.append(String(unsafeUninitializedCapacity: range.count) { buffer in
                    for (offset, position) in range.enumerated() {
                        let byte = bytes[position]
                        buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    }
                    return range.count
                })
            } else {
                index += 1
            }
        }
        return words
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// The lower-cased runs of letters, digits and marks of any text.
    private static func unicodeWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        // Scalars with an ASCII fast path: this runs on every cell of both drafts.
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                    current.append(scalar)
                } else if value >= 0x41 && value <= 0x5A {
                    current.append(Unicode.Scalar(value + 0x20) ?? scalar)
                } else if !current.isEmpty {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                        || scalar.properties.generalCategory == .nonspacingMark {
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// The Jaccard index of two sorted, distinct word lists: shared / all.
    static func jaccard(_ a: [String], _ b: [String]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }
}
